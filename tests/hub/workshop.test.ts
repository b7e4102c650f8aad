import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { playCommand } from '../../src/cli/commands'
import { generateWorld, Session, playPolicy, type Policy, type SessionEvent } from '../../src/engine/index'
import { memoryOutboxStorage, Outbox } from '../../src/app/workshop/outbox'
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
    beforeAll(async () => {
      hub = await startHub(backend.name)
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
      const kinds = (w: typeof worldA) => w.truth.registration.map((t) => t.kind).sort()
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

    it('a trainee whose network drops resyncs from the browser outbox with nothing lost', async () => {
      const created = await call(hub.url, 'POST', '/api/workshops', WORKSHOP)
      const id = created.body.workshop.id
      const t = (await call(hub.url, 'POST', `/api/workshops/${id}/join`, { displayName: 'Offline' })).body
      const scenario = (await scenarios()).bundled.get(WORKSHOP.scenarioId)!
      const session = await Session.start(scenario, { seed: t.seed })
      const log = [...playPolicy(session, 'best')]
      let online = true
      let lostAnswers = 0
      const flaky: typeof fetch = async (input, init) => {
        if (!online) throw new TypeError('network is down')
        const response = await fetch(input, init)
        // The hub stored the events, but the answer never reaches the browser.
        if (lostAnswers > 0) {
          lostAnswers -= 1
          throw new TypeError('connection reset')
        }
        return response
      }
      const storage = memoryOutboxStorage()
      const outbox = new Outbox(
        { participantId: t.participantId, token: t.token, log: [], acked: 0 },
        { hub: hub.url, storage, fetch: flaky, retryMs: 10_000 },
      )
      const third = Math.floor(log.length / 3)
      for (let i = 1; i <= third; i++) await outbox.record(log.slice(0, i))
      expect(outbox.acked).toBe(third)
      online = false
      for (let i = third + 1; i <= 2 * third; i++) await outbox.record(log.slice(0, i))
      expect(outbox.status.kind).toBe('offline')
      expect(outbox.acked).toBe(third)
      expect((await hub.service.events(t.participantId)).length).toBe(third)
      // The page is reloaded while offline: the outbox comes back from the browser's storage.
      outbox.stop()
      online = true
      lostAnswers = 1
      const reloaded = new Outbox(
        { participantId: t.participantId, token: t.token, log: [], acked: 0 },
        { hub: hub.url, storage, fetch: flaky, retryMs: 10_000 },
      )
      expect(reloaded.pending).toBe(third)
      await reloaded.record(log)
      expect(reloaded.status.kind).toBe('offline')
      await reloaded.flush()
      expect(reloaded.status.kind).toBe('synced')
      reloaded.stop()
      const stored = await hub.service.events(t.participantId)
      expect(stored.map((e) => e.event)).toEqual(log)
      const own = await call(hub.url, 'GET', `/api/participants/${t.participantId}`, undefined, t.token)
      expect(own.body.acked).toBe(log.length)
    }, 120_000)
  })
}
