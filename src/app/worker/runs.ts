/**
 * What an LMS connection reports about a run (docs/lms.md), computed where the engine runs: the
 * saved session (scenario + seed + mode + log) replayed on its world, its report, and the xAPI
 * statements it has earned. The replay is kept and fed only the new events of each saved log,
 * and rebuilt when a log is not a continuation (another run, a new version of the scenario).
 * The engine worker holds one; tests in Node hold their own.
 */
import { statementSay } from '../../i18n/for-scenario'
import {
  Session,
  xapiStatements,
  type Report,
  type SavedSession,
  type Scenario,
  type World,
  type XapiOptions,
  type XapiStatement,
} from '../../engine/index'

export interface RunReport {
  finished: boolean
  report: Report
  /** Cases decided (closed) and cases in the worklist, for the LMS's progress measure. */
  decided: number
  cases: number
  /** The statements the run has earned so far; none when no xAPI options were given. */
  statements: XapiStatement[]
}

export type WorldFor = (scenario: Scenario, seed: number) => Promise<World>

export class Runs {
  #held: { key: string; session: Session } | undefined

  constructor(readonly worldFor: WorldFor) {}

  async run(scenario: Scenario, saved: SavedSession, runId: string, xapi?: XapiOptions): Promise<RunReport> {
    const session = await this.#session(scenario, saved, runId)
    const cases = session.cases()
    return {
      finished: session.finished(),
      report: session.report(),
      decided: cases.filter((c) => c.status === 'closed').length,
      cases: cases.length,
      // A translator cannot cross to the worker: it is built here, in the scenario's language.
      statements: xapi ? xapiStatements(session, { ...xapi, say: await statementSay(scenario) }) : [],
    }
  }

  async #session(scenario: Scenario, saved: SavedSession, runId: string): Promise<Session> {
    const key = `${runId}|${scenario.id}|${saved.scenarioDigest}|${saved.seed}|${saved.mode}`
    const held = this.#held
    const log = held?.session.log ?? []
    const continues =
      held?.key === key &&
      log.length <= saved.log.length &&
      log.every((e, i) => JSON.stringify(e) === JSON.stringify(saved.log[i]))
    if (held && continues) {
      held.session.replay(saved.log.slice(log.length))
      return held.session
    }
    const session = new Session(scenario, await this.worldFor(scenario, saved.seed), saved.mode)
    session.replay(saved.log)
    this.#held = { key, session }
    return session
  }
}
