/**
 * The bridge between the engine's Session and Svelte's runes. The engine owns every rule; this
 * class only forwards events and tells Svelte when to re-read. Each accepted event bumps
 * `version` and replaces the raw snapshot, so `$derived` values built on it re-run.
 */
import type { CaseView, Report, SavedSession, Scenario, Session, SessionEvent } from '../engine/index'

export type SendResult = { ok: true } | { ok: false; reason: string }

interface Snapshot {
  today: string
  cases: ReturnType<Session['cases']>
  finished: boolean
}

function read(session: Session): Snapshot {
  return { today: session.today(), cases: session.cases(), finished: session.finished() }
}

export class PlayerSession {
  readonly #session: Session
  readonly #onChange: ((saved: SavedSession) => void) | undefined
  #version = $state(0)
  #snapshot: Snapshot

  constructor(session: Session, onChange?: (saved: SavedSession) => void) {
    this.#session = session
    this.#onChange = onChange
    this.#snapshot = $state.raw(read(session))
  }

  get scenario(): Scenario {
    return this.#session.scenario
  }

  get seed(): number {
    return this.#session.seed
  }

  /** Increments on every accepted event; read it to depend on the session's state. */
  get version(): number {
    return this.#version
  }

  get today(): string {
    return this.#snapshot.today
  }

  get cases(): Snapshot['cases'] {
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
      this.#snapshot = read(this.#session)
      this.#version += 1
      this.#onChange?.(this.#session.save())
    }
    return result
  }

  caseView(caseId: string): CaseView {
    void this.#version
    return this.#session.caseView(caseId)
  }

  hints(taskId: string): ReturnType<Session['hints']> {
    void this.#version
    return this.#session.hints(taskId)
  }

  report(): Report {
    void this.#version
    return this.#session.report()
  }
}
