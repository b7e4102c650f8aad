/**
 * The results report: a pure function of the scored decisions. Its JSON shape is the
 * documented results format (`tamis-results/1`) that dashboards and LMS exports read.
 */
import type { CaseTruth, Command, Verdict } from '../processes/contract'
import type { Scenario, Task } from '../scenario/schema'
import {
  RESULTS_FORMAT,
  type DecisionFeedback,
  type DecisionRecord,
  type Mode,
  type Outcomes,
  type Report,
} from '../session/types'
import { GRADES, TADAT_INDICATORS, type Grade, type TadatCode } from '../vocabulary'

/** A closed case, as the session hands it to scoring. */
export interface ScoredDecision {
  caseId: string
  task: Task
  command: Command
  decisionLabel: string
  decidedOn: string
  dueOn: string
  truth: CaseTruth
  verdict: Verdict
  opened: string[]
  missed: string[]
}

export function decisionRecord(scenario: Scenario, d: ScoredDecision): DecisionRecord {
  const points = pointsFor(d.task, d.truth.kind)
  const teaching = teachingFor(d.task, d.truth.kind, d.verdict.grade)
  const feedback: DecisionFeedback = {
    grade: d.verdict.grade,
    points: points[d.verdict.grade],
    maxPoints: points.correct,
    explanation: `${d.verdict.why} ${d.truth.explanation}`.trim(),
    flags: d.truth.flags,
    evidenceConsulted: d.opened,
    evidenceMissed: d.missed,
    ...(teaching ? { teaching } : {}),
  }
  return {
    caseId: d.caseId,
    taskId: d.task.id,
    process: d.task.process,
    command: d.command,
    decisionLabel: d.decisionLabel,
    decidedOn: d.decidedOn,
    withinDeadline: d.decidedOn <= d.dueOn,
    expected: d.truth.expected,
    kind: d.truth.kind,
    tadat: [...new Set([...(d.task.tadat ?? scenario.tadat), ...d.truth.tadat])],
    feedback,
  }
}

/** The task's points, with its per-kind overrides for mistakes (correct is the same for all). */
export function pointsFor(task: Task, kind: string): Record<Grade, number> {
  const override = (
    task.pointsByKind as Record<string, Partial<Record<Grade, number>> | undefined> | undefined
  )?.[kind]
  return { ...task.points, ...override, correct: task.points.correct }
}

/** The trainer's note for this kind: one text for every grade, or the text for this grade. */
export function teachingFor(task: Task, kind: string, grade: Grade): string | undefined {
  const entry = (task.feedback as Record<string, string | Partial<Record<Grade, string>> | undefined>)[kind]
  return typeof entry === 'string' ? entry : entry?.[grade]
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
  /** Kinds that are anomalies (the rest are look-alikes or genuine). */
  isAnomaly: (truth: CaseTruth) => boolean
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
      .map(([code, v]) => ({ code, label: TADAT_INDICATORS[code], ...v })),
    decisions: records,
    grades,
    outcomes: outcomesOf(decisions, records, input.isAnomaly),
    undecided: [...input.undecided],
  }
}

const GOOD: readonly Grade[] = ['correct', 'acceptable']

/** Outcome figures a trainer can discuss: money kept or lost, people wrongly burdened, deadlines. */
export function outcomesOf(
  decisions: readonly ScoredDecision[],
  records: readonly DecisionRecord[],
  isAnomaly: (truth: CaseTruth) => boolean,
): Outcomes {
  const outcomes: Outcomes = {
    revenueProtected: 0,
    revenueAtRisk: 0,
    taxpayersWronglyBurdened: 0,
    anomaliesMissed: 0,
    deadlinesMet: records.filter((r) => r.withinDeadline).length,
    deadlinesMissed: records.filter((r) => !r.withinDeadline).length,
  }
  for (const d of decisions) {
    const good = GOOD.includes(d.verdict.grade)
    if (d.truth.atStake > 0) {
      if (good) outcomes.revenueProtected += d.truth.atStake
      else outcomes.revenueAtRisk += d.truth.atStake
    }
    if (!good && isAnomaly(d.truth)) outcomes.anomaliesMissed += 1
    if (!good && !isAnomaly(d.truth)) outcomes.taxpayersWronglyBurdened += 1
  }
  return outcomes
}
