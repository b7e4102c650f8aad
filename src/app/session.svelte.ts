/**
 * The bridge between the engine's Session and Svelte's runes. The engine owns every rule; this
 * class only forwards events and tells Svelte when to re-read. Each accepted event bumps
 * `version` and replaces the raw snapshot, so `$derived` values built on it re-run. Views the
 * engine builds (a case, a taxpayer) are cached for the current version: re-rendering after a
 * command asks the engine once per view, never once per component.
 *
 * With a saver, what an event changed is shown only once the saver says the log holding it is
 * on disk: until then the page keeps showing the views of the last saved state, so feedback the
 * trainee has seen is never lost to a crash. `send` resolves at that moment.
 */
import { previewAdvance, type AdvancePreview } from '../engine/index'
import type { Mode, Report, SavedSession, Scenario, Session } from '../engine/index'
import type { CaseSummary, CaseView, Hints, Panel, SendResult, SessionEvent } from './workspace-types'

export type { SendResult }

/** Scores a saved session elsewhere (the engine worker), so the page does no scoring. */
export type Scorer = (scenario: Scenario, saved: SavedSession) => Promise<Report>

/** Stores the session after an event; resolves once it is on disk, or has failed (said elsewhere). */
export type Saver = (saved: SavedSession, event: SessionEvent) => Promise<void>

interface Snapshot {
  today: string
  cases: CaseSummary[]
  finished: boolean
}

function read(session: Session): Snapshot {
  return { today: session.today(), cases: session.cases(), finished: session.finished() }
}

export class PlayerSession {
  readonly scenario: Scenario
  readonly #session: Session
  readonly #saver: Saver | undefined
  readonly #scorer: Scorer | undefined
  #version = $state(0)
  #snapshot: Snapshot
  // Plain caches, emptied on every accepted event; `version` is what Svelte tracks.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #caseViews = new Map<string, CaseView>()
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #taxpayers = new Map<string, Panel[]>()
  /** Events whose save has not resolved yet; the views shown stop before them. */
  #unsaved = 0
  #waiting: (() => void)[] = []
  #shownEvents: number
  #saving: Promise<void> = Promise.resolve()

  constructor(session: Session, saver?: Saver, scorer?: Scorer) {
    this.scenario = session.scenario
    this.#session = session
    this.#saver = saver
    this.#shownEvents = session.log.length
    this.#scorer = scorer
    this.#snapshot = $state.raw(read(this.#session))
  }

  get seed(): number {
    return this.#session.seed
  }

  get mode(): Mode {
    return this.#session.mode
  }

  /** Increments on every accepted event; read it to depend on the session's state. */
  get version(): number {
    return this.#version
  }

  get today(): string {
    return this.#snapshot.today
  }

  get cases(): CaseSummary[] {
    return this.#snapshot.cases
  }

  get finished(): boolean {
    return this.#snapshot.finished
  }

  /** Events in the log as shown: saved ones only. */
  get eventCount(): number {
    void this.#version
    return this.#shownEvents
  }

  /**
   * Gives the event to the engine now (so the next event is judged after it), and resolves with
   * the engine's answer once whatever the event changed is saved and shown.
   */
  send(event: SessionEvent): Promise<SendResult> {
    const before = this.#session.log.length
    const result = this.#session.send(event)
    // Refusals the engine records count as events too: whatever grew the log is saved.
    if (!result.ok && this.#session.log.length === before) {
      // Judged after events still being saved: answer once the page shows them too.
      if (this.#unsaved === 0) return Promise.resolve(result)
      return new Promise((resolve) => this.#waiting.push(() => resolve(result)))
    }
    if (!this.#saver) {
      this.#show()
      return Promise.resolve(result)
    }
    const saved = this.#session.save()
    const saver = this.#saver
    this.#unsaved += 1
    this.#saving = this.#saving
      .then(() => saver(saved, event))
      .catch(() => undefined)
      .then(() => {
        this.#unsaved -= 1
        // Later events are still being written: all are shown together once the last is saved.
        if (this.#unsaved > 0) return
        this.#show()
        for (const wake of this.#waiting.splice(0)) wake()
      })
    return new Promise((resolve) => this.#waiting.push(() => resolve(result)))
  }

  #show(): void {
    this.#caseViews.clear()
    this.#taxpayers.clear()
    this.#snapshot = read(this.#session)
    this.#shownEvents = this.#session.log.length
    this.#version += 1
  }

  caseView(caseId: string): CaseView {
    void this.#version
    let view = this.#caseViews.get(caseId)
    if (!view) {
      view = this.#session.caseView(caseId)
      this.#caseViews.set(caseId, view)
    }
    return view
  }

  /** The taxpayer 360° view: profile, registrations, filings, ledger, open cases, third-party data. */
  taxpayerView(tin: string): Panel[] {
    void this.#version
    let panels = this.#taxpayers.get(tin)
    if (!panels) {
      panels = this.#session.taxpayerView(tin)
      this.#taxpayers.set(tin, panels)
    }
    return panels
  }

  /** What advancing the calendar by `days` would do, computed on a copy of the session. */
  previewAdvance(days: number): AdvancePreview {
    void this.#version
    return previewAdvance(this.#session, days)
  }

  /** Whether the last calendar advance can be undone now (practice only), and why not. */
  clockTakeBack(): { enabled: boolean; reason?: string } {
    void this.#version
    return this.#session.clockTakeBack()
  }

  hints(taskId: string): Hints {
    void this.#version
    return this.#session.hints(taskId)
  }

  /** The session as saved now: the log a results file carries. */
  saved(): SavedSession {
    void this.#version
    return this.#session.save()
  }

  report(): Report {
    void this.#version
    return this.#session.report()
  }

  /** The report, scored in the worker; on the page only if the worker cannot do it. */
  async scored(): Promise<Report> {
    void this.#version
    const saved = this.#session.save()
    if (!this.#scorer) return this.#session.report()
    try {
      return await this.#scorer(this.scenario, saved)
    } catch {
      return this.#session.report()
    }
  }
}
