/**
 * Live validation in the studio: the same validator as `tamis validate` (teaching checks
 * included), run on the file being edited together with the bundled profiles and the trainer's
 * own. A file too big to be a scenario is refused before the parser sees it.
 */
import { isProfile, loadLibrary, type Issue, type Scenario, type SourceFile } from '../../engine/index'
import { m } from '../i18n.svelte'
import { bundledFiles } from '../library'
import { MAX_FILE_BYTES } from './store'

export interface Checked {
  issues: Issue[]
  /** The scenario when the file is a valid scenario. */
  scenario?: Scenario
  profile: boolean
}

const bundledProfiles = bundledFiles.filter(isProfile)

export function checkFile(file: SourceFile, others: readonly SourceFile[]): Checked {
  if (file.text.length > MAX_FILE_BYTES)
    return {
      profile: false,
      issues: [
        {
          path: file.path,
          line: 1,
          col: 1,
          severity: 'error',
          message: m('studio.check.tooBig', {
            kb: Math.round(file.text.length / 1024),
            max: MAX_FILE_BYTES / 1024,
          }),
        },
      ],
    }
  const profile = isProfile(file)
  const ownProfiles = others.filter((f) => f.path !== file.path && isProfile(f))
  const ids = new Set([...ownProfiles, ...(profile ? [file] : [])].map((f) => idOf(f.path)))
  const profiles = [...bundledProfiles.filter((f) => !ids.has(idOf(f.path))), ...ownProfiles]
  try {
    const library = loadLibrary([...profiles, file], { teaching: true })
    const scenario = profile ? undefined : library.scenarios.find((s) => s.id === idOf(file.path))
    return {
      profile,
      issues: library.issues.filter((i) => i.path === file.path),
      ...(scenario ? { scenario } : {}),
    }
  } catch (error) {
    return {
      profile,
      issues: [
        {
          path: file.path,
          line: 1,
          col: 1,
          severity: 'error',
          message: m('studio.check.failed', {
            error: error instanceof Error ? error.message : String(error),
          }),
        },
      ],
    }
  }
}

export function idOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.[^.]*$/, '')
}

/** Offset in `text` of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, line: number, col: number): number {
  let offset = 0
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset)
    if (next < 0) return text.length
    offset = next + 1
  }
  const end = text.indexOf('\n', offset)
  return Math.min(offset + Math.max(col - 1, 0), end < 0 ? text.length : end)
}
