/**
 * The index itself, computed by the engine in Node. Loaded by the plugin through Vite's module
 * runner (scenario-index.ts), so the Vite config does not import the engine's hundreds of files.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { toEntry, type ProcessEntry, type ScenarioIndex } from '../app/catalog/entry'
import { loadLibrary, PROCESSES, processLabel, scenarioDigest, type SourceFile } from '../engine/index'
import { inEnglish } from '../i18n/render'

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return yamlFiles(path)
      return /\.ya?ml$/i.test(entry.name) ? [path] : []
    })
    .sort()
}

/**
 * The processes in their order, with their English names: the first page takes them from here
 * because the list they come from (engine/processes/formats.ts) is built with zod.
 */
export const processEntries = (): ProcessEntry[] =>
  PROCESSES.map((id) => ({ id, name: inEnglish(processLabel(id)) }))

/** The index of the scenarios under `root`/scenarios, paths as the app's library names them. */
export function scenarioIndex(root: string): { index: ScenarioIndex; files: string[] } {
  const files = yamlFiles(join(root, 'scenarios'))
  const sources: SourceFile[] = files.map((file) => ({
    path: relative(root, file).split(sep).join('/'),
    text: readFileSync(file, 'utf8'),
  }))
  const library = loadLibrary(sources)
  return {
    files,
    index: {
      scenarios: library.scenarios.map(toEntry),
      digests: Object.fromEntries(library.scenarios.map((s) => [s.id, scenarioDigest(s)])),
      issues: library.issues,
    },
  }
}
