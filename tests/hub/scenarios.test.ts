/**
 * A workshop of several scenarios, a trainer's own scenario published to it, the migration that
 * keeps the workshops made before, and the hub's bounded memory: on PGlite, and on PostgreSQL
 * when DATABASE_URL is set.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { generateWorld, loadLibrary, playPolicy, Session, type SessionEvent } from '../../src/engine/index'
import { migrate } from '../../src/hub/db'
import { MIGRATIONS } from '../../src/hub/migrations'
import { buildServer } from '../../src/hub/server'
import { hashToken, plannedCases, WorkshopService } from '../../src/hub/workshop'
import { BACKENDS, call, openTestDb, scenarios, startHub, WORKSHOP, type TestHub } from './support'

vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 })

const OWN_YAML = readFileSync('tests/e2e/fixtures/keyboard-desk.yaml', 'utf8')

async function bestLog(scenarioId: string, seed: number): Promise<SessionEvent[]> {
  const scenario = (await scenarios()).bundled.get(scenarioId)!
  return [...playPolicy(await Session.start(scenario, { seed }), 'best')]
}

async function ownBestLog(seed: number): Promise<SessionEvent[]> {
  const source = await scenarios()
  const library = loadLibrary([...source.jurisdictions, { path: 'scenarios/my-desk.yaml', text: OWN_YAML }])
  const scenario = library.scenarios.find((s) => s.id === 'my-desk')!
  return [...playPolicy(await Session.start(scenario, { seed }), 'best')]
}

for (const backend of BACKENDS) {
  describe.runIf(backend.enabled)(`workshop scenarios on ${backend.name}`, () => {
    let hub: TestHub
    beforeAll(async () => {
      hub = await startHub(backend.name)
    })
    afterAll(() => hub.close())

    it('holds several scenarios: each trainee works each, scored and shown per scenario and per trainee', async () => {
      const created = await call(hub.url, 'POST', '/api/workshops', {
        name: 'Two desks',
        scenarios: [{ scenarioId: 'registration-desk' }, { scenarioId: 'my-desk', scenarioYaml: OWN_YAML }],
        mode: 'practice',
        hints: true,
        variants: 'per-trainee',
      })
      expect(created.status).toBe(201)
      const { workshop, trainerToken } = created.body
      expect(workshop.scenarios.map((s: { scenarioId: string }) => s.scenarioId)).toEqual([
        'registration-desk',
        'my-desk',
      ])
      expect(workshop.scenarios[1].scenarioYaml).toBe(OWN_YAML)
      const joined = []
      for (const name of ['Amina', 'Bo']) {
        const answer = await call(hub.url, 'POST', `/api/workshops/${workshop.id}/join`, {
          displayName: name,
        })
        expect(answer.status).toBe(201)
        expect(answer.body.sessions).toHaveLength(2)
        expect(answer.body.sessions[0].participantId).toBe(answer.body.participantId)
        joined.push(answer.body)
      }
      // Each scenario has its own variant per seat: no seed is shared.
      const seeds = joined.flatMap((j) => j.sessions.map((s: { seed: number }) => s.seed))
      expect(new Set(seeds).size).toBe(4)
      const [amina, bo] = joined
      // Amina plays both scenarios to the end; Bo plays only the second, and only its first step.
      const aminaLogs = [
        await bestLog('registration-desk', amina.sessions[0].seed),
        await ownBestLog(amina.sessions[1].seed),
      ]
      for (const [no, log] of aminaLogs.entries()) {
        const posted = await call(
          hub.url,
          'POST',
          `/api/participants/${amina.sessions[no].participantId}/events`,
          { from: 0, events: log },
          amina.token,
        )
        expect(posted.body).toEqual({ acked: log.length, stored: log.length })
      }
      const boLog = await ownBestLog(bo.sessions[1].seed)
      await call(
        hub.url,
        'POST',
        `/api/participants/${bo.sessions[1].participantId}/events`,
        { from: 0, events: boLog.slice(0, 1) },
        bo.token,
      )
      // The trainee's own page lists every session of their seat; another seat's key opens none.
      const own = await call(
        hub.url,
        'GET',
        `/api/participants/${amina.sessions[1].participantId}`,
        undefined,
        amina.token,
      )
      expect(own.body.scenarioNo).toBe(1)
      expect(own.body.sessions.map((s: { finished: boolean }) => s.finished)).toEqual([true, true])
      expect(
        (
          await call(
            hub.url,
            'GET',
            `/api/participants/${amina.sessions[1].participantId}`,
            undefined,
            bo.token,
          )
        ).status,
      ).toBe(403)

      const path = (view: string, query = '') => `/api/workshops/${workshop.id}/${view}${query}`
      const first = (await call(hub.url, 'GET', path('dashboard'), undefined, trainerToken)).body
      const second = (await call(hub.url, 'GET', path('dashboard', '?scenario=2'), undefined, trainerToken))
        .body
      expect(first.workshop.scenarioId).toBe('registration-desk')
      expect(second.workshop.scenarioId).toBe('my-desk')
      expect(second.workshop.scenarios.map((s: { title: string }) => s.title)).toEqual([
        'Registration desk: the Monday worklist',
        'Keyboard desk: three applications',
      ])
      expect(
        first.progress.map((p: { name: string; finished: boolean; score: number; maxScore: number }) => [
          p.name,
          p.finished && p.score === p.maxScore,
        ]),
      ).toEqual([
        ['Amina', true],
        ['Bo', false],
      ])
      expect(second.results.finished).toBe(1)
      expect(second.results.participants).toBe(2)
      // Bo has not opened the first scenario: no score, not 0 out of 0; its case count is the one
      // of the session the hub built as Bo joined (none generated for the dashboard).
      const registrationCases = (
        await Session.start((await scenarios()).bundled.get('registration-desk')!, {
          seed: bo.sessions[0].seed,
        })
      ).cases().length
      expect(registrationCases).toBeGreaterThan(0)
      const boFirst = first.progress.find((p: { name: string }) => p.name === 'Bo')
      expect(boFirst).toMatchObject({
        started: false,
        decided: 0,
        cases: registrationCases,
        currentCase: null,
      })
      // Bo has opened the second and has a case open, but decided none: started, and the overview
      // of every scenario says so rather than "not started" beside a case in progress.
      const boSecond = second.progress.find((p: { name: string }) => p.name === 'Bo')
      expect(boSecond).toMatchObject({ started: true, decided: 0 })
      expect(boSecond.cases).toBeGreaterThan(0)
      const boRow = first.trainees.find((t: { name: string }) => t.name === 'Bo')
      expect(boRow.scenarios.map((s: { started: boolean }) => s.started)).toEqual([false, true])
      // Per trainee, every scenario: the same figures as the per-scenario pages.
      expect(first.trainees).toEqual(second.trainees)
      const aminaRow = first.trainees.find((t: { name: string }) => t.name === 'Amina')
      expect(
        aminaRow.scenarios.map((s: { scenarioNo: number; finished: boolean }) => [s.scenarioNo, s.finished]),
      ).toEqual([
        [0, true],
        [1, true],
      ])
      expect(aminaRow.scenarios[1].score).toBe(second.progress[0].score)
      // The debrief of a case is the chosen scenario's: its decisions and its trainer notes.
      const caseId =
        second.results.perCase[0]?.key ??
        (aminaLogs[1]!.find((e) => e.type === 'case.open') as { caseId: string }).caseId
      const debrief = await call(
        hub.url,
        'GET',
        path(`debrief/${caseId}`, '?scenario=2'),
        undefined,
        trainerToken,
      )
      expect(debrief.status).toBe(200)
      expect(debrief.body.decisions.reduce((n: number, d: { count: number }) => n + d.count, 0)).toBe(1)
      expect(
        (await call(hub.url, 'GET', path('dashboard', '?scenario=3'), undefined, trainerToken)).body.error,
      ).toContain('scenarios run from 1 to 2')
      const csv = (await call(hub.url, 'GET', path('export.csv'), undefined, trainerToken)).body as string
      expect(csv.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(
        'group,seat,scenario,name,seed,cases decided,cases,finished,score,maximum score,percent,passed',
      )
      // Each row names its scenario by title, as the dashboard does.
      expect(csv).toContain(',Keyboard desk: three applications,Amina,')
      // For a French trainer: French headers, oui/non, and semicolons for a French spreadsheet.
      const french = (await call(hub.url, 'GET', path('export.csv', '?lang=fr'), undefined, trainerToken))
        .body as string
      const [head, ...rows] = french
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split('\r\n')
      expect(head).toBe(
        'groupe;place;scénario;nom;graine;dossiers tranchés;dossiers;terminé;points;points maximum;pourcentage;réussi',
      )
      expect(rows.find((r) => r.includes(';Keyboard desk: three applications;Amina;'))).toMatch(
        /^1;\d+;Keyboard desk: three applications;Amina;\d+;\d+;\d+;(oui|non);-?\d+;\d+;-?\d+;(oui|non)$/,
      )
      // The scenario Bo has not opened: its case count, and no score (blank, not 0 out of 0).
      expect(rows.find((r) => r.includes(';Registration desk: the Monday worklist;Bo;'))).toMatch(
        new RegExp(
          `^1;\\d+;Registration desk: the Monday worklist;Bo;\\d+;0;${registrationCases};non;;;;non$`,
        ),
      )
      // Re-scoring comes from the logs: forget the replayed sessions and worlds, and ask again.
      hub.service.forgetLive()
      const resend = await call(
        hub.url,
        'POST',
        `/api/participants/${amina.sessions[1].participantId}/events`,
        { from: 0, events: aminaLogs[1] },
        amina.token,
      )
      expect(resend.body).toEqual({ acked: aminaLogs[1]!.length, stored: 0 })
    })

    it('counts the cases of a scenario a trainee has not opened from its configuration, without generating a world', async () => {
      const created = await call(hub.url, 'POST', '/api/workshops', {
        name: 'Three desks, counted',
        scenarios: [
          { scenarioId: 'registration-desk' },
          { scenarioId: 'payments-suspense-desk' },
          { scenarioId: 'my-desk', scenarioYaml: OWN_YAML },
        ],
        mode: 'practice',
        hints: true,
        variants: 'per-trainee',
      })
      expect(created.status).toBe(201)
      const { workshop, trainerToken } = created.body
      const built = hub.service.memory().sessions
      const joined = await call(hub.url, 'POST', `/api/workshops/${workshop.id}/join`, {
        displayName: 'Chidi',
      })
      expect(joined.status).toBe(201)
      // Each scenario's true case count: a session on the trainee's own seed, as they will open it.
      const source = await scenarios()
      const own = loadLibrary([...source.jurisdictions, { path: 'scenarios/my-desk.yaml', text: OWN_YAML }])
      const scenarioList = [
        source.bundled.get('registration-desk')!,
        source.bundled.get('payments-suspense-desk')!,
        own.scenarios.find((s) => s.id === 'my-desk')!,
      ]
      const truth = await Promise.all(
        scenarioList.map(
          async (scenario, no) =>
            (await Session.start(scenario, { seed: joined.body.sessions[no].seed as number })).cases().length,
        ),
      )
      expect(truth.every((n) => n > 0)).toBe(true)
      expect(scenarioList.map(plannedCases)).toEqual(truth)
      // A hub that has forgotten every session and world (as one restarted would) still knows them:
      // once the first session the join builds is built, forget it.
      await vi.waitFor(() => expect(hub.service.memory().sessions).toBe(built + 1), {
        timeout: 60_000,
      })
      hub.service.forgetLive()
      for (const [no, cases] of truth.entries()) {
        const path = `/api/workshops/${workshop.id}/dashboard?scenario=${no + 1}`
        const row = (await call(hub.url, 'GET', path, undefined, trainerToken)).body.progress[0]
        expect(row).toMatchObject({ name: 'Chidi', started: false, decided: 0, cases })
      }
      const overview = (
        await call(hub.url, 'GET', `/api/workshops/${workshop.id}/dashboard`, undefined, trainerToken)
      ).body.trainees[0].scenarios
      expect(overview.map((s: { cases: number; started: boolean }) => [s.cases, s.started])).toEqual(
        truth.map((n) => [n, false]),
      )
      // Nothing was generated for the dashboard: no world, no session in memory.
      expect(hub.service.memory()).toMatchObject({ sessions: 0, worlds: 0 })
      const csv = (
        await call(hub.url, 'GET', `/api/workshops/${workshop.id}/export.csv`, undefined, trainerToken)
      ).body as string
      expect(csv).toMatch(new RegExp(`,Chidi,\\d+,0,${truth[1]!},no,,,,no\r\n`))
    })

    it("validates a trainer's own scenario with the engine's validator: located 4xx messages, nothing stored", async () => {
      const count = async () =>
        (await hub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM workshops'))[0]!.n
      const before = await count()
      const broken = OWN_YAML.replace(
        '  registration:\n    applications: 3',
        '  registration:\n    applications: lots',
      )
      const alone = await call(hub.url, 'POST', '/api/workshops', {
        ...WORKSHOP,
        scenarioId: 'my-desk',
        scenarioYaml: broken,
      })
      expect(alone.status).toBe(422)
      expect(alone.body.error).toMatch(/my-desk\.yaml:\d+:\d+ — /)
      const inList = await call(hub.url, 'POST', '/api/workshops', {
        ...WORKSHOP,
        scenarioId: undefined,
        scenarios: [{ scenarioId: 'registration-desk' }, { scenarioId: 'my-desk', scenarioYaml: broken }],
      })
      expect(inList.status).toBe(422)
      expect(inList.body.error).toMatch(
        /^Scenario 2 \("my-desk"\) — The scenario file has problems:\nmy-desk\.yaml:\d+:\d+ — /,
      )
      const refused: [object, number, string][] = [
        [{ scenarios: [] }, 400, 'at least one scenario'],
        [
          { scenarios: [{ scenarioId: 'registration-desk' }, { scenarioId: 'registration-desk' }] },
          422,
          'chosen twice',
        ],
        [{ scenarios: [{ scenarioId: 'registration-desk', scenarioYaml: OWN_YAML }] }, 422, 'another name'],
        [{ scenarios: [{ scenarioId: 'my-desk', scenarioYaml: '\u0000\u0001binary' }] }, 422, 'problems'],
        [{ scenarios: [{ scenarioId: 'Not An Id' }] }, 400, 'scenario id'],
        [{ scenarios: Array.from({ length: 9 }, (_, i) => ({ scenarioId: `s${i}` })) }, 400, 'at most 8'],
        [
          { scenarios: [{ scenarioId: 'registration-desk' }], scenarioId: 'registration-desk' },
          400,
          'one list',
        ],
      ]
      for (const [body, status, message] of refused) {
        // JSON leaves out an undefined field: the list is the only way the scenarios are given.
        const answer = await call(hub.url, 'POST', '/api/workshops', {
          ...WORKSHOP,
          scenarioId: undefined,
          ...body,
        })
        expect(answer.status, message).toBe(status)
        expect(answer.body.error).toContain(message)
      }
      expect(await count()).toBe(before)
    })

    it("publishes a scenario with the trainer's own profile, checked together and replayed on it", async () => {
      const profile = readFileSync('scenarios/jurisdictions/northland.yaml', 'utf8')
        .replace(/^id: northland$/m, 'id: my-land')
        .replace(/^name: .*$/m, 'name: My Land (fictional)')
      const scenario = OWN_YAML.replace('jurisdiction: northland', 'jurisdiction: my-land')
      const body = (profiles?: { id: string; yaml: string }[]) => ({
        ...WORKSHOP,
        scenarioId: undefined,
        scenarios: [{ scenarioId: 'my-desk', scenarioYaml: scenario, ...(profiles ? { profiles } : {}) }],
      })
      const missing = await call(hub.url, 'POST', '/api/workshops', body())
      expect(missing.status).toBe(422)
      expect(missing.body.error).toContain('my-land')
      const broken = await call(
        hub.url,
        'POST',
        '/api/workshops',
        body([{ id: 'my-land', yaml: profile.replace(/^locale: .*$/m, 'locale: [1, 2]') }]),
      )
      expect(broken.status).toBe(422)
      expect(broken.body.error).toMatch(/\nmy-land\.yaml:\d+:\d+ — /)
      const created = await call(hub.url, 'POST', '/api/workshops', body([{ id: 'my-land', yaml: profile }]))
      expect(created.status).toBe(201)
      expect(created.body.workshop.scenarios[0].profiles).toEqual([{ id: 'my-land', yaml: profile }])
      const joined = (
        await call(hub.url, 'POST', `/api/workshops/${created.body.workshop.id}/join`, { displayName: 'A' })
      ).body
      const source = await scenarios()
      const own = loadLibrary([
        ...source.jurisdictions,
        { path: 'scenarios/jurisdictions/my-land.yaml', text: profile },
        { path: 'scenarios/my-desk.yaml', text: scenario },
      ]).scenarios.find((s) => s.id === 'my-desk')!
      expect(own.jurisdiction.name).toBe('My Land (fictional)')
      const log = [...playPolicy(await Session.start(own), 'best')]
      // Scored after the hub forgot everything: the stored profile is read again with the file.
      hub.service.forgetLive()
      await call(
        hub.url,
        'POST',
        `/api/participants/${joined.participantId}/events`,
        { from: 0, events: log },
        joined.token,
      )
      const dashboard = (
        await call(
          hub.url,
          'GET',
          `/api/workshops/${created.body.workshop.id}/dashboard`,
          undefined,
          created.body.trainerToken,
        )
      ).body
      expect(dashboard.progress[0].maxScore).toBeGreaterThan(0)
      expect(dashboard.progress[0].score).toBe(dashboard.progress[0].maxScore)
      expect(
        (
          await call(hub.url, 'POST', '/api/workshops', {
            ...body(),
            scenarios: [{ scenarioId: 'registration-desk', profiles: [{ id: 'my-land', yaml: profile }] }],
          })
        ).body.error,
      ).toContain('go with a scenario file of your own')
    })

    it('keeps a workshop made before workshops held several scenarios: same seats, worlds and scores', async () => {
      const db = await openTestDb(backend.name)
      try {
        // The schema as it was (migrations 1 and 2), with a workshop and a trainee's half-played log.
        await db.query('DROP TABLE events, participants, workshops, schema_migrations')
        await db.query(
          'CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
        )
        for (const [i, sql] of MIGRATIONS.slice(0, 2).entries()) {
          for (const statement of sql) await db.query(statement)
          await db.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1])
        }
        const scenario = (await scenarios()).bundled.get('registration-desk')!
        const { scenarioDigest } = await import('../../src/engine/index')
        await db.query(
          `INSERT INTO workshops (id, name, scenario_id, scenario_digest, mode, hints, variants, trainer_token_hash)
           VALUES ('old', 'Last year', 'registration-desk', $1, 'practice', true, 'per-trainee', $2)`,
          [scenarioDigest(scenario), hashToken('trainer')],
        )
        const seed = 4242
        await db.query(
          `INSERT INTO participants (id, workshop_id, group_no, display_name, seat, seed, token_hash)
           VALUES ('p1', 'old', 1, 'Old hand', 1, $1, $2)`,
          [seed, hashToken('trainee')],
        )
        const log = await bestLog('registration-desk', seed)
        const half = Math.floor(log.length / 2)
        for (const [seq, event] of log.slice(0, half).entries())
          await db.query('INSERT INTO events (participant_id, seq, event) VALUES ($1, $2, $3)', [
            'p1',
            seq,
            event,
          ])
        await migrate(db)
        await migrate(db)
        const service = new WorkshopService(db, await scenarios())
        const app = await buildServer({ service })
        const url = await app.listen({ port: 0, host: '127.0.0.1' })
        try {
          const public_ = (await call(url, 'GET', '/api/workshops/old')).body
          expect(public_.scenarios).toEqual([
            { scenarioNo: 0, scenarioId: 'registration-desk', scenarioDigest: scenarioDigest(scenario) },
          ])
          const rest = await call(
            url,
            'POST',
            '/api/participants/p1/events',
            { from: half, events: log.slice(half) },
            'trainee',
          )
          expect(rest.body).toEqual({ acked: log.length, stored: log.length - half })
          const dashboard = (await call(url, 'GET', '/api/workshops/old/dashboard', undefined, 'trainer'))
            .body
          expect(dashboard.progress[0].score).toBe(dashboard.progress[0].maxScore)
          expect(dashboard.trainees[0].scenarios).toHaveLength(1)
          // A new trainee of the old workshop gets the seat seed the old hub would have given.
          const joined = (await call(url, 'POST', '/api/workshops/old/join', { displayName: 'New' })).body
          const { variantSeed } = await import('../../src/hub/workshop')
          expect(joined.seed).toBe(variantSeed('old/1', 2))
        } finally {
          await app.close()
        }
      } finally {
        await db.close()
      }
    })

    it('keeps its memory bounded: least recently used sessions and worlds are forgotten, and rebuilt identically', async () => {
      const db = await openTestDb(backend.name)
      const service = new WorkshopService(db, await scenarios(), undefined, { sessions: 3, worlds: 2 })
      try {
        const { workshop } = await service.createWorkshop({
          name: 'Bounded',
          scenarios: [{ scenarioId: 'registration-desk' }, { scenarioId: 'my-desk', scenarioYaml: OWN_YAML }],
          mode: 'practice',
          hints: true,
          variants: 'per-trainee',
        })
        const seats = []
        for (let i = 0; i < 4; i++) seats.push(await service.join(workshop.id, `T${i}`))
        const firstWorld = await service.worldOf(workshop, 1, seats[0]!.sessions[1]!.seed)
        const snapshot = JSON.stringify(firstWorld)
        let peak = { sessions: 0, worlds: 0 }
        for (const seat of seats)
          for (const session of seat.sessions) {
            const log =
              session.scenario_no === 0
                ? await bestLog('registration-desk', session.seed)
                : await ownBestLog(session.seed)
            // In two halves, so each session is built, evicted by the others, and replayed again.
            const half = Math.floor(log.length / 2)
            await service.postEvents(session, 0, log.slice(0, half))
            await service.postEvents(session, half, log.slice(half))
            const now = service.memory()
            peak = {
              sessions: Math.max(peak.sessions, now.sessions),
              worlds: Math.max(peak.worlds, now.worlds),
            }
          }
        expect(peak.sessions).toBeLessThanOrEqual(3)
        expect(peak.worlds).toBeLessThanOrEqual(2)
        expect(service.memory().evictedSessions).toBeGreaterThan(0)
        expect(service.memory().evictedWorlds).toBeGreaterThan(0)
        // Every session still scores the maximum, though most were replayed after being forgotten.
        for (const no of [0, 1])
          for (const row of await service.participants(workshop.id, 1, no)) {
            expect(row.max_score).toBeGreaterThan(0)
            expect(row.score).toBe(row.max_score)
          }
        // The first world was evicted long ago: it comes back a new object, identical to the old.
        const again = await service.worldOf(workshop, 1, seats[0]!.sessions[1]!.seed)
        expect(again).not.toBe(firstWorld)
        expect(JSON.stringify(again)).toBe(snapshot)
        const reference = await generateWorld(service.scenarioOf(workshop, 1), {
          seed: seats[0]!.sessions[1]!.seed,
        })
        expect(JSON.stringify(reference)).toBe(snapshot)
      } finally {
        await db.close()
      }
    })
  })
}

describe('the case count the dashboard plans for a scenario nobody has opened', () => {
  // Variants of one own scenario whose tasks split its world's three applications differently:
  // the planned count must be what a session on any seed really holds.
  const task = (id: string, extra = '') =>
    `  - id: ${id}\n    process: registration\n    title: Task ${id}\n    briefing: Decide.\n${extra}`
  const withTasks = (tasks: string) =>
    OWN_YAML.replace(/^tasks:\n[\s\S]*?(?=^passMark:)/m, `tasks:\n${tasks}`)
  const variants: { name: string; yaml: string; planned: number | undefined }[] = [
    { name: 'one task takes all three', yaml: OWN_YAML, planned: 3 },
    { name: 'one task takes two of three', yaml: withTasks(task('two', '    cases: 2\n')), planned: 2 },
    {
      name: 'two tasks share them in order',
      yaml: withTasks(task('first', '    cases: 1\n') + task('next', '    cases: 1\n')),
      planned: 2,
    },
    {
      name: 'a task picks by kind (unknown until a world is generated)',
      yaml: withTasks(task('dup', '    kinds: [duplicate-identity]\n')),
      planned: undefined,
    },
  ]
  for (const { name, yaml, planned } of variants)
    it(name, async () => {
      const source = await scenarios()
      const library = loadLibrary([...source.jurisdictions, { path: 'scenarios/my-desk.yaml', text: yaml }])
      expect(library.issues.filter((i) => i.severity === 'error')).toEqual([])
      const scenario = library.scenarios.find((s) => s.id === 'my-desk')!
      expect(plannedCases(scenario)).toBe(planned)
      if (planned !== undefined)
        for (const seed of [1, 7])
          expect((await Session.start(scenario, { seed })).cases()).toHaveLength(planned)
    })
})
