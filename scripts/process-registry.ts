/**
 * A bundled process is one folder and one line: the line is its name in the list of processes,
 * `PROCESS_FORMATS` in src/engine/processes/formats.ts, the only list written by hand (its order
 * is the order the generators run). From that list `npm run processes` (scripts/processes.ts)
 * writes the lines between the `// <processes>` markers of two files:
 *
 * - formats.ts: `import { format as <name> } from './<folder>/format'` for each name listed;
 * - registry.ts: `import { definition as <name> } from './<folder>/definition'` for each, and the
 *   table `PROCESS_DEFINITIONS` that lists them under their ids, in the same order.
 *
 * A name is its folder's name, the process id (`tax-clearance` is listed as `taxClearance`).
 * Everything outside the markers stays hand-written. The table keeps its `satisfies` clause, so
 * the compiler still refuses a definition that lacks a part. tests/engine/process-registry.test.ts fails, naming the
 * command, when either file is stale.
 */
import ts from 'typescript'

/** What the command tells a reader of a stale file. */
export const COMMAND = 'npm run processes'

const OPEN = '// <processes>'
const CLOSE = '// </processes>'
const FORMATS_BEGIN = `${OPEN} Written by \`${COMMAND}\` from the list below: change the list, not these lines.`
const REGISTRY_BEGIN = `${OPEN} Written by \`${COMMAND}\` from the list in ./formats.ts: change that list, not these lines.`
const NAMESPACES_BEGIN = `  ${OPEN} Each process's own messages: written by \`${COMMAND}\` from the list of processes.`

/** One process of the list: the name it is listed (and imported) as, and its folder, the process id. */
export interface Listed {
  name: string
  folder: string
}

/** A mistake in formats.ts or registry.ts, with where it is ("formats.ts:18:3"). */
export class ListError extends Error {}

function where(file: string, source: ts.SourceFile, node: ts.Node): string {
  const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source))
  return `${file}:${line + 1}:${character + 1}`
}

/** The array literal of `export const PROCESS_FORMATS = [ … ] as const`. */
function listLiteral(source: ts.SourceFile, file: string): ts.ArrayLiteralExpression {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'PROCESS_FORMATS') continue
      let init = declaration.initializer
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression
      if (init && ts.isArrayLiteralExpression(init)) return init
      throw new ListError(
        `${where(file, source, declaration)}: PROCESS_FORMATS is a list of names: [registration, filing, …] as const.`,
      )
    }
  }
  throw new ListError(`${file}: no \`export const PROCESS_FORMATS = [ … ] as const\`.`)
}

/** `taxClearance` → `tax-clearance`. */
const folderOf = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** The processes of formats.ts's list, in its order; a name that is not a folder's, or is listed twice, is refused. */
export function listedProcesses(formatsSource: string, file = 'formats.ts'): Listed[] {
  const source = ts.createSourceFile(file, formatsSource, ts.ScriptTarget.Latest, true)
  const listed: Listed[] = []
  for (const element of listLiteral(source, file).elements) {
    const at = where(file, source, element)
    if (!ts.isIdentifier(element) || !/^[a-z][a-zA-Z0-9]*$/.test(element.text))
      throw new ListError(
        `${at}: each entry of PROCESS_FORMATS is a process's folder name in camelCase (filing, taxClearance), not "${element.getText(source)}".`,
      )
    if (listed.some((p) => p.name === element.text))
      throw new ListError(`${at}: "${element.text}" is listed twice.`)
    listed.push({ name: element.text, folder: folderOf(element.text) })
  }
  return listed
}

const key = (p: Listed) => (p.folder === p.name ? `  ${p.name},` : `  '${p.folder}': ${p.name},`)

/** formats.ts's generated lines: one import per process. */
export function formatsLines(listed: readonly Listed[]): string[] {
  return listed.map((p) => `import { format as ${p.name} } from './${p.folder}/format'`)
}

/** registry.ts's generated lines: one import per process, then the table. */
export function registryLines(listed: readonly Listed[]): string[] {
  return [
    ...listed.map((p) => `import { definition as ${p.name} } from './${p.folder}/definition'`),
    '',
    'export const PROCESS_DEFINITIONS = {',
    ...listed.map(key),
    '} satisfies { [P in ProcessId]: ProcessDefinition<P> }',
  ]
}

/** src/i18n/languages.ts's generated lines: each process's message namespace, in the list's order. */
export function namespacesLines(listed: readonly Listed[]): string[] {
  return listed.map((p) => `  '${p.folder}',`)
}

/** `text` with the lines between its markers replaced by `lines` (the begin marker rewritten as `begin`). */
function between(text: string, begin: string, lines: readonly string[], file: string): string {
  const all = text.split('\n')
  const from = all.findIndex((l) => l.trimStart().startsWith(OPEN))
  const to = all.findIndex((l) => l.trimStart().startsWith(CLOSE))
  if (from === -1 || to < from)
    throw new ListError(
      `${file}: the lines \`${OPEN} …\` and \`${CLOSE}\` that mark the generated part are missing.`,
    )
  return [...all.slice(0, from), begin, ...lines, ...all.slice(to)].join('\n')
}

/** The two files with their marked lines written from formats.ts's list (not yet formatted: see `formatted`). */
export function regenerate(
  files: { formats: string; registry: string },
  names = { formats: 'formats.ts', registry: 'registry.ts' },
): { formats: string; registry: string; listed: Listed[] } {
  const listed = listedProcesses(files.formats, names.formats)
  return {
    formats: between(files.formats, FORMATS_BEGIN, formatsLines(listed), names.formats),
    registry: between(files.registry, REGISTRY_BEGIN, registryLines(listed), names.registry),
    listed,
  }
}

/** src/i18n/languages.ts with its processes' namespaces written from formats.ts's list. */
export function regenerateNamespaces(
  languages: string,
  listed: readonly Listed[],
  name = 'languages.ts',
): string {
  return between(languages, NAMESPACES_BEGIN, namespacesLines(listed), name)
}

/** `text` as prettier prints it with the project's settings for `path` (so `npm run check` agrees). */
export async function formatted(text: string, path: string): Promise<string> {
  const prettier = await import('prettier')
  const options = await prettier.resolveConfig(path)
  return prettier.format(text, { ...options, filepath: path })
}
