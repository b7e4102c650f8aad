/**
 * The one place the app talks to the LMS connection (docs/lms.md): the app tells it each saved
 * session, and asks which mode an LMS launch requires; the connection asks the app's engine
 * worker to replay a run. Empty unless boot.ts connected an LMS, so the app works the same
 * without one. Types only: importing this costs the first page nothing.
 */
import type { Mode, Msg, SavedSession, Scenario, XapiOptions } from '../../engine/index'
import type { RunReport } from '../worker/runs'

/** A saved run replayed where the engine runs: its report and, with options, its statements. */
export type RunSource = (
  scenario: Scenario,
  saved: SavedSession,
  runId: string,
  xapi?: XapiOptions,
) => Promise<RunReport>

export interface LmsHooks {
  /** After a session is on disk: derive and send its new statements. Must not throw. */
  saved?: (scenario: Scenario, saved: SavedSession, runId: string) => void
  /** The mode an LMS launch asks for; the trainee's choice is overridden by it. */
  mode?: Mode
  /** Set by the app: replays runs in its engine worker, never on the page. */
  run?: RunSource
}

export const lms: LmsHooks = {}

/**
 * A report the connection could not produce, said as a message like the connection's other
 * problems (`app.lms.*`, rendered in the trainee's language where a page shows it); its
 * `message` is the message id, for a host page or a log that reads `Error.message`.
 */
export class LmsProblem extends Error {
  override readonly name = 'LmsProblem'
  constructor(readonly text: Msg) {
    super(text.id)
  }
}

/** The app's engine, asked when a report is due (the app sets it when it starts). */
export const runInEngine: RunSource = (...args) => {
  if (!lms.run) return Promise.reject(new LmsProblem({ id: 'app.lms.engineNotRunning' }))
  return lms.run(...args)
}
