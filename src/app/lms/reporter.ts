/**
 * Turns a running session into statements at the LRS. The app hands over each saved session
 * (scenario + seed + mode + event log, after it is on disk); the engine worker replays it (fed
 * only the new events) and derives every statement the session has earned (the engine's pure
 * builder); this puts the new ones in the outbox with the time it first saw them. The sender
 * drains the outbox. Loaded only when an LRS is configured or a cmi5 launch opened the page.
 */
import type { SavedSession, Scenario, XapiAgent, XapiStatement } from '../../engine/index'
import { runRegistration } from '../../engine/lite'
import { isoDuration, lifecycleStatement, type Cmi5Session } from './cmi5'
import { runInEngine, type RunSource } from './hook'
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
  #run: RunSource
  #started = Date.now()
  #queue: Promise<unknown> = Promise.resolve()

  constructor(target: ReporterTarget, run: RunSource = runInEngine, fetcher?: typeof fetch) {
    this.target = target
    this.#run = run
    this.sender = new Sender(target.lrs, fetcher)
  }

  /** Called after each saved event; never throws (reporting must not disturb the exercise). */
  saved(scenario: Scenario, saved: SavedSession, runId: string): Promise<FlushOutcome | undefined> {
    const next = this.#queue.then(() => this.#saved(scenario, saved, runId)).catch(() => undefined)
    this.#queue = next
    return next
  }

  async #saved(scenario: Scenario, saved: SavedSession, runId: string): Promise<FlushOutcome | undefined> {
    const cmi5 = this.target.cmi5
    const options = {
      actor: this.target.actor,
      registration: cmi5?.launch.registration ?? runRegistration(runId),
      activityId: this.target.activityId(scenario.id),
      ...(cmi5 ? { cmi5: cmi5.terms } : {}),
    }
    const run = await this.#run(scenario, saved, runId, options)
    const now = new Date()
    const duration = isoDuration(this.#started, now.getTime())
    const statements: XapiStatement[] = run.statements.map((s) =>
      cmi5 && VERDICTS.has(s.verb.display.en ?? '') ? { ...s, result: { ...s.result, duration } } : s,
    )
    if (cmi5 && run.finished)
      statements.push(lifecycleStatement(cmi5, 'terminated', now.toISOString(), duration))
    await enqueue(statements, now.toISOString())
    return this.sender.send()
  }

  stop(): void {
    this.sender.stop()
  }
}
