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
