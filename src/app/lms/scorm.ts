/**
 * The SCORM 2004 runtime side of a package made by `npm run package:scorm` (docs/lms.md §SCORM).
 * The package's index.html names its scenario and mode in `<meta name="tamis-scorm">`; the page
 * finds the LMS's API object with the standard discovery (the window's parents, then its
 * opener's), and after every saved step sets the score, completion, success and progress, and
 * keeps the whole session (compressed) in `cmi.suspend_data`, so a trainee who comes back on
 * another computer resumes where they stopped. On leaving, `cmi.exit` says suspend or normal.
 */
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate'
import type { Report, SavedSession, Text } from '../../engine/index'
import { msg } from '../../engine/lite'
import { readSession, writeSession } from '../session-store'
import type { RunReport } from '../worker/runs'
import { lms, runInEngine, type RunSource } from './hook'

/** The SCORM 2004 run-time API (IEEE 1484.11.2) as the LMS exposes it. */
export interface ScormApi {
  Initialize(parameter: ''): string
  Terminate(parameter: ''): string
  GetValue(element: string): string
  SetValue(element: string, value: string): string
  Commit(parameter: ''): string
  GetLastError(): string
}

export interface ScormPackage {
  scenario: string
  mode: 'practice' | 'assessment'
}

/** SCORM 2004 3rd edition's limit for cmi.suspend_data. */
export const SUSPEND_LIMIT = 64_000
const PREFIX = 'tamis1:'

/** The package's settings from its page, or undefined on an ordinary page. */
export function packageSettings(doc: Document): ScormPackage | undefined {
  const content = doc.querySelector('meta[name="tamis-scorm"]')?.getAttribute('content')
  if (!content) return undefined
  try {
    const data = JSON.parse(content) as Partial<ScormPackage>
    if (typeof data.scenario !== 'string') return undefined
    return { scenario: data.scenario, mode: data.mode === 'practice' ? 'practice' : 'assessment' }
  } catch {
    return undefined
  }
}

type ApiWindow = Window & { API_1484_11?: ScormApi }

/** The standard discovery: this window and up to ten parents, then the same from the opener. */
export function findApi(win: Window): ScormApi | undefined {
  const climb = (start: Window | null): ScormApi | undefined => {
    let current: Window | null = start
    for (let depth = 0; current && depth <= 10; depth++) {
      try {
        const api = (current as ApiWindow).API_1484_11
        if (api) return api
      } catch {
        // A parent of another origin cannot be read: the LMS is not there.
        return undefined
      }
      if (current.parent === current) break
      current = current.parent
    }
    return undefined
  }
  return climb(win) ?? climb(win.opener as Window | null)
}

interface Suspended {
  uid: string
  text: string
}

/** The session as suspend data: deflated JSON in base64, small enough for long sessions. */
export function encodeSuspend(value: Suspended): string {
  const bytes = zlibSync(strToU8(JSON.stringify(value)), { level: 9 })
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return PREFIX + btoa(binary)
}

export function decodeSuspend(data: string): Suspended | undefined {
  if (!data.startsWith(PREFIX)) return undefined
  try {
    const binary = atob(data.slice(PREFIX.length))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    const value = JSON.parse(strFromU8(unzlibSync(bytes))) as Partial<Suspended>
    return typeof value.uid === 'string' && typeof value.text === 'string' ? (value as Suspended) : undefined
  } catch {
    return undefined
  }
}

const logLength = (text: string | undefined): number => {
  try {
    const log = (JSON.parse(text ?? '') as Partial<SavedSession>).log
    return Array.isArray(log) ? log.length : -1
  } catch {
    return -1
  }
}

/**
 * Connects the page to the LMS: restores a suspended session this browser does not have, then
 * reports after every saved step. Returns a problem in the trainee's words, or undefined.
 */
export async function connectScorm(
  settings: ScormPackage,
  api: ScormApi,
  run: RunSource = runInEngine,
): Promise<Text | undefined> {
  if (api.Initialize('') !== 'true') return msg('app.lms.scormNoStart', { code: String(api.GetLastError()) })
  const suspended = decodeSuspend(api.GetValue('cmi.suspend_data'))
  const local = await readSession(settings.scenario)
  if (suspended && logLength(suspended.text) > logLength(local?.text))
    await writeSession(
      { scenarioId: settings.scenario, uid: suspended.uid, text: suspended.text },
      local?.text ?? null,
    )
  const resumed = suspended ?? (local ? { uid: local.uid, text: local.text } : undefined)
  lms.mode = settings.mode
  let finished = false
  let chain: Promise<unknown> = Promise.resolve()
  lms.saved = (scenario, saved, runId) => {
    chain = chain
      .then(async () => {
        const replayed = await run(scenario, saved, runId)
        finished = replayed.finished
        report(api, replayed, { uid: runId, text: JSON.stringify(saved) })
      })
      .catch(() => undefined)
  }
  addEventListener('pagehide', () => {
    api.SetValue('cmi.exit', finished ? 'normal' : 'suspend')
    api.Commit('')
    api.Terminate('')
  })
  if (!location.hash.replace(/^#\/?/, '')) {
    const id = encodeURIComponent(settings.scenario)
    const log = logLength(resumed?.text)
    const done = resumed?.text.includes('"session.finish"')
    location.hash = done ? `#/scenario/${id}/report` : log > 0 ? `#/scenario/${id}/work` : `#/scenario/${id}`
  }
  return undefined
}

function report(api: ScormApi, run: RunReport, suspend: Suspended): void {
  const result: Report = run.report
  const data = encodeSuspend(suspend)
  if (data.length <= SUSPEND_LIMIT) api.SetValue('cmi.suspend_data', data)
  if (run.cases) api.SetValue('cmi.progress_measure', (run.decided / run.cases).toFixed(4))
  if (result.maxScore > 0) {
    const raw = Math.max(0, result.score)
    api.SetValue('cmi.score.min', '0')
    api.SetValue('cmi.score.max', String(result.maxScore))
    api.SetValue('cmi.score.raw', String(Math.min(raw, result.maxScore)))
    api.SetValue('cmi.score.scaled', (Math.min(raw, result.maxScore) / result.maxScore).toFixed(4))
  }
  api.SetValue('cmi.completion_status', result.finished ? 'completed' : 'incomplete')
  api.SetValue('cmi.success_status', result.finished ? (result.passed ? 'passed' : 'failed') : 'unknown')
  api.Commit('')
}
