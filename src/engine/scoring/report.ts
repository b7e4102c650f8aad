/**
 * The results report: a pure function of the scored decisions. Its JSON shape is the
 * documented results format (`tamis-results/1`) that dashboards and LMS exports read.
 */
import type { Scenario, Task } from '../scenario/schema'
import {
  RESULTS_FORMAT,
  type CaseCommand,
  type DecisionFeedback,
  type DecisionRecord,
  type Mode,
  type Outcomes,
  type Report,
} from '../session/types'
import {
  GRADES,
  TADAT_INDICATORS,
  type Grade,
  type RegistrationAnomaly,
  type RegistrationLookalike,
  type TadatCode,
} from '../vocabulary'
import type { RegistrationTruth } from '../world/types'
import type { RegistrationVerdict } from './registration'

/** A closed case, as the session hands it to scoring. */
export interface ScoredDecision {
  caseId: string
  task: Task
  command: CaseCommand | (CaseCommand & { tin?: string })
  decidedOn: string
  dueOn: string
  truth: RegistrationTruth
  verdict: RegistrationVerdict
  opened: string[]
  missed: string[]
  /** Arrears (minor units) on the related TIN, if the case has one. */
  atStake: number
}

/** TADAT indicators each kind of case touches, besides the task's own tags. */
const KIND_TADAT: Record<RegistrationAnomaly | RegistrationLookalike | 'genuine', TadatCode[]> = {
  'duplicate-identity': ['P1-1'],
  'identity-mismatch': ['P1-1'],
  'bogus-registration': ['P1-1', 'P1-2'],
  'vat-threshold': ['P1-2'],
  phoenix: ['P1-1', 'P5-15'],
  namesake: ['P1-1'],
  'shared-family-address': ['P1-1'],
  genuine: ['P1-1'],
}

const EXPECTED_LABEL: Record<RegistrationTruth['expected'], string> = {
  approve: 'Approve and issue a TIN',
  link: 'Link to the existing TIN',
  reject: 'Reject the application',
}

function describeExpected(truth: RegistrationTruth): string {
  const base = EXPECTED_LABEL[truth.expected]
  if (truth.expected === 'link') return `${base} ${truth.relatedTin}`
  if (truth.expected === 'approve') {
    const related = truth.relatedTin ? `, linked to ${truth.relatedTin}` : ''
    return `${base} for ${truth.taxTypes.join(', ')} (${truth.segment} segment)${related}`
  }
  return base
}

export function decisionRecord(scenario: Scenario, d: ScoredDecision): DecisionRecord {
  const points = d.task.points
  const feedback: DecisionFeedback = {
    grade: d.verdict.grade,
    points: points[d.verdict.grade],
    maxPoints: points.correct,
    explanation: `${d.verdict.why} ${d.truth.explanation}`.trim(),
    flags: d.truth.flags,
    evidenceConsulted: d.opened,
    evidenceMissed: d.missed,
    ...(d.task.feedback[d.truth.kind] ? { teaching: d.task.feedback[d.truth.kind] } : {}),
  }
  const tadat = [...new Set([...(d.task.tadat ?? scenario.tadat), ...KIND_TADAT[d.truth.kind]])]
  return {
    caseId: d.caseId,
    taskId: d.task.id,
    process: d.task.process,
    command: d.command,
    decidedOn: d.decidedOn,
    withinDeadline: d.decidedOn <= d.dueOn,
    expected: describeExpected(d.truth),
    tadat,
    feedback,
  }
}

export interface ReportInput {
  scenario: Scenario
  seed: number
  mode: Mode
  digest: string
  decisions: readonly ScoredDecision[]
  hintsUsed: ReadonlyMap<string, number>
  undecided: readonly string[]
  casesPerTask: ReadonlyMap<string, number>
}

export function buildReport(input: ReportInput): Report {
  const { scenario, decisions, hintsUsed } = input
  const records = decisions.map((d) => decisionRecord(scenario, d))
  const tasks = scenario.tasks.map((task) => {
    const mine = records.filter((r) => r.taskId === task.id)
    const cases = input.casesPerTask.get(task.id) ?? 0
    const used = hintsUsed.get(task.id) ?? 0
    const hintPenalty = task.hints.slice(0, used).reduce((sum, h) => sum + h.cost, 0)
    const raw = mine.reduce((sum, r) => sum + r.feedback.points, 0)
    return {
      taskId: task.id,
      title: task.title,
      process: task.process,
      score: raw - hintPenalty,
      maxScore: cases * task.points.correct,
      hintsUsed: used,
      hintPenalty,
      cases,
      decided: mine.length,
    }
  })
  const score = tasks.reduce((sum, t) => sum + t.score, 0)
  const maxScore = tasks.reduce((sum, t) => sum + t.maxScore, 0)
  const percent = maxScore > 0 ? Math.round((100 * score) / maxScore) : 0
  const tadat = new Map<TadatCode, { score: number; maxScore: number }>()
  for (const code of scenario.tadat) tadat.set(code, { score: 0, maxScore: 0 })
  for (const r of records) {
    for (const code of r.tadat) {
      const entry = tadat.get(code) ?? { score: 0, maxScore: 0 }
      entry.score += r.feedback.points
      entry.maxScore += r.feedback.maxPoints
      tadat.set(code, entry)
    }
  }
  const grades = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>
  for (const r of records) grades[r.feedback.grade] += 1
  return {
    format: RESULTS_FORMAT,
    scenario: { id: scenario.id, title: scenario.title, digest: input.digest },
    seed: input.seed,
    mode: input.mode,
    currency: { ...scenario.jurisdiction.currency },
    score,
    maxScore,
    percent,
    passMark: scenario.passMark,
    passed: maxScore > 0 && percent >= scenario.passMark,
    hintsUsed: [...hintsUsed.values()].reduce((a, b) => a + b, 0),
    tasks,
    tadat: [...tadat]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([code, v]) => ({
        code,
        label: TADAT_INDICATORS[code],
        ...v,
      })),
    decisions: records,
    grades,
    outcomes: outcomesOf(decisions, records),
    undecided: [...input.undecided],
  }
}

/** Outcome figures a trainer can discuss: money kept or lost, people wrongly burdened, deadlines. */
export function outcomesOf(
  decisions: readonly ScoredDecision[],
  records: readonly DecisionRecord[],
): Outcomes {
  const outcomes: Outcomes = {
    revenueProtected: 0,
    revenueAtRisk: 0,
    taxpayersWronglyBurdened: 0,
    badRegistrationsApproved: 0,
    deadlinesMet: records.filter((r) => r.withinDeadline).length,
    deadlinesMissed: records.filter((r) => !r.withinDeadline).length,
  }
  for (const d of decisions) {
    const type = d.command.type
    const followsDebt =
      (d.truth.expected === 'link' &&
        type === 'registration.linkToExisting' &&
        d.verdict.grade === 'correct') ||
      (d.truth.kind === 'phoenix' &&
        type === 'registration.approve' &&
        d.command.relatedTin === d.truth.relatedTin)
    if (d.truth.relatedTin && d.atStake > 0) {
      if (followsDebt) outcomes.revenueProtected += d.atStake
      else if (type === 'registration.approve') outcomes.revenueAtRisk += d.atStake
    }
    if (d.truth.expected === 'approve' && !d.truth.relatedTin && type !== 'registration.approve')
      outcomes.taxpayersWronglyBurdened += 1
    if (d.truth.expected !== 'approve' && type === 'registration.approve')
      outcomes.badRegistrationsApproved += 1
  }
  return outcomes
}
