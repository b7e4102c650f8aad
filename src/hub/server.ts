/**
 * The hub's HTTP side: the built app from dist/ and the workshop API under /api. Every input is
 * checked with zod before it reaches the workshop rules; refusals are 4xx with a sentence a
 * trainer or trainee can act on.
 */
import { existsSync } from 'node:fs'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { z } from 'zod'
import { SECURITY_HEADERS } from '../csp'
import { list, MODES, msg, type Msg, type SessionEvent } from '../engine/index'
import { pickLanguage } from '../i18n/languages'
import { loadCatalogue } from '../i18n/load'
import { createTranslator, inEnglish } from '../i18n/render'
import { SessionEventSchema } from '../engine/session/saved'
import { buildDashboard, buildDebrief, exportCsv, figuresOf } from './dashboard'
import { deadlineOf } from './time-box'
import {
  HubError,
  MAX_WORKSHOP_SCENARIOS,
  publicWorkshop,
  type WorkshopRow,
  type WorkshopService,
  type WorkshopSettings,
} from './workshop'

/** The app's own policy (src/csp.ts), sent as headers with every response, frame-ancestors included. */
export { SECURITY_HEADERS }

export interface ServerOptions {
  service: WorkshopService
  /** The built app (vite build); the API works without it. */
  distDir?: string
  /** Requests per minute per trainee token (or per address when there is none). */
  rateLimit?: number
  stuckMinutes?: number
  /** The wall clock, so tests can move it. */
  now?: () => number
  /** Told about each new workshop (main.ts prints its join link and QR code). */
  onWorkshopCreated?: (workshop: { id: string; name: string; joinPath: string }) => void
}

/**
 * A check's refusal, as the key of its message (`workshop.hub.problem.<key>`, said after the
 * field in the reader's language by `problemOf`); numbers it cites follow the key.
 */
const problem = (key: string, ...figures: number[]) => ['problem', key, ...figures].join(' ')

/** Letters, digits, - and _: ids and tokens are never anything else. */
const idText = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, problem('idChars'))

function isControl(char: string): boolean {
  const code = char.codePointAt(0)!
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029
}

/** One line of visible text, without control characters. */
const plainLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, problem('empty'))
    .max(max, problem('tooLong', max))
    .refine((s) => ![...s].some(isControl), problem('control'))

/** A whole number from `min` to `max`. */
const whole = (min: number, max: number) =>
  z
    .int(problem('range', min, max))
    .min(min, problem('range', min, max))
    .max(max, problem('range', min, max))

const scenarioId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, problem('scenarioId'))
const scenarioYaml = z.string().min(1, problem('empty')).max(200_000, problem('tooLong', 200_000))

/**
 * A workshop: its scenarios as a list, or (as before there could be several) one scenario in
 * `scenarioId` and `scenarioYaml`.
 */
export const CreateWorkshopSchema = z.strictObject({
  name: plainLine(120),
  scenarios: z
    .array(
      z.strictObject({
        scenarioId,
        scenarioYaml: scenarioYaml.optional(),
        profiles: z
          .array(
            z.strictObject({
              id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, problem('profileId')),
              yaml: scenarioYaml,
            }),
          )
          .max(4, problem('atMostProfiles', 4))
          .optional(),
      }),
    )
    .min(1, problem('atLeastScenarios'))
    .max(MAX_WORKSHOP_SCENARIOS, problem('atMostScenarios', MAX_WORKSHOP_SCENARIOS))
    .optional(),
  scenarioId: scenarioId.optional(),
  scenarioYaml: scenarioYaml.optional(),
  mode: z.enum(MODES),
  hints: z.boolean(),
  timeBoxMinutes: whole(5, 600).optional(),
  variants: z.enum(['same', 'per-trainee']),
})

const JoinSchema = z.strictObject({ displayName: plainLine(60) })

const EventsSchema = z.strictObject({
  from: whole(0, 1_000_000),
  events: z.array(SessionEventSchema).min(1, problem('atLeastEvents')).max(500, problem('atMostEvents', 500)),
})

const IdParams = z.object({ id: idText })
const CaseParams = z.strictObject({ id: idText, caseId: z.string().min(1).max(80) })

/** What a request carried, named in the message when it is not valid. */
type Carried = 'workshop' | 'name' | 'events' | 'address'

/** The fields a message names (`workshop.hub.field`); an event's own fields are not named. */
const FIELDS = new Set([
  'name',
  'scenarios',
  'scenarioId',
  'scenarioYaml',
  'profiles',
  'id',
  'yaml',
  'mode',
  'hints',
  'timeBoxMinutes',
  'variants',
  'from',
  'events',
  'caseId',
])

/** The items of a list a message names by their number ("scenario 2"), by the list's field. */
const ITEMS: Record<string, string> = { scenarios: 'scenario', profiles: 'profile', events: 'event' }

/**
 * Where in the request the problem is, in the reader's words ("scenario 2, scenario file"),
 * never the field's code; nothing when the request is one field `what` names already.
 */
function whereOf(path: readonly PropertyKey[], what: Carried): Msg | undefined {
  if (what === 'name' || what === 'address') return undefined
  const places: Msg[] = []
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    if (typeof key !== 'string' || !FIELDS.has(key)) break
    const index = path[i + 1]
    if (typeof index === 'number' && ITEMS[key]) {
      places.push(msg('workshop.hub.field', { field: ITEMS[key], n: index + 1 }))
      i++
      // Inside an event, the engine's own fields: the event's number is what the reader can use.
      if (key === 'events') break
    } else places.push(msg('workshop.hub.field', { field: key, n: 0 }))
  }
  return places.reduce<Msg | undefined>(
    (outer, inner) => (outer ? msg('workshop.hub.placeIn', { outer, inner }) : inner),
    undefined,
  )
}

/**
 * The refusal as one sentence with a subject: "The name must not be empty.", or, inside a
 * request, "The workshop is not valid: the field “scenario 2, scenario file” must not be empty."
 */
function invalidText(what: Carried, place: Msg | undefined, problem: Msg): Msg {
  return place
    ? msg('workshop.hub.invalidAt', { what, place, problem })
    : msg('workshop.hub.invalid', { what, problem })
}

/** What is wrong, in the reader's words: the check's own message, else one by the kind of check. */
function problemOf(issue: z.core.$ZodIssue | undefined): Msg {
  const [marker, key, ...figures] = (issue?.message ?? '').split(' ')
  if (marker === 'problem' && key) {
    const [a, b] = figures.map(Number)
    return msg(
      `workshop.hub.problem.${key}`,
      key === 'range' ? { min: a!, max: b! } : a === undefined ? {} : { max: a },
    )
  }
  switch (issue?.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? msg('workshop.hub.problem.empty')
        : msg('workshop.hub.problem.tooSmall', { min: Number(issue.minimum) })
    case 'too_big':
      return issue.origin === 'string'
        ? msg('workshop.hub.problem.tooLong', { max: Number(issue.maximum) })
        : msg('workshop.hub.problem.tooBig', { max: Number(issue.maximum) })
    case 'invalid_type':
      return msg('workshop.hub.problem.wrongType')
    case 'invalid_value':
      // Its values are codes (an API client's mistake; the pages send only these): not cited.
      return msg('workshop.hub.problem.oneOf')
    case 'unrecognized_keys':
      return msg('workshop.hub.problem.unknownKeys', { keys: list(issue.keys) })
    default:
      return msg('workshop.hub.problem.unexpected')
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: Carried): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const first = result.error.issues[0]
  const problem = problemOf(first)
  // A trainee who joined with no name is asked for it, as the join page asks.
  if (what === 'name' && problem.id === 'workshop.hub.problem.empty')
    throw new HubError(400, msg('workshop.join.nameMissing'))
  throw new HubError(400, invalidText(what, whereOf(first?.path ?? [], what), problem))
}

/** A query parameter as the caller sent it, for a message: a repeated one arrives as a list. */
function asked(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  if (header?.startsWith('Bearer ')) return header.slice(7).trim()
  // EventSource and download links cannot set headers; they carry the token in the query.
  const query = request.query as Record<string, unknown> | undefined
  return typeof query?.token === 'string' ? query.token : undefined
}

/** Whether a request is for the workshop API (not the built app's pages and files). */
export const isApi = (url: string): boolean =>
  url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')

/**
 * Whether the router sent a request to the API: by the matched route's pattern, and by its decoded
 * path (the router decodes `/%61pi/…` to `/api/…` before matching, so the raw URL alone would let
 * a client spell its way around the limit).
 */
function toApi(request: FastifyRequest): boolean {
  if (isApi(request.routeOptions.url ?? '')) return true
  try {
    return isApi(decodeURIComponent(request.url))
  } catch {
    return true
  }
}

/** An answer's message: in English for any client, and as its catalogue message for the app. */
function said(text: ReturnType<typeof msg>): { error: string; text: ReturnType<typeof msg> } {
  return { error: inEnglish(text), text }
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { service } = options
  const now = options.now ?? service.now
  const stuckMinutes = options.stuckMinutes ?? 5
  const app = Fastify({ logger: false, bodyLimit: 512 * 1024, routerOptions: { maxParamLength: 200 } })

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS)
  })

  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimit ?? 1200,
    timeWindow: '1 minute',
    keyGenerator: (request) => bearer(request) ?? request.ip,
    // Only the API counts: a page load and the service worker's precache (about 330 files per
    // browser) are the built app's static files, and a room behind one NAT would otherwise spend
    // the limit on them and get a raw JSON answer in place of the page.
    allowList: (request) => !toApi(request),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...said(msg('workshop.hub.tooManyRequests', { seconds: Math.ceil(context.ttl / 1000) })),
    }),
  })

  app.setErrorHandler((error: unknown, _request, reply) => {
    if (error instanceof HubError)
      return reply.status(error.status).send({ ...said(error.text), ...error.details })
    const e = error as { statusCode?: number; code?: string; message?: string }
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.status(413).send(said(msg('workshop.hub.tooLarge')))
    if (e.statusCode === 429) return reply.status(429).send(error)
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
      return reply.status(e.statusCode).send(said(msg('workshop.hub.unreadable', { error: e.message ?? '' })))
    reply.log.error(error)
    return reply.status(500).send(said(msg('workshop.hub.unexpected')))
  })

  app.get('/api/health', async () => ({ ok: true, database: service.db.kind }))

  app.get('/api/scenarios', async () =>
    [...service.source.bundled.values()].map((s) => ({ id: s.id, title: s.title, minutes: s.minutes })),
  )

  app.post(
    '/api/workshops',
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { scenarios, scenarioId, scenarioYaml, ...rest } = parse(
        CreateWorkshopSchema,
        request.body,
        'workshop',
      )
      if (scenarios && (scenarioId !== undefined || scenarioYaml !== undefined))
        throw new HubError(400, msg('workshop.hub.bothWays'))
      if (!scenarios && scenarioId === undefined) throw new HubError(400, msg('workshop.hub.noScenarios'))
      const settings: WorkshopSettings = {
        ...rest,
        scenarios: scenarios ?? [{ scenarioId: scenarioId!, ...(scenarioYaml ? { scenarioYaml } : {}) }],
      }
      const { workshop, trainerToken } = await service.createWorkshop(settings)
      options.onWorkshopCreated?.({
        id: workshop.id,
        name: workshop.name,
        joinPath: `/#/workshop/${workshop.id}/join`,
      })
      return reply.status(201).send({
        workshop: publicWorkshop(workshop),
        trainerToken,
        joinPath: `/#/workshop/${workshop.id}/join`,
        dashboardPath: `/#/workshop/${workshop.id}/dashboard`,
      })
    },
  )

  app.get('/api/workshops/:id', async (request) => {
    const { id } = parse(IdParams, request.params, 'address')
    return publicWorkshop(await service.workshop(id))
  })

  app.post(
    '/api/workshops/:id/join',
    {
      config: { rateLimit: { max: 240, timeWindow: '1 minute', keyGenerator: (r: FastifyRequest) => r.ip } },
    },
    async (request, reply) => {
      const { id } = parse(IdParams, request.params, 'address')
      const { displayName } = parse(JoinSchema, request.body, 'name')
      const { participant, token, workshop, sessions } = await service.join(id, displayName)
      return reply.status(201).send({
        participantId: participant.id,
        token,
        seat: participant.seat,
        seed: participant.seed,
        displayName: participant.display_name,
        workshop: publicWorkshop(workshop),
        /** One session per scenario of the workshop, all opened with the same token. */
        sessions: sessions.map((p) => ({ scenarioNo: p.scenario_no, participantId: p.id, seed: p.seed })),
      })
    },
  )

  /** The trainee's own session: the stored log, to resume or resync. */
  app.get('/api/participants/:id', async (request) => {
    const { id } = parse(IdParams, request.params, 'address')
    const participant = await service.ownParticipant(id, bearer(request))
    const events = await service.events(id)
    const workshop = await service.workshop(participant.workshop_id)
    const deadline = deadlineOf(workshop, participant)
    const seatSessions = await service.seatSessions(participant)
    return {
      participantId: id,
      scenarioNo: participant.scenario_no,
      seat: participant.seat,
      seed: participant.seed,
      displayName: participant.display_name,
      workshop: publicWorkshop(workshop),
      /** Milliseconds left in the trainee's time box by the hub's clock (null: no time box). */
      timeLeftMs: deadline === null ? null : Math.max(0, deadline - now()),
      acked: events.length,
      log: events.map((e) => e.event),
      /** The seat's session on each scenario of the workshop, with how far it has got. */
      sessions: seatSessions.map((p) => ({
        scenarioNo: p.scenario_no,
        participantId: p.id,
        seed: p.seed,
        decided: p.decided,
        cases: p.cases,
        finished: p.finished,
      })),
    }
  })

  app.post('/api/participants/:id/events', async (request) => {
    const { id } = parse(IdParams, request.params, 'address')
    const participant = await service.ownParticipant(id, bearer(request))
    const body = parse(EventsSchema, request.body, 'events')
    return service.postEvents(participant, body.from, body.events as SessionEvent[])
  })

  async function trainer(request: FastifyRequest) {
    const { id } = parse(IdParams, request.params, 'address')
    return service.trainerWorkshop(id, bearer(request))
  }

  async function groupOf(request: FastifyRequest, current: number): Promise<number> {
    const query = request.query as Record<string, unknown>
    if (query.group === undefined) return current
    const group = Number(query.group)
    if (!Number.isInteger(group) || group < 1 || group > current)
      throw new HubError(400, msg('workshop.hub.noGroup', { group: asked(query.group), count: current }))
    return group
  }

  /** The CSV export's words in the trainer's language (`?lang=fr`; English when absent or unknown). */
  async function csvTranslator(request: FastifyRequest) {
    const query = request.query as Record<string, unknown>
    const language = pickLanguage(typeof query.lang === 'string' ? query.lang : undefined)
    return createTranslator({ language, catalogue: await loadCatalogue(language) })
  }

  /** The `scenario` the trainer looks at: 1 to the workshop's count, in the address (default 1). */
  function scenarioNoOf(request: FastifyRequest, workshop: WorkshopRow): number {
    const query = request.query as Record<string, unknown>
    if (query.scenario === undefined) return 0
    const no = Number(query.scenario)
    const count = workshop.scenarios.length
    if (!Number.isInteger(no) || no < 1 || no > count)
      throw new HubError(400, msg('workshop.hub.noScenarioQuery', { n: asked(query.scenario), count }))
    return no - 1
  }

  /** The shown scenario's figures, for the debrief's amounts (none if its file no longer loads). */
  function figuresIn(workshop: WorkshopRow, scenarioNo: number) {
    try {
      return { figures: figuresOf(service.scenarioOf(workshop, scenarioNo)) }
    } catch {
      return {}
    }
  }

  async function dashboard(request: FastifyRequest, anonymous: boolean) {
    const workshop = await trainer(request)
    const group = await groupOf(request, workshop.current_group)
    const scenarioNo = scenarioNoOf(request, workshop)
    const sessions = service.withKnownCases(workshop, await service.participants(workshop.id, group))
    return buildDashboard(workshop, sessions, {
      now: now(),
      stuckMinutes,
      anonymous,
      group,
      groups: Array.from({ length: workshop.current_group }, (_, i) => i + 1),
      scenarioNo,
      titles: workshop.scenarios.map((_, no) => {
        try {
          return service.scenarioOf(workshop, no).title
        } catch {
          return workshop.scenarios[no]!.id
        }
      }),
      ...figuresIn(workshop, scenarioNo),
    })
  }

  app.get('/api/workshops/:id/dashboard', async (request) => dashboard(request, false))
  app.get('/api/workshops/:id/projector', async (request) => dashboard(request, true))

  app.get('/api/workshops/:id/debrief/:caseId', async (request) => {
    const workshop = await trainer(request)
    const { caseId } = parse(CaseParams, request.params, 'address')
    const group = await groupOf(request, workshop.current_group)
    const scenarioNo = scenarioNoOf(request, workshop)
    const participants = await service.participants(workshop.id, group, scenarioNo)
    const scenario = service.scenarioOf(workshop, scenarioNo)
    const { exists, commands } = await service.debriefContext(workshop, scenarioNo, participants, caseId)
    if (!exists) throw new HubError(404, msg('workshop.hub.noCase', { caseId, title: scenario.title }))
    return buildDebrief(caseId, participants, scenario.debrief, {
      currency: { ...scenario.jurisdiction.currency },
      commands: JSON.parse(JSON.stringify(commands)) as typeof commands,
    })
  })

  app.get('/api/workshops/:id/export.json', async (request, reply) => {
    const workshop = await trainer(request)
    const group = await groupOf(request, workshop.current_group)
    const participants = await service.participants(workshop.id, group)
    const sessions = await Promise.all(
      participants.map(async (p) => ({
        seat: p.seat,
        scenarioNo: p.scenario_no,
        scenarioId: workshop.scenarios[p.scenario_no]?.id ?? workshop.scenario_id,
        name: p.display_name,
        seed: p.seed,
        finished: p.finished,
        score: p.score,
        maxScore: p.max_score,
        percent: p.percent,
        passed: p.passed,
        report: p.report,
        log: (await service.events(p.id)).map((e) => e.event),
      })),
    )
    void reply.header(
      'content-disposition',
      `attachment; filename="workshop-${workshop.id}-group-${group}.json"`,
    )
    return { format: 'tamis-workshop/1', workshop: publicWorkshop(workshop), group, sessions }
  })

  app.get('/api/workshops/:id/export.csv', async (request, reply) => {
    const workshop = await trainer(request)
    const group = await groupOf(request, workshop.current_group)
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="workshop-${workshop.id}-group-${group}.csv"`)
      .send(
        exportCsv(
          workshop,
          service.withKnownCases(workshop, await service.participants(workshop.id, group)),
          await csvTranslator(request),
        ),
      )
  })

  app.post('/api/workshops/:id/reset', async (request) => {
    const workshop = await trainer(request)
    return { group: await service.reset(workshop.id) }
  })

  /** Live updates for the dashboard: a `change` message whenever a trainee's session moves. */
  app.get('/api/workshops/:id/stream', async (request, reply: FastifyReply) => {
    const workshop = await trainer(request)
    reply.hijack()
    const raw = reply.raw
    raw.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    })
    raw.write('retry: 2000\n\n')
    let pending: NodeJS.Timeout | undefined
    const stop = service.onChange((change) => {
      if (change.workshopId !== workshop.id || pending) return
      // Many trainees deciding at once make one dashboard refresh, not forty.
      pending = setTimeout(() => {
        pending = undefined
        raw.write(`event: change\ndata: ${JSON.stringify({ at: now() })}\n\n`)
      }, 100)
    })
    const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), 25_000)
    request.raw.on('close', () => {
      stop()
      clearInterval(keepAlive)
      if (pending) clearTimeout(pending)
    })
  })

  app.all('/api/*', async () => {
    throw new HubError(404, msg('workshop.hub.noAddress'))
  })

  if (options.distDir && existsSync(options.distDir)) {
    await app.register(fastifyStatic, { root: options.distDir, index: ['index.html'], maxAge: 0 })
  }

  return app
}
