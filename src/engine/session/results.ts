/**
 * The results file a trainee hands in (`tamis-results/2`): the report plus everything needed to
 * check it — the event log, the scenario's id and digest, the seed and the mode. Verifying a file
 * replays its log and compares what the log earns with what the file states; the stated score is
 * never trusted. The app's download, `tamis play --json` and `tamis verify` all go through here.
 */
import '../zod-jitless'
import { z } from 'zod'
import type { Scenario } from '../scenario/schema'
import { scenarioDigest } from '../scenario/digest'
import { generateWorld } from '../world/generate'
import { placeOf, SessionEventSchema } from './saved'
import { Session } from './session'
import { eventName } from './event-shape'
import { msg, type Msg, type Text } from '../primitives/message'
import {
  MAX_RESULTS_BYTES,
  MAX_RESULTS_EVENTS,
  MAX_TRAINEE_LENGTH,
  RESULTS_FILE_FORMAT,
  RESULTS_FORMAT_V1,
} from './results-file'
import { MODES, SESSION_FORMAT, type Report } from './types'

export {
  MAX_RESULTS_BYTES,
  MAX_RESULTS_EVENTS,
  RESULTS_FILE_FORMAT,
  RESULTS_FORMAT_V1,
  resultsFile,
  type ResultsFile,
} from './results-file'

const text = (max: number) => z.string().max(max)
const points = z.number().finite()

/** What verification reads from a file; other report fields are carried along unchecked. */
const ResultsFileSchema = z.looseObject({
  format: z.literal(RESULTS_FILE_FORMAT),
  trainee: text(MAX_TRAINEE_LENGTH).optional(),
  finishedAt: text(40).optional(),
  scenario: z.looseObject({ id: z.string(), digest: z.string() }),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  mode: z.enum(MODES),
  score: points,
  maxScore: points,
  percent: points,
  passed: z.boolean(),
  hintsUsed: points.optional(),
  tasks: z
    .array(z.looseObject({ taskId: z.string(), score: points }))
    .max(10_000)
    .optional(),
  decisions: z
    .array(
      z.looseObject({
        caseId: z.string(),
        feedback: z.looseObject({ grade: z.string(), points }),
      }),
    )
    .max(MAX_RESULTS_EVENTS)
    .optional(),
  log: z.array(SessionEventSchema).max(MAX_RESULTS_EVENTS),
})

export type StatedResults = z.infer<typeof ResultsFileSchema>

/** What a file says about itself, as far as it could be read (for one line per file). */
export interface ResultsHeader {
  trainee?: string
  scenarioId?: string
  mode?: string
  score?: number
  maxScore?: number
}

export type ReadResults =
  | { ok: true; results: StatedResults; header: ResultsHeader }
  | {
      ok: false
      status: 'invalid' | 'unverifiable'
      reason: Msg
      header: ResultsHeader
      /** Where a damaged file's first problem is, as a JSON path (`log.0.command`): for the CLI only. */
      at?: string
    }

/** Reads a results file from untrusted text. Never throws. */
export function readResults(input: string): ReadResults {
  const none: ResultsHeader = {}
  if (input.length > MAX_RESULTS_BYTES)
    return {
      ok: false,
      status: 'invalid',
      reason: msg('session.verify.tooLarge'),
      header: none,
    }
  let data: unknown
  try {
    data = JSON.parse(input)
  } catch {
    return {
      ok: false,
      status: 'invalid',
      reason: msg('session.verify.notJson'),
      header: none,
    }
  }
  const header = headerOf(data)
  const format = isRecord(data) ? data.format : undefined
  if (format === RESULTS_FORMAT_V1)
    return {
      ok: false,
      status: 'unverifiable',
      reason: msg('session.verify.olderFormat', { format: RESULTS_FORMAT_V1 }),
      header,
    }
  if (format === SESSION_FORMAT)
    return {
      ok: false,
      status: 'invalid',
      reason: msg('session.verify.savedSession'),
      header,
    }
  if (format !== RESULTS_FILE_FORMAT) {
    const reason =
      typeof format === 'string'
        ? msg('session.verify.otherFormat', { format: format.slice(0, 60), expected: RESULTS_FILE_FORMAT })
        : msg('session.verify.noFormat')
    return { ok: false, status: 'invalid', reason, header }
  }
  const parsed = ResultsFileSchema.safeParse(data)
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? []
    const failed = { ok: false, status: 'invalid', reason: damagedInWords(parsed.error), header } as const
    return path.length ? { ...failed, at: path.slice(0, 6).map(String).join('.') } : failed
  }
  return { ok: true, results: parsed.data, header }
}

/** Each part of a results file in a trainer's words (`session.verify.part.*`), by its top-level key. */
const PARTS: Readonly<Record<keyof StatedResults, string>> = {
  format: 'format',
  trainee: 'trainee',
  finishedAt: 'finishedAt',
  scenario: 'scenario',
  seed: 'seed',
  mode: 'mode',
  score: 'score',
  maxScore: 'score',
  percent: 'score',
  passed: 'score',
  hintsUsed: 'hintsUsed',
  tasks: 'tasks',
  decisions: 'decisions',
  log: 'log',
}

/** Where a damaged file's first problem is, said as the saved session says it: step N, or the part. */
function damagedInWords(error: z.ZodError): Msg {
  const place = placeOf(error, ['log'])
  if (place && 'step' in place) return msg('session.verify.damagedStep', { step: place.step })
  const part =
    place && Object.hasOwn(PARTS, place.part) ? PARTS[place.part as keyof StatedResults] : undefined
  return part
    ? msg('session.verify.damagedPart', { part: msg(`session.verify.part.${part}`) })
    : msg('session.verify.damagedTop')
}

function headerOf(data: unknown): ResultsHeader {
  if (!isRecord(data)) return {}
  const scenario = isRecord(data.scenario) ? data.scenario : {}
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : undefined)
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
  const header: ResultsHeader = {}
  const trainee = str(data.trainee)
  const scenarioId = str(scenario.id)
  const mode = str(data.mode)
  const score = num(data.score)
  const maxScore = num(data.maxScore)
  if (trainee) header.trainee = trainee
  if (scenarioId) header.scenarioId = scenarioId
  if (mode) header.mode = mode
  if (score !== undefined) header.score = score
  if (maxScore !== undefined) header.maxScore = maxScore
  return header
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export interface Verdict {
  status: 'verified' | 'mismatch' | 'unverifiable'
  /** Why it is not verified, in a trainer's words ('' when verified). */
  reason: Text
  /** The score the log earns, when it was replayed. */
  replayed?: { score: number; maxScore: number }
}

/**
 * Replays a results file's log on `scenario` (same seed, same mode) and says whether the file
 * states what the log earns. A log with an event the session would have refused (a hint in
 * assessment mode, a case of another scenario) cannot be genuine.
 */
export async function verifyResults(results: StatedResults, scenario: Scenario): Promise<Verdict> {
  if (results.scenario.id !== scenario.id)
    return {
      status: 'unverifiable',
      reason: msg('session.verify.otherScenario', { stated: results.scenario.id, scenario: scenario.id }),
    }
  const digest = scenarioDigest(scenario)
  if (results.scenario.digest !== digest)
    return {
      status: 'unverifiable',
      reason: msg('session.verify.otherVersion', {
        scenario: scenario.id,
        stated: results.scenario.digest,
        digest,
      }),
    }
  const world = await generateWorld(scenario, { seed: results.seed })
  const session = new Session(scenario, world, results.mode)
  const refused = session.replay(results.log)
  const report = session.report()
  const replayed = { score: report.score, maxScore: report.maxScore }
  const first = refused[0]
  if (first) {
    return {
      status: 'mismatch',
      reason: msg('session.verify.notReplayed', {
        mode: results.mode,
        step: first.index + 1,
        type: eventName(first.event.type),
        reason: first.reason,
        more: refused.length - 1,
      }),
      replayed,
    }
  }
  const difference = firstDifference(results, report, (id) => session.caseIdOf(id))
  return difference
    ? { status: 'mismatch', reason: difference, replayed }
    : { status: 'verified', reason: '', replayed }
}

/** The first thing the file states that its log does not earn, or undefined. */
function firstDifference(
  stated: StatedResults,
  earned: Report,
  caseIdOf: (id: string) => string,
): Msg | undefined {
  if (stated.score !== earned.score || stated.maxScore !== earned.maxScore)
    return msg('session.verify.score', {
      stated: stated.score,
      statedMax: stated.maxScore,
      earned: earned.score,
      earnedMax: earned.maxScore,
    })
  const headline: ['percent' | 'passed' | 'hintsUsed', unknown, unknown][] = [
    ['percent', stated.percent, earned.percent],
    ['passed', stated.passed, earned.passed],
    ['hintsUsed', stated.hintsUsed, earned.hintsUsed],
  ]
  for (const [what, a, b] of headline)
    if (a !== b) return msg('session.verify.headline', { what, stated: String(a), earned: String(b) })
  const tasks = new Map((stated.tasks ?? []).map((t) => [t.taskId, t.score]))
  for (const task of earned.tasks)
    if (tasks.get(task.taskId) !== task.score)
      return msg('session.verify.task', {
        stated: tasks.get(task.taskId) ?? msg('session.verify.nothing'),
        task: task.taskId,
        earned: task.score,
      })
  const statedDecisions = stated.decisions ?? []
  if (statedDecisions.length !== earned.decisions.length)
    return msg('session.verify.decisionCount', {
      stated: statedDecisions.length,
      earned: earned.decisions.length,
    })
  const decisions = new Map(statedDecisions.map((d) => [caseIdOf(d.caseId), d.feedback]))
  for (const d of earned.decisions) {
    const s = decisions.get(d.caseId)
    if (!s || s.grade !== d.feedback.grade || s.points !== d.feedback.points)
      return msg('session.verify.decision', {
        caseId: d.caseId,
        stated: s
          ? msg('session.verify.graded', { grade: s.grade, points: s.points })
          : msg('session.verify.noDecision'),
        earned: msg('session.verify.graded', { grade: d.feedback.grade, points: d.feedback.points }),
      })
  }
  return undefined
}
