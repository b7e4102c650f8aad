/**
 * The results report: a pure function of the scored decisions. Its JSON shape is the
 * documented results format (`tamis-results/1`) that dashboards and LMS exports read.
 */
import { filled, msg, type Arg, type Text } from '../primitives/message'
import type { CaseTruth, Command, Verdict } from '../processes/contract'
import type { Scenario, Task } from '../scenario/schema'
import {
  RESULTS_FORMAT,
  type DecisionFeedback,
  type DecisionRecord,
  type Mode,
  type Outcomes,
  type ProceduralError,
  type Report,
} from '../session/types'
import { GRADES, tadatLabel, type Grade, type TadatCode } from '../vocabulary'

/** A closed case, as the session hands it to scoring. */
export interface ScoredDecision {
  caseId: string
  task: Task
  command: Command
  decisionLabel: Text
  decidedOn: string
  dueOn: string
  /** The day the case reached the trainee (the exercise's start, or its task's later start). */
  startedOn: string
  /**
   * The day a statutory waiting period began (a demand served), when the decision had to wait
   * for it: the officer met the deadline if that step was taken in time (docs/domain.md §Deadlines).
   */
  waitedFrom?: string
  truth: CaseTruth
  verdict: Verdict
  opened: string[]
  missed: string[]
}

/** Whether the officer answered in time: decided by the due date, or started the wait the law imposes by then. */
function withinDeadline(d: ScoredDecision): boolean {
  return d.decidedOn <= d.dueOn || (d.waitedFrom !== undefined && d.waitedFrom <= d.dueOn)
}

/** A case left open when the results were taken. */
export interface UndecidedCase {
  caseId: string
  task: Task
  truth: CaseTruth
  dueOn: string
  startedOn: string
}

/**
 * A teaching note with the case's own facts in place of their {name}: the note a trainer wrote
 * for a kind of case then cites this case's identifiers, score or cause, never a guess that the
 * register contradicts. The note stays the trainer's text; the facts stay typed (an amount, a
 * date, a message), so the reader's renderer formats them in their language. A name the case has
 * no fact for is left as written.
 */
export function withFacts(note: string, facts: Readonly<Record<string, Arg>>): Text {
  return filled('session.feedback.teaching', note, facts)
}

/** Why the grade, then why the right answer is right; either may be empty. */
function explain(why: Text, truth: Text): Text {
  if (!truth) return why
  if (!why) return truth
  return msg('session.feedback.explanation', { why, truth })
}

export function decisionRecord(scenario: Scenario, d: ScoredDecision): DecisionRecord {
  const points = pointsFor(d.task, d.truth.kind)
  const note = teachingFor(d.task, d.truth.kind, d.verdict.grade)
  const teaching = note === undefined ? undefined : withFacts(note, d.truth.facts ?? {})
  const feedback: DecisionFeedback = {
    grade: d.verdict.grade,
    points: points[d.verdict.grade],
    maxPoints: points.correct,
    explanation: explain(d.verdict.why, d.truth.explanation),
    flags: d.truth.flags,
    ...(d.truth.clearing?.length ? { clearing: d.truth.clearing } : {}),
    ...(d.truth.facts ? { facts: d.truth.facts } : {}),
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
    withinDeadline: withinDeadline(d),
    overdueAtStart: d.dueOn < d.startedOn,
    expected: d.truth.expected,
    kind: d.truth.kind,
    tadat: [...d.truth.tadat],
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
  /** The hints revealed per task, as indices into the task's `hints`. */
  hintsRevealed: ReadonlyMap<string, readonly number[]>
  undecided: readonly UndecidedCase[]
  /** The session's simulated date when the results were taken. */
  today: string
  finished: boolean
  /** Unlawful steps tried and refused (they cost points only in assessment mode). */
  proceduralErrors?: readonly ProceduralError[]
  casesPerTask: ReadonlyMap<string, number>
  /** Kinds that are anomalies (the rest are look-alikes or genuine). */
  isAnomaly: (truth: CaseTruth) => boolean
}

export function buildReport(input: ReportInput): Report {
  const { scenario, decisions, hintsRevealed } = input
  const records = decisions.map((d) => decisionRecord(scenario, d))
  const proceduralErrors = priceProceduralErrors(scenario, input.mode, input.proceduralErrors ?? [])
  const tasks = scenario.tasks.map((task) => {
    const mine = records.filter((r) => r.taskId === task.id)
    const cases = input.casesPerTask.get(task.id) ?? 0
    const revealed = hintsRevealed.get(task.id) ?? []
    const used = revealed.length
    const hintPenalty = revealed.reduce((sum, i) => sum + (task.hints[i]?.cost ?? 0), 0)
    const raw = mine.reduce((sum, r) => sum + r.feedback.points, 0)
    const proceduralPenalty = proceduralErrors
      .filter((e) => e.taskId === task.id)
      .reduce((sum, e) => sum + e.penalty, 0)
    return {
      taskId: task.id,
      title: task.title,
      process: task.process,
      score: raw - hintPenalty - proceduralPenalty,
      maxScore: cases * task.points.correct,
      hintsUsed: used,
      hintPenalty,
      proceduralPenalty,
      cases,
      decided: mine.length,
    }
  })
  const score = tasks.reduce((sum, t) => sum + t.score, 0)
  const maxScore = tasks.reduce((sum, t) => sum + t.maxScore, 0)
  const percent = maxScore > 0 ? Math.round((100 * score) / maxScore) : 0
  // Each case counts towards the indicators its own kind exercises; an undecided case's points
  // are in the maximum, so an indicator nobody worked on reads 0 %, not 100 %.
  const tadat = new Map<TadatCode, { score: number; maxScore: number }>()
  const count = (codes: readonly TadatCode[], score: number, max: number) => {
    for (const code of codes) {
      const entry = tadat.get(code) ?? { score: 0, maxScore: 0 }
      entry.score += score
      entry.maxScore += max
      tadat.set(code, entry)
    }
  }
  for (const r of records) count(r.tadat, r.feedback.points, r.feedback.maxPoints)
  for (const u of input.undecided) count(u.truth.tadat, 0, u.task.points.correct)
  const grades = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>
  for (const r of records) grades[r.feedback.grade] += 1
  return {
    format: RESULTS_FORMAT,
    scenario: { id: scenario.id, title: scenario.title, digest: input.digest },
    seed: input.seed,
    mode: input.mode,
    finished: input.finished,
    today: input.today,
    currency: { ...scenario.jurisdiction.currency },
    score,
    maxScore,
    percent,
    passMark: scenario.passMark,
    passed: maxScore > 0 && percent >= scenario.passMark,
    hintsUsed: [...hintsRevealed.values()].reduce((a, b) => a + b.length, 0),
    tasks,
    tadat: [...tadat]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([code, v]) => ({ code, label: tadatLabel(code), ...v })),
    decisions: records,
    grades,
    outcomes: outcomesOf(decisions, records, input.isAnomaly, input.undecided, input.today),
    undecided: input.undecided.map((u) => u.caseId),
    proceduralErrors,
  }
}

/**
 * In assessment mode an unlawful step tried costs what a weaker decision costs
 * (points.correct − points.acceptable), and a case never more than its points.correct.
 */
function priceProceduralErrors(
  scenario: Scenario,
  mode: Mode,
  errors: readonly ProceduralError[],
): (ProceduralError & { penalty: number })[] {
  const spent = new Map<string, number>()
  return errors.map((error) => {
    const points = scenario.tasks.find((t) => t.id === error.taskId)?.points
    if (mode !== 'assessment' || !points) return { ...error, penalty: 0 }
    const used = spent.get(error.caseId) ?? 0
    const penalty = Math.max(0, Math.min(points.correct - points.acceptable, points.correct - used))
    spent.set(error.caseId, used + penalty)
    return { ...error, penalty }
  })
}

const GOOD: readonly Grade[] = ['correct', 'acceptable']

/**
 * Outcome figures a trainer can discuss: money kept or lost, people wrongly burdened, deadlines.
 * Undecided cases count: an anomaly nobody opened is missed, and a due date that passed while
 * the case sat is missed. A case already overdue when it reached the trainee is inherited: it
 * is counted apart, never as the trainee's miss.
 */
export function outcomesOf(
  decisions: readonly ScoredDecision[],
  records: readonly DecisionRecord[],
  isAnomaly: (truth: CaseTruth) => boolean,
  undecided: readonly UndecidedCase[] = [],
  today = '',
): Outcomes {
  const inherited = (u: { dueOn: string; startedOn: string }) => u.dueOn < u.startedOn
  const outcomes: Outcomes = {
    revenueProtected: 0,
    revenueAtRisk: 0,
    taxpayersWronglyBurdened: 0,
    anomaliesMissed: 0,
    deadlinesMet: records.filter((r) => r.withinDeadline && !r.overdueAtStart).length,
    deadlinesMissed:
      records.filter((r) => !r.withinDeadline && !r.overdueAtStart).length +
      undecided.filter((u) => !inherited(u) && u.dueOn < today).length,
    overdueAtStart: records.filter((r) => r.overdueAtStart).length + undecided.filter(inherited).length,
  }
  for (const u of undecided) {
    if (!isAnomaly(u.truth)) continue
    outcomes.anomaliesMissed += 1
    outcomes.revenueAtRisk += Math.max(0, u.truth.atStake)
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
