/**
 * A training session: scenario + seed + the trainee's event log. The current state is the
 * replay of the log; `send` checks an event against the procedure before logging it. Every
 * process runs through the same contract (processes/contract.ts).
 */
import { createActor, type AnyActor, type AnyEventObject, type AnyMachineSnapshot } from 'xstate'
import type {
  CaseRecord,
  CaseTruth,
  Command,
  CommandSpec,
  Panel,
  ProcessEnv,
  ProcessModule,
} from '../processes/contract'
import { day, msg, type Msg, type Text } from '../primitives/message'
import { inEnglish } from '../../i18n/render'
import { legacyCaseId } from '../primitives/case-id'
import { machineGraph } from '../processes/graph'
import { SEARCH_PANEL_NAME, searchPanel } from '../processes/register-search'
import { PROCESS_DEFINITIONS, type ProcessTable } from '../processes/registry'
import type { Scenario, Task } from '../scenario/schema'
import { scenarioDigest } from '../scenario/digest'
import { gradeWithEvidence } from '../scoring/evidence'
import { buildReport, decisionRecord, type ScoredDecision } from '../scoring/report'
import { generateWorld } from '../world/generate'
import { RegisterIndex } from '../world/search'
import type { World } from '../world/types'
import type { ProcessId } from '../processes/formats'
import { arrivalAvailability, availability, notWhile, takeBackAvailability } from './availability'
import { addDays, daysBetween, laterOf } from '../primitives/calendar'
import { GrowingAccruals } from '../rules/accrual'
import { eventShapeProblem, MAX_CALENDAR_SPAN_DAYS } from './event-shape'
import { settle } from '../world/lookup'
import { AccruedLedger } from './accrued-ledger'
import { taxpayerPanels } from './taxpayer-view'
import {
  SESSION_FORMAT,
  type CaseSummary,
  type CaseView,
  type CommandOption,
  type DecisionFeedback,
  type Mode,
  type ProceduralError,
  type Report,
  type SavedSession,
  type SessionEvent,
} from './types'

const noCase = (caseId: string): Text => msg('session.refusal.noCase', { caseId })

/**
 * A saved log that does not replay on its scenario: `text` says which step was refused and why,
 * for a trainer or trainee in their language; `message` is the same in English, for logs.
 */
export class ReplayRefused extends Error {
  readonly text: Msg
  constructor(step: number, reason: Text) {
    const text = msg('session.replay.refused', { step, reason })
    super(inEnglish(text))
    this.name = 'ReplayRefused'
    this.text = text
  }
}

/**
 * `attempt`: the step was refused because the law forbids it now (enforcing before the demand
 * period ends, …). Such an attempt is logged, replays to the same refusal, and counts as a
 * procedural error; any other refusal leaves the log untouched.
 */
export type SendResult = { ok: true } | { ok: false; reason: Text; attempt?: true }

interface CaseState {
  task: Task
  module: ProcessModule
  record: CaseRecord
  truth: CaseTruth
  date: string
  actor?: AnyActor
  panels: Panel[]
  visited: string[]
  history: { command: Command; label: Text; on: string }[]
  /** Unlawful steps the trainee tried and the law refused, in order. */
  attempts: ProceduralError[]
  /** Panels the trainee looked at: shown on opening, revealed by a step, or opened. */
  consulted: Set<string>
  notes: { text: string; on: string }[]
  decision?: ScoredDecision
}

const MAX_ADVANCE_DAYS = 3650

/** An event of the log that is in effect (not taken back), with its place in the log. */
interface Effective {
  index: number
  event: SessionEvent
  /** A refused unlawful step: it is on the record but changed nothing. */
  attempt: boolean
}

/** Splits each process's cases among the scenario's tasks of that process, in order. */
function assignCases(
  scenario: Scenario,
  world: World,
  kindOf: (caseId: string) => string | undefined,
): { task: Task; record: CaseRecord }[] {
  const queues = new Map<ProcessId, CaseRecord[]>()
  for (const [process, records] of Object.entries(world.cases)) queues.set(process as ProcessId, [...records])
  // Tasks that name their kinds pick those cases first; the others share what is left, in order.
  const placed = new Map<Task, CaseRecord[]>()
  for (const task of scenario.tasks.filter((t) => t.kinds)) {
    const queue = queues.get(task.process) ?? []
    const mine = queue.filter((r) => task.kinds!.includes(kindOf(r.id) ?? ''))
    const take = task.cases === 'all' ? mine.length : task.cases
    const chosen = new Set(mine.slice(0, take))
    placed.set(task, [...chosen])
    queues.set(
      task.process,
      queue.filter((r) => !chosen.has(r)),
    )
  }
  return scenario.tasks.flatMap((task) => {
    const queue = queues.get(task.process) ?? []
    const take = task.cases === 'all' ? queue.length : task.cases
    const records = placed.get(task) ?? queue.splice(0, take)
    return records.map((record) => ({ task, record }))
  })
}

export class Session {
  readonly scenario: Scenario
  readonly world: World
  readonly seed: number
  readonly digest: string
  readonly mode: Mode
  /** The processes this session plays: the bundled ones, or a test's table with its own process. */
  readonly processes: ProcessTable
  #log: SessionEvent[] = []
  /** The log without what was taken back: replaying it gives the current state. */
  #effective: Effective[] = []
  /** How many steps of `#effective` each case has (not attempts): a take-back's answer without a scan. */
  #steps = new Map<string, number>()
  /** Every decision reached per case, keyed by the log index of the event that reached it. */
  #tries = new Map<string, Map<number, ScoredDecision>>()
  /** The log index of the event being applied. */
  #applying = 0
  #cases = new Map<string, CaseState>()
  /** Case ids in the format used before PREFIX-YYYY-NNNN, to today's ids (old logs still replay). */
  #legacy = new Map<string, string>()
  /** The hints revealed per task, as indices into its `hints`, in the order revealed. */
  #hints = new Map<string, number[]>()
  #finished = false
  #today: string
  #index: RegisterIndex | undefined
  /**
   * The world as the cases see it: the generated one plus what decided cases have posted. Its
   * ledger is this session's own list, which postings only append to (so look-ups on it grow by
   * the new lines instead of regrouping the whole ledger), with the ids it holds.
   */
  #live: World | undefined
  #ledgerIds: Set<string> | undefined
  /**
   * Each process's commands as `commandsFor` gives them for the session as it stands: a step
   * asks for them several times (the command, its availability, the case view and its map).
   * Emptied whenever what they are made from may change: the log grows, the calendar moves, a
   * decision posts to the ledger, or the cases are rebuilt for a take-back.
   */
  #specs = new Map<ProcessModule, readonly CommandSpec[]>()

  /** Builds a session on an already generated world (pure and synchronous). */
  constructor(
    scenario: Scenario,
    world: World,
    mode: Mode = 'practice',
    processes: ProcessTable = PROCESS_DEFINITIONS,
  ) {
    this.scenario = scenario
    this.world = world
    this.processes = processes
    this.seed = world.seed
    this.mode = mode
    this.digest = scenarioDigest(scenario)
    this.#today = world.referenceDate
    this.#reset()
    for (const id of this.#cases.keys()) {
      const legacy = legacyCaseId(id)
      if (legacy && !this.#cases.has(legacy)) this.#legacy.set(legacy, id)
    }
  }

  /** A case's id as this session knows it: an id saved in the earlier format is translated. */
  caseIdOf(id: string): string {
    return this.#legacy.get(id) ?? id
  }

  /** Every case as it stands before the trainee's first event. */
  #reset(): void {
    const { scenario, world } = this
    this.#today = world.referenceDate
    this.#cases = new Map()
    this.#hints = new Map()
    this.#finished = false
    this.#live = undefined
    this.#ledgerIds = undefined
    this.#accrual = undefined
    this.#specs.clear()
    const truths = new Map(world.truth.cases.map((t) => [t.caseId, t]))
    for (const { task, record } of assignCases(scenario, world, (id) => truths.get(id)?.kind)) {
      const module = this.processes[task.process]?.module
      const truth = truths.get(record.id)
      if (!module) throw new Error(`The ${task.process} process is not available.`)
      if (!truth) throw new Error(`World has no ground truth for ${record.id}`)
      this.#cases.set(record.id, {
        task,
        module,
        record,
        truth,
        date: laterOf(record.receivedOn, world.referenceDate),
        panels: [],
        visited: [],
        history: [],
        attempts: [],
        consulted: new Set(),
        notes: [],
      })
    }
  }

  /** Generates the world (faker is loaded on demand) and replays a saved log onto it. */
  static async start(
    scenario: Scenario,
    options: { seed?: number; log?: readonly SessionEvent[]; mode?: Mode; processes?: ProcessTable } = {},
  ): Promise<Session> {
    const processes = options.processes ?? PROCESS_DEFINITIONS
    const world = await generateWorld(scenario, { seed: options.seed ?? scenario.world.seed, processes })
    const session = new Session(scenario, world, options.mode, processes)
    const rejected = session.replay(options.log ?? [])
    if (rejected.length) {
      const first = rejected[0]!
      throw new ReplayRefused(first.index + 1, first.reason)
    }
    return session
  }

  /** Sends every event in order; returns the ones the procedure refused (they are not logged). */
  replay(log: readonly SessionEvent[]): { index: number; event: SessionEvent; reason: Text }[] {
    return log.flatMap((event, index) => {
      const result = this.send(event)
      return result.ok || result.attempt ? [] : [{ index, event, reason: result.reason }]
    })
  }

  get log(): readonly SessionEvent[] {
    return this.#log
  }

  get index(): RegisterIndex {
    this.#index ??= new RegisterIndex(this.world.taxpayers)
    return this.#index
  }

  get env(): ProcessEnv {
    // A session's worlds never change once made, so look-ups by TIN on them can be indexed.
    const world = this.#accrued()
    settle(world)
    return {
      world,
      jurisdiction: this.scenario.jurisdiction,
      today: this.#today,
      index: this.index,
    }
  }

  #accrual: { ledger: AccruedLedger; world: World } | undefined

  /**
   * The world as of today: what was generated and posted, plus the interest and penalties that
   * accrued on unpaid tax since the exercise began (a pure function of the ledger and the date,
   * docs/domain.md §Accruals). The accrued ledger is one list kept up to date in place: a
   * posting recomputes only the accounts it touched (accrued-ledger.ts).
   */
  #accrued(): World {
    const base = this.#live ?? this.world
    if (this.#today <= this.world.referenceDate) return base
    let accrual = this.#accrual
    if (accrual?.ledger.book.ledger !== base.ledger || accrual.ledger.book.today !== this.#today) {
      const book = new GrowingAccruals(
        base.ledger,
        this.world.referenceDate,
        this.#today,
        this.scenario.jurisdiction,
      )
      const ledger = new AccruedLedger(book)
      accrual = this.#accrual = { ledger, world: { ...base, ledger: ledger.list } }
    }
    accrual.ledger.update()
    return accrual.ledger.charged ? accrual.world : base
  }

  /** Adds a case's postings (assessments, abatements, write-offs) to the ledger every other case reads. */
  #post(state: CaseState): void {
    const posted = state.module.postings?.(state.actor!.getSnapshot().context, this.env) ?? []
    if (!posted.length) return
    const known = (this.#ledgerIds ??= new Set((this.#live ?? this.world).ledger.map((e) => e.id)))
    const fresh = posted.filter((e) => !known.has(e.id))
    if (!fresh.length) return
    this.#live ??= { ...this.world, ledger: [...this.world.ledger] }
    for (const entry of fresh) {
      this.#live.ledger.push(entry)
      known.add(entry.id)
    }
    this.#specs.clear()
  }

  today(): string {
    return this.#today
  }

  finished(): boolean {
    return this.#finished
  }

  /** Never throws: a malformed event, or one the process code cannot take, is refused. */
  send(given: SessionEvent): SendResult {
    if (this.#finished) return { ok: false, reason: msg('session.refusal.finished') }
    const shape = eventShapeProblem(given)
    if (shape) return { ok: false, reason: msg('session.refusal.malformed', { detail: shape }) }
    const legacy =
      'caseId' in given && given.caseId !== undefined ? this.#legacy.get(given.caseId) : undefined
    const event = legacy ? { ...given, caseId: legacy } : given
    let result: SendResult
    this.#applying = this.#log.length
    try {
      result = this.#apply(event)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return { ok: false, reason: msg('session.refusal.failed', { detail: detail.slice(0, 200) }) }
    }
    if (result.ok || result.attempt) {
      const copy = cloneJson(event)
      if (copy.type !== 'case.takeBack' && copy.type !== 'clock.takeBack')
        this.#effect({ index: this.#log.length, event: copy, attempt: !result.ok })
      this.#log.push(copy)
      this.#specs.clear()
    }
    return result
  }

  /** The event a take-back would undo now: the last step on the case, or the last calendar advance. */
  #takeBackTarget(caseId?: string): Effective | undefined {
    for (let i = this.#effective.length - 1; i >= 0; i--) {
      const entry = this.#effective[i]!
      const { event } = entry
      if (entry.attempt) continue
      if (caseId !== undefined) {
        if (event.type === 'case.command' && event.caseId === caseId) return entry
        continue
      }
      if (event.type === 'clock.advance') return entry
      // A step taken after the advance was judged on the new date: that step is taken back first.
      if (event.type === 'case.command') return undefined
    }
    return undefined
  }

  #effect(entry: Effective): void {
    this.#effective.push(entry)
    const { event } = entry
    if (!entry.attempt && event.type === 'case.command')
      this.#steps.set(event.caseId, (this.#steps.get(event.caseId) ?? 0) + 1)
  }

  #canTakeBack(caseId?: string): { enabled: boolean; reason?: Text } {
    return takeBackAvailability({
      mode: this.mode,
      finished: this.#finished,
      something:
        caseId === undefined ? this.#takeBackTarget() !== undefined : (this.#steps.get(caseId) ?? 0) > 0,
      what: caseId === undefined ? 'calendar' : 'case',
    })
  }

  /**
   * Undoes one event by replaying the log without it. Every decision reached so far stays in
   * `#tries`, so the first attempt on each case is still what the results count.
   */
  #takeBack(caseId?: string): SendResult {
    if (caseId !== undefined && !this.#cases.has(caseId)) return { ok: false, reason: noCase(caseId) }
    const allowed = this.#canTakeBack(caseId)
    if (!allowed.enabled) return { ok: false, reason: allowed.reason! }
    const target = this.#takeBackTarget(caseId)!
    const applying = this.#applying
    const effective = this.#effective.filter((e) => e !== target)
    this.#reset()
    this.#effective = []
    this.#steps = new Map()
    for (const entry of effective) {
      this.#applying = entry.index
      try {
        const result = this.#apply(entry.event)
        // What depended on the undone step (a panel it revealed) no longer applies.
        if (result.ok || result.attempt) this.#effect({ ...entry, attempt: !result.ok })
      } catch {
        continue
      }
    }
    this.#applying = applying
    return { ok: true }
  }

  #apply(event: SessionEvent): SendResult {
    switch (event.type) {
      case 'case.takeBack':
        return this.#takeBack(event.caseId)
      case 'clock.takeBack':
        return this.#takeBack()
      case 'session.finish':
        this.#finished = true
        return { ok: true }
      case 'clock.advance':
        return this.#advance(event.days)
      case 'hint.reveal': {
        if (this.mode === 'assessment') return { ok: false, reason: msg('session.refusal.hintsInAssessment') }
        const task = this.scenario.tasks.find((t) => t.id === event.taskId)
        if (!task) return { ok: false, reason: msg('session.refusal.noTask', { task: event.taskId }) }
        let kind: string | undefined
        if (event.caseId !== undefined) {
          const state = this.#cases.get(event.caseId)
          if (!state || state.task.id !== task.id)
            return {
              ok: false,
              reason: msg('session.refusal.noCaseInTask', { caseId: event.caseId, task: task.id }),
            }
          kind = state.truth.kind
        }
        const next = this.#nextHint(task, kind)
        if (next === undefined) return { ok: false, reason: msg('session.refusal.noMoreHints') }
        this.#hints.set(task.id, [...(this.#hints.get(task.id) ?? []), next])
        return { ok: true }
      }
      case 'case.open':
      case 'evidence.view':
      case 'register.search':
      case 'case.note':
      case 'case.command': {
        const state = this.#cases.get(event.caseId)
        if (!state) return { ok: false, reason: noCase(event.caseId) }
        const arrival = arrivalAvailability({ arrivesOn: this.#arrivesOn(state.task), today: this.#today })
        if (!arrival.enabled) return { ok: false, reason: arrival.reason }
        if (event.type === 'case.open') {
          if (state.decision && this.mode === 'assessment')
            return { ok: false, reason: msg('session.refusal.reopenInAssessment') }
          this.#startTask(state.task)
          this.#open(state)
          return { ok: true }
        }
        if (event.type === 'case.note') {
          if (!event.text.trim()) return { ok: false, reason: msg('session.refusal.emptyNote') }
          this.#open(state)
          state.notes.push({ text: event.text.trim(), on: this.#today })
          return { ok: true }
        }
        if (state.decision) return { ok: false, reason: msg('session.refusal.caseClosed') }
        this.#open(state)
        if (event.type === 'evidence.view') {
          if (state.panels.some((p) => p.id === event.panel)) {
            state.consulted.add(event.panel)
            return { ok: true }
          }
          return { ok: false, reason: msg('session.refusal.panelNotOpen', { panel: event.panel }) }
        }
        if (event.type === 'register.search') {
          const hits = this.index.search(event.query, 20)
          const words = Object.values(event.query).filter(Boolean).join(' · ')
          const title = msg('session.search.title', { query: words })
          const panel = searchPanel(hits, title, this.scenario.jurisdiction, (tin) => this.index.get(tin))
          state.panels.push(panel)
          state.consulted.add(panel.id)
          return { ok: true }
        }
        return this.#command(state, event.command)
      }
      default: {
        const unknown: never = event
        return { ok: false, reason: msg('session.refusal.unknownEvent', { event: JSON.stringify(unknown) }) }
      }
    }
  }

  #open(state: CaseState): void {
    if (state.actor) return
    const env = this.env
    state.actor = createActor(state.module.machine, { input: state.module.input(state.record, env) }).start()
    state.actor.send(tick(this.#today))
    state.visited.push(String(state.actor.getSnapshot().value))
    const initial = state.module.initialPanels(state.record, env)
    state.panels.push(...initial)
    // The player shows the first panel when a case opens; the others count once opened.
    if (initial[0]) state.consulted.add(initial[0].id)
  }

  /** A task may start later in the scenario's story ("30 days later"): the calendar moves on first. */
  #startTask(task: Task): void {
    if (task.startsAfterDays === undefined) return
    const start = addDays(this.world.referenceDate, task.startsAfterDays)
    const days = daysBetween(this.#today, start)
    if (days > 0) this.#advance(days)
  }

  #advance(days: number): SendResult {
    if (!Number.isInteger(days) || days < 1 || days > MAX_ADVANCE_DAYS)
      return { ok: false, reason: msg('session.refusal.advanceRange', { max: MAX_ADVANCE_DAYS }) }
    if (daysBetween(this.world.referenceDate, this.#today) + days > MAX_CALENDAR_SPAN_DAYS)
      return {
        ok: false,
        reason: msg('session.refusal.calendarEnds', {
          years: MAX_CALENDAR_SPAN_DAYS / 365,
          on: day(addDays(this.world.referenceDate, MAX_CALENDAR_SPAN_DAYS)),
        }),
      }
    this.#today = addDays(this.#today, days)
    this.#specs.clear()
    for (const state of this.#cases.values()) {
      if (!state.actor || state.decision) continue
      state.actor.send(tick(this.#today))
      this.#track(state)
      if (state.actor.getSnapshot().status === 'done') {
        state.decision = this.#score(state, { type: 'clock.expired' }, msg('session.decision.expired'))
      }
    }
    return { ok: true }
  }

  #track(state: CaseState): void {
    const value = String(state.actor!.getSnapshot().value)
    if (state.visited.at(-1) !== value) state.visited.push(value)
  }

  #command(state: CaseState, command: Command): SendResult {
    const actor = state.actor!
    const env = this.env
    const snapshot = actor.getSnapshot()
    const spec = this.#commands(state).find((c) => c.type === command.type)
    if (!spec) return { ok: false, reason: msg('session.refusal.notAStep', { step: command.type }) }
    const unlawful = state.module.unlawful?.(snapshot.context, command, env)
    if (unlawful) {
      state.attempts.push({
        caseId: state.record.id,
        taskId: state.task.id,
        command: cloneJson(command),
        label: spec.label,
        reason: unlawful,
        on: laterOf(state.date, this.#today),
      })
      return { ok: false, reason: unlawful, attempt: true }
    }
    const blocker = state.module.blocker(snapshot.context, command.type, env)
    if (blocker) return { ok: false, reason: blocker.reason }
    const problem = state.module.problem?.(snapshot.context, command, env)
    if (problem) return { ok: false, reason: problem }
    if (!snapshot.can(command)) return { ok: false, reason: notWhile(this.#stateLabel(state)) }

    const revealed = state.module.reveal(state.record, command, env, snapshot.context)
    const history = state.history.map((h) => h.command)
    actor.send(command)
    state.history.push({
      command: cloneJson(command),
      label: spec.label,
      on: laterOf(state.date, this.#today),
    })
    state.panels.push(...revealed)
    for (const panel of revealed) state.consulted.add(panel.id)
    const followUp = state.module.followUp?.(command, env)
    if (followUp) {
      state.date = addDays(laterOf(state.date, this.#today), followUp.days)
      actor.send(followUp.event)
    }
    this.#track(state)
    if (actor.getSnapshot().status === 'done') {
      state.decision = this.#score(state, command, spec.label, history)
      this.#post(state)
    }
    return { ok: true }
  }

  #commands(state: CaseState): readonly CommandSpec[] {
    return this.#specsOf(state.module)
  }

  #specsOf(module: ProcessModule): readonly CommandSpec[] {
    let specs = this.#specs.get(module)
    if (!specs) this.#specs.set(module, (specs = module.commandsFor?.(this.env) ?? module.commands))
    return specs
  }

  #score(
    state: CaseState,
    command: Command,
    label: Text,
    history = state.history.map((h) => h.command),
  ): ScoredDecision {
    const opened = [...state.consulted]
    const judged =
      command.type === 'clock.expired'
        ? { grade: 'wrong' as const, why: msg('session.decision.expiredWhy') }
        : state.module.grade(state.truth, command, history, this.env, state.record)
    const { verdict, missed } = gradeWithEvidence(state.truth, judged, opened)
    const waitedFrom = state.module.waitingSince?.(state.actor!.getSnapshot().context)
    const decision: ScoredDecision = {
      caseId: state.record.id,
      task: state.task,
      command: cloneJson(command),
      decisionLabel: label,
      decidedOn: laterOf(state.date, this.#today),
      dueOn: state.record.dueOn,
      startedOn: this.#taskStart(state.task),
      ...(waitedFrom ? { waitedFrom } : {}),
      truth: state.truth,
      verdict,
      opened,
      missed,
    }
    const tries = this.#tries.get(state.record.id) ?? new Map<number, ScoredDecision>()
    this.#tries.set(state.record.id, tries)
    // Replaying after a take-back reaches earlier decisions again: the one first reached stays.
    if (!tries.has(this.#applying)) tries.set(this.#applying, decision)
    return decision
  }

  /** Every decision reached on a case, first first. */
  #triesOf(caseId: string): ScoredDecision[] {
    const tries = this.#tries.get(caseId)
    if (!tries) return []
    return [...tries].sort(([a], [b]) => a - b).map(([, decision]) => decision)
  }

  /** The day a task's cases reach the trainee: the exercise's start, or the task's later start. */
  #taskStart(task: Task): string {
    return addDays(this.world.referenceDate, task.startsAfterDays ?? this.#agendaDay(task))
  }

  /**
   * The day a task's cases arrive on the desk under the scenario's agenda. Arrival only gates
   * when the cases can be worked: the world is generated as it is without an agenda.
   */
  #arrivesOn(task: Task): string {
    return addDays(this.world.referenceDate, this.#agendaDay(task))
  }

  #agendaDay(task: Task): number {
    return this.scenario.agenda?.find((d) => d.tasks.includes(task.id))?.day ?? 0
  }

  #stateLabel(state: CaseState): Text {
    const value = state.actor ? String(state.actor.getSnapshot().value) : ''
    return state.module.stateLabels[value] ?? (value || msg('session.state.new'))
  }

  cases(): CaseSummary[] {
    return [...this.#cases.values()].map((state) => this.#summary(state))
  }

  #summary(state: CaseState): CaseSummary {
    const { record } = state
    const value = state.actor ? String(state.actor.getSnapshot().value) : 'new'
    return {
      caseId: record.id,
      taskId: state.task.id,
      process: record.process,
      title: record.title,
      tin: record.tin,
      receivedOn: record.receivedOn,
      dueOn: record.dueOn,
      date: laterOf(state.date, this.#today),
      arrivesOn: this.#arrivesOn(state.task),
      amount: record.amount,
      priority: record.priority,
      status: state.decision ? 'closed' : state.actor ? 'open' : 'new',
      state: value,
      stateLabel: state.actor ? this.#stateLabel(state) : msg('session.state.new'),
    }
  }

  caseView(caseId: string): CaseView {
    const state = this.#cases.get(caseId)
    if (!state) throw new Error(`There is no case "${caseId}".`)
    const env = this.env
    const actor =
      state.actor ?? createActor(state.module.machine, { input: state.module.input(state.record, env) })
    const snapshot = actor.getSnapshot()
    const defaults = state.module.defaults(state.record, env, snapshot.context)
    const references = state.module.reference?.(state.record, env, snapshot.context) ?? {}
    const available = this.#available(state, snapshot)
    const graph = machineGraph(state.module.machine, this.#commands(state), state.module.stateLabels)
    return {
      summary: this.#summary(state),
      panels: state.panels,
      opened: [...new Set(state.panels.map((p) => p.id))],
      panelNames: {
        'register-search': SEARCH_PANEL_NAME,
        ...state.module.panelNames,
        ...Object.fromEntries(state.panels.map((p) => [p.id, p.title])),
      },
      consulted: [...state.consulted],
      available,
      defaults,
      references,
      attempts: state.attempts,
      history: state.history,
      notes: state.notes,
      tries: this.#triesShown(state),
      takeBack: this.#canTakeBack(caseId),
      ...(state.decision && (this.mode === 'practice' || this.#finished)
        ? { feedback: this.#feedback(state.decision) }
        : {}),
      map: {
        ...graph,
        current: String(snapshot.value),
        visited: state.visited.length ? state.visited : [String(snapshot.value)],
        enabled: available.filter((c) => c.enabled).map((c) => c.type),
      },
    }
  }

  /**
   * The commands of each process this scenario plays, as its forms show them (the fields and
   * options this jurisdiction and world give them): what puts a logged decision into words.
   */
  commandSpecs(): Partial<Record<ProcessId, readonly CommandSpec[]>> {
    const processes = new Set(this.scenario.tasks.map((t) => t.process))
    return Object.fromEntries(
      [...processes].flatMap((id) => {
        const module = this.processes[id]?.module
        return module ? [[id, this.#specsOf(module)]] : []
      }),
    )
  }

  /**
   * What the player offers on a case now (the one availability function, see availability.ts):
   * the UI, the policies and the tests all read it.
   */
  availability(caseId: string): CommandOption[] {
    const state = this.#cases.get(caseId)
    if (!state) return []
    const actor =
      state.actor ?? createActor(state.module.machine, { input: state.module.input(state.record, this.env) })
    return this.#available(state, actor.getSnapshot())
  }

  #available(state: CaseState, snapshot: AnyMachineSnapshot): CommandOption[] {
    return availability({
      module: state.module,
      commands: this.#commands(state),
      snapshot,
      env: this.env,
      stateLabel: this.#stateLabel(state),
      decided: state.decision !== undefined,
      arrivesOn: this.#arrivesOn(state.task),
      today: this.#today,
    })
  }

  /** The taxpayer 360° view: profile, registrations, filing history, ledger, cases, third-party data. */
  taxpayerView(tin: string): Panel[] {
    const cases = this.cases().filter((c) => c.tin === tin)
    return taxpayerPanels(this.env.world, this.index, tin, cases)
  }

  /** The decisions reached on a case, side by side, once one was taken back (practice shows feedback). */
  #triesShown(state: CaseState): CaseView['tries'] {
    const tries = this.#triesOf(state.record.id)
    const retried = tries.length > 1 || (tries.length === 1 && !state.decision)
    if (!retried || (this.mode !== 'practice' && !this.#finished)) return []
    return tries.map((t) => ({
      decisionLabel: t.decisionLabel,
      decidedOn: t.decidedOn,
      feedback: this.#feedback(t),
    }))
  }

  /** Whether the last calendar advance can be undone now, and why not. */
  clockTakeBack(): { enabled: boolean; reason?: Text } {
    return this.#canTakeBack()
  }

  #feedback(decision: ScoredDecision): DecisionFeedback {
    return decisionRecord(this.scenario, decision).feedback
  }

  /**
   * The hints of a task a trainee has revealed and the cost of the next. A hint with a `kind` is
   * offered only on a case of that kind, so with `caseId` the list is that case's (the task's
   * general hints and its kind's); without it, the general hints only.
   */
  hints(
    taskId: string,
    caseId?: string,
  ): { revealed: { text: string; cost: number }[]; next?: { cost: number } } {
    const task = this.scenario.tasks.find((t) => t.id === taskId)
    if (!task) return { revealed: [] }
    const state = caseId === undefined ? undefined : this.#cases.get(caseId)
    const kind = state?.task.id === taskId ? state.truth.kind : undefined
    const applies = (i: number) => task.hints[i]!.kind === undefined || task.hints[i]!.kind === kind
    const revealed = (this.#hints.get(taskId) ?? []).filter(applies).map((i) => {
      const { text, cost } = task.hints[i]!
      return { text, cost }
    })
    const next = this.#nextHint(task, kind)
    return { revealed, ...(next !== undefined ? { next: { cost: task.hints[next]!.cost } } : {}) }
  }

  /** The first hint not yet revealed that applies to a case of `kind` (general ones to every case). */
  #nextHint(task: Task, kind: string | undefined): number | undefined {
    const revealed = new Set(this.#hints.get(task.id) ?? [])
    const i = task.hints.findIndex((h, i) => !revealed.has(i) && (h.kind === undefined || h.kind === kind))
    return i < 0 ? undefined : i
  }

  report(): Report {
    const states = [...this.#cases.values()]
    const counts = new Map<string, number>()
    for (const s of states) counts.set(s.task.id, (counts.get(s.task.id) ?? 0) + 1)
    // Only the first decision reached on a case counts, even if it was taken back (practice).
    const first = (s: CaseState) => this.#triesOf(s.record.id)[0] ?? s.decision
    const report = buildReport({
      scenario: this.scenario,
      seed: this.seed,
      mode: this.mode,
      digest: this.digest,
      decisions: states.flatMap((s) => {
        const decision = first(s)
        return decision ? [decision] : []
      }),
      hintsRevealed: this.#hints,
      undecided: states
        .filter((s) => !first(s))
        .map((s) => ({
          caseId: s.record.id,
          task: s.task,
          truth: s.truth,
          dueOn: s.record.dueOn,
          startedOn: this.#taskStart(s.task),
        })),
      today: this.#today,
      finished: this.#finished,
      proceduralErrors: states.flatMap((s) => s.attempts),
      casesPerTask: counts,
      isAnomaly: (truth) =>
        (this.processes[truth.process]?.format.kinds.ANOMALIES ?? []).includes(truth.kind),
    })
    for (const record of report.decisions) {
      const retries = this.#triesOf(record.caseId).length - 1
      if (retries > 0) record.retries = retries
    }
    return report
  }

  /** Ground truth of a case (for policies, the CLI and the trainer's debrief; never shown before deciding). */
  truthOf(caseId: string): CaseTruth | undefined {
    return this.#cases.get(caseId)?.truth
  }

  /** A copy of this session at its current event, to try something on without changing this one. */
  fork(): Session {
    const copy = new Session(this.scenario, this.world, this.mode, this.processes)
    copy.replay(this.#log)
    return copy
  }

  save(): SavedSession {
    return {
      format: SESSION_FORMAT,
      scenarioId: this.scenario.id,
      scenarioDigest: this.digest,
      seed: this.seed,
      mode: this.mode,
      log: cloneJson(this.#log),
    }
  }
}

/** Tells a case's machine the simulated date, so deadlines and deemed decisions happen. */
function tick(today: string): AnyEventObject {
  return { type: 'clock.tick', today }
}

/** Events and commands are plain JSON; cloning them keeps the log safe from later mutation. */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
