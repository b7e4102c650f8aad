/**
 * A Vite plugin serving `virtual:scenario-index`: the catalogue entries, digests and issues of
 * the bundled scenarios, computed at build time by the same engine the worker runs. The first
 * page imports this small module instead of waiting for the worker to parse the YAML library
 * (the engine, zod and yaml stay out of the first download).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'
import { toEntry, type ScenarioIndex } from '../app/catalog/entry'
import { loadLibrary, scenarioDigest, type SourceFile } from '../engine/index'

const ID = 'virtual:scenario-index'
const RESOLVED = `\0${ID}`

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return yamlFiles(path)
      return /\.ya?ml$/i.test(entry.name) ? [path] : []
    })
    .sort()
}

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

export function scenarioIndexPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'tamis-scenario-index',
    configResolved(config) {
      root = config.root
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED) return undefined
      const { index, files } = scenarioIndex(root)
      // A change to any scenario file rebuilds the index in dev.
      for (const file of files) this.addWatchFile(file)
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(index))})`
    },
  }
}
