/**
 * xAPI statements of a session (docs/lms.md): a pure function of a replayed Session, so the app,
 * a hub or a script derive the same statements, with the same ids, from the same log.
 *
 * - One `answered` statement per decided case: the case, the process state the decision left it
 *   in, the choice (the command and its fields), its grade and points, and the evidence panels
 *   consulted and missed.
 * - `attempted` once the session has an event; `completed` and `passed` or `failed` (with the
 *   score) once it is finished.
 *
 * Ids are version 5 UUIDs of the registration and what the statement is about, so a statement
 * resent after an outage is the same statement. No timestamps are made here: the engine has no
 * wall clock, and the app stamps a statement when it first queues it. Under cmi5 the statements
 * carry the LMS's context template and follow its rules for the defined verbs (see `Cmi5Terms`).
 */
import type { Grade } from '../vocabulary'
import type { Text } from '../primitives/message'
import type { Session } from './session'
import type { CaseSummary, DecisionRecord, Report } from './types'
import { uuidV5 } from './uuid'

/** An xAPI Agent: the trainee, as the LMS or the settings name them. */
export type XapiAgent =
  | { objectType?: 'Agent'; name?: string; mbox: string }
  | { objectType?: 'Agent'; name?: string; account: { homePage: string; name: string } }

export type LanguageMap = Record<string, string>

export interface XapiStatement {
  id: string
  actor: XapiAgent
  verb: { id: string; display: LanguageMap }
  object: {
    objectType: 'Activity'
    id: string
    definition?: {
      type?: string
      name?: LanguageMap
      description?: LanguageMap
      interactionType?: string
      extensions?: Record<string, unknown>
    }
  }
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number }
    success?: boolean
    completion?: boolean
    response?: string
    duration?: string
    extensions?: Record<string, unknown>
  }
  context: {
    registration: string
    contextActivities?: Partial<Record<'parent' | 'grouping' | 'category' | 'other', { id: string }[]>>
    extensions?: Record<string, unknown>
    language?: string
  }
  timestamp?: string
}

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const

/** The sandbox's own extension keys (URNs: they name data, they are not addresses to visit). */
const EXT = 'urn:x-tamis-sandbox:xapi:extension:'
export const EXTENSIONS = {
  scenario: `${EXT}scenario`,
  scenarioDigest: `${EXT}scenario-digest`,
  seed: `${EXT}seed`,
  mode: `${EXT}mode`,
  task: `${EXT}task`,
  process: `${EXT}process`,
  state: `${EXT}process-state`,
  simulatedDate: `${EXT}simulated-date`,
  command: `${EXT}command`,
  grade: `${EXT}grade`,
  evidenceConsulted: `${EXT}evidence-consulted`,
  evidenceMissed: `${EXT}evidence-missed`,
  withinDeadline: `${EXT}within-deadline`,
} as const

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const

const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction'
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment'

/** What the LMS's launch said, when the session runs under cmi5 (docs/lms.md §cmi5). */
export interface Cmi5Terms {
  /** From LMS.LaunchData: merged into every statement's context. */
  contextTemplate: {
    contextActivities?: XapiStatement['context']['contextActivities']
    extensions?: Record<string, unknown>
  }
  /** Normal sends completed, passed and failed; Browse and Review must not. */
  launchMode: 'Normal' | 'Browse' | 'Review'
  /** Scaled score (0…1) needed to pass; it replaces the scenario's pass mark. */
  masteryScore?: number
}

export interface XapiOptions {
  actor: XapiAgent
  /** The context registration (a UUID): the LMS's under cmi5, else derived from the run's id. */
  registration: string
  /** The scenario's activity IRI (the cmi5 AU's activityId under cmi5). */
  activityId: string
  cmi5?: Cmi5Terms
  /**
   * Renders the engine's messages (case titles) in the statements' language; the app passes its
   * translator. Without it a message shows as its id.
   */
  say?: (text: Text) => string
}

/** The registration of a run outside an LMS: a UUID derived from the app's id for that run. */
export function runRegistration(runId: string): string {
  return uuidV5(`run:${runId}`)
}

/** The activity IRI of one case of a scenario activity. */
export function caseActivityId(activityId: string, caseId: string): string {
  return `${activityId.replace(/\/+$/, '')}/case/${encodeURIComponent(caseId)}`
}

/** Every statement the session has earned so far, in the order they happened. */
export function xapiStatements(session: Session, options: XapiOptions): XapiStatement[] {
  if (!session.log.length) return []
  const report = session.report()
  const run = runOf(session, options)
  const statements: XapiStatement[] = [
    {
      id: run.id('attempted'),
      actor: options.actor,
      verb: verb('attempted'),
      object: run.activity,
      context: run.context(),
    },
  ]
  const states = new Map(session.cases().map((c) => [c.caseId, c]))
  const decisions = [...report.decisions].sort((a, b) => order(session, a) - order(session, b))
  for (const d of decisions) statements.push(answered(run, d, states.get(d.caseId)))
  const reporting = !options.cmi5 || options.cmi5.launchMode === 'Normal'
  if (session.finished() && reporting) statements.push(...closing(run, report))
  return statements
}

const verb = (name: keyof typeof VERBS) => ({ id: VERBS[name], display: { en: name } })

/** What every statement of one run shares: its ids, its context, the scenario's activity. */
interface Run {
  options: XapiOptions
  id(what: string): string
  text(value: Text): LanguageMap
  context(
    categories?: string[],
    extensions?: Record<string, unknown>,
    parent?: string,
  ): XapiStatement['context']
  activity: XapiStatement['object']
}

function runOf(session: Session, options: XapiOptions): Run {
  const language = session.scenario.language ?? 'en'
  const say = options.say ?? ((t: Text) => (typeof t === 'string' ? t : t.id))
  const text = (value: Text): LanguageMap => ({ [language]: say(value) })
  const key = `${options.registration}|${session.scenario.id}|${session.digest}|${session.seed}|${session.mode}`
  const runExtensions = {
    [EXTENSIONS.scenario]: session.scenario.id,
    [EXTENSIONS.scenarioDigest]: session.digest,
    [EXTENSIONS.seed]: session.seed,
    [EXTENSIONS.mode]: session.mode,
  }
  const context: Run['context'] = (categories = [], extensions = {}, parent) => {
    const template = options.cmi5?.contextTemplate ?? {}
    const activities = template.contextActivities ?? {}
    const category = [...(activities.category ?? []), ...categories.map((c) => ({ id: c }))]
    return {
      registration: options.registration,
      contextActivities: {
        ...activities,
        ...(category.length ? { category } : {}),
        ...(parent ? { parent: [...(activities.parent ?? []), { id: parent }] } : {}),
      },
      extensions: { ...template.extensions, ...runExtensions, ...extensions },
      language,
    }
  }
  return {
    options,
    id: (what) => uuidV5(`${key}|${what}`),
    text,
    context,
    activity: {
      objectType: 'Activity',
      id: options.activityId,
      definition: { type: ASSESSMENT, name: text(session.scenario.title) },
    },
  }
}

/** The `answered` statement of one decision: the case, its state, the choice, its grade and evidence. */
function answered(run: Run, d: DecisionRecord, summary: CaseSummary | undefined): XapiStatement {
  const { options } = run
  const feedback = d.feedback
  return {
    id: run.id(`answered|${d.caseId}`),
    actor: options.actor,
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: caseActivityId(options.activityId, d.caseId),
      definition: {
        type: INTERACTION,
        interactionType: 'choice',
        name: run.text(summary?.title ?? d.caseId),
      },
    },
    result: {
      ...score(feedback.points, feedback.maxPoints),
      success: successOf(feedback.grade),
      completion: true,
      response: d.command.type,
      extensions: {
        [EXTENSIONS.command]: d.command,
        [EXTENSIONS.grade]: feedback.grade,
        [EXTENSIONS.evidenceConsulted]: feedback.evidenceConsulted,
        [EXTENSIONS.evidenceMissed]: feedback.evidenceMissed,
        [EXTENSIONS.withinDeadline]: d.withinDeadline,
      },
    },
    context: run.context(
      [],
      {
        [EXTENSIONS.task]: d.taskId,
        [EXTENSIONS.process]: d.process,
        [EXTENSIONS.state]: summary?.state ?? '',
        [EXTENSIONS.simulatedDate]: d.decidedOn,
      },
      options.activityId,
    ),
  }
}

/** `completed`, then `passed` or `failed` with the score (against the LMS's mastery score under cmi5). */
function closing(run: Run, report: Report): XapiStatement[] {
  const { options } = run
  const mastery = options.cmi5?.masteryScore
  const scored = score(report.score, report.maxScore)
  const scaled = scored.score?.scaled ?? 0
  const passed = mastery === undefined ? report.passed : scaled >= mastery
  const cmi5 = options.cmi5 ? [CMI5.category, CMI5.moveOn] : []
  const masteryExtension = mastery === undefined ? {} : { [CMI5.masteryScore]: mastery }
  return [
    {
      id: run.id('completed'),
      actor: options.actor,
      verb: verb('completed'),
      object: run.activity,
      result: { completion: true },
      context: run.context(cmi5),
    },
    {
      id: run.id(passed ? 'passed' : 'failed'),
      actor: options.actor,
      verb: verb(passed ? 'passed' : 'failed'),
      object: run.activity,
      result: { ...scored, success: passed },
      context: run.context(cmi5, masteryExtension),
    },
  ]
}

/** Where a decision falls in the log: statements follow the order the trainee decided in. */
function order(session: Session, d: DecisionRecord): number {
  const log = session.log
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!
    if (e.type === 'case.command' && e.caseId === d.caseId) return i
  }
  // Closed by the clock (a time limit passed): at the last advance.
  return log.findLastIndex((e) => e.type === 'clock.advance')
}

function successOf(grade: Grade): boolean {
  return grade === 'correct' || grade === 'acceptable'
}

/** An xAPI score: raw within [min, max], scaled in [-1, 1]; none when there is nothing to score. */
function score(raw: number, max: number): Pick<NonNullable<XapiStatement['result']>, 'score'> {
  if (!(max > 0)) return {}
  const min = Math.min(0, raw)
  const scaled = Math.max(-1, Math.min(1, Math.round((raw / max) * 10_000) / 10_000))
  return { score: { scaled, raw, min, max: Math.max(max, raw) } }
}
