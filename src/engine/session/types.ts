/**
 * The session contract shared by the engine, the app and the CLI.
 * A session is scenario + seed + event log; everything else is a replay of the log.
 */
import type { Grade, ProcessId, TadatCode } from '../vocabulary'
import type { IsoDate, Tin } from '../world/types'

export const SESSION_FORMAT = 'tamis-session/1' as const

/**
 * practice: feedback after every decision and hints on request.
 * assessment: no hints, no feedback until the end, and a closed case cannot be reopened.
 */
export const MODES = ['practice', 'assessment'] as const
export type Mode = (typeof MODES)[number]
export const RESULTS_FORMAT = 'tamis-results/1' as const

/** Register search the officer runs from a case (any field may be left empty). */
export interface RegisterQuery {
  tin?: string
  idNumber?: string
  phone?: string
  name?: string
}

/** A decision or procedural step sent to a case's machine. */
export type RegistrationCommand =
  | { type: 'registration.verifyIdentity' }
  | { type: 'registration.verifyDocuments' }
  | { type: 'registration.checkDuplicates' }
  | { type: 'registration.inspectPremises' }
  | { type: 'registration.raiseQuery' }
  | { type: 'registration.suspectDuplicate'; tin: Tin }
  | { type: 'registration.clearDuplicate' }
  | { type: 'registration.linkToExisting' }
  | { type: 'registration.reject'; reason: string }
  | {
      type: 'registration.approve'
      taxTypes: string[]
      segment: string
      /** A related taxpayer to link for follow-up (e.g. the old company of the same directors). */
      relatedTin?: Tin
    }

export type CaseCommand = RegistrationCommand

/** What the trainee did, in order. This is the whole saved state of a session. */
export type SessionEvent =
  | { type: 'case.open'; caseId: string }
  | { type: 'evidence.view'; caseId: string; panel: string }
  | { type: 'register.search'; caseId: string; query: RegisterQuery }
  | { type: 'case.command'; caseId: string; command: CaseCommand }
  | { type: 'hint.reveal'; taskId: string }
  | { type: 'session.finish' }

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
export interface AvailableCommand {
  type: CaseCommand['type']
  label: string
  /** A final decision (closes the case) rather than a procedural step. */
  final: boolean
  enabled: boolean
  /** Why it is not available yet, in the officer's words. */
  reason?: string
}

export interface DecisionFeedback {
  grade: Grade
  points: number
  maxPoints: number
  /** Why: the right answer and the red flags, in plain words. */
  explanation: string
  flags: string[]
  /** Evidence panels the trainee had opened before deciding. */
  evidenceConsulted: string[]
  /** Evidence panels where the red flags could be seen but were not opened. */
  evidenceMissed: string[]
  teaching?: string
}

export interface CaseSummary {
  caseId: string
  taskId: string
  process: ProcessId
  title: string
  receivedOn: IsoDate
  dueOn: IsoDate
  /** The case's own simulated date: it moves on while the office waits for the applicant. */
  date: IsoDate
  status: 'new' | 'open' | 'closed'
  /** The machine state, e.g. 'pendingVerification'. */
  state: string
}

export interface DecisionRecord {
  caseId: string
  taskId: string
  process: ProcessId
  /** The final command that closed the case. */
  command: CaseCommand
  decidedOn: IsoDate
  withinDeadline: boolean
  expected: string
  tadat: TadatCode[]
  feedback: DecisionFeedback
}

export interface TaskResult {
  taskId: string
  title: string
  process: ProcessId
  score: number
  maxScore: number
  hintsUsed: number
  hintPenalty: number
  cases: number
  decided: number
}

/** What the decisions did to the administration and to taxpayers, beyond points. */
export interface Outcomes {
  /** Minor units of arrears kept attached to the people who owe them (linked duplicates, linked phoenixes). */
  revenueProtected: number
  /** Minor units of arrears left behind by a second TIN or an unlinked phoenix. */
  revenueAtRisk: number
  /** Genuine applicants refused a TIN or merged into another person's record. */
  taxpayersWronglyBurdened: number
  /** Duplicate or bogus registrations that were given a TIN. */
  badRegistrationsApproved: number
  deadlinesMet: number
  deadlinesMissed: number
}

export interface TadatResult {
  code: TadatCode
  label: string
  score: number
  maxScore: number
}

/** The results JSON (documented in README "Results format"). */
export interface Report {
  format: typeof RESULTS_FORMAT
  scenario: { id: string; title: string; digest: string }
  seed: number
  mode: Mode
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
}
