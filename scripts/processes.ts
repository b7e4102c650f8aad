/**
 * `npm run processes [-- --check]`: writes the lines between the `// <processes>` markers of
 * src/engine/processes/formats.ts and registry.ts (the imports of every process's format and
 * definition, and the table of definitions) and of src/i18n/languages.ts (each process's message
 * namespace) from the list of processes in formats.ts
 * (scripts/process-registry.ts says how). With --check it writes nothing and exits 1 when a file
 * is stale.
 */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { COMMAND, formatted, ListError, regenerate, regenerateNamespaces } from './process-registry'

const root = join(import.meta.dirname, '..')
const folder = join(root, 'src/engine/processes')
const FILES = {
  formats: join(folder, 'formats.ts'),
  registry: join(folder, 'registry.ts'),
  namespaces: join(root, 'src/i18n/languages.ts'),
}
const shown = (path: string) => relative(root, path)

async function main(): Promise<number> {
  const check = process.argv.includes('--check')
  const now = {
    formats: await readFile(FILES.formats, 'utf8'),
    registry: await readFile(FILES.registry, 'utf8'),
    namespaces: await readFile(FILES.namespaces, 'utf8'),
  }
  const generated = regenerate(now, { formats: shown(FILES.formats), registry: shown(FILES.registry) })
  const next = {
    ...generated,
    namespaces: regenerateNamespaces(now.namespaces, generated.listed, shown(FILES.namespaces)),
  }
  const missing = next.listed
    .flatMap((p) => ['format', 'definition'].map((part) => join(folder, p.folder, `${part}.ts`)))
    .filter((path) => !existsSync(path))
  for (const path of missing)
    console.error(
      `${shown(path)} is missing: a process's folder exports its \`format\` from format.ts and its \`definition\` from definition.ts.`,
    )
  if (missing.length) return 1
  let stale = 0
  for (const which of ['formats', 'registry', 'namespaces'] as const) {
    const text = await formatted(next[which], FILES[which])
    if (text === now[which]) continue
    stale++
    if (check) console.error(`${shown(FILES[which])} is stale: run \`${COMMAND}\`.`)
    else {
      await writeFile(FILES[which], text)
      console.log(`${shown(FILES[which])} written.`)
    }
  }
  if (!stale) console.log(`${next.listed.length} processes: ${next.listed.map((p) => p.name).join(', ')}.`)
  return check && stale ? 1 : 0
}

try {
  process.exitCode = await main()
} catch (error) {
  if (!(error instanceof ListError)) throw error
  console.error(error.message)
  process.exitCode = 1
}
