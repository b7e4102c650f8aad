/**
 * Workshops, participants and their event logs: the hub's rules, independent of HTTP.
 * Every score here is the engine's replay of the stored log; nothing a browser says about its
 * own score is read.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { inEnglish } from '../i18n/render'
import {
  caseCountsOf,
  eventName,
  generateWorld,
  msg,
  Session,
  type Msg,
  type Mode,
  type Report,
  type Scenario,
  type SessionEvent,
  type World,
} from '../engine/index'
import type { Db } from './db'
import { deadlineOf, TIME_BOX_GRACE_MS } from './time-box'
import { newTrack, sendTracked, type StateTrack } from './states'
import { Lru } from './lru'
import { readOwnScenario, scenarioDigest, type OwnProfile, type ScenarioSource } from './scenarios'

export type Variants = 'same' | 'per-trainee'

/** One scenario of a workshop as the trainer chose it: bundled, or their own file. */
export interface ScenarioChoice {
  scenarioId: string
  /** A trainer's own scenario file (YAML); the scenario id then names it. */
  scenarioYaml?: string
  /** The trainer's own jurisdiction profiles the file uses (only with `scenarioYaml`). */
  profiles?: OwnProfile[]
}

/** The most scenarios one workshop holds: a day's programme, not a library. */
export const MAX_WORKSHOP_SCENARIOS = 8

export interface WorkshopSettings {
  name: string
  /** The scenarios the trainees work, in this order (at least one). */
  scenarios: ScenarioChoice[]
  mode: Mode
  hints: boolean
  timeBoxMinutes?: number
  variants: Variants
}

/** A stored scenario of a workshop: its id, the digest it was created on, and an own file's text. */
export interface StoredScenario {
  id: string
  digest: string
  yaml: string | null
  /** The scenario's title when the workshop was made (absent in workshops made before). */
  title?: string
  /** The trainer's own profiles the scenario uses. */
  profiles?: OwnProfile[]
}

export interface WorkshopRow {
  id: string
  name: string
  /** Every scenario of the workshop, in order; scenario_id, _digest and _yaml repeat the first. */
  scenarios: StoredScenario[]
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
  /** Which of the workshop's scenarios this session plays (its index in `scenarios`). */
  scenario_no: number
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

/**
 * A refusal the trainee or trainer can act on; the HTTP layer sends it as a 4xx, in English
 * (`error`, for any client) and as its catalogue message (`text`, for the app to show in the
 * reader's language).
 */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly text: Msg,
    readonly details: Record<string, unknown> = {},
  ) {
    super(inEnglish(text))
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

/** One scenario of a workshop, as the app needs it to start a session on it. */
export interface PublicScenario {
  scenarioNo: number
  scenarioId: string
  /** Its title, so a trainee's page names a trainer's own scenario before loading it. */
  title?: string
  /** The trainer's own profiles the scenario uses, for the trainee's page to load with it. */
  profiles?: OwnProfile[]
  scenarioDigest: string
  scenarioYaml?: string
}

/** The trainee-visible part of a workshop: what the app needs to start the session. */
export interface PublicWorkshop {
  id: string
  name: string
  /** The first scenario (what a workshop of one scenario has always said). */
  scenarioId: string
  scenarioDigest: string
  scenarioYaml?: string
  scenarios: PublicScenario[]
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
    scenarios: w.scenarios.map((s, scenarioNo) => ({
      scenarioNo,
      scenarioId: s.id,
      ...(s.title ? { title: s.title } : {}),
      scenarioDigest: s.digest,
      ...(s.yaml ? { scenarioYaml: s.yaml } : {}),
      ...(s.profiles?.length ? { profiles: s.profiles } : {}),
    })),
    mode: w.mode,
    hints: w.hints,
    timeBoxMinutes: w.time_box_minutes,
    variants: w.variants,
    group: w.current_group,
  }
}

/**
 * How much the hub keeps in memory. Each cache forgets its least recently used entry when full;
 * what it forgot is rebuilt from the database (sessions, by replaying the stored log) or from the
 * scenario and seed (worlds), identical to what it was.
 */
export interface MemoryLimits {
  /** Replayed trainee sessions (one per trainee and scenario). */
  sessions: number
  /** Generated worlds (one per scenario and seed: one per trainee with per-trainee variants). */
  worlds: number
}

/** Room for a class of 40 working 6 scenarios at once, and for a hub that runs for weeks. */
export const DEFAULT_MEMORY_LIMITS: MemoryLimits = { sessions: 240, worlds: 64 }

export class WorkshopService {
  readonly db: Db
  readonly source: ScenarioSource
  readonly limits: MemoryLimits
  #live: Lru<string, Live>
  #locks = new Map<string, Promise<unknown>>()
  /** Checked scenarios by workshop and scenario number: a few kilobytes each. */
  #scenarios = new Lru<string, Scenario>(1000)
  /**
   * Generated worlds by workshop, scenario and seed. A session never changes its world (the
   * engine keeps what decisions post beside it), so the trainees of a same-data workshop share
   * one, and a room's first steps do not all wait for the same world to be generated forty times.
   */
  #worlds: Lru<string, Promise<World>>
  #listeners = new Set<(change: Change) => void>()
  /** Rows that only this hub changes, kept so that posting an event costs one transaction. */
  #participants = new Lru<string, ParticipantRow>(5000)

  /** The hub's clock (ms); tests move it to play out a time box or a long disconnect. */
  readonly now: () => number

  constructor(
    db: Db,
    source: ScenarioSource,
    now: () => number = () => Date.now(),
    limits: Partial<MemoryLimits> = {},
  ) {
    this.db = db
    this.source = source
    this.now = now
    this.limits = { ...DEFAULT_MEMORY_LIMITS, ...limits }
    this.#live = new Lru(this.limits.sessions)
    this.#worlds = new Lru(this.limits.worlds)
  }

  /** What the memory caches hold now, against their limits. */
  memory(): { sessions: number; worlds: number; evictedSessions: number; evictedWorlds: number } {
    return {
      sessions: this.#live.size,
      worlds: this.#worlds.size,
      evictedSessions: this.#live.evicted,
      evictedWorlds: this.#worlds.evicted,
    }
  }

  onChange(listener: (change: Change) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #changed(workshopId: string) {
    for (const listener of this.#listeners) listener({ workshopId })
  }

  /** Checks one chosen scenario. */
  #checkChoice(choice: ScenarioChoice): Scenario {
    const id = choice.scenarioId
    if (choice.profiles?.length && choice.scenarioYaml === undefined)
      throw new HubError(400, msg('workshop.hub.profilesWithOwn', { id }))
    if (choice.scenarioYaml !== undefined) {
      if (this.source.bundled.has(id)) throw new HubError(422, msg('workshop.hub.nameOfBundled', { id }))
      const own = readOwnScenario(this.source, id, choice.scenarioYaml, choice.profiles)
      if (!own.ok) throw new HubError(422, own.message, own.detail ? { detail: own.detail } : {})
      return own.scenario
    }
    const scenario = this.source.bundled.get(id)
    if (!scenario)
      throw new HubError(
        404,
        msg('workshop.hub.noBundled', { id, ids: [...this.source.bundled.keys()].join(', ') }),
      )
    return scenario
  }

  async createWorkshop(settings: WorkshopSettings): Promise<{ workshop: WorkshopRow; trainerToken: string }> {
    const choices = settings.scenarios
    if (choices.length === 0) throw new HubError(400, msg('workshop.hub.chooseOne'))
    if (choices.length > MAX_WORKSHOP_SCENARIOS)
      throw new HubError(400, msg('workshop.hub.tooMany', { max: MAX_WORKSHOP_SCENARIOS }))
    const scenarios = choices.map((choice, i) => {
      try {
        return this.#checkChoice(choice)
      } catch (error) {
        // In a list of several, the message says which scenario it is about.
        if (choices.length === 1 || !(error instanceof HubError)) throw error
        throw new HubError(
          error.status,
          msg('workshop.hub.inScenario', { n: i + 1, id: choice.scenarioId, problem: error.text }),
          error.details,
        )
      }
    })
    const seen = new Set<string>()
    for (const scenario of scenarios) {
      if (seen.has(scenario.id)) throw new HubError(422, msg('workshop.hub.chosenTwice', { id: scenario.id }))
      seen.add(scenario.id)
    }
    const stored: StoredScenario[] = scenarios.map((scenario, i) => ({
      id: scenario.id,
      digest: scenarioDigest(scenario),
      yaml: choices[i]!.scenarioYaml ?? null,
      title: scenario.title,
      ...(choices[i]!.profiles?.length ? { profiles: choices[i]!.profiles } : {}),
    }))
    const id = newId()
    const trainerToken = newToken()
    const first = stored[0]!
    const [workshop] = await this.db.query<WorkshopRow>(
      `INSERT INTO workshops (id, name, scenario_id, scenario_digest, scenario_yaml, mode, hints, time_box_minutes, variants, trainer_token_hash, scenarios)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb) RETURNING *`,
      [
        id,
        settings.name,
        first.id,
        first.digest,
        first.yaml,
        settings.mode,
        settings.hints,
        settings.timeBoxMinutes ?? null,
        settings.variants,
        hashToken(trainerToken),
        JSON.stringify(stored),
      ],
    )
    for (const [i, scenario] of scenarios.entries()) this.#scenarios.set(`${id}:${i}`, scenario)
    return { workshop: workshop!, trainerToken }
  }

  async workshop(id: string): Promise<WorkshopRow> {
    const [row] = await this.db.query<WorkshopRow>('SELECT * FROM workshops WHERE id = $1', [id])
    if (!row) throw new HubError(404, msg('workshop.hub.noWorkshop'))
    return row
  }

  /** The workshop, if `token` is its trainer token; otherwise a 401/403 the trainer understands. */
  async trainerWorkshop(id: string, token: string | undefined): Promise<WorkshopRow> {
    const workshop = await this.workshop(id)
    if (!token) throw new HubError(401, msg('workshop.hub.trainerTokenMissing'))
    if (!sameHash(hashToken(token), workshop.trainer_token_hash))
      throw new HubError(403, msg('workshop.hub.trainerTokenWrong'))
    return workshop
  }

  /** The workshop's scenario number `no`, checked against the digest it was created on. */
  scenarioOf(workshop: WorkshopRow, no = 0): Scenario {
    const key = `${workshop.id}:${no}`
    const cached = this.#scenarios.get(key)
    if (cached) return cached
    const stored = workshop.scenarios[no]
    if (!stored) throw new HubError(404, msg('workshop.hub.noScenarioNo', { n: no + 1 }))
    let scenario: Scenario | undefined
    if (stored.yaml) {
      const own = readOwnScenario(this.source, stored.id, stored.yaml, stored.profiles)
      if (own.ok) scenario = own.scenario
    } else scenario = this.source.bundled.get(stored.id)
    if (!scenario) throw new HubError(409, msg('workshop.hub.scenarioGone', { id: stored.id }))
    if (scenarioDigest(scenario) !== stored.digest)
      throw new HubError(409, msg('workshop.hub.scenarioChanged', { id: stored.id }))
    this.#scenarios.set(key, scenario)
    return scenario
  }

  async join(
    workshopId: string,
    displayName: string,
  ): Promise<{
    participant: ParticipantRow
    token: string
    workshop: WorkshopRow
    sessions: ParticipantRow[]
  }> {
    const workshop = await this.workshop(workshopId)
    const scenarios = workshop.scenarios.map((_, no) => this.scenarioOf(workshop, no))
    // Joins to one workshop are taken one at a time, so forty trainees joining at once do not
    // race for the same seat; the UNIQUE constraint still guards against a second hub process.
    return this.#locked(`join:${workshopId}`, () => this.#join(workshop, scenarios, displayName))
  }

  /**
   * The seed of a seat's world in one scenario. Scenario 1 keeps the derivation workshops of one
   * scenario have always used, so their seats keep their worlds.
   */
  seedOf(workshop: WorkshopRow, scenario: Scenario, scenarioNo: number, seat: number): number {
    if (workshop.variants !== 'per-trainee') return scenario.world.seed
    const base = `${workshop.id}/${workshop.current_group}`
    return variantSeed(scenarioNo === 0 ? base : `${base}/${scenarioNo}`, seat)
  }

  async #join(
    workshop: WorkshopRow,
    scenarios: Scenario[],
    displayName: string,
  ): Promise<{
    participant: ParticipantRow
    token: string
    workshop: WorkshopRow
    sessions: ParticipantRow[]
  }> {
    const workshopId = workshop.id
    const token = newToken()
    // The seat is the next free one in the current group; the UNIQUE constraint settles a race.
    for (let attempt = 0; attempt < 5; attempt++) {
      const [{ seat }] = (await this.db.query<{ seat: number }>(
        'SELECT COALESCE(MAX(seat), 0) + 1 AS seat FROM participants WHERE workshop_id = $1 AND group_no = $2',
        [workshopId, workshop.current_group],
      )) as [{ seat: number }]
      // One session per scenario, on the same seat and key, in one statement (so all or none).
      const values: unknown[] = [
        workshopId,
        workshop.current_group,
        displayName,
        seat,
        hashToken(token),
        new Date(this.now()),
      ]
      const tuples = scenarios.map((scenario, no) => {
        values.push(newId(), no, this.seedOf(workshop, scenario, no, seat))
        const n = values.length
        return `($${n - 2}, $1, $2, $${n - 1}, $3, $4, $${n}, $5, $6)`
      })
      try {
        const rows = await this.db.query<ParticipantRow>(
          `INSERT INTO participants (id, workshop_id, group_no, scenario_no, display_name, seat, seed, token_hash, joined_at)
           VALUES ${tuples.join(', ')} RETURNING *`,
          values,
        )
        const sessions = rows.sort((a, b) => a.scenario_no - b.scenario_no)
        this.#changed(workshopId)
        // The trainee's first session is built now, while they read the briefing, not on their
        // first step (when the whole room would wait behind forty builds); in the participant's
        // lock, so a step that arrives meanwhile waits for it rather than building a second one.
        const first = sessions[0]!
        void this.#locked(first.id, () => this.#liveSession(first, workshop)).catch(() => undefined)
        return { participant: first, token, workshop, sessions }
      } catch (error) {
        if (!String(error).includes('unique') && !String(error).includes('duplicate')) throw error
      }
    }
    throw new HubError(503, msg('workshop.hub.joinBusy'))
  }

  /** The participant, if `token` is theirs: a trainee can read and write only their own session. */
  async ownParticipant(id: string, token: string | undefined): Promise<ParticipantRow> {
    if (!token) throw new HubError(401, msg('workshop.hub.keyMissing'))
    const row =
      this.#participants.get(id) ??
      (await this.db.query<ParticipantRow>('SELECT * FROM participants WHERE id = $1', [id]))[0]
    if (row) this.#participants.set(id, row)
    if (!row || !sameHash(hashToken(token), row.token_hash))
      throw new HubError(403, msg('workshop.hub.notYours'))
    return row
  }

  /** Every session of the participant's seat, one per scenario of the workshop, in order. */
  async seatSessions(participant: ParticipantRow): Promise<ParticipantRow[]> {
    return this.db.query<ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = $1 AND group_no = $2 AND seat = $3 ORDER BY scenario_no',
      [participant.workshop_id, participant.group_no, participant.seat],
    )
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

  /** The generated world of one scenario and seed, from the cache or generated again (identically). */
  worldOf(workshop: WorkshopRow, scenarioNo: number, seed: number): Promise<World> {
    const key = `${workshop.id}:${scenarioNo}:${seed}`
    let world = this.#worlds.get(key)
    if (!world) {
      world = generateWorld(this.scenarioOf(workshop, scenarioNo), { seed })
      // A failure is not kept: the next step tries again.
      world.catch(() => this.#worlds.delete(key))
      this.#worlds.set(key, world)
    }
    return world
  }

  async #liveSession(participant: ParticipantRow, workshop: WorkshopRow): Promise<Live> {
    const cached = this.#live.get(participant.id)
    if (cached) return cached
    const no = participant.scenario_no ?? 0
    const scenario = this.scenarioOf(workshop, no)
    const world = await this.worldOf(workshop, no, participant.seed)
    const session = new Session(scenario, world, workshop.mode)
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
        throw new HubError(409, msg('workshop.hub.gap', { expected: live.next }), { expected: live.next })
      const fresh = events.slice(live.next - from)
      const deadline = deadlineOf(workshop, participant)
      if (fresh.length && deadline !== null && this.now() > deadline + TIME_BOX_GRACE_MS)
        throw new HubError(422, msg('workshop.hub.timeUp', { minutes: workshop.time_box_minutes ?? 0 }), {
          expected: live.next,
          timeUp: true,
        })
      let reportKey = live.reportKey
      let trackKey = live.trackKey
      const stored = live.session.log.slice(from, live.next)
      for (const [i, event] of events.slice(0, live.next - from).entries())
        if (canonical(event) !== canonical(stored[i]))
          throw new HubError(409, msg('workshop.hub.differs', { seq: from + i, expected: live.next }), {
            expected: live.next,
          })
      if (fresh.length === 0) return { acked: live.next, stored: 0 }
      try {
        for (const [i, event] of fresh.entries()) {
          const seq = live.next + i
          if (JSON.stringify(event).length > MAX_EVENT_CHARS)
            throw new HubError(413, msg('workshop.hub.eventTooLarge', { seq }), { expected: live.next })
          if (event.type === 'hint.reveal' && !workshop.hints)
            throw new HubError(422, msg('workshop.hub.hintsOff', { seq }), {
              expected: live.next,
            })
          const before = live.session.log.length
          const result = sendTracked(live.session, event, live.track)
          if (live.session.log.length !== before + 1)
            throw new HubError(
              422,
              result.ok
                ? msg('workshop.hub.refused', { seq, type: eventName(event.type) })
                : msg('workshop.hub.refusedBecause', {
                    seq,
                    type: eventName(event.type),
                    reason: result.reason,
                  }),
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

  /** The group's sessions: of one scenario, or of every scenario (by seat, then scenario). */
  async participants(workshopId: string, group: number, scenarioNo?: number): Promise<ParticipantRow[]> {
    return scenarioNo === undefined
      ? this.db.query<ParticipantRow>(
          'SELECT * FROM participants WHERE workshop_id = $1 AND group_no = $2 ORDER BY seat, scenario_no',
          [workshopId, group],
        )
      : this.db.query<ParticipantRow>(
          'SELECT * FROM participants WHERE workshop_id = $1 AND group_no = $2 AND scenario_no = $3 ORDER BY seat',
          [workshopId, group, scenarioNo],
        )
  }

  /**
   * The sessions with their case count filled in where the hub knows it without generating a
   * world: a session not started yet stores 0 cases, but the one replayed in memory (a seat's
   * first scenario is built as it joins) knows how many it has, and any other has the number its
   * scenario configures (`plannedCases`), whatever the seed. Nothing is generated for this.
   */
  withKnownCases(workshop: WorkshopRow, rows: ParticipantRow[]): ParticipantRow[] {
    return rows.map((row) => {
      if (row.cases > 0) return row
      const live = this.#live.peek(row.id)
      if (live) return { ...row, cases: live.session.cases().length }
      const planned = this.#plannedCasesOf(workshop, row.scenario_no ?? 0)
      return planned ? { ...row, cases: planned } : row
    })
  }

  /** A workshop scenario's configured case count (0 when unknown or its file no longer loads). */
  #plannedCasesOf(workshop: WorkshopRow, no: number): number {
    try {
      return plannedCases(this.scenarioOf(workshop, no)) ?? 0
    } catch {
      return 0
    }
  }

  /**
   * What a debrief of `caseId` needs beyond the reports: whether the scenario has that case, and
   * its commands as the forms showed them (to put each decision's fields into words). Read from
   * a session already replayed in memory when there is one, else from one world (cached, or
   * generated once): a scenario's case ids do not depend on the seed.
   */
  async debriefContext(
    workshop: WorkshopRow,
    scenarioNo: number,
    participants: ParticipantRow[],
    caseId: string,
  ): Promise<{ exists: boolean; commands: ReturnType<Session['commandSpecs']> }> {
    const decider = participants.find((p) => p.report?.decisions.some((d) => d.caseId === caseId))
    const known = [decider, ...participants].flatMap((p) => (p ? [this.#live.peek(p.id)] : []))
    let session = known.find((live) => live !== undefined)?.session
    if (!session) {
      const scenario = this.scenarioOf(workshop, scenarioNo)
      const seed = (decider ?? participants[0])?.seed ?? this.seedOf(workshop, scenario, scenarioNo, 1)
      session = new Session(scenario, await this.worldOf(workshop, scenarioNo, seed), workshop.mode)
    }
    return {
      exists: decider !== undefined || session.world.truth.cases.some((c) => c.caseId === caseId),
      commands: session.commandSpecs(),
    }
  }

  /** Starts a new group: the next trainees get fresh seats; earlier groups stay readable. */
  async reset(workshopId: string): Promise<number> {
    const [row] = await this.db.query<{ current_group: number }>(
      'UPDATE workshops SET current_group = current_group + 1 WHERE id = $1 RETURNING current_group',
      [workshopId],
    )
    this.#changed(workshopId)
    return row!.current_group
  }

  /** Forgets the in-memory sessions (tests use it to prove scores come from the database). */
  forgetLive(): void {
    this.#live.clear()
    this.#worlds.clear()
  }
}

/**
 * The cases a trainee of this scenario works, read from its configuration as the session splits
 * them (`assignCases`): each process's world holds its configured count (`applications:` for
 * registration, `cases:` for the others; a generator makes exactly that many or refuses the world,
 * so every seed gives it), and each task of that process takes all that is left or its own number.
 * Undefined when a task picks its cases by kind: how many of a kind a world holds is known only
 * once it is generated.
 */
export function plannedCases(scenario: Pick<Scenario, 'world' | 'tasks'>): number | undefined {
  if (scenario.tasks.some((task) => task.kinds)) return undefined
  const left = new Map<string, number>()
  let total = 0
  for (const task of scenario.tasks) {
    const inWorld =
      left.get(task.process) ??
      caseCountsOf(scenario.world as Parameters<typeof caseCountsOf>[0], task.process)?.cases ??
      0
    const take = task.cases === 'all' ? inWorld : Math.min(task.cases, inWorld)
    left.set(task.process, inWorld - take)
    total += take
  }
  return total
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
