/**
 * A Vite plugin serving `virtual:scenario-index`: the catalogue entries, digests and issues of
 * the bundled scenarios, and the processes in their order, computed at build time by the same
 * engine the worker runs (scenario-index-data.ts). The first page imports this small module instead of waiting for
 * the worker to parse the YAML library: the engine, zod and yaml stay out of the first download.
 */
import { join } from 'node:path'
import { runnerImport, type Plugin } from 'vite'

const ID = 'virtual:scenario-index'
const RESOLVED = `\0${ID}`

type Data = typeof import('./scenario-index-data')

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
    async load(id) {
      if (id !== RESOLVED) return undefined
      const { module } = await runnerImport<Data>(join(root, 'src/build/scenario-index-data.ts'), {
        configFile: false,
        logLevel: 'silent',
      })
      const { index, files } = module.scenarioIndex(root)
      // A change to any scenario file rebuilds the index in dev.
      for (const file of files) this.addWatchFile(file)
      const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`
      // The cards do not show objectives; the search reads them from the library the worker
      // loads after the first paint (AppState.catalog), so the first page does not carry them.
      const cards = { ...index, scenarios: index.scenarios.map((s) => ({ ...s, objectives: [] })) }
      return `export default ${json(cards)}\nexport const processes = ${json(module.processEntries())}`
    },
  }
}
