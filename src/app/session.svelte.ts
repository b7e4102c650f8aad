/**
 * The bridge between the engine's Session and Svelte's runes. The engine owns every rule; this
 * class only forwards events and tells Svelte when to re-read. Each accepted event bumps
 * `version` and replaces the raw snapshot, so `$derived` values built on it re-run. Views the
 * engine builds (a case, a taxpayer) are cached for the current version: re-rendering after a
 * command asks the engine once per view, never once per component.
 */
import { previewAdvance, type AdvancePreview } from '../engine/index'
import type { Mode, Report, SavedSession, Scenario, Session } from '../engine/index'
import type { CaseSummary, CaseView, Hints, Panel, SendResult, SessionEvent } from './workspace-types'

export type { SendResult }

/** Scores a saved session elsewhere (the engine worker), so the page does no scoring. */
export type Scorer = (scenario: Scenario, saved: SavedSession) => Promise<Report>

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
  readonly #onChange: ((saved: SavedSession) => void) | undefined
  readonly #scorer: Scorer | undefined
  #version = $state(0)
  #snapshot: Snapshot
  // Plain caches, emptied on every accepted event; `version` is what Svelte tracks.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #caseViews = new Map<string, CaseView>()
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #taxpayers = new Map<string, Panel[]>()

  constructor(session: Session, onChange?: (saved: SavedSession) => void, scorer?: Scorer) {
    this.scenario = session.scenario
    this.#session = session
    this.#onChange = onChange
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

  get eventCount(): number {
    void this.#version
    return this.#session.log.length
  }

  send(event: SessionEvent): SendResult {
    const result = this.#session.send(event)
    if (result.ok) {
      this.#caseViews.clear()
      this.#taxpayers.clear()
      this.#snapshot = read(this.#session)
      this.#version += 1
      this.#onChange?.(this.#session.save())
    }
    return result
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

  hints(taskId: string): Hints {
    void this.#version
    return this.#session.hints(taskId)
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
