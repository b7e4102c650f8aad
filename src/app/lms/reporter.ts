/**
 * Turns a running session into statements at the LRS. The app hands over each saved session
 * (scenario + seed + mode + event log, after it is on disk); this keeps its own replay of it, fed
 * only the new events, derives every statement the session has earned (the engine's pure
 * builder), and puts the new ones in the outbox with the time it first saw them. The sender
 * drains the outbox. Loaded only when an LRS is configured or a cmi5 launch opened the page.
 */
import {
  Session,
  xapiStatements,
  runRegistration,
  type SavedSession,
  type Scenario,
  type Text,
  type XapiAgent,
  type XapiStatement,
} from '../../engine/index'
import { translatorFor } from '../../i18n/for-scenario'
import { pickLanguage } from '../../i18n/languages'
import { isoDuration, lifecycleStatement, type Cmi5Session } from './cmi5'
import { enqueue, Sender, type FlushOutcome, type LrsConfig } from './lrs'

export interface ReporterTarget {
  lrs: LrsConfig
  actor: XapiAgent
  /** The scenario's activity IRI. */
  activityId: (scenarioId: string) => string
  /** The cmi5 session, when the LMS launched this page. */
  cmi5?: Cmi5Session
}

const VERDICTS = new Set(['completed', 'passed', 'failed'])

export class Reporter {
  readonly target: ReporterTarget
  readonly sender: Sender
  #replayer = new Replayer()
  #started = Date.now()
  #queue: Promise<unknown> = Promise.resolve()

  constructor(target: ReporterTarget, fetcher?: typeof fetch) {
    this.target = target
    this.sender = new Sender(target.lrs, fetcher)
  }

  /** Called after each saved event; never throws (reporting must not disturb the exercise). */
  saved(scenario: Scenario, saved: SavedSession, runId: string): Promise<FlushOutcome | undefined> {
    const next = this.#queue.then(() => this.#saved(scenario, saved, runId)).catch(() => undefined)
    this.#queue = next
    return next
  }

  async #saved(scenario: Scenario, saved: SavedSession, runId: string): Promise<FlushOutcome | undefined> {
    const session = await this.#replayer.session(scenario, saved, runId)
    const cmi5 = this.target.cmi5
    const options = {
      actor: this.target.actor,
      registration: cmi5?.launch.registration ?? runRegistration(runId),
      activityId: this.target.activityId(scenario.id),
      ...(cmi5 ? { cmi5: cmi5.terms } : {}),
      say: await sayFor(scenario),
    }
    const now = new Date()
    const duration = isoDuration(this.#started, now.getTime())
    const statements: XapiStatement[] = xapiStatements(session, options).map((s) =>
      cmi5 && VERDICTS.has(s.verb.display.en ?? '') ? { ...s, result: { ...s.result, duration } } : s,
    )
    if (cmi5 && session.finished())
      statements.push(lifecycleStatement(cmi5, 'terminated', now.toISOString(), duration))
    await enqueue(statements, now.toISOString())
    return this.sender.send()
  }

  stop(): void {
    this.sender.stop()
  }
}

/**
 * The engine's text in the statements, in the scenario's language (their language maps are keyed
 * by it), with figures in its country and currency: an LMS shows real words, never message ids.
 */
export async function sayFor(scenario: Scenario): Promise<(text: Text) => string> {
  return (await translatorFor(scenario, pickLanguage(scenario.language))).t
}

/**
 * The app's session replayed here, kept up to date with each saved log: only new events are
 * sent to it, and it is rebuilt when a log is not a continuation (another run, a new version).
 */
export class Replayer {
  #replay: { key: string; session: Session } | undefined

  async session(scenario: Scenario, saved: SavedSession, runId: string): Promise<Session> {
    const key = `${runId}|${saved.scenarioDigest}|${saved.seed}|${saved.mode}`
    const held = this.#replay
    const log = held?.session.log ?? []
    const continues =
      held?.key === key &&
      log.length <= saved.log.length &&
      log.every((e, i) => JSON.stringify(e) === JSON.stringify(saved.log[i]))
    if (held && continues) {
      held.session.replay(saved.log.slice(log.length))
      return held.session
    }
    const session = await Session.start(scenario, { seed: saved.seed, mode: saved.mode, log: saved.log })
    this.#replay = { key, session }
    return session
  }
}
