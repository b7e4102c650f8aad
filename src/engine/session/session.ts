/**
 * A training session: scenario + seed + the trainee's event log. The current state is the
 * replay of the log; `send` validates an event against the procedure before logging it.
 */
import { createActor, type Actor } from 'xstate'
import {
  REGISTRATION_COMMANDS,
  REGISTRATION_STATE_LABELS,
  registrationBlocker,
  approvalProblem,
  registrationMachine,
} from '../processes/registration.machine'
import { requiredTaxTypes, segmentFor } from '../rules/registration'
import type { Scenario, Task } from '../scenario/schema'
import { scenarioDigest } from '../scenario/digest'
import { gradeWithEvidence, judgeRegistration } from '../scoring/registration'
import { buildReport, decisionRecord, type ScoredDecision } from '../scoring/report'
import { generateWorld } from '../world/generate'
import { RegisterIndex } from '../world/search'
import type { Application, RegistrationTruth, World } from '../world/types'
import { addDays, laterOf } from './calendar'
import {
  PANEL_LABELS,
  duplicatePanel,
  identityPanels,
  searchPanel,
  type EvidencePanel,
  type PanelId,
} from './evidence'
import {
  SESSION_FORMAT,
  type AvailableCommand,
  type CaseCommand,
  type CaseSummary,
  type DecisionFeedback,
  type Mode,
  type Report,
  type SavedSession,
  type SessionEvent,
} from './types'

export interface CaseView {
  summary: CaseSummary
  application: Application
  opened: PanelId[]
  panels: EvidencePanel[]
  available: AvailableCommand[]
  suggestion: { taxTypes: string[]; segment: string }
  history: { command: CaseCommand; on: string }[]
  feedback?: DecisionFeedback
}

export type SendResult = { ok: true } | { ok: false; reason: string }

interface CaseState {
  task: Task
  application: Application
  truth: RegistrationTruth
  dueOn: string
  date: string
  actor?: Actor<typeof registrationMachine>
  panels: EvidencePanel[]
  history: { command: CaseCommand; on: string }[]
  decision?: ScoredDecision
}

/** Splits the world's applications among the scenario's registration tasks, in order. */
function assignCases(scenario: Scenario, world: World): { task: Task; application: Application }[] {
  const queue = [...world.applications]
  return scenario.tasks.flatMap((task) => {
    if (task.process !== 'registration') return []
    const take = task.cases === 'all' ? queue.length : task.cases
    return queue.splice(0, take).map((application) => ({ task, application }))
  })
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
  #index: RegisterIndex | undefined

  /** Builds a session on an already generated world (pure and synchronous). */
  constructor(scenario: Scenario, world: World, mode: Mode = 'practice') {
    this.scenario = scenario
    this.world = world
    this.mode = mode
    this.seed = world.seed
    this.digest = scenarioDigest(scenario)
    const truthById = new Map(world.truth.registration.map((t) => [t.applicationId, t]))
    for (const { task, application } of assignCases(scenario, world)) {
      const truth = truthById.get(application.id)
      if (!truth) throw new Error(`World has no ground truth for ${application.id}`)
      this.#cases.set(application.id, {
        task,
        application,
        truth,
        dueOn: addDays(application.receivedOn, scenario.jurisdiction.deadlines.registrationDecisionDays),
        date: laterOf(application.receivedOn, world.referenceDate),
        panels: [],
        history: [],
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

  today(): string {
    return this.world.referenceDate
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
      case 'case.command': {
        const state = this.#cases.get(event.caseId)
        if (!state) return { ok: false, reason: `There is no case "${event.caseId}".` }
        if (event.type === 'case.open') {
          if (state.decision && this.mode === 'assessment')
            return { ok: false, reason: 'In assessment mode a decided case cannot be reopened.' }
          return this.#open(state)
        }
        if (state.decision) return { ok: false, reason: 'This case is closed.' }
        if (event.type === 'evidence.view') return this.#view(state, event.panel)
        if (event.type === 'register.search') {
          this.#open(state)
          state.panels.push(searchPanel(this.world, this.index, event.query))
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

  #open(state: CaseState): SendResult {
    if (!state.actor) {
      const { application } = state
      state.actor = createActor(registrationMachine, {
        input: { application, jurisdiction: this.scenario.jurisdiction },
      }).start()
      state.panels.push({ panel: 'application', application })
    }
    return { ok: true }
  }

  #view(state: CaseState, panel: string): SendResult {
    this.#open(state)
    if (!state.panels.some((p) => p.panel === panel))
      return {
        ok: false,
        reason: `${PANEL_LABELS[panel as PanelId] ?? panel}: this panel opens when the matching check is run.`,
      }
    return { ok: true }
  }

  #command(state: CaseState, command: CaseCommand): SendResult {
    this.#open(state)
    const actor = state.actor!
    const snapshot = actor.getSnapshot()
    const known = REGISTRATION_COMMANDS.some((c) => c.type === command.type)
    if (!known) return { ok: false, reason: `"${command.type}" is not a registration step.` }
    const blocker = registrationBlocker(snapshot.context, command.type)
    if (blocker) return { ok: false, reason: blocker }
    if (command.type === 'registration.approve') {
      const problem = approvalProblem(snapshot.context, command)
      if (problem) return { ok: false, reason: problem }
    }
    if (command.type === 'registration.reject' && !command.reason.trim())
      return {
        ok: false,
        reason: 'Give the reason for the rejection; it goes in the letter to the applicant.',
      }
    if (
      command.type === 'registration.suspectDuplicate' &&
      !this.index.search({ tin: command.tin }, 1).length
    )
      return { ok: false, reason: `No taxpayer holds TIN ${command.tin}.` }
    if (!snapshot.can(command))
      return { ok: false, reason: `Not possible while the case is "${this.#stateLabel(state)}".` }

    const linkedTin = snapshot.context.suspectedTin
    actor.send(command)
    state.history.push({ command: cloneJson(command), on: state.date })
    this.#reveal(state, command)
    if (command.type === 'registration.raiseQuery') {
      state.date = addDays(state.date, this.scenario.jurisdiction.deadlines.queryResponseDays)
      actor.send({ type: 'registration.applicantReplied' })
      state.panels.push({
        panel: 'query-response',
        text: state.application.queryResponse,
        receivedOn: state.date,
      })
    }
    if (actor.getSnapshot().status === 'done') state.decision = this.#score(state, command, linkedTin)
    return { ok: true }
  }

  #reveal(state: CaseState, command: CaseCommand) {
    const { application } = state
    const add = (panels: EvidencePanel[]) => state.panels.push(...panels)
    switch (command.type) {
      case 'registration.verifyIdentity':
        return add(identityPanels(this.world, application))
      case 'registration.verifyDocuments':
        return add([{ panel: 'documents', documents: application.documents }])
      case 'registration.checkDuplicates':
        return add([duplicatePanel(this.world, this.index, application)])
      case 'registration.inspectPremises':
        return add([{ panel: 'premises', report: application.premisesReport }])
      default:
        return undefined
    }
  }

  #score(state: CaseState, command: CaseCommand, linkedTin: string | undefined): ScoredDecision {
    if (
      command.type !== 'registration.approve' &&
      command.type !== 'registration.reject' &&
      command.type !== 'registration.linkToExisting'
    )
      throw new Error(`${command.type} is not a final decision`)
    const opened = [...new Set(state.panels.map((p) => p.panel))]
    const { verdict, missed } = gradeWithEvidence(
      state.truth,
      judgeRegistration(state.truth, command, linkedTin),
      opened,
    )
    return {
      caseId: state.application.id,
      task: state.task,
      command: command.type === 'registration.linkToExisting' ? { ...command, tin: linkedTin } : command,
      decidedOn: state.date,
      dueOn: state.dueOn,
      truth: state.truth,
      verdict,
      opened,
      missed,
      atStake: state.truth.relatedTin ? (this.index.get(state.truth.relatedTin)?.arrears ?? 0) : 0,
    }
  }

  #stateLabel(state: CaseState): string {
    const value = state.actor ? String(state.actor.getSnapshot().value) : 'received'
    return REGISTRATION_STATE_LABELS[value] ?? value
  }

  cases(): CaseSummary[] {
    return [...this.#cases.values()].map((state) => this.#summary(state))
  }

  #summary(state: CaseState): CaseSummary {
    const { application } = state
    return {
      caseId: application.id,
      taskId: state.task.id,
      process: 'registration',
      title: `${application.kind === 'business' ? 'Business' : 'Individual'}: ${application.name}`,
      receivedOn: application.receivedOn,
      dueOn: state.dueOn,
      date: state.date,
      status: state.decision ? 'closed' : state.actor ? 'open' : 'new',
      state: state.actor ? String(state.actor.getSnapshot().value) : 'received',
    }
  }

  caseView(caseId: string): CaseView {
    const state = this.#cases.get(caseId)
    if (!state) throw new Error(`There is no case "${caseId}".`)
    const { application } = state
    const snapshot = (
      state.actor ??
      createActor(registrationMachine, { input: { application, jurisdiction: this.scenario.jurisdiction } })
    ).getSnapshot()
    const declared = {
      kind: application.kind,
      turnoverMinor: application.expectedTurnover,
      employees: application.employees,
    }
    const required = requiredTaxTypes(declared, this.scenario.jurisdiction)
    const suggestion = {
      taxTypes: [...new Set([...application.requestedTaxTypes, ...required])],
      segment: segmentFor(application.expectedTurnover, this.scenario.jurisdiction),
    }
    const available: AvailableCommand[] = state.decision
      ? []
      : REGISTRATION_COMMANDS.flatMap((c) => {
          const reason = registrationBlocker(snapshot.context, c.type)
          if (reason && !c.final && /already/.test(reason)) return []
          const enabled = !reason && snapshot.can(probe(c.type, suggestion, snapshot.context.suspectedTin))
          const why = reason ?? `Not possible while the case is "${this.#stateLabel(state)}".`
          return [{ ...c, enabled, ...(enabled ? {} : { reason: why }) }]
        })
    return {
      summary: this.#summary(state),
      application,
      opened: [...new Set(state.panels.map((p) => p.panel))],
      panels: state.panels,
      available,
      suggestion,
      history: state.history,
      ...(state.decision && (this.mode === 'practice' || this.#finished)
        ? { feedback: this.#feedback(state.decision) }
        : {}),
    }
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
    const decisions = [...this.#cases.values()].flatMap((s) => (s.decision ? [s.decision] : []))
    const undecided = [...this.#cases.values()].filter((s) => !s.decision).map((s) => s.application.id)
    return buildReport({
      scenario: this.scenario,
      seed: this.seed,
      mode: this.mode,
      digest: this.digest,
      decisions,
      hintsUsed: this.#hints,
      undecided,
      casesPerTask: this.#casesPerTask(),
    })
  }

  #casesPerTask(): Map<string, number> {
    const counts = new Map<string, number>()
    for (const s of this.#cases.values()) counts.set(s.task.id, (counts.get(s.task.id) ?? 0) + 1)
    return counts
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

/** A representative command of a type, for asking the machine whether the state accepts it. */
function probe(
  type: CaseCommand['type'],
  suggestion: { taxTypes: string[]; segment: string },
  suspectedTin: string | undefined,
): CaseCommand {
  switch (type) {
    case 'registration.suspectDuplicate':
      return { type, tin: suspectedTin ?? '' }
    case 'registration.reject':
      return { type, reason: '-' }
    case 'registration.approve':
      return { type, ...suggestion }
    default:
      return { type }
  }
}

/** Events and commands are plain JSON; cloning them keeps the log safe from later mutation. */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
