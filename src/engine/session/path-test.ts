/**
 * The path test a trainer runs before a workshop: the scripted trainees (best, first and
 * random) play the scenario on several seeds. A sound scenario lets `best` reach the maximum
 * and keeps every naive policy below the pass mark. The CLI (`tamis test`) and the studio (in
 * the worker) run this same function, so both give the same verdict.
 */
import { generateWorld } from '../world/generate'
import type { World } from '../world/types'
import { playPolicy, type Policy } from './policies'
import { addDays } from '../primitives/calendar'
import { casesMadeOn } from '../world/made-on'
import { Session } from './session'
import type { Report } from './types'
import type { Scenario } from '../scenario/schema'
import { day, isMsg, list, msg, type Msg } from '../primitives/message'
import { kindLabel } from '../primitives/kind'
import type { Grade } from '../vocabulary'

/** One scripted run: a policy (with its own seed for `random`) on one world seed. */
export interface PathRun {
  policy: Policy
  policySeed: number
  seed: number
  score: number
  maxScore: number
  percent: number
  passed: boolean
}

export interface PolicyRange {
  policy: Policy
  runs: number
  minPercent: number
  maxPercent: number
  minScore: number
  maxScore: number
}

/** A case on one seed that no policy decided for full marks. */
export interface HardCase {
  seed: number
  caseId: string
  /** The case's kind and task, absent when no policy decided the case (its report has no decision to take them from). */
  kind?: string
  taskId?: string
  /** The best policy's grade, absent when the best policy did not decide the case. */
  bestGrade?: Grade
}

export interface PathTestFailure {
  /** The policy whose run failed; absent for a problem of the world itself. */
  policy?: Policy
  seed: number
  policySeed?: number
  message: Msg
  /**
   * For a run that stopped on an error: the error's own text (English, for a developer: its
   * stack when it has one), which the studio folds away under "Technical details" and the CLI
   * prints the first line of below the message.
   */
  technical?: string
}

/** A scripted trainee by name, as a sentence about it says it: "always the first step", "random steps, run 3". */
export function policyText(policy: Policy, policySeed: number): Msg {
  if (policy === 'random') return msg('session.pathTest.policy.random', { n: policySeed })
  return policy === 'best' ? msg('session.pathTest.policy.best') : msg('session.pathTest.policy.first')
}

export interface PathTestResult {
  scenarioId: string
  passMark: number
  seeds: number[]
  runs: PathRun[]
  ranges: PolicyRange[]
  hardCases: HardCase[]
  failures: PathTestFailure[]
  ok: boolean
}

/** The naive policies: `first`, and `random` with three policy seeds. */
const NAIVE: readonly { policy: Policy; policySeed: number }[] = [
  { policy: 'first', policySeed: 1 },
  { policy: 'random', policySeed: 1 },
  { policy: 'random', policySeed: 2 },
  { policy: 'random', policySeed: 3 },
]

export interface PathTestOptions {
  /** How many world seeds, counted from the scenario's own seed (default 3). */
  seeds?: number
  /** Called after each run, e.g. to move a progress bar. */
  onProgress?: (done: number, total: number) => void
}

/** Plays every policy on every seed and says whether the scenario tells skill from clicking. */
export async function pathTest(scenario: Scenario, options: PathTestOptions = {}): Promise<PathTestResult> {
  const count = Math.max(1, Math.min(50, Math.floor(options.seeds ?? 3)))
  const seeds = Array.from({ length: count }, (_, i) => (scenario.world.seed + i) % 2 ** 31)
  const total = seeds.length * PLAN.length
  const result: SeedResults = { runs: [], failures: [], hardCases: [] }
  let done = 0
  for (const seed of seeds) {
    const world = await generateWorld(scenario, { seed })
    result.failures.push(...lateCases(scenario, world))
    playSeed(scenario, world, result, () => options.onProgress?.(++done, total))
  }
  return {
    scenarioId: scenario.id,
    passMark: scenario.passMark,
    seeds,
    runs: result.runs,
    ranges: rangesOf(result.runs),
    hardCases: result.hardCases,
    failures: result.failures,
    ok: result.failures.length === 0,
  }
}

/** `best` first, then the naive policies. */
const PLAN: readonly { policy: Policy; policySeed: number }[] = [{ policy: 'best', policySeed: 1 }, ...NAIVE]

interface SeedResults {
  runs: PathRun[]
  failures: PathTestFailure[]
  hardCases: HardCase[]
}

/** Every policy of the plan on one world; adds its runs, failures and hard cases to `out`. */
function playSeed(scenario: Scenario, world: World, out: SeedResults, progress: () => void): void {
  const { seed } = world
  const fullMarks = new Set<string>()
  const kinds = new Map<string, { kind: string; taskId: string }>()
  let best: Report | undefined
  for (const { policy, policySeed } of PLAN) {
    const report = playOnce(scenario, world, policy, policySeed, (session) => {
      if (policy === 'best') out.failures.push(...hiddenFlags(session))
    })
    if ('failed' in report) out.failures.push({ policy, seed, policySeed, ...report.failed })
    else {
      if (policy === 'best') best = report
      const { score, maxScore, percent, passed } = report
      out.runs.push({ policy, policySeed, seed, score, maxScore, percent, passed })
      for (const d of report.decisions) {
        kinds.set(d.caseId, { kind: d.kind, taskId: d.taskId })
        if (d.feedback.points >= d.feedback.maxPoints) fullMarks.add(d.caseId)
      }
      out.failures.push(...verdictOf(scenario, report, policy, policySeed, seed))
    }
    progress()
  }
  out.hardCases.push(...hardCasesOf(seed, kinds, fullMarks, best))
}

/** What a run says about the scenario: `best` must reach full marks and pass; a naive policy must fail. */
function verdictOf(
  scenario: Scenario,
  report: Report,
  policy: Policy,
  policySeed: number,
  seed: number,
): PathTestFailure[] {
  const at = { policy, seed, policySeed }
  const failures: PathTestFailure[] = []
  if (policy === 'best' && report.score < report.maxScore)
    failures.push({
      ...at,
      message: msg('session.pathTest.bestShort', { score: report.score, max: report.maxScore }),
    })
  if (policy === 'best' && !report.passed)
    failures.push({
      ...at,
      message: msg('session.pathTest.bestFails', { percent: report.percent, passMark: scenario.passMark }),
    })
  if (policy !== 'best' && report.passed)
    failures.push({
      ...at,
      message: msg('session.pathTest.clickerPasses', {
        policy: policyText(policy, policySeed),
        percent: report.percent,
        passMark: scenario.passMark,
      }),
    })
  return failures
}

/** Cases no policy decided for full marks on this seed, with the best policy's grade. */
function hardCasesOf(
  seed: number,
  kinds: ReadonlyMap<string, { kind: string; taskId: string }>,
  fullMarks: ReadonlySet<string>,
  best: Report | undefined,
): HardCase[] {
  const hard: HardCase[] = []
  for (const [caseId, info] of kinds) {
    if (fullMarks.has(caseId)) continue
    const bestGrade = best?.decisions.find((d) => d.caseId === caseId)?.feedback.grade
    hard.push({ seed, caseId, ...info, ...(bestGrade && { bestGrade }) })
  }
  for (const caseId of best?.undecided ?? []) if (!kinds.has(caseId)) hard.push({ seed, caseId })
  return hard
}

/**
 * One policy on a private copy of the world (a session must never see another's postings); the
 * report, or why the policy could not play: the message the error carries when it carries one
 * (`text`, as the engine's WorldShortfall and ReplayRefused do), else a general sentence, with
 * the error's own English kept apart as `technical`.
 */
function playOnce(
  scenario: Scenario,
  world: World,
  policy: Policy,
  policySeed: number,
  inspect: (session: Session) => void,
): Report | { failed: Pick<PathTestFailure, 'message' | 'technical'> } {
  try {
    const session = new Session(scenario, JSON.parse(JSON.stringify(world)) as World)
    playPolicy(session, policy, policySeed)
    inspect(session)
    return session.report()
  } catch (error) {
    const carried =
      typeof error === 'object' && error !== null ? (error as { text?: unknown }).text : undefined
    const reason = isMsg(carried) ? carried : msg('session.pathTest.unexpectedError')
    const technical =
      error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)
    return {
      failed: {
        message: msg('session.pathTest.cannotPlay', { policy: policyText(policy, policySeed), reason }),
        technical,
      },
    }
  }
}

/**
 * After the best decisions, every panel that ground truth says holds a red flag must have been
 * shown: otherwise the trainee is asked to spot something no evidence panel shows.
 */
export function hiddenFlags(session: Session): PathTestFailure[] {
  return session.cases().flatMap((c) => {
    const truth = session.truthOf(c.caseId)
    if (!truth || truth.flags.length === 0) return []
    const view = session.caseView(c.caseId)
    const shown = new Set([...view.panels.map((p) => p.id), ...view.opened])
    const missing = truth.evidence.filter((id) => !shown.has(id))
    return missing.length
      ? [
          {
            policy: 'best' as const,
            seed: session.seed,
            message: msg('session.pathTest.hiddenFlag', {
              caseId: c.caseId,
              kind: kindLabel(truth.kind),
              // Named as the trainee would read them, not by their ids.
              panels: list(missing.map((id) => view.panelNames[id] ?? id)),
            }),
          },
        ]
      : []
  })
}

/**
 * Cases whose deadline runs out while they wait for their task: due after the day the engine made
 * them (see casesMadeOn) but before the task starts, so no trainee can decide them in time. A
 * case already overdue on the day it was made (a return never filed, a payment long unmatched)
 * is deliberate backlog, not a fault of the scenario.
 */
export function lateCases(scenario: Scenario, world: World): PathTestFailure[] {
  let cases
  try {
    cases = new Session(scenario, JSON.parse(JSON.stringify(world)) as World).cases()
  } catch {
    return []
  }
  return scenario.tasks.flatMap((task) => {
    const start = addDays(world.referenceDate, task.startsAfterDays ?? 0)
    const madeOn = casesMadeOn(scenario, task.process)
    return cases
      .filter((c) => c.taskId === task.id && c.dueOn >= madeOn && c.dueOn < start)
      .map((c) => ({
        seed: world.seed,
        message: msg('session.pathTest.lateCase', {
          caseId: c.caseId,
          due: day(c.dueOn),
          task: task.id,
          start: day(start),
        }),
      }))
  })
}

function rangesOf(runs: readonly PathRun[]): PolicyRange[] {
  const byPolicy = new Map<Policy, PathRun[]>()
  for (const run of runs) byPolicy.set(run.policy, [...(byPolicy.get(run.policy) ?? []), run])
  return [...byPolicy].map(([policy, list]) => ({
    policy,
    runs: list.length,
    minPercent: Math.min(...list.map((r) => r.percent)),
    maxPercent: Math.max(...list.map((r) => r.percent)),
    minScore: Math.min(...list.map((r) => r.score)),
    maxScore: Math.max(...list.map((r) => r.score)),
  }))
}
