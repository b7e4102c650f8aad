/**
 * The refunds machine explored with xstate/graph: every state is reachable, a final state is
 * reachable from every other, and the guards refuse unlawful steps (approving before the
 * verifications the tier requires, paying above the limit without a second approver).
 * Northland: a second approver is needed above ₦10,000,000.00 (1,000,000,000 minor units).
 */
import { describe, expect, it } from 'vitest'
import { msg } from '../../../src/engine/primitives/message'
import { inEnglish } from '../../../src/i18n/render'
import { createActor } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import { loadBundledLibrary } from '../../../src/cli/files'
import {
  refundsBlocker,
  refundsMachine,
  type RefundsEvent,
  type RefundsInput,
} from '../../../src/engine/processes/refunds/refunds.machine'

const library = await loadBundledLibrary()
const jurisdiction = library.jurisdictions.find((x) => x.id === 'northland')!

const claim = (over: Partial<RefundsInput> = {}): RefundsInput => ({
  jurisdiction,
  claimed: 2_500_000_00,
  hasExports: true,
  tier: 'low',
  validation: [],
  dueOn: '2025-04-01',
  today: '2025-03-10',
  ...over,
})
const INPUTS: Record<string, RefundsInput> = {
  'low-risk exporter, small claim': claim(),
  'high-risk exporter, claim above the second-approval limit': claim({
    tier: 'high',
    claimed: 25_000_000_00,
  }),
  'claim that fails validation': claim({
    validation: [{ code: 'noReturn', reason: msg('refunds.validation.noReturn', { period: '2024-11' }) }],
  }),
}

const EVENTS: RefundsEvent[] = [
  { type: 'refunds.validate' },
  { type: 'refunds.assessRisk' },
  { type: 'refunds.checkSuppliers' },
  { type: 'refunds.checkCustoms' },
  { type: 'refunds.verifyBankAccount' },
  { type: 'refunds.approveFull' },
  { type: 'refunds.approvePartial', amount: 1_000_000_00, reason: 'unmatched credits' },
  { type: 'refunds.applyOffset' },
  { type: 'refunds.requestSecondApproval' },
  { type: 'refunds.authorisePayment' },
  { type: 'refunds.refuse', reason: 'no customs records' },
  { type: 'refunds.blockAndRefer', reason: 'account not the taxpayer’s' },
]
const STATES = Object.keys(refundsMachine.config.states ?? {})
const FINAL = ['paid', 'refused', 'blocked']

function actorAfter(input: RefundsInput, events: RefundsEvent[]) {
  const actor = createActor(refundsMachine, { input }).start()
  for (const e of events) actor.send(e)
  return actor
}
const state = (input: RefundsInput, events: RefundsEvent[]) =>
  String(actorAfter(input, events).getSnapshot().value)

describe('refunds machine, explored with xstate/graph', () => {
  const paths = Object.values(INPUTS).flatMap((input) =>
    getShortestPaths(refundsMachine, { events: EVENTS, input }).map((p) => ({ input, p })),
  )

  it('reaches every state', () => {
    expect([...new Set(paths.map(({ p }) => String(p.state.value)))].sort()).toEqual([...STATES].sort())
  })

  it.each(STATES.filter((s) => !FINAL.includes(s)))('can reach a final state from %s', (from) => {
    const start = paths.find(({ p }) => String(p.state.value) === from)!
    const onward = getShortestPaths(refundsMachine, {
      events: EVENTS,
      input: start.input,
      fromState: start.p.state,
    })
    expect(onward.some((p) => p.state.status === 'done')).toBe(true)
  })

  it('never pays on a path that skipped validation or the risk assessment', () => {
    for (const { p } of paths.filter(({ p }) => p.state.value === 'paid')) {
      const types = p.steps.map((s) => s.event.type)
      expect(types).toEqual(expect.arrayContaining(['refunds.validate', 'refunds.assessRisk']))
    }
  })

  it('pays a high-risk claim only after all three verifications, and in full only with a second approval', () => {
    const input = INPUTS['high-risk exporter, claim above the second-approval limit']!
    const paid = paths.filter((x) => x.input === input && x.p.state.value === 'paid')
    expect(paid.length).toBeGreaterThan(0)
    for (const { p } of paid) {
      const types = p.steps.map((s) => s.event.type)
      expect(types).toEqual(
        expect.arrayContaining([
          'refunds.checkSuppliers',
          'refunds.checkCustoms',
          'refunds.verifyBankAccount',
        ]),
      )
      if (types.includes('refunds.approveFull')) expect(types).toContain('refunds.requestSecondApproval')
    }
  })
})

describe('guards block unlawful steps', () => {
  const start: RefundsEvent[] = [{ type: 'refunds.validate' }, { type: 'refunds.assessRisk' }]
  const checks: RefundsEvent[] = [
    { type: 'refunds.checkSuppliers' },
    { type: 'refunds.checkCustoms' },
    { type: 'refunds.verifyBankAccount' },
  ]

  it('refuses an approval before the risk assessment', () => {
    const actor = actorAfter(claim(), [{ type: 'refunds.validate' }])
    expect(inEnglish(refundsBlocker(actor.getSnapshot().context, 'refunds.approveFull')?.reason)).toBe(
      'Assess the risk first.',
    )
    actor.send({ type: 'refunds.approveFull' })
    expect(actor.getSnapshot().value).toBe('awaitingRisk')
  })

  it('lets a low-risk claim through on the automatic path', () => {
    expect(state(claim(), [...start, { type: 'refunds.approveFull' }])).toBe('approved')
  })

  it('requires every verification of a high-risk claim before approval', () => {
    const input = INPUTS['high-risk exporter, claim above the second-approval limit']!
    const actor = actorAfter(input, [...start, { type: 'refunds.checkSuppliers' }])
    expect(inEnglish(refundsBlocker(actor.getSnapshot().context, 'refunds.approveFull')?.reason)).toBe(
      'This is a high-risk claim: check the exports against customs records and verify the account holder with the bank before approving.',
    )
    actor.send({ type: 'refunds.approveFull' })
    expect(actor.getSnapshot().value).toBe('verification')
    expect(state(input, [...start, ...checks, { type: 'refunds.approveFull' }])).toBe('approved')
  })

  it('requires a second approval above the limit, and only there', () => {
    const high = INPUTS['high-risk exporter, claim above the second-approval limit']!
    const approved = [...start, ...checks, { type: 'refunds.approveFull' } as const]
    const actor = actorAfter(high, approved)
    expect(inEnglish(refundsBlocker(actor.getSnapshot().context, 'refunds.authorisePayment')?.reason)).toBe(
      'Refunds above ¤10,000,000.00 need a second approver: request the second approval first.',
    )
    actor.send({ type: 'refunds.authorisePayment' })
    expect(actor.getSnapshot().value).toBe('approved')
    expect(
      state(high, [
        ...approved,
        { type: 'refunds.requestSecondApproval' },
        { type: 'refunds.authorisePayment' },
      ]),
    ).toBe('paid')
    // A partial approval under the limit needs no second approver.
    const partial = actorAfter(high, [
      ...start,
      ...checks,
      { type: 'refunds.approvePartial', amount: 9_000_000_00 },
    ])
    expect(
      inEnglish(refundsBlocker(partial.getSnapshot().context, 'refunds.requestSecondApproval')?.reason),
    ).toMatch(/no second approval is needed/)
    partial.send({ type: 'refunds.authorisePayment' })
    expect(partial.getSnapshot().value).toBe('paid')
  })

  it('refuses a partial approval above the amount claimed, or of nothing', () => {
    expect(state(claim(), [...start, { type: 'refunds.approvePartial', amount: 2_500_000_01 }])).toBe(
      'verification',
    )
    expect(state(claim(), [...start, { type: 'refunds.approvePartial', amount: 0 }])).toBe('verification')
    expect(state(claim(), [...start, { type: 'refunds.approvePartial', amount: 2_500_000_00 }])).toBe(
      'approved',
    )
  })

  it('offers no customs check when the return declares no exports', () => {
    const actor = actorAfter(claim({ hasExports: false }), start)
    expect(inEnglish(refundsBlocker(actor.getSnapshot().context, 'refunds.checkCustoms')?.reason)).toMatch(
      /no zero-rated exports/,
    )
  })

  it('only refuses a claim that failed validation', () => {
    const input = INPUTS['claim that fails validation']!
    const actor = actorAfter(input, [{ type: 'refunds.validate' }])
    expect(actor.getSnapshot().value).toBe('invalid')
    expect(inEnglish(refundsBlocker(actor.getSnapshot().context, 'refunds.approveFull')?.reason)).toMatch(
      /failed validation/,
    )
    actor.send({ type: 'refunds.refuse', reason: 'no return' })
    expect(actor.getSnapshot().value).toBe('refused')
  })

  it('needs a reason to refuse or block', () => {
    expect(state(claim(), [...start, { type: 'refunds.refuse', reason: ' ' }])).toBe('verification')
    expect(state(claim(), [...start, { type: 'refunds.blockAndRefer', reason: 'diverted' }])).toBe('blocked')
  })

  it('says "already" for steps done, so the screen hides them', () => {
    const ctx = actorAfter(claim(), [...start, ...checks]).getSnapshot().context
    for (const type of [
      'refunds.validate',
      'refunds.assessRisk',
      'refunds.checkSuppliers',
      'refunds.checkCustoms',
    ] as const)
      expect(refundsBlocker(ctx, type)?.done).toBe(true)
  })

  it('keeps the simulated date on clock.tick', () => {
    const actor = actorAfter(claim(), [{ type: 'clock.tick', today: '2025-05-01' }])
    expect(actor.getSnapshot().context.today).toBe('2025-05-01')
  })
})
