/**
 * The page's handle on a running session. The Session itself runs in the engine worker, next to
 * its world; this class forwards events there and keeps, as runes, the views the worker sends
 * back: the worklist, the cases and taxpayers on screen, the hints and the saved log. Each shown
 * change bumps `version`, so `$derived` values built on it re-run.
 *
 * A case or taxpayer asked for the first time is fetched from the worker; until it arrives its
 * view is a placeholder built from the worklist row. From then on it is "watched": its view comes
 * back with every event, so a decision's feedback shows in the same step as the worklist change.
 *
 * With a saver, what an event changed is shown only once the saver says the log holding it is
 * on disk: until then the page keeps showing the views of the last saved state, so feedback the
 * trainee has seen is never lost to a crash. `send` resolves at that moment.
 */
import type { AdvancePreview, Mode, Report, SavedSession, Scenario, Text } from '../engine/index'
import type { PanelTitles, Refusal, SessionLink, SessionView, Watch } from './worker/host'
import type { CaseSummary, CaseView, Hints, Panel, SendResult, SessionEvent } from './workspace-types'
import { hintKey } from './workspace-types'
import type { CommandSpecs } from './report/commands'
import { msg } from '../engine/lite'

export type { SendResult }

/** Stores the session after an event; resolves once it is on disk, or has failed (said elsewhere). */
export type Saver = (saved: SavedSession, event: SessionEvent) => Promise<void>

/** Cases and taxpayers whose views come back with every event: the ones on screen lately. */
const WATCHED_CASES = 3
const WATCHED_TAXPAYERS = 2

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** What the page shows of a case until the worker's view of it arrives: its row, nothing to do yet. */
/** Views made before the worker's answer: the page shows them as loading, not as a case with nothing to do. */
const placeholders = new WeakSet<CaseView>()

/** Whether a case view stands in for one the worker has not sent yet. */
export function loadingView(view: CaseView): boolean {
  return placeholders.has(view)
}

function placeholder(summary: CaseSummary): CaseView {
  const view: CaseView = {
    summary,
    panels: [],
    opened: [],
    panelNames: {},
    consulted: [],
    references: {},
    attempts: [],
    available: [],
    defaults: {},
    history: [],
    notes: [],
    tries: [],
    takeBack: { enabled: false },
    // The current state by its name from the row (not its id: "new" on a French page).
    map: {
      states: [{ id: summary.state, label: summary.stateLabel, final: summary.status === 'closed' }],
      transitions: [],
      current: summary.state,
      visited: [],
      enabled: [],
    },
  }
  placeholders.add(view)
  return view
}

/** Moves `key` to the front of a recency list of at most `max` keys. */
function touch(list: string[], key: string, max: number): boolean {
  const at = list.indexOf(key)
  if (at === 0) return false
  if (at > 0) list.splice(at, 1)
  list.unshift(key)
  list.length = Math.min(list.length, max)
  return true
}

/** What to tell the trainee when a stored log no longer replays as it was played ('' when it does). */
export function replayProblem(refused: readonly Refusal[], total: number): Text {
  const first = refused[0]
  if (!first) return ''
  return msg('app.replay.refused', {
    step: first.index + 1,
    total,
    reason: first.reason,
    others: refused.length - 1,
  })
}

export class PlayerSession {
  readonly scenario: Scenario
  readonly #link: SessionLink
  readonly #saver: Saver | undefined
  #version = $state(0)
  #shown: SessionView
  /** The latest view the worker sent that is not shown yet (its save is under way). */
  #next: SessionView | undefined
  #cases: string[] = []
  #taxpayers: string[] = []
  /** Sends whose answer (and save) has not come back yet; the views shown stop before them. */
  #pending = 0
  #sends = 0
  #waiting: (() => void)[] = []
  #queue: Promise<void> = Promise.resolve()
  #fetching = false
  #closed = false
  /** Ids the worker had no view for: not asked again, so a stale id cannot loop. Plain: nothing renders it. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #absent = new Set<string>()
  /** Set when the worker's replay of this session's log refused a step (see `scored`). */
  problem = $state<Text>('')
  /** The panels' titles of each decided case, from the last scoring (for the results page). */
  panels: PanelTitles = {}
  /** Each process's commands as this scenario's forms showed them, from the last scoring. */
  commands: CommandSpecs = {}

  constructor(scenario: Scenario, link: SessionLink, view: SessionView, saver?: Saver) {
    this.scenario = scenario
    this.#link = link
    this.#saver = saver
    this.#shown = $state.raw(view)
  }

  get seed(): number {
    return this.#shown.saved.seed
  }

  get mode(): Mode {
    return this.#shown.saved.mode
  }

  /** Increments on every shown change; read it to depend on the session's state. */
  get version(): number {
    return this.#version
  }

  get today(): string {
    return this.#shown.today
  }

  get cases(): CaseSummary[] {
    return this.#shown.cases
  }

  get finished(): boolean {
    return this.#shown.finished
  }

  /** Events in the log as shown: saved ones only. */
  get eventCount(): number {
    return this.#shown.saved.log.length
  }

  #watch(): Watch {
    return { cases: [...this.#cases], taxpayers: [...this.#taxpayers] }
  }

  /**
   * Gives the event to the engine worker now (so the next event is judged after it), and
   * resolves with the engine's answer once whatever the event changed is saved and shown.
   */
  send(event: SessionEvent): Promise<SendResult> {
    const answer = this.#link.send(event, this.#watch())
    this.#pending += 1
    this.#sends += 1
    let result: SendResult = { ok: false, reason: msg('app.engine.noAnswer') }
    // Saves run one after another, in the order the worker judged the events.
    this.#queue = this.#queue.then(async () => {
      try {
        const reply = await answer
        result = reply.result
        if (reply.view) {
          if (this.#saver) await this.#saver(reply.view.saved, event).catch(() => undefined)
          this.#next = reply.view
        }
      } catch (error) {
        result = { ok: false, reason: describe(error) }
      }
      this.#pending -= 1
      // Later events are still being judged or written: all are shown together once the last is saved.
      if (this.#pending > 0) return
      if (this.#next) this.#show(this.#next)
      this.#next = undefined
      for (const wake of this.#waiting.splice(0)) wake()
    })
    return new Promise((resolve) => this.#waiting.push(() => resolve(result)))
  }

  #show(view: SessionView): void {
    this.#shown = view
    this.#version += 1
  }

  /** Fetches the views of watched cases and taxpayers the page does not have yet. */
  #fetch(): void {
    if (this.#fetching || this.#closed) return
    this.#fetching = true
    void Promise.resolve().then(async () => {
      // What is shown must be what is saved: wait for events still being written.
      while (this.#pending > 0) await this.#queue
      const sends = this.#sends
      const watch = this.#watch()
      try {
        const views = await this.#link.views(watch)
        for (const id of watch.cases) if (!views.caseViews[id]) this.#absent.add(id)
        for (const tin of watch.taxpayers) if (!views.taxpayers[tin]) this.#absent.add(tin)
        // A newer event's answer carries these views, in step with the rest of the page.
        if (sends === this.#sends && this.#pending === 0)
          this.#show({
            ...this.#shown,
            caseViews: { ...this.#shown.caseViews, ...views.caseViews },
            taxpayers: { ...this.#shown.taxpayers, ...views.taxpayers },
          })
      } catch {
        // The worker is gone; the next event says so in the form.
      } finally {
        this.#fetching = false
      }
      // Asked for while this fetch was under way: fetch again.
      if (this.#cases.some((id) => !watch.cases.includes(id))) this.#fetch()
      else if (this.#taxpayers.some((tin) => !watch.taxpayers.includes(tin))) this.#fetch()
    })
  }

  caseView(caseId: string): CaseView {
    void this.#version
    touch(this.#cases, caseId, WATCHED_CASES)
    const view = this.#shown.caseViews[caseId]
    if (view) return view
    const summary = this.#shown.cases.find((c) => c.caseId === caseId)
    if (!summary) throw new Error(`There is no case ${caseId} in this exercise.`)
    if (!this.#absent.has(caseId)) this.#fetch()
    return placeholder(summary)
  }

  /** The taxpayer 360° view: profile, registrations, filings, ledger, open cases, third-party data. */
  taxpayerView(tin: string): Panel[] {
    void this.#version
    touch(this.#taxpayers, tin, WATCHED_TAXPAYERS)
    const panels = this.#shown.taxpayers[tin]
    if (panels) return panels
    if (!this.#absent.has(tin)) this.#fetch()
    return []
  }

  /** What advancing the calendar by `days` would do, computed in the worker on a copy of the session. */
  async previewAdvance(days: number): Promise<AdvancePreview> {
    return this.#link.preview(days)
  }

  /** Whether the last calendar advance can be undone now (practice only), and why not. */
  clockTakeBack(): { enabled: boolean; reason?: Text } {
    void this.#version
    return this.#shown.clockTakeBack
  }

  /** A task's hints; with the open case, that case's (the task's general hints and its kind's). */
  hints(taskId: string, caseId?: string): Hints {
    void this.#version
    const shown = this.#shown.hints
    return (
      (caseId !== undefined ? shown[hintKey(taskId, caseId)] : undefined) ?? shown[taskId] ?? { revealed: [] }
    )
  }

  /** The session as saved now: the log a results file carries. */
  saved(): SavedSession {
    void this.#version
    return this.#shown.saved
  }

  /** The report: the log replayed afresh in the worker; a step it refuses is said in `problem`. */
  async scored(): Promise<Report> {
    void this.#version
    while (this.#pending > 0) await this.#queue
    const { report, refused, panels, commands } = await this.#link.score()
    this.problem = replayProblem(refused, this.#shown.saved.log.length)
    this.panels = panels
    this.commands = commands
    return report
  }

  /** The page no longer shows this session: the worker lets it go. */
  close(): void {
    if (this.#closed) return
    this.#closed = true
    this.#link.close()
  }
}
