import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { Session, playPolicy, type SessionEvent } from '../../src/engine/index'
import { buildServer } from '../../src/hub/server'
import { BACKENDS, call, scenarios, startHub, WORKSHOP, type TestHub } from './support'

// Every hub test starts a database and plays sessions: on a busy 2-core machine that takes seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

for (const backend of BACKENDS) {
  describe.runIf(backend.enabled)(`hub API on ${backend.name}`, () => {
    let hub: TestHub
    let best: SessionEvent[]
    beforeAll(async () => {
      hub = await startHub(backend.name)
      const scenario = (await scenarios()).bundled.get('registration-desk')!
      best = [...playPolicy(await Session.start(scenario), 'best')]
    }, 120_000)
    afterAll(() => hub.close())

    async function workshop(settings: object = {}) {
      const created = await call(hub.url, 'POST', '/api/workshops', { ...WORKSHOP, ...settings })
      expect(created.status).toBe(201)
      return created.body as { workshop: { id: string }; trainerToken: string; joinPath: string }
    }

    async function join(id: string, displayName = 'Amina') {
      const joined = await call(hub.url, 'POST', `/api/workshops/${id}/join`, { displayName })
      expect(joined.status).toBe(201)
      return joined.body as { participantId: string; token: string; seed: number; seat: number }
    }

    it('sends security headers on every answer, errors included', async () => {
      for (const path of ['/api/health', '/api/nowhere', '/api/workshops/nope']) {
        const { headers } = await call(hub.url, 'GET', path)
        expect(headers.get('content-security-policy')).toContain("default-src 'self'")
        expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
        expect(headers.get('x-content-type-options')).toBe('nosniff')
      }
    })

    it('creates a workshop, lets a trainee join and play, and scores the log on the server', async () => {
      const { workshop: w, trainerToken, joinPath } = await workshop()
      expect(joinPath).toBe(`/#/workshop/${w.id}/join`)
      const trainee = await join(w.id)
      expect(trainee.seat).toBe(1)
      const half = Math.floor(best.length / 2)
      let posted = await call(
        hub.url,
        'POST',
        `/api/participants/${trainee.participantId}/events`,
        { from: 0, events: best.slice(0, half) },
        trainee.token,
      )
      expect(posted.body).toEqual({ acked: half, stored: half })
      // Resending what is stored (a lost acknowledgement) stores nothing twice.
      posted = await call(
        hub.url,
        'POST',
        `/api/participants/${trainee.participantId}/events`,
        { from: 0, events: best },
        trainee.token,
      )
      expect(posted.body).toEqual({ acked: best.length, stored: best.length - half })
      const dashboard = await call(
        hub.url,
        'GET',
        `/api/workshops/${w.id}/dashboard`,
        undefined,
        trainerToken,
      )
      expect(dashboard.status).toBe(200)
      const row = dashboard.body.progress[0]
      expect(row.name).toBe('Amina')
      expect(row.finished).toBe(true)
      expect(row.score).toBe(row.maxScore)
      const own = await call(
        hub.url,
        'GET',
        `/api/participants/${trainee.participantId}`,
        undefined,
        trainee.token,
      )
      expect(own.body.log).toEqual(best)
    })

    it('refuses a gap with the seq it expects, and a different event at a stored seq', async () => {
      const { workshop: w } = await workshop()
      const t = await join(w.id)
      const path = `/api/participants/${t.participantId}/events`
      const gap = await call(hub.url, 'POST', path, { from: 3, events: best.slice(3, 5) }, t.token)
      expect(gap.status).toBe(409)
      expect(gap.body.expected).toBe(0)
      expect(gap.body.error).toMatch(/expects event 0/)
      await call(hub.url, 'POST', path, { from: 0, events: best.slice(0, 2) }, t.token)
      const other = await call(
        hub.url,
        'POST',
        path,
        { from: 1, events: [{ type: 'session.finish' }] },
        t.token,
      )
      expect(other.status).toBe(409)
      expect(other.body.expected).toBe(2)
    })

    it('lets a trainee write only their own session, and the trainer pages need the trainer token', async () => {
      const { workshop: w, trainerToken } = await workshop()
      const a = await join(w.id, 'A')
      const b = await join(w.id, 'B')
      const path = `/api/participants/${a.participantId}/events`
      expect((await call(hub.url, 'POST', path, { from: 0, events: best.slice(0, 1) })).status).toBe(401)
      expect((await call(hub.url, 'POST', path, { from: 0, events: best.slice(0, 1) }, b.token)).status).toBe(
        403,
      )
      expect(
        (await call(hub.url, 'GET', `/api/participants/${a.participantId}`, undefined, b.token)).status,
      ).toBe(403)
      for (const page of ['dashboard', 'projector', 'export.csv', 'export.json', 'debrief/REG-1', 'stream']) {
        expect((await call(hub.url, 'GET', `/api/workshops/${w.id}/${page}`)).status, page).toBe(401)
        expect(
          (await call(hub.url, 'GET', `/api/workshops/${w.id}/${page}`, undefined, a.token)).status,
        ).toBe(403)
      }
      expect((await call(hub.url, 'POST', `/api/workshops/${w.id}/reset`, undefined, a.token)).status).toBe(
        403,
      )
      const other = await workshop()
      expect(
        (await call(hub.url, 'GET', `/api/workshops/${other.workshop.id}/dashboard`, undefined, trainerToken))
          .status,
      ).toBe(403)
      expect((await hub.service.events(a.participantId)).length).toBe(0)
    })

    it('answers hostile or malformed input with a clear 4xx and stores nothing', async () => {
      const { workshop: w } = await workshop({ hints: false })
      const t = await join(w.id)
      const path = `/api/participants/${t.participantId}/events`
      const bad: [unknown, number][] = [
        ['{not json', 400],
        [{ from: 0, events: [{ type: 'score.set', score: 9999 }] }, 400],
        [{ from: 0, events: [{ type: 'case.open', caseId: 'X', extra: 1 }] }, 400],
        [{ from: -1, events: best.slice(0, 1) }, 400],
        [{ from: 0, events: [] }, 400],
        [{ from: 0, events: best.slice(0, 1), score: 100 }, 400],
        [{ from: 0, events: [{ type: 'case.open', caseId: 'NO-SUCH-CASE' }] }, 422],
        [{ from: 0, events: [{ type: 'hint.reveal', taskId: 'anything' }] }, 422],
        [{ from: 0, events: [{ type: 'case.note', caseId: 'X', text: 'x'.repeat(10_000) }] }, 413],
        [{ from: 0, events: Array.from({ length: 501 }, () => best[0]) }, 400],
        [
          JSON.stringify({
            from: 0,
            events: [{ type: 'case.note', caseId: 'X', text: 'y'.repeat(600_000) }],
          }),
          413,
        ],
      ]
      for (const [body, status] of bad) {
        const answer = await call(hub.url, 'POST', path, body, t.token)
        expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(status)
        expect(typeof answer.body.error).toBe('string')
        expect(answer.body.error.length).toBeGreaterThan(10)
        // A refused event is named in words ("opening a case"), never by its code.
        if (status === 422) expect(answer.body.error).not.toMatch(/\b(?:case|hint)\.[a-z]+/i)
      }
      expect(await hub.service.events(t.participantId)).toEqual([])
      const names: [unknown, number][] = [
        [{ displayName: '' }, 400],
        [{ displayName: 'x'.repeat(61) }, 400],
        [{ displayName: 'tab\there' }, 400],
        [{ displayName: 'ok', admin: true }, 400],
        [{}, 400],
      ]
      for (const [body, status] of names)
        expect((await call(hub.url, 'POST', `/api/workshops/${w.id}/join`, body)).status).toBe(status)
      expect(
        (await call(hub.url, 'POST', '/api/workshops/..%2F..%2Fetc/join', { displayName: 'a' })).status,
      ).toBe(400)
      const bogus = [
        { ...WORKSHOP, scenarioId: 'no-such-scenario' },
        { ...WORKSHOP, mode: 'exam' },
        { ...WORKSHOP, name: '<script>'.padEnd(200, 'x') },
        { ...WORKSHOP, scenarioId: 'mine', scenarioYaml: 'title: [unclosed' },
      ]
      for (const body of bogus) {
        const answer = await call(hub.url, 'POST', '/api/workshops', body)
        expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
      }
      const rows = await hub.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM workshops WHERE scenario_id IN ('no-such-scenario', 'mine')",
      )
      expect(rows[0]!.n).toBe(0)
    })

    it('keeps an XSS display name as text: it is data, shown inert by the app', async () => {
      const { workshop: w, trainerToken } = await workshop()
      const name = '<img src=x onerror=alert(1)>'
      await join(w.id, name)
      const csv = await call(hub.url, 'GET', `/api/workshops/${w.id}/export.csv`, undefined, trainerToken)
      expect(csv.headers.get('content-type')).toContain('text/csv')
      expect(csv.body).toContain(name)
      await join(w.id, '=HYPERLINK("http://evil")')
      const again = await call(hub.url, 'GET', `/api/workshops/${w.id}/export.csv`, undefined, trainerToken)
      expect(again.body).toContain(`"'=HYPERLINK(""http://evil"")"`)
    })

    it('resets for the next group and keeps the earlier group readable', async () => {
      const { workshop: w, trainerToken } = await workshop()
      await join(w.id, 'First group')
      const reset = await call(hub.url, 'POST', `/api/workshops/${w.id}/reset`, undefined, trainerToken)
      expect(reset.body.group).toBe(2)
      const next = await join(w.id, 'Second group')
      expect(next.seat).toBe(1)
      const now = await call(hub.url, 'GET', `/api/workshops/${w.id}/dashboard`, undefined, trainerToken)
      expect(now.body.progress.map((p: { name: string }) => p.name)).toEqual(['Second group'])
      const before = await call(
        hub.url,
        'GET',
        `/api/workshops/${w.id}/dashboard?group=1`,
        undefined,
        trainerToken,
      )
      expect(before.body.progress.map((p: { name: string }) => p.name)).toEqual(['First group'])
      const projector = await call(
        hub.url,
        'GET',
        `/api/workshops/${w.id}/projector?group=1`,
        undefined,
        trainerToken,
      )
      expect(JSON.stringify(projector.body)).not.toContain('First group')
      // The seat travels as a message the page renders in its reader's language.
      expect(projector.body.progress[0].name).toEqual({ id: 'workshop.dash.traineeSeat', args: { seat: 1 } })
    })

    it('rate-limits a client that floods the hub', async () => {
      const limited = await buildServer({ service: hub.service, rateLimit: 5 })
      const url = await limited.listen({ port: 0, host: '127.0.0.1' })
      try {
        const statuses: number[] = []
        for (let i = 0; i < 8; i++) statuses.push((await call(url, 'GET', '/api/health')).status)
        expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
        expect(statuses.at(-1)).toBe(429)
      } finally {
        await limited.close()
      }
    })
  })
}
