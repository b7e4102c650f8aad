/**
 * The objections machine explored with xstate/graph, and the guards that block unlawful steps:
 * the auditor reviewing their own assessment, a decision before admissibility, a hold larger
 * than the debt, a late extension where the law allows none, and any step after the decision
 * period has run out (the deemed decision).
 */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import {
  objectionsBlocker as blockerOf,
  objectionsMachine,
  objectionsProblem as problemOf,
  type ObjectionsEvent,
  type ObjectionsInput,
} from '../../../src/engine/processes/objections/objections.machine'
import { testJurisdiction } from '../../fixtures/jurisdiction'
import { inEnglish } from '../../../src/i18n/render'

const jurisdiction = testJurisdiction()

/** The refusal's reason and the problem in English, for the assertions on their wording. */
const objectionsBlocker = (...args: Parameters<typeof blockerOf>) => {
  const refusal = blockerOf(...args)
  return refusal && inEnglish(refusal.reason)
}
const objectionsProblem = (...args: Parameters<typeof problemOf>) => {
  const problem = problemOf(...args)
  return problem && inEnglish(problem)
}

// Mailed 3 April: deemed received 8 April (5 days), last day to object 8 May; received 6 May.
// Decision due 90 days after receipt: 4 August.
const input: ObjectionsInput = {
  caseId: 'OBJ-2025-0001',
  tin: '5000000017',
  taxType: 'CIT',
  period: '2023',
  mailedOn: '2025-04-03',
  receivedOn: '2025-05-06',
  today: '2025-05-12',
  lateReason: false,
  auditorId: 'OFF-1',
  officers: [
    { id: 'OFF-1', name: 'Ada Obi' },
    { id: 'OFF-2', name: 'Bola Ade' },
    { id: 'OFF-3', name: 'Chidi Eze' },
  ],
  items: [
    { id: 'item-1', tax: 100_000, disputed: true },
    { id: 'item-2', tax: 50_000, disputed: true },
    { id: 'item-3', tax: 30_000, disputed: false },
  ],
  // 150,000 disputed + 250,000 owed on another period.
  balance: 400_000,
  jurisdiction,
}

const EVENTS: ObjectionsEvent[] = [
  { type: 'objections.checkNotice' },
  { type: 'objections.checkPayments' },
  { type: 'objections.reviewAuditFile' },
  { type: 'objections.examineEvidence' },
  { type: 'objections.grantExtension' },
  { type: 'objections.acceptAdmissible' },
  { type: 'objections.holdCollection', amount: 150_000 },
  { type: 'objections.assignReviewer', officer: 'OFF-1' },
  { type: 'objections.assignReviewer', officer: 'OFF-3' },
  { type: 'objections.declareInadmissible', ground: 'late' },
  { type: 'objections.decide', allowedItems: [] },
  { type: 'objections.decide', allowedItems: ['item-1'] },
  { type: 'objections.decide', allowedItems: ['item-1', 'item-2'] },
  { type: 'clock.tick', today: '2025-08-05' },
]

const STATES = Object.keys(objectionsMachine.config.states ?? {})
const FINAL = ['inadmissible', 'allowed', 'partiallyAllowed', 'disallowed', 'deemedDecision']

function actorAfter(events: ObjectionsEvent[], overrides: Partial<ObjectionsInput> = {}) {
  const actor = createActor(objectionsMachine, { input: { ...input, ...overrides } }).start()
  for (const e of events) actor.send(e)
  return actor
}

const admitted: ObjectionsEvent[] = [
  { type: 'objections.checkNotice' },
  { type: 'objections.checkPayments' },
  { type: 'objections.acceptAdmissible' },
]
const readyToDecide: ObjectionsEvent[] = [
  ...admitted,
  { type: 'objections.reviewAuditFile' },
  { type: 'objections.examineEvidence' },
  { type: 'objections.holdCollection', amount: 150_000 },
  { type: 'objections.assignReviewer', officer: 'OFF-3' },
]

describe('objections machine, explored with xstate/graph', () => {
  const paths = getShortestPaths(objectionsMachine, { events: EVENTS, input })
  const reached = new Set(paths.map((p) => String(p.state.value)))

  it('reaches every state', () => {
    expect([...reached].sort()).toEqual([...STATES].sort())
  })

  it.each(STATES.filter((s) => !FINAL.includes(s)))('can reach a final state from %s', (state) => {
    const from = paths.find((p) => String(p.state.value) === state)!.state
    const onward = getShortestPaths(objectionsMachine, { events: EVENTS, input, fromState: from })
    expect(onward.some((p) => p.state.status === 'done')).toBe(true)
  })

  it('never decides on the merits without admissibility, an independent reviewer and a hold', () => {
    for (const path of paths.filter((p) =>
      ['allowed', 'partiallyAllowed', 'disallowed'].includes(String(p.state.value)),
    )) {
      const steps = path.steps.map((s) => s.event)
      expect(steps.map((e) => e.type)).toEqual(
        expect.arrayContaining([
          'objections.acceptAdmissible',
          'objections.holdCollection',
          'objections.assignReviewer',
        ]),
      )
      expect(steps).not.toContainEqual({ type: 'objections.assignReviewer', officer: 'OFF-1' })
    }
  })
})

describe('guards block unlawful steps', () => {
  it('refuses the auditor as reviewer (segregation of duties) and accepts another officer', () => {
    const actor = actorAfter(admitted)
    const auditor = { type: 'objections.assignReviewer' as const, officer: 'OFF-1' }
    expect(actor.getSnapshot().can(auditor)).toBe(false)
    expect(objectionsProblem(actor.getSnapshot().context, auditor)).toMatch(
      /OFF-1 Ada Obi made this assessment.*P7-19-2/,
    )
    actor.send(auditor)
    expect(actor.getSnapshot().value).toBe('admissible')
    actor.send({ type: 'objections.assignReviewer', officer: 'OFF-3' })
    expect(actor.getSnapshot().value).toBe('underReview')
    expect(actor.getSnapshot().context.reviewer).toBe('OFF-3')
  })

  it('admits only after the notice and the account are checked', () => {
    const actor = actorAfter([])
    expect(objectionsBlocker(actor.getSnapshot().context, 'objections.acceptAdmissible')).toMatch(/notice/)
    actor.send({ type: 'objections.acceptAdmissible' })
    expect(actor.getSnapshot().value).toBe('received')
    actor.send({ type: 'objections.checkNotice' })
    expect(objectionsBlocker(actor.getSnapshot().context, 'objections.acceptAdmissible')).toMatch(/account/)
  })

  it('refuses a decision before admissibility, and before the reviewer, hold and evidence', () => {
    expect(objectionsBlocker(actorAfter([]).getSnapshot().context, 'objections.decide')).toBe(
      'Decide admissibility first.',
    )
    const actor = actorAfter(readyToDecide.slice(0, -1))
    expect(actor.getSnapshot().can({ type: 'objections.decide', allowedItems: [] })).toBe(false)
    actor.send({ type: 'objections.assignReviewer', officer: 'OFF-3' })
    expect(actor.getSnapshot().can({ type: 'objections.decide', allowedItems: [] })).toBe(true)
  })

  it('holds at most what the taxpayer owes', () => {
    const actor = actorAfter(admitted)
    const tooMuch = { type: 'objections.holdCollection' as const, amount: 400_001 }
    expect(actor.getSnapshot().can(tooMuch)).toBe(false)
    expect(objectionsProblem(actor.getSnapshot().context, tooMuch)).toMatch(/owes ¤4,000\.00 in all/)
    actor.send({ type: 'objections.holdCollection', amount: 150_000 })
    expect(actor.getSnapshot().context.hold).toEqual({ amount: 150_000, on: '2025-05-12' })
  })

  it('allows only disputed items', () => {
    const actor = actorAfter(readyToDecide)
    const stray = { type: 'objections.decide' as const, allowedItems: ['item-3'] }
    expect(actor.getSnapshot().can(stray)).toBe(false)
    expect(objectionsProblem(actor.getSnapshot().context, stray)).toMatch(/item 3 is not under objection/)
  })

  it('posts one abatement per allowed item (the reassessment)', () => {
    const actor = actorAfter([...readyToDecide, { type: 'objections.decide', allowedItems: ['item-2'] }])
    const snapshot = actor.getSnapshot()
    expect(snapshot.value).toBe('partiallyAllowed')
    expect(snapshot.context.abatements.map((a) => ({ ...a, note: inEnglish(a.note!) }))).toEqual([
      {
        id: 'objections-OBJ-2025-0001-item-2',
        tin: '5000000017',
        taxType: 'CIT',
        period: '2023',
        date: '2025-05-12',
        kind: 'abatement',
        amount: -50_000,
        ref: 'OBJ-2025-0001',
        note: 'Objection allowed: item 2',
      },
    ])
  })

  it.each([
    { allowed: ['item-1', 'item-2'], state: 'allowed' },
    { allowed: [], state: 'disallowed' },
  ])('decides $state from the items allowed', ({ allowed, state }) => {
    expect(
      actorAfter([...readyToDecide, { type: 'objections.decide', allowedItems: allowed }]).getSnapshot()
        .value,
    ).toBe(state)
  })

  it('goes to a deemed decision once the calendar passes the decision limit, and not before', () => {
    const actor = actorAfter(admitted)
    actor.send({ type: 'clock.tick', today: '2025-08-04' })
    expect(actor.getSnapshot().value).toBe('admissible')
    actor.send({ type: 'clock.tick', today: '2025-08-05' })
    expect(actor.getSnapshot().value).toBe('deemedDecision')
    expect(actor.getSnapshot().status).toBe('done')
  })

  it('refuses every step once the decision period has run out', () => {
    const context = { ...actorAfter(admitted).getSnapshot().context, today: '2025-08-05' }
    expect(objectionsBlocker(context, 'objections.assignReviewer')).toMatch(/deemed disallowed/)
  })

  it('grants no extension where the law allows none', () => {
    const actor = actorAfter([{ type: 'objections.checkNotice' }], {
      receivedOn: '2025-05-20',
      lateReason: true,
    })
    expect(objectionsBlocker(actor.getSnapshot().context, 'objections.grantExtension')).toMatch(
      /allows no extension/,
    )
  })

  it('grants an extension within extensionDays when the letter gives a reason; then "late" is refused', () => {
    const law = testJurisdiction({ objections: { ...jurisdiction.objections, extensionDays: 30 } })
    const late = { receivedOn: '2025-05-20', lateReason: true, jurisdiction: law }
    const actor = actorAfter(
      [{ type: 'objections.checkNotice' }, { type: 'objections.grantExtension' }],
      late,
    )
    expect(actor.getSnapshot().context.extensionGranted).toBe(true)
    expect(actor.getSnapshot().can({ type: 'objections.declareInadmissible', ground: 'late' })).toBe(false)
    const tooLate = actorAfter([{ type: 'objections.checkNotice' }], { ...late, receivedOn: '2025-06-08' })
    expect(objectionsBlocker(tooLate.getSnapshot().context, 'objections.grantExtension')).toMatch(
      /beyond the 30 days/,
    )
    const noReason = actorAfter([{ type: 'objections.checkNotice' }], { ...late, lateReason: false })
    expect(objectionsBlocker(noReason.getSnapshot().context, 'objections.grantExtension')).toMatch(
      /no reason/,
    )
  })

  it('records no hold where an objection does not suspend collection, and decides without one', () => {
    const law = testJurisdiction({ objections: { ...jurisdiction.objections, holdDisputed: false } })
    const actor = actorAfter(
      readyToDecide.filter((e) => e.type !== 'objections.holdCollection'),
      { jurisdiction: law },
    )
    expect(objectionsBlocker(actor.getSnapshot().context, 'objections.holdCollection')).toMatch(
      /does not suspend/,
    )
    actor.send({ type: 'objections.decide', allowedItems: [] })
    expect(actor.getSnapshot().value).toBe('disallowed')
  })

  it('refuses "undisputed tax unpaid" where the law requires no payment to object', () => {
    const law = testJurisdiction({ objections: { ...jurisdiction.objections, requireUndisputedPaid: false } })
    const actor = actorAfter([{ type: 'objections.checkPayments' }], { jurisdiction: law })
    expect(
      actor.getSnapshot().can({ type: 'objections.declareInadmissible', ground: 'undisputed-unpaid' }),
    ).toBe(false)
  })

  it('marks steps already taken as done, so the player drops them', () => {
    const context = actorAfter(readyToDecide).getSnapshot().context
    for (const type of [
      'objections.checkNotice',
      'objections.checkPayments',
      'objections.reviewAuditFile',
      'objections.examineEvidence',
      'objections.acceptAdmissible',
      'objections.holdCollection',
      'objections.assignReviewer',
    ] as const)
      expect(blockerOf(context, type)?.done, type).toBe(true)
  })
})
