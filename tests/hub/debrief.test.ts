/**
 * The trainer's debrief of one case: decisions of one label that differ in a field (a segment)
 * are told apart, with the fields and the forms' words to name them; a case the scenario does
 * not have is a 404 that says so in the trainer's language, not "nobody decided it yet". On
 * PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { playPolicy, Session, type SessionEvent } from '../../src/engine/index'
import { nb, strictTranslators } from '../i18n/support/render'
import { BACKENDS, call, scenarios, startHub, WORKSHOP, type TestHub } from './support'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const CASE = 'APP-2025-0001'

for (const backend of BACKENDS) {
  describe.runIf(backend.enabled)(`the debrief on ${backend.name}`, () => {
    let hub: TestHub
    beforeAll(async () => {
      hub = await startHub(backend.name)
    })
    afterAll(() => hub.close())

    async function workshop() {
      const created = await call(hub.url, 'POST', '/api/workshops', WORKSHOP)
      const { workshop, trainerToken } = created.body as { workshop: { id: string }; trainerToken: string }
      const debrief = (caseId: string) =>
        call(hub.url, 'GET', `/api/workshops/${workshop.id}/debrief/${caseId}`, undefined, trainerToken)
      return { id: workshop.id, debrief }
    }

    async function join(id: string, name: string) {
      return (await call(hub.url, 'POST', `/api/workshops/${id}/join`, { displayName: name })).body as {
        participantId: string
        token: string
      }
    }

    it('tells apart two decisions of one label that differ in a field, with the words to name it', async () => {
      const { id, debrief } = await workshop()
      const scenario = (await scenarios()).bundled.get('registration-desk')!
      const best = [...playPolicy(await Session.start(scenario, {}), 'best')]
      const approve = (e: SessionEvent) =>
        e.type === 'case.command' && e.caseId === CASE && e.command.type === 'registration.approve'
      const taken = best.find(approve)
      expect(taken?.type === 'case.command' && taken.command.segment).toBe('micro')
      // Bo approves the same application into another segment: the same label, another grade.
      const other = best.map((e) =>
        approve(e) && e.type === 'case.command' ? { ...e, command: { ...e.command, segment: 'large' } } : e,
      )
      for (const [name, log] of [
        ['Awa', best],
        ['Bo', other],
      ] as const) {
        const seat = await join(id, name)
        const posted = await call(
          hub.url,
          'POST',
          `/api/participants/${seat.participantId}/events`,
          { from: 0, events: log },
          seat.token,
        )
        expect(posted.status).toBe(200)
      }
      const answer = await debrief(CASE)
      expect(answer.status).toBe(200)
      const decisions = answer.body.decisions as {
        label: unknown
        grade: string
        count: number
        command: Record<string, unknown>
      }[]
      expect(decisions).toHaveLength(2)
      expect(decisions[0]!.label).toEqual(decisions[1]!.label)
      expect(new Set(decisions.map((d) => d.grade)).size).toBe(2)
      expect(decisions.map((d) => d.command.segment).sort()).toEqual(['large', 'micro'])
      expect(decisions.map((d) => d.count)).toEqual([1, 1])
      // The forms' fields and options, to write "Segment: Large business" in the trainer's language.
      const approveSpec = (
        answer.body.commands.registration as {
          type: string
          fields?: { name: string; options?: unknown[] }[]
        }[]
      ).find((c) => c.type === 'registration.approve')
      expect(approveSpec?.fields?.find((f) => f.name === 'segment')?.options?.length).toBeGreaterThan(1)
      expect(answer.body.currency.code).toBe(scenario.jurisdiction.currency.code)
    })

    it('answers a case the scenario does not have with a 404 that says so, in every language', async () => {
      const { id, debrief } = await workshop()
      await join(id, 'Awa')
      // A case of the scenario that nobody has decided yet is still debriefed: nobody decided it.
      const undecided = await debrief(CASE)
      expect(undecided.status).toBe(200)
      expect(undecided.body).toMatchObject({ caseId: CASE, decisions: [], undecided: 1 })
      const missing = await debrief('NO-SUCH-CASE')
      expect(missing.status).toBe(404)
      expect(missing.body.error).toBe(
        'There is no case "NO-SUCH-CASE" in the scenario "Registration desk: the Monday worklist".',
      )
      const [fr, ru] = await strictTranslators()
      // The scenario's title is its own text (data); the sentence around it is French.
      expect(fr!.t(missing.body.text)).toBe(
        nb(
          'Il n’y a pas de dossier « NO-SUCH-CASE » dans le scénario « Registration desk: the Monday worklist ».',
        ),
      )
      expect(ru!.t(missing.body.text)).toContain('нет дела «NO-SUCH-CASE»')
    })
  })
}
