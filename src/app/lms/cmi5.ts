/**
 * A cmi5 launch (docs/lms.md §cmi5): the LMS opens the sandbox with `endpoint`, `fetch`,
 * `registration`, `activityId` and `actor` in the query string. The launch sequence is:
 * one POST to the fetch URL for the session's token; the LMS.LaunchData state document (launch
 * mode, move-on rule, mastery score, context template, launch parameters); then `initialized`.
 * `terminated` ends the session. Everything else goes through the statements outbox (lrs.ts).
 *
 * Written out rather than taken from @xapi/cmi5: that library sends through axios and its own
 * statement builder, while the sandbox needs its deterministic statement ids and the offline
 * outbox, and the sequence itself is three requests.
 */
import type { Cmi5Terms, Text, XapiAgent, XapiStatement } from '../../engine/index'
import { CMI5, isUuid, msg, uuidV5, XAPI_VERBS } from '../../engine/lite'
import { XAPI_VERSION, type LrsConfig } from './lrs'

export interface Cmi5Launch {
  endpoint: string
  fetch: string
  registration: string
  activityId: string
  actor: XapiAgent
}

/** What the LMS stored for this launch (cmi5 §10, the LMS.LaunchData state document). */
export interface LaunchData {
  contextTemplate: Cmi5Terms['contextTemplate']
  launchMode: Cmi5Terms['launchMode']
  moveOn: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable'
  masteryScore?: number
  returnURL?: string
  launchParameters?: string
}

export interface Cmi5Session {
  launch: Cmi5Launch
  lrs: LrsConfig
  launchData: LaunchData
  terms: Cmi5Terms
  /** The scenario and mode the launch asks for (from its launch parameters or the AU's address). */
  scenarioId?: string
  mode: 'practice' | 'assessment'
}

export type LaunchResult = { ok: true; session: Cmi5Session } | { ok: false; message: Text }

const isHttp = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/**
 * The cmi5 launch in an address, or undefined when it is not one; a launch with a part missing
 * or malformed is an error the page shows (the LMS's course set-up is wrong).
 */
export function parseLaunch(search: string): Cmi5Launch | { error: Text } | undefined {
  const q = new URLSearchParams(search)
  const names = ['endpoint', 'fetch', 'registration', 'activityId', 'actor'] as const
  if (!names.some((n) => q.has(n))) return undefined
  const missing = names.filter((n) => !q.get(n))
  if (missing.length) return { error: msg('app.lms.missing', { parts: missing.join(', ') }) }
  const get = (n: (typeof names)[number]) => q.get(n)!
  if (!isHttp(get('endpoint')) || !isHttp(get('fetch'))) return { error: msg('app.lms.badEndpoint') }
  if (!isUuid(get('registration').toLowerCase())) return { error: msg('app.lms.badRegistration') }
  let actor: unknown
  try {
    actor = JSON.parse(get('actor'))
  } catch {
    return { error: msg('app.lms.badActor') }
  }
  const account = (actor as { account?: { homePage?: unknown; name?: unknown } } | null)?.account
  if (typeof account?.homePage !== 'string' || typeof account.name !== 'string')
    return { error: msg('app.lms.noAccount') }
  return {
    endpoint: get('endpoint'),
    fetch: get('fetch'),
    registration: get('registration').toLowerCase(),
    activityId: get('activityId'),
    actor: {
      objectType: 'Agent',
      ...(actor as object),
      account: { homePage: account.homePage, name: account.name },
    },
  }
}

const LAUNCH_MODES = ['Normal', 'Browse', 'Review'] as const

function readLaunchData(data: unknown): LaunchData | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const d = data as Record<string, unknown>
  if (!LAUNCH_MODES.includes(d.launchMode as LaunchData['launchMode'])) return undefined
  const template =
    typeof d.contextTemplate === 'object' && d.contextTemplate !== null ? d.contextTemplate : {}
  const mastery =
    typeof d.masteryScore === 'number' && d.masteryScore >= 0 && d.masteryScore <= 1
      ? d.masteryScore
      : undefined
  return {
    contextTemplate: template as LaunchData['contextTemplate'],
    launchMode: d.launchMode as LaunchData['launchMode'],
    moveOn: (typeof d.moveOn === 'string' ? d.moveOn : 'NotApplicable') as LaunchData['moveOn'],
    ...(mastery === undefined ? {} : { masteryScore: mastery }),
    ...(typeof d.returnURL === 'string' ? { returnURL: d.returnURL } : {}),
    ...(typeof d.launchParameters === 'string' ? { launchParameters: d.launchParameters } : {}),
  }
}

/**
 * The scenario and mode asked for: `scenario=…&mode=…` in the launch parameters the course set,
 * else in the AU's own address. Browse and Review are practice (nothing is recorded as a pass or
 * a fail); Normal is assessment unless the course says practice.
 */
export function assignment(launchData: LaunchData, search: string): Pick<Cmi5Session, 'scenarioId' | 'mode'> {
  const params = new URLSearchParams(launchData.launchParameters ?? '')
  const own = new URLSearchParams(search)
  const scenarioId = params.get('scenario') ?? own.get('scenario') ?? undefined
  const asked = params.get('mode') ?? own.get('mode')
  const mode =
    launchData.launchMode !== 'Normal' ? 'practice' : asked === 'practice' ? 'practice' : 'assessment'
  return { ...(scenarioId ? { scenarioId } : {}), mode }
}

/** Runs the launch sequence up to `initialized`. Never throws; says what went wrong. */
export async function startCmi5(
  launch: Cmi5Launch,
  search: string,
  now: string,
  fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<LaunchResult> {
  const fail = (message: Text): LaunchResult => ({ ok: false, message })
  let token: string
  try {
    const response = await fetcher(launch.fetch, { method: 'POST' })
    const body = (await response.json()) as { 'auth-token'?: unknown; 'error-text'?: unknown }
    const said = body['error-text']
    if (typeof body['auth-token'] !== 'string')
      return fail(
        msg('app.lms.noToken', { reason: typeof said === 'string' ? said : String(response.status) }),
      )
    token = body['auth-token']
  } catch {
    return fail(msg('app.lms.unreachable'))
  }
  const lrs: LrsConfig = { endpoint: launch.endpoint, auth: `Basic ${token}` }
  const headers = { Authorization: lrs.auth, 'X-Experience-API-Version': XAPI_VERSION }
  const base = launch.endpoint.endsWith('/') ? launch.endpoint : `${launch.endpoint}/`
  const state = new URL('activities/state', base)
  state.search = new URLSearchParams({
    stateId: 'LMS.LaunchData',
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
  }).toString()
  let launchData: LaunchData | undefined
  try {
    const response = await fetcher(state.href, { headers })
    launchData = response.ok ? readLaunchData(await response.json()) : undefined
  } catch {
    launchData = undefined
  }
  if (!launchData) return fail(msg('app.lms.noLaunchData'))
  const terms: Cmi5Terms = {
    contextTemplate: launchData.contextTemplate,
    launchMode: launchData.launchMode,
    ...(launchData.masteryScore === undefined ? {} : { masteryScore: launchData.masteryScore }),
  }
  const session: Cmi5Session = { launch, lrs, launchData, terms, ...assignment(launchData, search) }
  const initialized = lifecycleStatement(session, 'initialized', now)
  try {
    const response = await fetcher(new URL('statements', base).href, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify([initialized]),
    })
    if (!response.ok && response.status !== 409)
      return fail(msg('app.lms.refusedStart', { status: String(response.status) }))
  } catch {
    return fail(msg('app.lms.unreachable'))
  }
  return { ok: true, session }
}

/** The AU session's id, from the context template (cmi5 puts it there), for statement ids. */
function sessionId(session: Cmi5Session): string {
  const id =
    session.terms.contextTemplate.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']
  return typeof id === 'string' ? id : session.launch.registration
}

/** `initialized` or `terminated`: cmi5-defined statements about the AU itself. */
export function lifecycleStatement(
  session: Cmi5Session,
  verb: 'initialized' | 'terminated',
  now: string,
  duration?: string,
): XapiStatement {
  const template = session.terms.contextTemplate
  const activities = template.contextActivities ?? {}
  return {
    id: uuidV5(`cmi5|${session.launch.registration}|${sessionId(session)}|${verb}`),
    actor: session.launch.actor,
    verb: { id: XAPI_VERBS[verb], display: { en: verb } },
    object: { objectType: 'Activity', id: session.launch.activityId },
    ...(duration ? { result: { duration } } : {}),
    context: {
      registration: session.launch.registration,
      contextActivities: { ...activities, category: [...(activities.category ?? []), { id: CMI5.category }] },
      ...(template.extensions ? { extensions: template.extensions } : {}),
    },
    timestamp: now,
  }
}

/** ISO 8601 duration between two instants, to the hundredth of a second, as cmi5 asks. */
export function isoDuration(fromMs: number, toMs: number): string {
  const seconds = Math.max(0, Math.round((toMs - fromMs) / 10) / 100)
  return `PT${seconds}S`
}
