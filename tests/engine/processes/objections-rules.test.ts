/**
 * The objection rules as table tests. The worked examples use Testland's deadlines (deemed
 * receipt 5 days, objection window 30 days, decision 90 days) and are repeated, for Northland
 * (7 / 30 / 90), in scenarios/guide/objections.md so a trainer can check them by hand.
 */
import { describe, expect, it } from 'vitest'
import {
  daysLate,
  decisionDue,
  decisionOverdue,
  deemedReceipt,
  extensionLimit,
  inadmissibility,
  lateByMailingDate,
  objectionLimit,
  outcomeOf,
  timeliness,
  type ObjectionFacts,
} from '../../../src/engine/processes/objections/rules'
import { testJurisdiction } from '../../fixtures/jurisdiction'

const testland = testJurisdiction()
const northland = testJurisdiction({
  deadlines: { ...testland.deadlines, deemedReceiptDays: 7, objectionDays: 30, objectionDecisionDays: 90 },
})
const withExtension = testJurisdiction({ objections: { ...testland.objections, extensionDays: 30 } })
const lenient = testJurisdiction({ objections: { ...testland.objections, requireUndisputedPaid: false } })

describe('the time limit runs from deemed receipt', () => {
  it.each([
    // Northland: mailed 3 April, deemed received 10 April, last day to object 10 May.
    { j: northland, mailed: '2025-04-03', deemed: '2025-04-10', limit: '2025-05-10' },
    // Testland: mailed 31 January, deemed received 5 February, last day 7 March.
    { j: testland, mailed: '2025-01-31', deemed: '2025-02-05', limit: '2025-03-07' },
  ])('mailed $mailed → deemed received $deemed → last day $limit', ({ j, mailed, deemed, limit }) => {
    expect(deemedReceipt(mailed, j)).toBe(deemed)
    expect(objectionLimit(mailed, j)).toBe(limit)
  })

  it.each([
    // 30 days after mailing: in time on any count.
    { received: '2025-05-03', time: 'in-time', late: 0, looksLate: false },
    // 36 days after mailing: looks late from the mailing date, in time from deemed receipt (the look-alike).
    { received: '2025-05-09', time: 'in-time', late: 0, looksLate: true },
    // 37 days: the last day, still in time.
    { received: '2025-05-10', time: 'in-time', late: 0, looksLate: true },
    // 38 days: one day late even from deemed receipt, and Northland allows no extension.
    { received: '2025-05-11', time: 'late', late: 1, looksLate: true },
  ])('Northland, mailed 2025-04-03, received $received: $time', ({ received, time, late, looksLate }) => {
    expect(timeliness('2025-04-03', received, northland)).toBe(time)
    expect(daysLate('2025-04-03', received, northland)).toBe(late)
    expect(lateByMailingDate('2025-04-03', received, northland)).toBe(looksLate)
  })

  it.each([
    // Testland with a 30-day extension: mailed 2025-01-31, last day 2025-03-07, extension to 2025-04-06.
    { received: '2025-03-07', time: 'in-time' },
    { received: '2025-03-20', time: 'extendable' },
    { received: '2025-04-06', time: 'extendable' },
    { received: '2025-04-07', time: 'late' },
  ])('with extensionDays 30, received $received: $time', ({ received, time }) => {
    expect(extensionLimit('2025-01-31', withExtension)).toBe('2025-04-06')
    expect(timeliness('2025-01-31', received, withExtension)).toBe(time)
  })
})

describe('admissibility', () => {
  const ok: ObjectionFacts = {
    mailedOn: '2025-01-31',
    receivedOn: '2025-03-01',
    groundsStated: true,
    undisputed: 500_000,
    paid: 500_000,
    lateReason: false,
  }
  it.each([
    // In time, reasoned, accepted items paid: admissible.
    { facts: ok, j: testland, ground: undefined },
    // One day after the last day (7 March): late.
    { facts: { ...ok, receivedOn: '2025-03-08' }, j: testland, ground: 'late' },
    // Late but inside a 30-day extension: admissible only with a reason for the delay.
    { facts: { ...ok, receivedOn: '2025-03-20' }, j: withExtension, ground: 'late' },
    { facts: { ...ok, receivedOn: '2025-03-20', lateReason: true }, j: withExtension, ground: undefined },
    // No grounds stated.
    { facts: { ...ok, groundsStated: false }, j: testland, ground: 'no-grounds' },
    // 200,000 of the 500,000 accepted is unpaid.
    { facts: { ...ok, paid: 300_000 }, j: testland, ground: 'undisputed-unpaid' },
    // …which does not matter where the law requires no payment to object.
    { facts: { ...ok, paid: 0 }, j: lenient, ground: undefined },
    // Several defects: the time limit is checked first.
    {
      facts: { ...ok, receivedOn: '2025-03-08', groundsStated: false, paid: 0 },
      j: testland,
      ground: 'late',
    },
  ])('$ground', ({ facts, j, ground }) => {
    expect(inadmissibility(facts, j)).toBe(ground)
  })
})

describe('the decision period', () => {
  it.each([
    // Received 9 May, 90 days to decide: due 7 August; deemed from 8 August.
    { received: '2025-05-09', today: '2025-08-07', due: '2025-08-07', overdue: false },
    { received: '2025-05-09', today: '2025-08-08', due: '2025-08-07', overdue: true },
  ])('received $received, today $today: overdue $overdue', ({ received, today, due, overdue }) => {
    expect(decisionDue(received, testland)).toBe(due)
    expect(decisionOverdue(received, today, testland)).toBe(overdue)
  })
})

describe('item-by-item outcome', () => {
  it.each([
    // Every disputed item allowed.
    { allowed: ['item-1', 'item-3'], disputed: ['item-1', 'item-3'], outcome: 'allowed' },
    // Some allowed.
    { allowed: ['item-3'], disputed: ['item-1', 'item-3'], outcome: 'partiallyAllowed' },
    // None allowed.
    { allowed: [], disputed: ['item-1', 'item-3'], outcome: 'disallowed' },
    // An undisputed item in the list does not count.
    { allowed: ['item-2'], disputed: ['item-1', 'item-3'], outcome: 'disallowed' },
  ])('$allowed of $disputed → $outcome', ({ allowed, disputed, outcome }) => {
    expect(outcomeOf(allowed, disputed)).toBe(outcome)
  })
})
