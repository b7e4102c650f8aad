/**
 * The scenarios a workshop can use: the bundled ones, read from scenarios/ when the hub starts,
 * or a trainer's own YAML file, checked by the engine's one validator before it is stored.
 */
import { join } from 'node:path'
import { formatIssue, loadLibrary, scenarioDigest, type Scenario, type SourceFile } from '../engine/index'
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

export type OwnScenario = { ok: true; scenario: Scenario } | { ok: false; message: string }

/** Checks a trainer's own scenario file; the message lists every problem, located. */
export function readOwnScenario(source: ScenarioSource, id: string, yaml: string): OwnScenario {
  let library: ReturnType<typeof loadLibrary>
  try {
    library = loadLibrary([...source.jurisdictions, { path: ownScenarioPath(id), text: yaml }])
  } catch (error) {
    return { ok: false, message: `The scenario file could not be read (${String(error)}).` }
  }
  const errors = library.issues.filter((i) => i.severity === 'error')
  const scenario = library.scenarios.find((s) => s.id === id)
  if (errors.length || !scenario)
    return {
      ok: false,
      message: errors.length
        ? `The scenario file has problems:\n${errors
            // Named as the trainer knows the file, not by where the hub keeps it.
            .map((i) => formatIssue(i.path === ownScenarioPath(id) ? { ...i, path: `${id}.yaml` } : i))
            .join('\n')}`
        : 'The file holds no scenario.',
    }
  return { ok: true, scenario }
}

export { scenarioDigest }
