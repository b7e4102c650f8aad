/**
 * The scenarios a workshop can use: the bundled ones, read from scenarios/ when the hub starts,
 * or a trainer's own YAML file, checked by the engine's one validator before it is stored.
 */
import { join } from 'node:path'
import {
  fileProblems,
  loadLibrary,
  msg,
  scenarioDigest,
  type Msg,
  type Scenario,
  type SourceFile,
} from '../engine/index'
import { readSourceFiles } from '../cli/files'

export interface ScenarioSource {
  bundled: Map<string, Scenario>
  jurisdictions: SourceFile[]
}

export async function loadScenarioSource(root: string): Promise<ScenarioSource> {
  const { files } = await readSourceFiles([join(root, 'scenarios')])
  const library = loadLibrary(files)
  return {
    bundled: new Map(library.scenarios.map((s) => [s.id, s])),
    jurisdictions: files.filter((f) => /(^|\/)jurisdictions\//.test(f.path)),
  }
}

/** The file name a trainer's own scenario is stored under; it becomes the scenario's id. */
export function ownScenarioPath(id: string): string {
  return `scenarios/${id}.yaml`
}

/** Where a trainer's own jurisdiction profile is kept beside their scenario. */
export function ownProfilePath(id: string): string {
  return `scenarios/jurisdictions/${id}.yaml`
}

/** A trainer's own jurisdiction profile, sent with the scenario that uses it. */
export interface OwnProfile {
  id: string
  yaml: string
}

/** `detail`: the technical cause, for support, when the reader's message cannot carry it. */
export type OwnScenario = { ok: true; scenario: Scenario } | { ok: false; message: Msg; detail?: string }

/**
 * Checks a trainer's own scenario file, with the trainer's own profiles (which stand in for a
 * bundled profile of the same id); the message lists every problem, located in the file the
 * trainer knows.
 */
export function readOwnScenario(
  source: ScenarioSource,
  id: string,
  yaml: string,
  profiles: readonly OwnProfile[] = [],
): OwnScenario {
  const ownIds = new Set(profiles.map((p) => p.id))
  const bundled = source.jurisdictions.filter(
    (f) => !ownIds.has((f.path.split('/').pop() ?? '').replace(/\.ya?ml$/, '')),
  )
  const names = new Map([
    [ownScenarioPath(id), `${id}.yaml`],
    ...profiles.map((p) => [ownProfilePath(p.id), `${p.id}.yaml`] as const),
  ])
  let library: ReturnType<typeof loadLibrary>
  try {
    library = loadLibrary([
      ...bundled,
      ...profiles.map((p) => ({ path: ownProfilePath(p.id), text: p.yaml })),
      { path: ownScenarioPath(id), text: yaml },
    ])
  } catch (error) {
    // The validator reports what it can as issues; what escapes it is a fault a trainer cannot fix
    // in the file: said in their language, with the developer's words kept apart for support.
    return { ok: false, message: msg('workshop.hub.fileUnreadable'), detail: String(error) }
  }
  const errors = library.issues.filter((i) => i.severity === 'error')
  const scenario = library.scenarios.find((s) => s.id === id)
  if (errors.length || !scenario)
    return {
      ok: false,
      message: errors.length
        ? // Named as the trainer knows the file, not by where the hub keeps it.
          fileProblems(errors, (path) => names.get(path) ?? path)
        : msg('workshop.hub.fileEmpty'),
    }
  return { ok: true, scenario }
}

export { scenarioDigest }
