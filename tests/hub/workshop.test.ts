import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { playCommand } from '../../src/cli/commands'
import { generateWorld, Session, playPolicy, type Policy, type SessionEvent } from '../../src/engine/index'
import { memoryOutboxStorage, Outbox, type OutboxTimers } from '../../src/app/workshop/outbox'
import { BACKENDS, call, scenarios, startHub, WORKSHOP, type TestHub } from './support'

// Every hub test starts a database and plays sessions: on a busy 2-core machine that takes seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const TRAINEES = 40

/** What the CLI's `play --json` says about a log: the reference every server score must equal. */
async function cliScore(scenarioId: string, seed: number, log: readonly SessionEvent[]) {
  const dir = await mkdtemp(join(tmpdir(), 'hub-cli-'))
  const file = join(dir, 'log.json')
  await writeFile(file, JSON.stringify(log))
  let out = ''
  const code = await playCommand([scenarioId, '--decisions', file, '--seed', String(seed), '--json'], {
    out: (text: string) => void (out += text),
    err: () => undefined,
  } as Parameters<typeof playCommand>[1])
  expect(code).toBe(0)
  return JSON.parse(out) as { score: number; maxScore: number; passed: boolean; decisions: unknown[] }
}

for (const backend of BACKENDS) {
  describe.runIf(backend.enabled)(`a workshop on ${backend.name}`, () => {
    let hub: TestHub
    /** How far the tests have moved the hub's clock ahead of the wall clock. */
    let clockAhead = 0
    beforeAll(async () => {
      hub = await startHub(backend.name, { now: () => Date.now() + clockAhead })
    }, 120_000)
    afterAll(() => hub.close())

    it('gives per-trainee variants that share no TIN, and both best logs score the maximum', async () => {
      const created = await call(hub.url, 'POST', '/api/workshops', { ...WORKSHOP, variants: 'per-trainee' })
      const id = created.body.workshop.id
      const a = (await call(hub.url, 'POST', `/api/workshops/${id}/join`, { displayName: 'A' })).body
      const b = (await call(hub.url, 'POST', `/api/workshops/${id}/join`, { displayName: 'B' })).body
      expect(a.seed).not.toBe(b.seed)
      const scenario = (await scenarios()).bundled.get(WORKSHOP.scenarioId)!
      const [worldA, worldB] = await Promise.all([
        generateWorld(scenario, { seed: a.seed }),
        generateWorld(scenario, { seed: b.seed }),
      ])
      const tinsA = new Set(worldA.taxpayers.map((t) => t.tin))
      expect(tinsA.size).toBeGreaterThan(0)
      expect(worldB.taxpayers.filter((t) => tinsA.has(t.tin))).toEqual([])
      // The same anomaly kinds, in different people and figures.
      const kinds = (w: typeof worldA) =>
        w.truth.cases
          .filter((t) => t.process === 'registration')
          .map((t) => t.kind)
          .sort()
      expect(kinds(worldB)).toEqual(kinds(worldA))
      for (const trainee of [a, b]) {
        const log = playPolicy(await Session.start(scenario, { seed: trainee.seed }), 'best')
        await call(
          hub.url,
          'POST',
          `/api/participants/${trainee.participantId}/events`,
          { from: 0, events: log },
          trainee.token,
        )
      }
      const dashboard = await call(
        hub.url,
        'GET',
        `/api/workshops/${id}/dashboard`,
        undefined,
        created.body.trainerToken,
      )
      for (const row of dashboard.body.progress) {
        expect(row.maxScore).toBeGreaterThan(0)
        expect(row.score).toBe(row.maxScore)
      }
    }, 120_000)

    it(`${TRAINEES} trainees play a scenario at once, posting every event: nothing lost or counted twice`, async () => {
      const scenarioId = 'registration-desk'
      const scenario = (await scenarios()).bundled.get(scenarioId)!
      const created = await call(hub.url, 'POST', '/api/workshops', {
        ...WORKSHOP,
        scenarioId,
        name: 'Forty at once',
      })
      const id = created.body.workshop.id
      const policies: Policy[] = ['best', 'first', 'random']
      const trainees = await Promise.all(
        Array.from({ length: TRAINEES }, async (_, i) => {
          const joined = (
            await call(hub.url, 'POST', `/api/workshops/${id}/join`, { displayName: `Trainee ${i}` })
          ).body
          const session = await Session.start(scenario, { seed: joined.seed })
          const log: SessionEvent[] = [...playPolicy(session, policies[i % 3]!, i + 1)]
          // Some trainees stop half-way, as in a real room.
          const played = i % 5 === 4 ? log.slice(0, Math.floor(log.length / 2)) : log
          return {
            participantId: joined.participantId as string,
            token: joined.token as string,
            seed: joined.seed as number,
            log: played,
          }
        }),
      )
      await Promise.all(
        trainees.map(async (t, i) => {
          for (let seq = 0; seq < t.log.length; seq++) {
            const answer = await call(
              hub.url,
              'POST',
              `/api/participants/${t.participantId}/events`,
              { from: seq, events: [t.log[seq]] },
              t.token,
            )
            expect(answer.status).toBe(200)
            expect(answer.body.acked).toBe(seq + 1)
            // A lost acknowledgement: the browser sends the same event again.
            if ((seq + i) % 17 === 0) {
              const again = await call(
                hub.url,
                'POST',
                `/api/participants/${t.participantId}/events`,
                { from: seq, events: [t.log[seq]] },
                t.token,
              )
              expect(again.body).toEqual({ acked: seq + 1, stored: 0 })
            }
          }
        }),
      )
      // Scores must come from the database, not from sessions kept in memory.
      hub.service.forgetLive()
      const dashboard = (
        await call(hub.url, 'GET', `/api/workshops/${id}/dashboard`, undefined, created.body.trainerToken)
      ).body
      expect(dashboard.progress).toHaveLength(TRAINEES)
      let totalScore = 0
      let decided = 0
      let passed = 0
      for (const t of trainees) {
        const stored = await hub.service.events(t.participantId)
        expect(stored.map((e) => e.seq)).toEqual(t.log.map((_, seq) => seq))
        expect(stored.map((e) => e.event)).toEqual(t.log)
        const cli = await cliScore(scenarioId, t.seed, t.log)
        const row = dashboard.progress.find(
          (p: { participantId: string }) => p.participantId === t.participantId,
        )
        expect(row.score).toBe(cli.score)
        expect(row.maxScore).toBe(cli.maxScore)
        expect(row.decided).toBe(cli.decisions.length)
        totalScore += cli.score
        decided += cli.decisions.length
        if (cli.passed) passed += 1
      }
      expect(dashboard.results.totalScore).toBe(totalScore)
      expect(dashboard.results.decided).toBe(decided)
      expect(dashboard.results.participants).toBe(TRAINEES)
      expect(dashboard.results.distribution.reduce((a: number, b: number) => a + b, 0)).toBe(TRAINEES)
      expect(dashboard.results.passRate).toBe(Math.round((passed / TRAINEES) * 100))
      const perKindDecided = dashboard.results.perKind.reduce(
        (a: number, r: { decided: number }) => a + r.decided,
        0,
      )
      const perCaseDecided = dashboard.results.perCase.reduce(
        (a: number, r: { decided: number }) => a + r.decided,
        0,
      )
      expect(perKindDecided).toBe(perCaseDecided)
      const json = await call(
        hub.url,
        'GET',
        `/api/workshops/${id}/export.json`,
        undefined,
        created.body.trainerToken,
      )
      expect(json.body.sessions).toHaveLength(TRAINEES)
      expect(json.body.sessions.reduce((a: number, s: { score: number }) => a + s.score, 0)).toBe(totalScore)
    }, 600_000)

    it("shows where on the process maps the class went wrong, and each trainee's readiness per process", async () => {
      const scenarioId = 'pre-assessment'
      const scenario = (await scenarios()).bundled.get(scenarioId)!
      const created = await call(hub.url, 'POST', '/api/workshops', {
        ...WORKSHOP,
        scenarioId,
        name: 'Readiness check',
      })
      const id = created.body.workshop.id
      const policies: Policy[] = ['best', 'first', 'random', 'random']
      const reports = []
      for (const [i, policy] of policies.entries()) {
        const t = (await call(hub.url, 'POST', `/api/workshops/${id}/join`, { displayName: `P${i}` })).body
        const session = await Session.start(scenario, { seed: t.seed })
        const log = [...playPolicy(session, policy, i + 7)]
        const posted = await call(
          hub.url,
          'POST',
          `/api/participants/${t.participantId}/events`,
          { from: 0, events: log },
          t.token,
        )
        expect(posted.body.acked).toBe(log.length)
        reports.push(session.report())
      }
      hub.service.forgetLive()
      const dashboard = (
        await call(hub.url, 'GET', `/api/workshops/${id}/dashboard`, undefined, created.body.trainerToken)
      ).body
      const wrong = reports.flatMap((r) =>
        r.decisions.filter((d) => d.feedback.grade === 'wrong' || d.feedback.grade === 'harmful'),
      )
      expect(wrong.length).toBeGreaterThan(0)
      const heat = dashboard.results.heatmap as {
        process: string
        states: { id: string; wrongDecisions: number; refusedSteps: number }[]
      }[]
      const sum = (key: 'wrongDecisions' | 'refusedSteps') =>
        heat.flatMap((m) => m.states).reduce((a, s) => a + s[key], 0)
      expect(sum('wrongDecisions')).toBe(wrong.length)
      expect(sum('refusedSteps')).toBe(reports.reduce((a, r) => a + r.proceduralErrors.length, 0))
      // Per process, the wrong decisions counted on its map are the wrong decisions of that process.
      for (const map of heat)
        expect(map.states.reduce((a, s) => a + s.wrongDecisions, 0)).toBe(
          wrong.filter((d) => d.process === map.process).length,
        )
      expect(heat.map((m) => m.process).sort()).toEqual(
        [...new Set(scenario.tasks.map((t) => t.process))].sort(),
      )

      const readiness = dashboard.readiness as {
        processes: string[]
        rows: { name: string; perProcess: Record<string, number | null> }[]
        groups: { focus: string; members: string[] }[]
      }
      expect(readiness.processes).toHaveLength(7)
      // The best policy earns every point on every desk: ready everywhere.
      expect(Object.values(readiness.rows[0]!.perProcess)).toEqual(readiness.processes.map(() => 100))
      expect(readiness.groups.find((g) => g.focus === 'ready')?.members).toContain('P0')
      // Everybody is in exactly one group, and a group's focus is that trainee's weakest desk.
      expect(readiness.groups.flatMap((g) => g.members).sort()).toEqual(['P0', 'P1', 'P2', 'P3'])
      for (const g of readiness.groups.filter((x) => x.focus !== 'ready'))
        for (const name of g.members) {
          const row = readiness.rows.find((r) => r.name === name)!
          const values = readiness.processes.map((p) => row.perProcess[p] ?? -1)
          expect(row.perProcess[g.focus] ?? -1).toBe(Math.min(...values))
          expect(Math.min(...values)).toBeLessThan(75)
        }
      const projector = (
        await call(hub.url, 'GET', `/api/workshops/${id}/projector`, undefined, created.body.trainerToken)
      ).body
      expect(JSON.stringify(projector.readiness)).not.toMatch(/P[0-3]/)
    }, 300_000)

    it('a trainee offline for 2 minutes resyncs with nothing lost and nothing counted twice', async () => {
      const created = await call(hub.url, 'POST', '/api/workshops', WORKSHOP)
      const id = created.body.workshop.id
      const t = (await call(hub.url, 'POST', `/api/workshops/${id}/join`, { displayName: 'Offline' })).body
      const scenario = (await scenarios()).bundled.get(WORKSHOP.scenarioId)!
      const log = [...playPolicy(await Session.start(scenario, { seed: t.seed }), 'best')]
      // A simulated clock for the outbox's retries: two minutes pass without waiting for them.
      let virtualNow = 0
      const due = new Map<number, { at: number; run: () => void }>()
      let nextHandle = 1
      const timers: OutboxTimers = {
        set: (run, ms) => (due.set(nextHandle, { at: virtualNow + ms, run }), nextHandle++),
        clear: (handle) => void due.delete(handle as number),
      }
      let outbox: Outbox
      /** Moves both clocks on by `ms`, running each retry that falls due and waiting for its send. */
      async function pass(ms: number) {
        const until = virtualNow + ms
        for (;;) {
          const [handle, next] = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? []
          if (!next || next.at > until) break
          due.delete(handle!)
          clockAhead += next.at - virtualNow
          virtualNow = next.at
          next.run()
          await outbox.flush()
        }
        clockAhead += until - virtualNow
        virtualNow = until
      }
      let online = true
      let attempts = 0
      let lostAnswers = 0
      const stored: number[] = []
      const flaky: typeof fetch = async (input, init) => {
        attempts += 1
        if (!online) throw new TypeError('network is down')
        const response = await fetch(input, init)
        const body = (await response.clone().json()) as { stored?: number }
        stored.push(body.stored ?? 0)
        // The hub stored the events, but the answer never reaches the browser.
        if (lostAnswers > 0) {
          lostAnswers -= 1
          throw new TypeError('connection reset')
        }
        return response
      }
      const storage = memoryOutboxStorage()
      const options = { hub: hub.url, storage, fetch: flaky, retryMs: 1000, timers }
      const empty = { participantId: t.participantId, token: t.token, log: [], acked: 0 }
      outbox = new Outbox(empty, options)
      const third = Math.floor(log.length / 3)
      for (let i = 1; i <= third; i++) await outbox.record(log.slice(0, i))
      expect(outbox.acked).toBe(third)

      // The Wi-Fi drops: the trainee keeps working for two minutes; every step waits in the browser.
      online = false
      for (let i = third + 1; i <= 2 * third; i++) {
        await outbox.record(log.slice(0, i))
        await pass(Math.ceil(120_000 / third))
      }
      expect(virtualNow).toBeGreaterThanOrEqual(120_000)
      expect(outbox.status).toEqual({ kind: 'offline', pending: third })
      expect(outbox.acked).toBe(third)
      expect((await hub.service.events(t.participantId)).length).toBe(third)
      const triedOffline = attempts

      // The page is reloaded while still offline: the outbox comes back from the browser's storage.
      outbox.stop()
      due.clear()
      outbox = new Outbox(empty, options)
      expect(outbox.pending).toBe(third)
      await outbox.record(log)
      expect(attempts).toBeGreaterThan(triedOffline)

      // The network comes back; the first answer is lost on the way. The next retry (at most 30 s
      // later) sends the rest without anybody pressing anything.
      online = true
      lostAnswers = 1
      await pass(30_000)
      expect(outbox.status).toEqual({ kind: 'synced' })
      outbox.stop()
      const events = await hub.service.events(t.participantId)
      expect(events.map((e) => e.seq)).toEqual(log.map((_, seq) => seq))
      expect(events.map((e) => e.event)).toEqual(log)
      // Each event was stored exactly once, the resend after the lost answer included.
      expect(stored.reduce((a, b) => a + b, 0)).toBe(log.length)
      hub.service.forgetLive()
      const dashboard = await call(
        hub.url,
        'GET',
        `/api/workshops/${id}/dashboard`,
        undefined,
        created.body.trainerToken,
      )
      const reference = await cliScore(WORKSHOP.scenarioId, t.seed, log)
      expect(dashboard.body.progress[0].decided).toBe(reference.decisions.length)
      expect(dashboard.body.progress[0].score).toBe(reference.score)
      expect(dashboard.body.results.decided).toBe(reference.decisions.length)
    }, 120_000)

    it("ends each trainee's session at the time box, and refuses steps that come later", async () => {
      const created = await call(hub.url, 'POST', '/api/workshops', { ...WORKSHOP, timeBoxMinutes: 30 })
      const id = created.body.workshop.id
      const t = (await call(hub.url, 'POST', `/api/workshops/${id}/join`, { displayName: 'Timed' })).body
      const scenario = (await scenarios()).bundled.get(WORKSHOP.scenarioId)!
      const log = [...playPolicy(await Session.start(scenario, { seed: t.seed }), 'best')]
      const post = (from: number, count: number) =>
        call(
          hub.url,
          'POST',
          `/api/participants/${t.participantId}/events`,
          { from, events: log.slice(from, from + count) },
          t.token,
        )
      const own = async () =>
        (await call(hub.url, 'GET', `/api/participants/${t.participantId}`, undefined, t.token)).body
      const minutesLeft = async () =>
        (await call(hub.url, 'GET', `/api/workshops/${id}/dashboard`, undefined, created.body.trainerToken))
          .body.progress[0].minutesLeft
      expect((await own()).timeLeftMs).toBeGreaterThan(29 * 60_000)
      expect(await minutesLeft()).toBe(30)
      expect((await post(0, 5)).status).toBe(200)
      clockAhead += 31 * 60_000
      expect((await own()).timeLeftMs).toBe(0)
      expect(await minutesLeft()).toBe(0)
      // Steps taken before the end by a browser that was offline still arrive for a while.
      expect((await post(5, 5)).body).toEqual({ acked: 10, stored: 5 })
      clockAhead += 10 * 60_000
      const late = await post(10, 5)
      expect(late.status).toBe(422)
      expect(late.body.error).toMatch(/time box of 30 minutes has ended/)
      expect(late.body.expected).toBe(10)
      expect((await hub.service.events(t.participantId)).length).toBe(10)
    }, 120_000)
  })
}
