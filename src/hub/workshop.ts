/**
 * Workshops, participants and their event logs: the hub's rules, independent of HTTP.
 * Every score here is the engine's replay of the stored log; nothing a browser says about its
 * own score is read.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import {
  generateWorld,
  Session,
  type Mode,
  type Report,
  type Scenario,
  type SessionEvent,
  type World,
} from '../engine/index'
import { inEnglish } from '../i18n/render'
import type { Db } from './db'
import { deadlineOf, TIME_BOX_GRACE_MS } from './dashboard'
import { newTrack, sendTracked, type StateTrack } from './states'
import { readOwnScenario, scenarioDigest, type ScenarioSource } from './scenarios'

export type Variants = 'same' | 'per-trainee'

export interface WorkshopSettings {
  name: string
  scenarioId: string
  /** A trainer's own scenario file (YAML); the scenario id then names it. */
  scenarioYaml?: string
  mode: Mode
  hints: boolean
  timeBoxMinutes?: number
  variants: Variants
}

export interface WorkshopRow {
  id: string
  name: string
  scenario_id: string
  scenario_digest: string
  scenario_yaml: string | null
  mode: Mode
  hints: boolean
  time_box_minutes: number | null
  variants: Variants
  trainer_token_hash: string
  current_group: number
  created_at: Date | string
}

export interface ParticipantRow {
  id: string
  workshop_id: string
  group_no: number
  display_name: string
  seat: number
  seed: number
  token_hash: string
  joined_at: Date | string
  last_event_at: Date | string | null
  current_case: string | null
  current_case_since: Date | string | null
  decided: number
  cases: number
  finished: boolean
  score: number
  max_score: number
  percent: number
  passed: boolean
  report: Report | null
  states: StateTrack | null
}

/** A refusal the trainee or trainer can act on; the HTTP layer sends it as a 4xx. */
export class HubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

export function newId(): string {
  return randomBytes(9).toString('base64url')
}

export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * Per-trainee variants: the seat's seed is a hash of the workshop and the seat, so a trainee who
 * rejoins the same seat gets the same world, and neighbours get different ones.
 */
export function variantSeed(workshopId: string, seat: number): number {
  const digest = createHash('sha256').update(`${workshopId}:${seat}`).digest()
  return digest.readUInt32BE(0) & 0x7fffffff
}

interface Live {
  session: Session
  /** The seq the next event must carry (= events stored). */
  next: number
  /** The stored report's fingerprint: it is rewritten only when a score or decision changed. */
  reportKey: string
  track: StateTrack
  /** The stored track's size: it is rewritten only when a case was decided or a step refused. */
  trackKey: string
}

export type Change = { workshopId: string }

export interface PostResult {
  /** Every event below this seq is stored. */
  acked: number
  stored: number
}

const MAX_EVENT_CHARS = 8000

/** The trainee-visible part of a workshop: what the app needs to start the session. */
export interface PublicWorkshop {
  id: string
  name: string
  scenarioId: string
  scenarioDigest: string
  scenarioYaml?: string
  mode: Mode
  hints: boolean
  timeBoxMinutes: number | null
  variants: Variants
  group: number
}

export function publicWorkshop(w: WorkshopRow): PublicWorkshop {
  return {
    id: w.id,
    name: w.name,
    scenarioId: w.scenario_id,
    scenarioDigest: w.scenario_digest,
    ...(w.scenario_yaml ? { scenarioYaml: w.scenario_yaml } : {}),
    mode: w.mode,
    hints: w.hints,
    timeBoxMinutes: w.time_box_minutes,
    variants: w.variants,
    group: w.current_group,
  }
}

export class WorkshopService {
  readonly db: Db
  readonly source: ScenarioSource
  #live = new Map<string, Live>()
  #locks = new Map<string, Promise<unknown>>()
  #scenarios = new Map<string, Scenario>()
  /**
   * Generated worlds by workshop and seed. A session never changes its world (the engine keeps
   * what decisions post beside it), so the trainees of a same-data workshop share one, and a
   * room's first steps do not all wait for the same world to be generated forty times.
   */
  #worlds = new Map<string, Promise<World>>()
  #listeners = new Set<(change: Change) => void>()
  /** Rows that only this hub changes, kept so that posting an event costs one transaction. */
  #workshops = new Map<string, WorkshopRow>()
  #participants = new Map<string, ParticipantRow>()

  /** The hub's clock (ms); tests move it to play out a time box or a long disconnect. */
  readonly now: () => number

  constructor(db: Db, source: ScenarioSource, now: () => number = () => Date.now()) {
    this.db = db
    this.source = source
    this.now = now
  }

  onChange(listener: (change: Change) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #changed(workshopId: string) {
    for (const listener of this.#listeners) listener({ workshopId })
  }

  async createWorkshop(settings: WorkshopSettings): Promise<{ workshop: WorkshopRow; trainerToken: string }> {
    let scenario: Scenario | undefined
    if (settings.scenarioYaml !== undefined) {
      const own = readOwnScenario(this.source, settings.scenarioId, settings.scenarioYaml)
      if (!own.ok) throw new HubError(422, own.message)
      scenario = own.scenario
    } else {
      scenario = this.source.bundled.get(settings.scenarioId)
      if (!scenario)
        throw new HubError(
          404,
          `There is no bundled scenario "${settings.scenarioId}". Bundled scenarios: ${[...this.source.bundled.keys()].join(', ')}.`,
        )
    }
    const id = newId()
    const trainerToken = newToken()
    const [workshop] = await this.db.query<WorkshopRow>(
      `INSERT INTO workshops (id, name, scenario_id, scenario_digest, scenario_yaml, mode, hints, time_box_minutes, variants, trainer_token_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [
        id,
        settings.name,
        scenario.id,
        scenarioDigest(scenario),
        settings.scenarioYaml ?? null,
        settings.mode,
        settings.hints,
        settings.timeBoxMinutes ?? null,
        settings.variants,
        hashToken(trainerToken),
      ],
    )
    this.#scenarios.set(id, scenario)
    return { workshop: workshop!, trainerToken }
  }

  async workshop(id: string): Promise<WorkshopRow> {
    const [row] = await this.db.query<WorkshopRow>('SELECT * FROM workshops WHERE id = $1', [id])
    if (!row)
      throw new HubError(404, 'There is no workshop with this link. Ask your trainer for the link again.')
    return row
  }

  /** The workshop, if `token` is its trainer token; otherwise a 401/403 the trainer understands. */
  async trainerWorkshop(id: string, token: string | undefined): Promise<WorkshopRow> {
    const workshop = await this.workshop(id)
    if (!token) throw new HubError(401, 'This page is for the trainer: the trainer token is missing.')
    if (!sameHash(hashToken(token), workshop.trainer_token_hash))
      throw new HubError(403, 'The trainer token is not right for this workshop.')
    return workshop
  }

  scenarioOf(workshop: WorkshopRow): Scenario {
    const cached = this.#scenarios.get(workshop.id)
    if (cached) return cached
    let scenario: Scenario | undefined
    if (workshop.scenario_yaml) {
      const own = readOwnScenario(this.source, workshop.scenario_id, workshop.scenario_yaml)
      if (own.ok) scenario = own.scenario
    } else scenario = this.source.bundled.get(workshop.scenario_id)
    if (!scenario)
      throw new HubError(
        409,
        `The scenario "${workshop.scenario_id}" of this workshop is no longer available on this hub.`,
      )
    if (scenarioDigest(scenario) !== workshop.scenario_digest)
      throw new HubError(
        409,
        `The scenario "${workshop.scenario_id}" changed since this workshop was created; its sessions cannot be scored on this version.`,
      )
    this.#scenarios.set(workshop.id, scenario)
    return scenario
  }

  async join(
    workshopId: string,
    displayName: string,
  ): Promise<{ participant: ParticipantRow; token: string; workshop: WorkshopRow }> {
    const workshop = await this.workshop(workshopId)
    const scenario = this.scenarioOf(workshop)
    // Joins to one workshop are taken one at a time, so forty trainees joining at once do not
    // race for the same seat; the UNIQUE constraint still guards against a second hub process.
    return this.#locked(`join:${workshopId}`, () => this.#join(workshop, scenario, displayName))
  }

  async #join(
    workshop: WorkshopRow,
    scenario: Scenario,
    displayName: string,
  ): Promise<{ participant: ParticipantRow; token: string; workshop: WorkshopRow }> {
    const workshopId = workshop.id
    const token = newToken()
    const id = newId()
    // The seat is the next free one in the current group; the UNIQUE constraint settles a race.
    for (let attempt = 0; attempt < 5; attempt++) {
      const [{ seat }] = (await this.db.query<{ seat: number }>(
        'SELECT COALESCE(MAX(seat), 0) + 1 AS seat FROM participants WHERE workshop_id = $1 AND group_no = $2',
        [workshopId, workshop.current_group],
      )) as [{ seat: number }]
      const seed =
        workshop.variants === 'per-trainee'
          ? variantSeed(`${workshopId}/${workshop.current_group}`, seat)
          : scenario.world.seed
      try {
        const [participant] = await this.db.query<ParticipantRow>(
          `INSERT INTO participants (id, workshop_id, group_no, display_name, seat, seed, token_hash, joined_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [
            id,
            workshopId,
            workshop.current_group,
            displayName,
            seat,
            seed,
            hashToken(token),
            new Date(this.now()),
          ],
        )
        this.#changed(workshopId)
        // The trainee's session is built now, while they read the briefing, not on their first
        // step (when the whole room would wait behind forty builds); in the participant's lock,
        // so a step that arrives meanwhile waits for it rather than building a second one.
        const row = participant!
        void this.#locked(row.id, () => this.#liveSession(row, workshop)).catch(() => undefined)
        return { participant: participant!, token, workshop }
      } catch (error) {
        if (!String(error).includes('unique') && !String(error).includes('duplicate')) throw error
      }
    }
    throw new HubError(503, 'Too many trainees are joining at this moment; please try again.')
  }

  /** The participant, if `token` is theirs: a trainee can read and write only their own session. */
  async ownParticipant(id: string, token: string | undefined): Promise<ParticipantRow> {
    if (!token) throw new HubError(401, 'Your session key is missing; open the workshop link again.')
    const row =
      this.#participants.get(id) ??
      (await this.db.query<ParticipantRow>('SELECT * FROM participants WHERE id = $1', [id]))[0]
    if (row) this.#participants.set(id, row)
    if (!row || !sameHash(hashToken(token), row.token_hash))
      throw new HubError(403, 'This session belongs to someone else, or your session key is not valid.')
    return row
  }

  async events(
    participantId: string,
  ): Promise<{ seq: number; event: SessionEvent; received_at: Date | string }[]> {
    return this.db.query(
      'SELECT seq, event, received_at FROM events WHERE participant_id = $1 ORDER BY seq',
      [participantId],
    )
  }

  /** Serialises the work on one participant's log: posts from one browser never interleave. */
  #locked<T>(participantId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#locks.get(participantId) ?? Promise.resolve()
    const next = previous.then(work, work)
    const tail = next.catch(() => undefined)
    this.#locks.set(participantId, tail)
    void tail.then(() => {
      if (this.#locks.get(participantId) === tail) this.#locks.delete(participantId)
    })
    return next
  }

  #world(workshop: WorkshopRow, seed: number): Promise<World> {
    const key = `${workshop.id}:${seed}`
    let world = this.#worlds.get(key)
    if (!world) {
      world = generateWorld(this.scenarioOf(workshop), { seed })
      // A failure is not kept: the next step tries again.
      world.catch(() => this.#worlds.delete(key))
      this.#worlds.set(key, world)
    }
    return world
  }

  async #liveSession(participant: ParticipantRow, workshop: WorkshopRow): Promise<Live> {
    const cached = this.#live.get(participant.id)
    if (cached) return cached
    const scenario = this.scenarioOf(workshop)
    const session = new Session(scenario, await this.#world(workshop, participant.seed), workshop.mode)
    const stored = await this.events(participant.id)
    const track = newTrack()
    for (const row of stored) sendTracked(session, row.event, track)
    const live = { session, next: stored.length, reportKey: '', track, trackKey: '' }
    this.#live.set(participant.id, live)
    return live
  }

  /**
   * Stores events `from`, `from + 1`, … of the participant's log. Already-stored seqs are
   * acknowledged again without being stored twice; a gap is refused with the seq expected.
   * The answer is sent only after the events are committed.
   */
  async postEvents(participant: ParticipantRow, from: number, events: SessionEvent[]): Promise<PostResult> {
    return this.#locked(participant.id, async () => {
      const workshop = await this.workshop(participant.workshop_id)
      const live = await this.#liveSession(participant, workshop)
      if (from > live.next)
        throw new HubError(
          409,
          `Events are missing before this one: the hub expects event ${live.next} next.`,
          {
            expected: live.next,
          },
        )
      const fresh = events.slice(live.next - from)
      const deadline = deadlineOf(workshop, participant)
      if (fresh.length && deadline !== null && this.now() > deadline + TIME_BOX_GRACE_MS)
        throw new HubError(
          422,
          `The workshop's time box of ${workshop.time_box_minutes} minutes has ended; this step was not recorded.`,
          { expected: live.next, timeUp: true },
        )
      let reportKey = live.reportKey
      let trackKey = live.trackKey
      const stored = live.session.log.slice(from, live.next)
      for (const [i, event] of events.slice(0, live.next - from).entries())
        if (canonical(event) !== canonical(stored[i]))
          throw new HubError(
            409,
            `Event ${from + i} differs from the one already stored; the hub expects event ${live.next} next.`,
            {
              expected: live.next,
            },
          )
      if (fresh.length === 0) return { acked: live.next, stored: 0 }
      try {
        for (const [i, event] of fresh.entries()) {
          const seq = live.next + i
          if (JSON.stringify(event).length > MAX_EVENT_CHARS)
            throw new HubError(413, `Event ${seq} is too large.`, { expected: live.next })
          if (event.type === 'hint.reveal' && !workshop.hints)
            throw new HubError(422, `Event ${seq}: hints are switched off in this workshop.`, {
              expected: live.next,
            })
          const before = live.session.log.length
          const result = sendTracked(live.session, event, live.track)
          if (live.session.log.length !== before + 1)
            throw new HubError(
              422,
              `Event ${seq} (${event.type}) was refused by the exercise${result.ok ? '' : `: ${inEnglish(result.reason)}`}`,
              { expected: live.next },
            )
        }
        const progress = this.#progress(live.session)
        reportKey = [
          progress.report.score,
          progress.report.maxScore,
          progress.decided,
          progress.report.hintsUsed,
          progress.finished,
          progress.report.undecided.length,
          JSON.stringify(progress.report.outcomes),
        ].join('/')
        const report = reportKey === live.reportKey ? null : JSON.stringify(progress.report)
        trackKey = `${Object.keys(live.track.decided).length}/${live.track.refused.length}`
        const states = trackKey === live.trackKey ? null : JSON.stringify(live.track)
        const stamp = new Date(this.now())
        const openedNow = [...fresh].reverse().find((e) => e.type === 'case.open')
        // One statement, so one commit: the events and the progress they make land together.
        await this.db.query(
          `WITH stored AS (
             INSERT INTO events (participant_id, seq, event, received_at)
             SELECT $1, $14::integer + ord::integer - 1, e, $2
             FROM jsonb_array_elements($13::jsonb) WITH ORDINALITY AS x(e, ord)
           )
           UPDATE participants SET last_event_at = $2, decided = $3, cases = $4, finished = $5, score = $6,
             max_score = $7, percent = $8, passed = $9, report = COALESCE($10::jsonb, report),
             current_case = $11, states = COALESCE($15::jsonb, states),
             current_case_since = CASE WHEN $12::boolean THEN $2 WHEN $11::text IS NULL THEN NULL ELSE current_case_since END
           WHERE id = $1`,
          [
            participant.id,
            stamp,
            progress.decided,
            progress.cases,
            progress.finished,
            progress.report.score,
            progress.report.maxScore,
            progress.report.percent,
            progress.report.passed,
            report,
            progress.currentCase,
            openedNow?.type === 'case.open' && openedNow.caseId === progress.currentCase,
            JSON.stringify(fresh),
            live.next,
            states,
          ],
        )
      } catch (error) {
        // The live session may hold events that were not committed: rebuild it from the database.
        this.#live.delete(participant.id)
        throw error
      }
      live.next += fresh.length
      live.reportKey = reportKey
      live.trackKey = trackKey
      this.#changed(workshop.id)
      return { acked: live.next, stored: fresh.length }
    })
  }

  #progress(session: Session) {
    const report = session.report()
    const cases = session.cases()
    let currentCase: string | null = null
    for (const event of session.log) if (event.type === 'case.open') currentCase = event.caseId
    if (currentCase && cases.find((c) => c.caseId === currentCase)?.status === 'closed') currentCase = null
    return {
      report,
      decided: report.decisions.length,
      cases: cases.length,
      finished: session.finished(),
      currentCase,
    }
  }

  async participants(workshopId: string, group: number): Promise<ParticipantRow[]> {
    return this.db.query<ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = $1 AND group_no = $2 ORDER BY seat',
      [workshopId, group],
    )
  }

  /** Starts a new group: the next trainees get fresh seats; earlier groups stay readable. */
  async reset(workshopId: string): Promise<number> {
    const [row] = await this.db.query<{ current_group: number }>(
      'UPDATE workshops SET current_group = current_group + 1 WHERE id = $1 RETURNING current_group',
      [workshopId],
    )
    this.#workshops.delete(workshopId)
    this.#changed(workshopId)
    return row!.current_group
  }

  /** Forgets the in-memory sessions (tests use it to prove scores come from the database). */
  forgetLive(): void {
    this.#live.clear()
  }
}

/** JSON with sorted keys: the database may hand an event back with its keys in another order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  )
}
