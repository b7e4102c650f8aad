/**
 * A training session: scenario + seed + the trainee's event log. The current state is the
 * replay of the log; `send` checks an event against the procedure before logging it. Every
 * process runs through the same contract (processes/contract.ts).
 */
import { createActor, type AnyActor, type AnyEventObject } from 'xstate'
import type { CaseRecord, CaseTruth, Command, Panel, ProcessEnv, ProcessModule } from '../processes/contract'
import { machineGraph } from '../processes/graph'
import { registrationRecords, registrationTruths } from '../processes/registration/module'
import { searchPanel } from '../processes/registration/panels'
import { PROCESS_MODULES } from '../processes/registry'
import type { Scenario, Task } from '../scenario/schema'
import { PROCESS_KINDS } from '../scenario/schema'
import { scenarioDigest } from '../scenario/digest'
import { gradeWithEvidence } from '../scoring/evidence'
import { buildReport, decisionRecord, type ScoredDecision } from '../scoring/report'
import { generateWorld } from '../world/generate'
import { RegisterIndex } from '../world/search'
import type { World } from '../world/types'
import { REGISTRATION_ANOMALIES, type ProcessId } from '../vocabulary'
import { addDays, daysBetween, laterOf } from './calendar'
import { taxpayerPanels } from './taxpayer-view'
import {
  SESSION_FORMAT,
  type CaseSummary,
  type CaseView,
  type CommandOption,
  type DecisionFeedback,
  type Mode,
  type Report,
  type SavedSession,
  type SessionEvent,
} from './types'

export type SendResult = { ok: true } | { ok: false; reason: string }

interface CaseState {
  task: Task
  module: ProcessModule
  record: CaseRecord
  truth: CaseTruth
  date: string
  actor?: AnyActor
  panels: Panel[]
  visited: string[]
  history: { command: Command; label: string; on: string }[]
  notes: { text: string; on: string }[]
  decision?: ScoredDecision
}

const MAX_ADVANCE_DAYS = 3650

/** Splits each process's cases among the scenario's tasks of that process, in order. */
function assignCases(
  scenario: Scenario,
  world: World,
  kindOf: (caseId: string) => string | undefined,
): { task: Task; record: CaseRecord }[] {
  const queues = new Map<ProcessId, CaseRecord[]>()
  queues.set('registration', registrationRecords(world, scenario.jurisdiction))
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

function isAnomaly(truth: CaseTruth): boolean {
  const anomalies: readonly string[] =
    truth.process === 'registration' ? REGISTRATION_ANOMALIES : PROCESS_KINDS[truth.process].ANOMALIES
  return anomalies.includes(truth.kind)
}

export class Session {
  readonly scenario: Scenario
  readonly world: World
  readonly seed: number
  readonly digest: string
  readonly mode: Mode
  #log: SessionEvent[] = []
  #cases = new Map<string, CaseState>()
  #hints = new Map<string, number>()
  #finished = false
  #today: string
  #index: RegisterIndex | undefined
  /** The world as the cases see it: the generated one plus what decided cases have posted. */
  #live: World | undefined

  /** Builds a session on an already generated world (pure and synchronous). */
  constructor(scenario: Scenario, world: World, mode: Mode = 'practice') {
    this.scenario = scenario
    this.world = world
    this.seed = world.seed
    this.mode = mode
    this.digest = scenarioDigest(scenario)
    this.#today = world.referenceDate
    const truths = new Map([...registrationTruths(world), ...world.truth.cases].map((t) => [t.caseId, t]))
    for (const { task, record } of assignCases(scenario, world, (id) => truths.get(id)?.kind)) {
      const module = PROCESS_MODULES[task.process]
      const truth = truths.get(record.id)
      if (!module) throw new Error(`The ${task.process} process is not available yet.`)
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
        notes: [],
      })
    }
  }

  /** Generates the world (faker is loaded on demand) and replays a saved log onto it. */
  static async start(
    scenario: Scenario,
    options: { seed?: number; log?: readonly SessionEvent[]; mode?: Mode } = {},
  ): Promise<Session> {
    const world = await generateWorld(scenario, { seed: options.seed ?? scenario.world.seed })
    const session = new Session(scenario, world, options.mode)
    const rejected = session.replay(options.log ?? [])
    if (rejected.length) {
      const first = rejected[0]!
      throw new Error(
        `The saved session does not replay: event ${first.index + 1} was refused (${first.reason}).`,
      )
    }
    return session
  }

  /** Sends every event in order; returns the ones the procedure refused (they are not logged). */
  replay(log: readonly SessionEvent[]): { index: number; event: SessionEvent; reason: string }[] {
    return log.flatMap((event, index) => {
      const result = this.send(event)
      return result.ok ? [] : [{ index, event, reason: result.reason }]
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
    return {
      world: this.#live ?? this.world,
      jurisdiction: this.scenario.jurisdiction,
      today: this.#today,
      index: this.index,
    }
  }

  /** Adds a case's postings (assessments, abatements) to the ledger every other case reads. */
  #post(state: CaseState): void {
    const posted = state.module.postings?.(state.actor!.getSnapshot().context) ?? []
    if (!posted.length) return
    const base = this.#live ?? this.world
    const known = new Set(base.ledger.map((e) => e.id))
    const fresh = posted.filter((e) => !known.has(e.id))
    if (fresh.length) this.#live = { ...base, ledger: [...base.ledger, ...fresh] }
  }

  today(): string {
    return this.#today
  }

  finished(): boolean {
    return this.#finished
  }

  send(event: SessionEvent): SendResult {
    if (this.#finished) return { ok: false, reason: 'The session is finished.' }
    const result = this.#apply(event)
    if (result.ok) this.#log.push(cloneJson(event))
    return result
  }

  #apply(event: SessionEvent): SendResult {
    switch (event.type) {
      case 'session.finish':
        this.#finished = true
        return { ok: true }
      case 'clock.advance':
        return this.#advance(event.days)
      case 'hint.reveal': {
        if (this.mode === 'assessment')
          return { ok: false, reason: 'Hints are not available in assessment mode.' }
        const task = this.scenario.tasks.find((t) => t.id === event.taskId)
        if (!task) return { ok: false, reason: `There is no task "${event.taskId}".` }
        const used = this.#hints.get(task.id) ?? 0
        if (used >= task.hints.length) return { ok: false, reason: 'There are no more hints for this task.' }
        this.#hints.set(task.id, used + 1)
        return { ok: true }
      }
      case 'case.open':
      case 'evidence.view':
      case 'register.search':
      case 'case.note':
      case 'case.command': {
        const state = this.#cases.get(event.caseId)
        if (!state) return { ok: false, reason: `There is no case "${event.caseId}".` }
        if (event.type === 'case.open') {
          if (state.decision && this.mode === 'assessment')
            return { ok: false, reason: 'In assessment mode a decided case cannot be reopened.' }
          this.#startTask(state.task)
          this.#open(state)
          return { ok: true }
        }
        if (event.type === 'case.note') {
          if (!event.text.trim()) return { ok: false, reason: 'The note is empty.' }
          this.#open(state)
          state.notes.push({ text: event.text.trim(), on: this.#today })
          return { ok: true }
        }
        if (state.decision) return { ok: false, reason: 'This case is closed.' }
        this.#open(state)
        if (event.type === 'evidence.view') {
          if (state.panels.some((p) => p.id === event.panel)) return { ok: true }
          return { ok: false, reason: `The "${event.panel}" panel opens when the matching step is taken.` }
        }
        if (event.type === 'register.search') {
          const hits = this.index.search(event.query, 20)
          const words = Object.values(event.query).filter(Boolean).join(' · ')
          state.panels.push(
            searchPanel(hits, `Search: ${words}`, this.scenario.jurisdiction, (tin) => this.index.get(tin)),
          )
          return { ok: true }
        }
        return this.#command(state, event.command)
      }
      default: {
        const unknown: never = event
        return { ok: false, reason: `Unknown event ${JSON.stringify(unknown)}` }
      }
    }
  }

  #open(state: CaseState): void {
    if (state.actor) return
    const env = this.env
    state.actor = createActor(state.module.machine, { input: state.module.input(state.record, env) }).start()
    state.actor.send(tick(this.#today))
    state.visited.push(String(state.actor.getSnapshot().value))
    state.panels.push(...state.module.initialPanels(state.record, env))
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
      return { ok: false, reason: `Advance the calendar by 1 to ${MAX_ADVANCE_DAYS} days.` }
    this.#today = addDays(this.#today, days)
    for (const state of this.#cases.values()) {
      if (!state.actor || state.decision) continue
      state.actor.send(tick(this.#today))
      this.#track(state)
      if (state.actor.getSnapshot().status === 'done') {
        state.decision = this.#score(
          state,
          { type: 'clock.expired' },
          'The time limit passed without a decision',
        )
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
    if (!spec) return { ok: false, reason: `"${command.type}" is not a step of this case.` }
    const blocker = state.module.blocker(snapshot.context, command.type, env)
    if (blocker) return { ok: false, reason: blocker }
    const problem = state.module.problem?.(snapshot.context, command, env)
    if (problem) return { ok: false, reason: problem }
    if (!snapshot.can(command))
      return { ok: false, reason: `Not possible while the case is "${this.#stateLabel(state)}".` }

    const revealed = state.module.reveal(state.record, command, env, snapshot.context)
    const history = state.history.map((h) => h.command)
    actor.send(command)
    state.history.push({
      command: cloneJson(command),
      label: spec.label,
      on: laterOf(state.date, this.#today),
    })
    state.panels.push(...revealed)
    if (command.type === 'registration.raiseQuery') {
      state.date = addDays(
        laterOf(state.date, this.#today),
        this.scenario.jurisdiction.deadlines.queryResponseDays,
      )
      actor.send({ type: 'registration.applicantReplied' })
    }
    this.#track(state)
    if (actor.getSnapshot().status === 'done') {
      state.decision = this.#score(state, command, spec.label, history)
      this.#post(state)
    }
    return { ok: true }
  }

  #commands(state: CaseState) {
    return state.module.commandsFor?.(this.env) ?? state.module.commands
  }

  #score(
    state: CaseState,
    command: Command,
    label: string,
    history = state.history.map((h) => h.command),
  ): ScoredDecision {
    const opened = [...new Set(state.panels.map((p) => p.id))]
    const judged =
      command.type === 'clock.expired'
        ? { grade: 'wrong' as const, why: 'The statutory time limit passed without a decision.' }
        : state.module.grade(state.truth, command, history, this.env)
    const { verdict, missed } = gradeWithEvidence(state.truth, judged, opened)
    return {
      caseId: state.record.id,
      task: state.task,
      command: cloneJson(command),
      decisionLabel: label,
      decidedOn: laterOf(state.date, this.#today),
      dueOn: state.record.dueOn,
      truth: state.truth,
      verdict,
      opened,
      missed,
    }
  }

  #stateLabel(state: CaseState): string {
    const value = state.actor ? String(state.actor.getSnapshot().value) : ''
    return state.module.stateLabels[value] ?? (value || 'New')
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
      amount: record.amount,
      priority: record.priority,
      status: state.decision ? 'closed' : state.actor ? 'open' : 'new',
      state: value,
      stateLabel: state.actor ? this.#stateLabel(state) : 'New',
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
    const available: CommandOption[] = state.decision
      ? []
      : this.#commands(state).flatMap((spec) => {
          const reason = state.module.blocker(snapshot.context, spec.type, env)
          if (reason && !spec.final && /already/.test(reason)) return []
          const probe: Command = { ...(defaults[spec.type] ?? {}), type: spec.type }
          const enabled = !reason && snapshot.can(probe)
          const why =
            reason ??
            state.module.problem?.(snapshot.context, probe, env) ??
            `Not possible while the case is "${this.#stateLabel(state)}".`
          return [{ ...spec, enabled, ...(enabled ? {} : { reason: why }) }]
        })
    const graph = machineGraph(state.module.machine, this.#commands(state), state.module.stateLabels)
    return {
      summary: this.#summary(state),
      panels: state.panels,
      opened: [...new Set(state.panels.map((p) => p.id))],
      available,
      defaults,
      history: state.history,
      notes: state.notes,
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

  /** The taxpayer 360° view: profile, registrations, filing history, ledger, cases, third-party data. */
  taxpayerView(tin: string): Panel[] {
    const cases = this.cases().filter((c) => c.tin === tin)
    return taxpayerPanels(this.env.world, this.scenario.jurisdiction, this.index, tin, cases)
  }

  #feedback(decision: ScoredDecision): DecisionFeedback {
    return decisionRecord(this.scenario, decision).feedback
  }

  hints(taskId: string): { revealed: { text: string; cost: number }[]; next?: { cost: number } } {
    const task = this.scenario.tasks.find((t) => t.id === taskId)
    if (!task) return { revealed: [] }
    const used = this.#hints.get(taskId) ?? 0
    const next = task.hints[used]
    return { revealed: task.hints.slice(0, used), ...(next ? { next: { cost: next.cost } } : {}) }
  }

  report(): Report {
    const states = [...this.#cases.values()]
    const counts = new Map<string, number>()
    for (const s of states) counts.set(s.task.id, (counts.get(s.task.id) ?? 0) + 1)
    return buildReport({
      scenario: this.scenario,
      seed: this.seed,
      mode: this.mode,
      digest: this.digest,
      decisions: states.flatMap((s) => (s.decision ? [s.decision] : [])),
      hintsUsed: this.#hints,
      undecided: states.filter((s) => !s.decision).map((s) => s.record.id),
      casesPerTask: counts,
      isAnomaly,
    })
  }

  /** Ground truth of a case (for policies, the CLI and the trainer's debrief; never shown before deciding). */
  truthOf(caseId: string): CaseTruth | undefined {
    return this.#cases.get(caseId)?.truth
  }

  /** A copy of this session at its current event, to try something on without changing this one. */
  fork(): Session {
    const copy = new Session(this.scenario, this.world, this.mode)
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
