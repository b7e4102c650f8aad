/**
 * The collection machine explored with xstate/graph: every state is reachable, a final state is
 * reachable from every other, and the guards refuse unlawful steps: enforcement before the
 * demand period ends (allowed after a clock.tick past it), on a disputed amount, while an
 * agreement is in force; a write-off approved by its proposer. Northland: notices deemed
 * received after 7 days, 30 days to pay.
 */
import { inEnglish } from '../../../src/i18n/render'
import type { Text } from '../../../src/engine/primitives/message'
import { describe, expect, it } from 'vitest'
import { createActor, type AnyMachineSnapshot } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import { loadBundledLibrary } from '../../../src/cli/files'
import type { Command } from '../../../src/engine/processes/contract'
import {
  CHECK_COMMAND,
  COLLECTION_CHECKS,
  collectionBlocker,
  collectionMachine,
  collectionProblem,
  type CollectionContext,
  type CollectionEvent,
  type CollectionInput,
} from '../../../src/engine/processes/collection/collection.machine'
import type { CaseFacts } from '../../../src/engine/processes/collection/facts'
import type { Jurisdiction } from '../../../src/engine/scenario/schema'
import { module as collectionModule } from '../../../src/engine/processes/collection/module'
import { arrowsDrawn, movesMade, statesDrawn } from './machine-graph'

const library = await loadBundledLibrary()
const northland = library.jurisdictions.find((x) => x.id === 'northland')!

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  tin: '1000000001',
  taxpayerKind: 'business',
  debt: 1_000_000_00,
  oldestDue: '2025-01-21',
  daysOverdue: 100,
  sources: { offset: 0, bank: 2_000_000_00, monthlyWage: 0, debtors: 0, assets: 500_000_00 },
  objections: [],
  agreements: [],
  disputed: 0,
  enforceable: 1_000_000_00,
  defaults: 0,
  missingReturns: 0,
  collectabilityScore: 90,
  collectability: 'high',
  reminderSentOn: '2025-04-01',
  demandServedOn: null,
  requestMonths: null,
  hasCashFlow: false,
  writeOff: { debt: 1_000_000_00, inLiquidation: false, traced: true },
  ...over,
})

const input = (f: CaseFacts, j: Jurisdiction = northland, today = '2025-05-12'): CollectionInput => ({
  facts: f,
  jurisdiction: j,
  today,
})

/** A case with every complication, so every state and step can be reached from it. */
const everything = facts({
  objections: [
    {
      id: 'OBJ-1',
      taxType: 'CIT',
      period: '2023',
      assessedOn: '2025-02-01',
      lodgedOn: '2025-02-20',
      amount: 300_000_00,
      status: 'pending',
      grounds: 'Depreciation',
    },
  ],
  disputed: 300_000_00,
  enforceable: 700_000_00,
  agreements: [
    {
      id: 'IA-1',
      grantedOn: '2024-10-01',
      months: 10,
      installment: 100_000_00,
      paid: 2,
      missed: 2,
      status: 'active',
      security: null,
    },
  ],
  defaults: 1,
  requestMonths: 12,
  hasCashFlow: true,
  reminderSentOn: null,
  writeOff: { debt: 1_000_000_00, inLiquidation: true, traced: true },
})

const AFTER_PERIOD = '2025-12-31'
const OTHER_EVENTS: CollectionEvent[] = [
  { type: 'collection.softContact' },
  { type: 'collection.serveDemand' },
  { type: 'collection.holdDisputed' },
  { type: 'collection.declareDefault' },
  { type: 'collection.refuseAgreement', reason: 'Two defaults' },
  { type: 'collection.proposeWriteOff', criterion: 'liquidation' },
  { type: 'collection.rejectWriteOff', approver: 'supervisor' },
  { type: 'collection.enforce', tool: 'bank', amount: 700_000_00 },
  { type: 'collection.protectiveMeasure' },
  { type: 'collection.grantAgreement', months: 12, security: 'bank-guarantee' },
  { type: 'collection.approveWriteOff', approver: 'supervisor' },
  { type: 'collection.diarise' },
  { type: 'clock.tick', today: AFTER_PERIOD },
]

/** Evidence steps are offered one at a time, in order, so the graph stays small. */
function events(snapshot: AnyMachineSnapshot): CollectionEvent[] {
  const context = snapshot.context as CollectionContext
  const next = COLLECTION_CHECKS.find((c) => !context.checked[c])
  return [...(next ? [{ type: CHECK_COMMAND[next] }] : []), ...OTHER_EVENTS]
}

const serialize = (snapshot: AnyMachineSnapshot) => {
  const c = snapshot.context as CollectionContext
  return JSON.stringify([
    snapshot.value,
    COLLECTION_CHECKS.filter((k) => c.checked[k]).length,
    c.today,
    c.reminderSentOn,
    c.demandServedOn,
    c.held,
    c.defaultDeclared,
    c.requestRefused,
    c.writeOff,
  ])
}

/** The states the process map draws: every state a case can stand in (routing passes through). */
const STATES = statesDrawn(collectionModule)
const FINALS = ['enforced', 'assetsFrozen', 'agreementGranted', 'writtenOff', 'diarised']

describe('collection machine, explored with xstate/graph', () => {
  const paths = getShortestPaths(collectionMachine, {
    events,
    input: input(everything),
    serializeState: serialize,
  })
  const reached = new Set(paths.map((p) => String(p.state.value)))

  it('reaches every state', () => {
    expect([...reached].sort()).toEqual([...STATES].sort())
  })

  it.each(STATES.filter((s) => !FINALS.includes(s)))('can reach a final state from %s', (state) => {
    const from = paths.find((p) => String(p.state.value) === state)!.state
    const onward = getShortestPaths(collectionMachine, {
      events,
      input: input(everything),
      fromState: from,
      serializeState: serialize,
    })
    expect(onward.some((p) => p.state.status === 'done')).toBe(true)
  })

  it('draws on the process map exactly the moves a case makes, never through routing', () => {
    const moves = movesMade(collectionMachine, [
      { events, input: input(everything), serializeState: serialize },
    ])
    expect(arrowsDrawn(collectionModule)).toEqual(moves)
    expect(STATES).not.toContain('routing')
    // Serving the demand starts its period; a proposal sent back returns the case to where it stood.
    expect(moves.filter((m) => m.includes('collection.serveDemand'))).toEqual([
      'debtDetected → demandPeriod (collection.serveDemand)',
    ])
    expect(moves.filter((m) => m.includes('collection.rejectWriteOff'))).toEqual([
      'writeOffProposed → debtDetected (collection.rejectWriteOff)',
      'writeOffProposed → demandPeriod (collection.rejectWriteOff)',
      'writeOffProposed → enforceable (collection.rejectWriteOff)',
    ])
  })

  it('only enforces on paths that served the demand and then let the period run out', () => {
    const enforced = paths.filter((p) => p.state.value === 'enforced')
    expect(enforced.length).toBeGreaterThan(0)
    for (const path of enforced) {
      const types = path.steps.map((s) => s.event.type)
      expect(types.indexOf('collection.serveDemand')).toBeGreaterThanOrEqual(0)
      expect(types.indexOf('clock.tick')).toBeGreaterThan(types.indexOf('collection.serveDemand'))
      expect(types).toEqual(
        expect.arrayContaining([
          'collection.holdDisputed',
          'collection.declareDefault',
          'collection.refuseAgreement',
        ]),
      )
    }
  })
})

function actor(f: CaseFacts, j: Jurisdiction = northland, today = '2025-05-12') {
  const a = createActor(collectionMachine, { input: input(f, j, today) }).start()
  a.send({ type: 'clock.tick', today })
  return a
}
const checkAll = (a: ReturnType<typeof actor>) => {
  for (const c of COLLECTION_CHECKS) a.send({ type: CHECK_COMMAND[c] })
}
/** The refusal's reason in English, or undefined when the step is allowed. */
const english = (text: Text | undefined) => (text === undefined ? undefined : inEnglish(text))
const blocker = (a: ReturnType<typeof actor>, type: string) =>
  english(collectionBlocker(a.getSnapshot().context, type)?.reason)
const problem = (a: ReturnType<typeof actor>, command: Command) =>
  english(collectionProblem(a.getSnapshot().context, command))
const enforce = (amount = 1_000_000_00): Command => ({ type: 'collection.enforce', tool: 'bank', amount })

describe('guards: enforcement only when lawful', () => {
  // Served 2025-05-01: deemed received 2025-05-08, period ends 2025-06-07, lawful from 2025-06-08.
  const served = facts({ demandServedOn: '2025-05-01' })

  it('refuses enforcement before the demand period ends and allows it after a clock.tick past it', () => {
    const a = actor(served, northland, '2025-05-12')
    checkAll(a)
    expect(a.getSnapshot().value).toBe('demandPeriod')
    expect(blocker(a, 'collection.enforce')).toContain('lawful from Jun 8, 2025')
    a.send(enforce())
    expect(a.getSnapshot().value).toBe('demandPeriod')

    a.send({ type: 'clock.tick', today: '2025-06-07' })
    expect(a.getSnapshot().value).toBe('demandPeriod')
    a.send(enforce())
    expect(a.getSnapshot().value).toBe('demandPeriod')

    a.send({ type: 'clock.tick', today: '2025-06-08' })
    expect(a.getSnapshot().value).toBe('enforceable')
    expect(blocker(a, 'collection.enforce')).toBeUndefined()
    a.send(enforce())
    expect(a.getSnapshot().value).toBe('enforced')
  })

  it('starts the period when the officer serves the demand', () => {
    const a = actor(facts(), northland, '2025-05-12')
    expect(a.getSnapshot().value).toBe('debtDetected')
    expect(blocker(a, 'collection.enforce')).toMatch(/No demand notice/)
    expect(blocker(a, 'collection.serveDemand')).toMatch(/Review the taxpayer account/)
    a.send({ type: 'collection.reviewAccount' })
    a.send({ type: 'collection.serveDemand' })
    expect(a.getSnapshot().value).toBe('demandPeriod')
    expect(a.getSnapshot().context.demandServedOn).toBe('2025-05-12')
    a.send({ type: 'clock.tick', today: '2025-06-18' })
    expect(a.getSnapshot().value).toBe('demandPeriod')
    a.send({ type: 'clock.tick', today: '2025-06-19' })
    expect(a.getSnapshot().value).toBe('enforceable')
  })

  it('needs proof of the notice and a look at the objection register first', () => {
    const a = actor(facts({ demandServedOn: '2025-01-01' }))
    expect(blocker(a, 'collection.enforce')).toMatch(/notices served/)
    a.send({ type: 'collection.checkNotices' })
    expect(blocker(a, 'collection.enforce')).toMatch(/objection register/)
    a.send({ type: 'collection.checkObjections' })
    expect(blocker(a, 'collection.enforce')).toBeUndefined()
    expect(problem(a, enforce())).toMatch(/bank inquiry/)
    a.send({ type: 'collection.bankInquiry' })
    expect(problem(a, enforce())).toBeUndefined()
  })

  it('holds only the disputed part: the rest may be enforced', () => {
    const a = actor({
      ...everything,
      demandServedOn: '2025-01-01',
      agreements: [],
      requestMonths: null,
      defaults: 0,
    })
    checkAll(a)
    expect(blocker(a, 'collection.enforce')).toMatch(/hold on the disputed/)
    a.send({ type: 'collection.holdDisputed' })
    expect(a.getSnapshot().context.held).toBe(300_000_00)
    expect(problem(a, enforce(1_000_000_00))).toMatch(/under objection and on hold/)
    expect(problem(a, enforce(700_000_00))).toBeUndefined()
    a.send(enforce(1_000_000_00))
    expect(a.getSnapshot().value).toBe('enforceable')
    a.send(enforce(700_000_00))
    expect(a.getSnapshot().value).toBe('enforced')
  })

  it('holds nothing where an objection does not suspend collection', () => {
    const j = { ...northland, collection: { ...northland.collection, holdDisputedAmounts: false } }
    const a = actor({ ...everything, demandServedOn: '2025-01-01', agreements: [], requestMonths: null }, j)
    checkAll(a)
    expect(blocker(a, 'collection.holdDisputed')).toMatch(/does not suspend/)
    expect(problem(a, enforce(1_000_000_00))).toBeUndefined()
  })

  it('refuses enforcement while an agreement is in force, until it is declared in default', () => {
    const active = everything.agreements[0]!
    const a = actor(facts({ demandServedOn: '2025-01-01', agreements: [{ ...active, missed: 1 }] }))
    checkAll(a)
    expect(blocker(a, 'collection.enforce')).toMatch(/agreement is in force/)
    expect(blocker(a, 'collection.declareDefault')).toMatch(/Only 1 instalment/)
    const b = actor(facts({ demandServedOn: '2025-01-01', agreements: [active] }))
    checkAll(b)
    b.send({ type: 'collection.declareDefault' })
    expect(blocker(b, 'collection.enforce')).toBeUndefined()
  })

  it('decides a pending request for time to pay before enforcing', () => {
    const a = actor(facts({ demandServedOn: '2025-01-01', requestMonths: 6, hasCashFlow: true }))
    checkAll(a)
    expect(blocker(a, 'collection.enforce')).toMatch(/request/)
    expect(problem(a, { type: 'collection.refuseAgreement', reason: ' ' })).toMatch(/reason/)
    a.send({ type: 'collection.refuseAgreement', reason: 'Repeat defaulter' })
    expect(blocker(a, 'collection.enforce')).toBeUndefined()
    expect(blocker(a, 'collection.grantAgreement')).toMatch(/refused/)
  })

  it('grants no more instalments than the law allows', () => {
    const a = actor(facts({ demandServedOn: '2025-01-01', requestMonths: 6, hasCashFlow: true }))
    expect(blocker(a, 'collection.grantAgreement')).toMatch(/Review the taxpayer account/)
    checkAll(a)
    expect(problem(a, { type: 'collection.grantAgreement', months: 13, security: 'none' })).toMatch(
      /at most 12/,
    )
    a.send({ type: 'collection.grantAgreement', months: 13, security: 'none' })
    expect(a.getSnapshot().value).toBe('enforceable')
    a.send({ type: 'collection.grantAgreement', months: 12, security: 'none' })
    expect(a.getSnapshot().value).toBe('agreementGranted')
  })

  it('freezes accounts only during the demand period, after a bank inquiry', () => {
    const a = actor(facts({ demandServedOn: '2025-05-01' }))
    a.send({ type: 'collection.checkNotices' })
    expect(blocker(a, 'collection.protectiveMeasure')).toMatch(/bank inquiry/)
    a.send({ type: 'collection.bankInquiry' })
    expect(blocker(a, 'collection.protectiveMeasure')).toBeUndefined()
    a.send({ type: 'clock.tick', today: '2025-06-08' })
    expect(blocker(a, 'collection.protectiveMeasure')).toMatch(/period is over/)
    const j = { ...northland, collection: { ...northland.collection, protectiveMeasures: false } }
    const b = actor(facts({ demandServedOn: '2025-05-01' }), j)
    expect(blocker(b, 'collection.protectiveMeasure')).toMatch(/no protective measures/)
  })
})

describe('guards: write-off needs documented criteria and another officer', () => {
  const liquidated = facts({
    demandServedOn: '2025-01-01',
    writeOff: { debt: 1_000_000_00, inLiquidation: true, traced: true },
  })

  it('refuses a criterion the evidence does not document', () => {
    const a = actor(facts({ demandServedOn: '2025-01-01' }))
    expect(blocker(a, 'collection.proposeWriteOff')).toMatch(/Review the taxpayer account/)
    checkAll(a)
    expect(problem(a, { type: 'collection.proposeWriteOff', criterion: 'liquidation' })).toMatch(
      /does not show/,
    )
    expect(problem(a, { type: 'collection.proposeWriteOff', criterion: 'uneconomic' })).toMatch(/is above/)
  })

  it('lets neither the proposer nor a supervisor above the limit approve', () => {
    const a = actor(liquidated)
    checkAll(a)
    a.send({ type: 'collection.proposeWriteOff', criterion: 'liquidation' })
    expect(a.getSnapshot().value).toBe('writeOffProposed')
    expect(blocker(a, 'collection.enforce')).toMatch(/waiting for approval/)
    expect(problem(a, { type: 'collection.approveWriteOff', approver: 'self' })).toMatch(
      /segregation of duties/,
    )
    a.send({ type: 'collection.approveWriteOff', approver: 'self' })
    expect(a.getSnapshot().value).toBe('writeOffProposed')
    // ₦1,000,000 is within the supervisor's ₦10,000,000 limit.
    a.send({ type: 'collection.approveWriteOff', approver: 'supervisor' })
    expect(a.getSnapshot().value).toBe('writtenOff')

    const big = actor({ ...liquidated, debt: 20_000_000_00 })
    checkAll(big)
    big.send({ type: 'collection.proposeWriteOff', criterion: 'liquidation' })
    expect(problem(big, { type: 'collection.approveWriteOff', approver: 'supervisor' })).toMatch(
      /head of collection/,
    )
    big.send({ type: 'collection.approveWriteOff', approver: 'head' })
    expect(big.getSnapshot().value).toBe('writtenOff')
  })

  it('goes back to work when the proposal is sent back', () => {
    const a = actor(liquidated)
    checkAll(a)
    a.send({ type: 'collection.proposeWriteOff', criterion: 'liquidation' })
    a.send({ type: 'collection.rejectWriteOff', approver: 'supervisor' })
    expect(a.getSnapshot().value).toBe('enforceable')
    expect(a.getSnapshot().context.writeOff).toBeNull()
  })
})
