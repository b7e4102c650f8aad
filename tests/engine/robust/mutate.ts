/** Bundled scenario and profile files with one key changed, loaded through the real validator. */
import { parseDocument } from 'yaml'
import { readSourceFiles } from '../../../src/cli/files'
import {
  isProfile,
  loadLibrary,
  type Issue,
  type Scenario,
  type SourceFile,
} from '../../../src/engine/scenario'
import { PROCESS_FORMATS } from '../../../src/engine/processes/formats'
import { generateWorld } from '../../../src/engine/world/generate'
import { WorldShortfall } from '../../../src/engine/world/shortfall'

export const { files: bundledFiles } = await readSourceFiles(['scenarios'])

export function bundled(path: string): SourceFile {
  const file = bundledFiles.find((f) => f.path === path)
  if (!file) throw new Error(`no bundled file ${path}`)
  return file
}

/** The file with each key path set to its value, comments and layout kept. */
export function withValues(file: SourceFile, changes: [readonly (string | number)[], unknown][]): SourceFile {
  const doc = parseDocument(file.text)
  for (const [path, value] of changes) {
    if (value === undefined) doc.deleteIn(path)
    else doc.setIn(path, value)
  }
  return { path: file.path, text: doc.toString() }
}

/** Loads the bundled library with some files replaced: every scenario, or the issues of the one asked for. */
export function loadWith(replaced: readonly SourceFile[]): {
  scenarios: Scenario[]
  issues: Issue[]
} {
  const byPath = new Map(replaced.map((f) => [f.path, f]))
  const files = bundledFiles.map((f) => byPath.get(f.path) ?? f)
  return loadLibrary(files)
}

/** Loads one scenario file (and optionally a changed profile) with the bundled profiles. */
export function loadOne(
  scenario: SourceFile,
  profile?: SourceFile,
): { ok: true; scenario: Scenario } | { ok: false; issues: Issue[] } {
  const profiles = bundledFiles
    .filter(isProfile)
    .map((f) => (profile && f.path === profile.path ? profile : f))
  const library = loadLibrary([...profiles, scenario])
  const errors = library.issues.filter((i) => i.severity === 'error')
  const found = library.scenarios[0]
  if (errors.length || !found) return { ok: false, issues: errors }
  return { ok: true, scenario: found }
}

type Key = string | number

/**
 * The changes that scale a bundled scenario down to a world the fuzzer can play thousands of
 * times: each process keeps one case of each of its first two kinds and one genuine case, or,
 * in a scenario of several processes, the one case of its first kind; the register shrinks to
 * the first fraction of its size that the validator accepts and the generator fills. The
 * shrinking is itself a change to the file, which the validator must accept.
 */
export async function shrunk(file: SourceFile): Promise<SourceFile | undefined> {
  const world = (parseDocument(file.text).toJS() as { world?: Record<string, unknown> }).world ?? {}
  const changes: [Key[], unknown][] = []
  const several = PROCESS_FORMATS.filter((f) => world[f.id]).length > 2
  for (const { id, countField } of PROCESS_FORMATS) {
    const config = world[id] as Record<string, unknown> | undefined
    if (!config) continue
    let special = 0
    for (const group of ['anomalies', 'lookalikes'] as const)
      for (const [kind, n] of Object.entries((config[group] ?? {}) as Record<string, number>)) {
        const keep = special < (several ? 1 : 2) ? Math.min(n, 1) : 0
        if (keep !== n) changes.push([['world', id, group, kind], keep])
        special += keep
      }
    const cases = config[countField] as number
    changes.push([['world', id, countField], Math.min(cases, several ? Math.max(special, 1) : special + 1)])
  }
  const population = world.population as { individuals: number; businesses: number }
  for (const share of [0.03, 0.05, 0.07, 0.1, 0.14, 0.2, 0.3, 0.45, 0.7, 1]) {
    const scaled = (n: number) => Math.min(n, Math.max(10, Math.ceil(n * share)))
    const candidate = withValues(file, [
      ...changes,
      [['world', 'population', 'individuals'], scaled(population.individuals)],
      [['world', 'population', 'businesses'], scaled(population.businesses)],
    ])
    const loaded = loadOne(candidate)
    if (!loaded.ok) continue
    const fits = await generateWorld(loaded.scenario).then(
      () => true,
      (error: unknown) => {
        if (error instanceof WorldShortfall) return false
        throw error
      },
    )
    if (fits) return candidate
  }
  return undefined
}
