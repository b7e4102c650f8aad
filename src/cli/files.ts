/** The file system side of scenarios: reading YAML files and writing the generated JSON Schemas. */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { jurisdictionJsonSchema, loadLibrary, scenarioJsonSchema, type SourceFile } from '../engine/scenario'

const YAML_FILE = /\.ya?ml$/i

/** A path as shown in messages: relative to the working directory, with forward slashes. */
export function displayPath(absolute: string): string {
  return relative(process.cwd(), absolute).split(/[\\/]/).join('/') || '.'
}

/**
 * Reads the given files, and every .yaml/.yml file under the given folders (recursively,
 * skipping hidden folders and node_modules). Files come back sorted by path, each once.
 */
export async function readSourceFiles(
  pathsOrFolders: string[],
): Promise<{ files: SourceFile[]; missing: string[] }> {
  const found = new Set<string>()
  const missing: string[] = []
  for (const given of pathsOrFolders) {
    const absolute = resolve(given)
    const info = await stat(absolute).catch(() => undefined)
    if (!info) missing.push(given)
    else if (info.isDirectory()) for (const file of await yamlFilesUnder(absolute)) found.add(file)
    else found.add(absolute)
  }
  const paths = [...found].map((absolute) => ({ absolute, shown: displayPath(absolute) }))
  paths.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0))
  const files = await Promise.all(
    paths.map(async ({ absolute, shown }) => ({ path: shown, text: await readFile(absolute, 'utf8') })),
  )
  return { files, missing }
}

async function yamlFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : yamlFilesUnder(path)
      }
      return entry.isFile() && YAML_FILE.test(entry.name) ? [path] : []
    }),
  )
  return nested.flat()
}

/** Loads everything in `scenarios/` (profiles and scenarios) under `root`. */
export async function loadBundledLibrary(
  root: string = process.cwd(),
): Promise<ReturnType<typeof loadLibrary>> {
  const { files } = await readSourceFiles([join(root, 'scenarios')])
  return loadLibrary(files)
}

/** The generated JSON Schema files, by path relative to the project root. */
export function schemaFiles(): { path: string; text: string }[] {
  const render = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`
  return [
    { path: 'public/scenario.schema.json', text: render(scenarioJsonSchema()) },
    { path: 'public/jurisdiction.schema.json', text: render(jurisdictionJsonSchema()) },
  ]
}

/** Regenerates public/*.schema.json under `root` (`npm run schema`); returns the paths written. */
export async function writeSchemaFiles(root: string): Promise<string[]> {
  await mkdir(join(root, 'public'), { recursive: true })
  const written: string[] = []
  for (const file of schemaFiles()) {
    const target = join(root, file.path)
    await writeFile(target, file.text, 'utf8')
    written.push(displayPath(target))
  }
  return written
}
