/**
 * The payments machine explored with xstate/graph: every state is reachable, a final state is
 * reachable from every other, and the guards refuse unlawful steps (deciding before looking,
 * keeping a payment in suspense past the profile's limit, a command of another kind of case).
 */
import { describe, expect, it } from 'vitest'
import { arrowsDrawn, movesMade, statesDrawn, statesThatCannotFinish } from './machine-graph'
import { paymentsModule } from '../../../src/engine/processes/payments/module'
import { createActor, type AnyMachineSnapshot as AnySnapshot } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import { loadBundledLibrary } from '../../../src/cli/files'
import { DECISION, STEP } from '../../../src/engine/processes/payments/commands'
import {
  paymentsBlocker,
  paymentsMachine,
  paymentsProblem,
  type PaymentsContext,
  type PaymentsEvent,
  type PaymentsInput,
} from '../../../src/engine/processes/payments/payments.machine'
import { addDays } from '../../../src/engine/primitives/calendar'
import { inEnglish } from '../../../src/i18n/render'

const library = await loadBundledLibrary()
// Northland: suspense items may stay 60 days (the payments default).
const jurisdiction = library.jurisdictions.find((x) => x.id === 'northland')!

const base: PaymentsInput = {
  jurisdiction,
  today: '2025-11-03',
  caseType: 'suspense',
  valueDate: '2025-10-01',
  credit: 0,
  penalty: 0,
  interest: 0,
}
const INPUTS: Record<string, PaymentsInput> = {
  suspense: base,
  refund: { ...base, caseType: 'refund', valueDate: null, credit: 500_000 },
  waiver: { ...base, caseType: 'waiver', valueDate: null, penalty: 50_000, interest: 3_000 },
  charges: { ...base, caseType: 'charges', valueDate: null },
}

const EVENTS: PaymentsEvent[] = [
  { type: STEP.searchCandidates },
  { type: STEP.viewLedger },
  { type: STEP.viewFilingHistory },
  { type: STEP.examineDocuments },
  { type: STEP.computeCharges },
  { type: DECISION.allocate, tin: '1234567890', taxType: 'VAT', period: '2025-09' },
  { type: DECISION.returnToPayer, reason: 'unknown payer' },
  { type: DECISION.holdInSuspense, reason: 'asked the bank' },
  { type: DECISION.refundCredit, amount: 500_000 },
  { type: DECISION.offsetCredit },
  { type: DECISION.refuseRefund, reason: 'no' },
  { type: DECISION.waivePenalty, amount: 50_000 },
  { type: DECISION.refuseWaiver, reason: 'no cause' },
  { type: DECISION.postCharges, penalty: 1_000, interest: 2_000 },
]

/** The commands, and a tick past the suspense limit (the only date that changes what is allowed). */
const events = (state: AnySnapshot): PaymentsEvent[] => {
  const today = (state.context as PaymentsContext).today
  return today > '2025-12-31' ? EVENTS : [...EVENTS, { type: 'clock.tick', today: '2026-01-15' }]
}
const serializeState = (state: AnySnapshot) => {
  const c = state.context as PaymentsContext
  return JSON.stringify([state.value, c.checks, c.today])
}
const traversal = { events, serializeState }

/** The states the process map draws: every state a case can stand in (a case passes through `received`). */
const STATES = statesDrawn(paymentsModule)
const FINAL = Object.entries(paymentsMachine.config.states ?? {})
  .filter(([, s]) => s.type === 'final')
  .map(([id]) => id)

describe('payments machine, explored with xstate/graph', () => {
  const explored = Object.entries(INPUTS).map(([name, input]) => ({
    name,
    input,
    paths: getShortestPaths(paymentsMachine, { ...traversal, input }),
  }))

  it('reaches every state', () => {
    const reached = new Set(explored.flatMap((e) => e.paths.map((p) => String(p.state.value))))
    expect([...reached].sort()).toEqual([...STATES].sort())
  })

  it('draws on the process map exactly the moves a case makes', () => {
    expect(STATES).not.toContain('received')
    expect(arrowsDrawn(paymentsModule)).toEqual(
      movesMade(
        paymentsMachine,
        explored.map((e) => ({ ...traversal, input: e.input })),
      ),
    )
  })

  it.each(explored.map((e) => [e.name, e] as const))(
    'can reach a final state from every state (%s)',
    (_n, e) => {
      expect(statesThatCannotFinish(paymentsMachine, { ...traversal, input: e.input })).toEqual([])
    },
  )

  it('never decides before the evidence the decision turns on', () => {
    const needs: Record<string, string> = {
      allocated: STEP.searchCandidates,
      returned: STEP.searchCandidates,
      held: STEP.searchCandidates,
      refunded: STEP.viewLedger,
      offset: STEP.viewLedger,
      refundRefused: STEP.viewLedger,
      waived: STEP.examineDocuments,
      waiverRefused: STEP.examineDocuments,
      charged: STEP.viewLedger,
    }
    for (const e of explored)
      for (const path of e.paths.filter((p) => p.state.status === 'done'))
        expect(path.steps.map((s) => s.event.type)).toContain(needs[String(path.state.value)])
  })

  it('never holds a payment in suspense past the limit', () => {
    for (const e of explored)
      for (const path of e.paths.filter((p) => p.state.value === 'held')) {
        const events = path.steps.map((s) => s.event)
        const hold = events.findIndex((ev) => ev.type === DECISION.holdInSuspense)
        const ticks = events
          .slice(0, hold)
          .flatMap((ev) => (ev.type === 'clock.tick' ? [String(ev.today)] : []))
        for (const today of ticks) expect(today <= addDays(base.valueDate!, 60)).toBe(true)
      }
  })

  it('has the final states the officer can close on', () => {
    expect(FINAL.sort()).toEqual(
      [
        'allocated',
        'charged',
        'held',
        'offset',
        'refundRefused',
        'refunded',
        'returned',
        'waived',
        'waiverRefused',
      ].sort(),
    )
  })
})

function start(input: PaymentsInput, ...events: PaymentsEvent[]) {
  const actor = createActor(paymentsMachine, { input }).start()
  for (const e of events) actor.send(e)
  return actor
}

describe('guards', () => {
  it('allows keeping a payment in suspense until the limit, and refuses it after a tick past it', () => {
    const actor = start(base, { type: STEP.searchCandidates })
    const hold = { type: DECISION.holdInSuspense, reason: 'asked the bank' } as const
    actor.send({ type: 'clock.tick', today: '2025-11-30' }) // value date 2025-10-01 + 60 days
    expect(actor.getSnapshot().can(hold)).toBe(true)
    actor.send({ type: 'clock.tick', today: '2025-12-01' })
    expect(actor.getSnapshot().can(hold)).toBe(false)
    expect(inEnglish(paymentsBlocker(actor.getSnapshot().context, hold.type)?.reason)).toBe(
      'The payment has been in suspense since Oct 1, 2025 (61 days); the rules allow 60: allocate it or return it to the payer.',
    )
    actor.send({ type: DECISION.returnToPayer, reason: 'unknown payer' })
    expect(actor.getSnapshot().value).toBe('returned')
  })

  it('refuses to allocate before the register is searched', () => {
    const actor = start(base)
    const allocate = {
      type: DECISION.allocate,
      tin: '1234567890',
      taxType: 'VAT',
      period: '2025-09',
    } as const
    expect(actor.getSnapshot().can(allocate)).toBe(false)
    expect(inEnglish(paymentsBlocker(actor.getSnapshot().context, allocate.type)?.reason)).toMatch(
      /legal name and bank account/,
    )
    actor.send({ type: STEP.searchCandidates })
    expect(actor.getSnapshot().can(allocate)).toBe(true)
  })

  it('says "already" for a step already taken, and refuses another kind of case\'s commands', () => {
    const actor = start(INPUTS.refund!, { type: STEP.viewLedger })
    const c = actor.getSnapshot().context
    expect(paymentsBlocker(c, STEP.viewLedger)?.done).toBe(true)
    expect(paymentsBlocker(c, DECISION.allocate)?.done).toBeUndefined()
    expect(inEnglish(paymentsBlocker(c, DECISION.allocate)?.reason)).toBe(
      'This is a refund request: decide what happens to the credit.',
    )
    expect(paymentsBlocker(c, STEP.examineDocuments)).toBeDefined()
  })

  it.each([
    // command                                                              problem
    [
      { type: DECISION.allocate, tin: '1', taxType: 'CIT', period: '2025-09' },
      /CIT periods are written YYYY/,
    ],
    [{ type: DECISION.allocate, tin: '1', taxType: 'EXCISE', period: '2025-09' }, /Choose the tax/], // not administered in Northland
    [{ type: DECISION.refundCredit, amount: 500_001 }, /more than the credit/],
    [{ type: DECISION.waivePenalty, amount: 53_001 }, /more than the penalty and interest/],
    [{ type: DECISION.returnToPayer, reason: ' ' }, /Give the reason/],
    [{ type: DECISION.postCharges, penalty: -1, interest: 0 }, /zero or more/],
  ])('refuses %j', (command, problem) => {
    const input = { ...base, credit: 500_000, penalty: 50_000, interest: 3_000 }
    expect(
      inEnglish(paymentsProblem({ ...input, checks: {} as PaymentsContext['checks'] }, command)),
    ).toMatch(problem)
  })
})
