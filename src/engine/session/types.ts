/**
 * The session contract shared by the engine, the app and the CLI.
 * A session is scenario + seed + event log; everything else is a replay of the log.
 */
import type { Arg, Text } from '../primitives/message'
import type { Command, CommandSpec, FieldDefault, FieldReference, Panel } from '../processes/contract'
import type { Grade, TadatCode } from '../vocabulary'
import type { ProcessId } from '../processes/formats'
import type { IsoDate } from '../world/types'

export type { Command } from '../processes/contract'

export const SESSION_FORMAT = 'tamis-session/1' as const
export const RESULTS_FORMAT = 'tamis-results/1' as const

/**
 * practice: feedback after every decision and hints on request.
 * assessment: no hints, no feedback until the end, and a closed case cannot be reopened.
 */
export const MODES = ['practice', 'assessment'] as const
export type Mode = (typeof MODES)[number]

/** Register search the officer runs from a case (any field may be left empty). */
export interface RegisterQuery {
  tin?: string
  idNumber?: string
  phone?: string
  name?: string
}

/** What the trainee did, in order. This is the whole saved state of a session. */
export type SessionEvent =
  | { type: 'case.open'; caseId: string }
  | { type: 'evidence.view'; caseId: string; panel: string }
  | { type: 'register.search'; caseId: string; query: RegisterQuery }
  | { type: 'case.command'; caseId: string; command: Command }
  | { type: 'case.note'; caseId: string; text: string }
  | { type: 'clock.advance'; days: number }
  /** The next hint of a task; with `caseId`, the next one for that case's kind or for every case. */
  | { type: 'hint.reveal'; taskId: string; caseId?: string }
  | { type: 'session.finish' }
  /**
   * Practice only: undo the last decision or step on a case (or the last calendar advance).
   * The undone event stays in the log, so the first attempt stays scored and replay is exact.
   */
  | { type: 'case.takeBack'; caseId: string }
  | { type: 'clock.takeBack' }

export interface SavedSession {
  format: typeof SESSION_FORMAT
  scenarioId: string
  /** Digest of the scenario file the log was played against. */
  scenarioDigest: string
  seed: number
  mode: Mode
  log: SessionEvent[]
}

/** A step or decision the trainee could take now, as the machine sees it. */
export interface CommandOption extends CommandSpec {
  enabled: boolean
  /** Why it is not available now. */
  reason?: Text
}

export interface DecisionFeedback {
  grade: Grade
  points: number
  maxPoints: number
  /** Why: the right answer and the red flags, in plain words. */
  explanation: Text
  flags: Text[]
  /** For a look-alike: the facts that clear the taxpayer. */
  clearing?: Text[]
  /** The case's facts the explanation and the teaching note cite (see CaseTruth.facts). */
  facts?: Readonly<Record<string, Arg>>
  /** Evidence panels the trainee had opened before deciding. */
  evidenceConsulted: string[]
  /** Evidence panels where the red flags could be seen but were not opened. */
  evidenceMissed: string[]
  teaching?: Text
}

export interface CaseSummary {
  caseId: string
  taskId: string
  process: ProcessId
  title: Text
  /** The taxpayer the case is about ('' for a registration applicant without a TIN). */
  tin: string
  receivedOn: IsoDate
  dueOn: IsoDate
  /** The case's own simulated date: it moves on while the office waits for the applicant. */
  date: IsoDate
  /** The day the case reaches the desk (the scenario's agenda; the reference date without one). */
  arrivesOn: IsoDate
  /** Minor units at stake (0 when none). */
  amount: number
  priority: 'high' | 'normal' | 'low'
  status: 'new' | 'open' | 'closed'
  /** The machine state, e.g. 'pendingVerification', and its label. */
  state: string
  stateLabel: Text
}

/** The process machine as the process-map diagram draws it. */
export interface ProcessMap {
  states: { id: string; label: Text; final: boolean }[]
  transitions: { from: string; to: string; event: string; label: Text }[]
  current: string
  /** States passed through, in order (the path taken). */
  visited: string[]
  /** Command types enabled now. */
  enabled: string[]
}

/** An unlawful step the trainee tried and the law refused (see SendResult `attempt`). */
export interface ProceduralError {
  caseId: string
  taskId: string
  command: Command
  label: Text
  /** The refusal, with the rule it applies. */
  reason: Text
  on: IsoDate
}

export interface CaseView {
  summary: CaseSummary
  /** Display-ready evidence, in the order revealed. */
  panels: Panel[]
  opened: string[]
  /**
   * A name for every panel the case can show, by id: the title of an open panel, else the
   * process's name for it (a list of evidence the trainee never unlocked names it by this).
   */
  panelNames: Record<string, Text>
  /** Panels the trainee has looked at (what evidence diligence counts). */
  consulted: string[]
  available: CommandOption[]
  /**
   * Prefilled facts per command type (a letter's wording as a message, rendered when the form
   * opens); graded fields are never among them.
   */
  defaults: Record<string, Record<string, FieldDefault>>
  /** The record's figures shown beside graded fields, per command type and field. */
  references: Record<string, Record<string, FieldReference>>
  /** Unlawful steps tried on this case and refused. */
  attempts: ProceduralError[]
  history: { command: Command; label: Text; on: IsoDate }[]
  notes: { text: string; on: IsoDate }[]
  feedback?: DecisionFeedback
  /**
   * Every decision reached on this case, in order, when a decision was taken back (practice):
   * the first is the one the results count.
   */
  tries: { decisionLabel: Text; decidedOn: IsoDate; feedback: DecisionFeedback }[]
  /** Whether the last decision or step on this case can be taken back now, and why not. */
  takeBack: { enabled: boolean; reason?: Text }
  map: ProcessMap
}

export interface DecisionRecord {
  caseId: string
  taskId: string
  process: ProcessId
  /** The command that closed the case ({ type: 'clock.expired' } when the time limit passed). */
  command: Command
  decisionLabel: Text
  decidedOn: IsoDate
  /** Decided by the due date (or the statutory wait it needed was started by then). */
  withinDeadline: boolean
  /** The case was already overdue when it reached the trainee: an inherited backlog, not the trainee's miss. */
  overdueAtStart: boolean
  expected: Text
  kind: string
  tadat: TadatCode[]
  feedback: DecisionFeedback
  /** Practice: how many more times the case was decided after this first, counted, decision. */
  retries?: number
}

export interface TaskResult {
  taskId: string
  title: string
  process: ProcessId
  score: number
  maxScore: number
  hintsUsed: number
  hintPenalty: number
  /** Points lost to unlawful steps tried (assessment mode only). */
  proceduralPenalty: number
  cases: number
  decided: number
}

export interface TadatResult {
  code: TadatCode
  label: Text
  score: number
  maxScore: number
}

/** What the decisions did to the administration and to taxpayers, beyond points. */
export interface Outcomes {
  /** Minor units kept for the revenue by right decisions (debts followed, fraud refused, tax assessed). */
  revenueProtected: number
  /** Minor units lost or put at risk by wrong decisions. */
  revenueAtRisk: number
  /** Genuine taxpayers or look-alikes wrongly refused, penalised, enforced against or merged. */
  taxpayersWronglyBurdened: number
  /** Anomalies that were not caught. */
  anomaliesMissed: number
  /** Cases answered in time (inherited overdue cases excluded). */
  deadlinesMet: number
  /** Cases answered late, and undecided cases whose due date has passed (inherited ones excluded). */
  deadlinesMissed: number
  /** Cases already overdue when they reached the trainee, decided or not. */
  overdueAtStart: number
}

/** The results JSON (documented in README "Results format"). */
export interface Report {
  format: typeof RESULTS_FORMAT
  scenario: { id: string; title: string; digest: string }
  seed: number
  mode: Mode
  /** False while the session is still in progress: the results are provisional and no certificate is due. */
  finished: boolean
  /** The simulated date the results were taken on. */
  today: IsoDate
  currency: { code: string; symbol: string; minorUnits: number }
  score: number
  maxScore: number
  percent: number
  passMark: number
  passed: boolean
  hintsUsed: number
  tasks: TaskResult[]
  tadat: TadatResult[]
  decisions: DecisionRecord[]
  grades: Record<Grade, number>
  outcomes: Outcomes
  undecided: string[]
  /**
   * Unlawful steps tried and refused. In assessment mode each costs its task
   * (points.correct − points.acceptable), at most points.correct per case; in practice mode
   * they are listed for the debrief and cost nothing.
   */
  proceduralErrors: (ProceduralError & { penalty: number })[]
}
