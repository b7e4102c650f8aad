/**
 * The collection rules as worked examples a trainer can check by hand; the same examples are in
 * scenarios/guide/collection.md. Northland: notices deemed received after 7 days, 30 days to
 * pay, 30 days to object; the collection defaults (12 months, refuse after 2 defaults, …).
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import type { Objection } from '../../../src/engine/processes/collection/case-data'
import {
  agreementDecision,
  collectabilityBand,
  collectabilityScore,
  debtPriority,
  defaultsIn,
  demandDates,
  demandPeriodOver,
  enforceableAmount,
  installmentOf,
  leastIntrusiveTool,
  monthlySurplus,
  objectionValid,
  reachable,
  realisticTerms,
  requiredApprover,
  writeOffCriterionProblem,
  type Sources,
} from '../../../src/engine/processes/collection/rules'

const library = await loadBundledLibrary()
const northland = library.jurisdictions.find((j) => j.id === 'northland')!
const j = { ...northland, currency: { ...northland.currency, minorUnits: 0 } }
const noHold = { ...j, collection: { ...j.collection, holdDisputedAmounts: false } }

describe('demand notice dates', () => {
  it.each([
    // served, deemed received (+7), period ends (+30), enforcement lawful from
    ['2025-02-01', '2025-02-08', '2025-03-10', '2025-03-11'],
    // across a year end
    ['2024-12-20', '2024-12-27', '2025-01-26', '2025-01-27'],
  ])('served %s → deemed %s, ends %s, lawful from %s', (served, deemed, ends, from) => {
    expect(demandDates(served, j)).toEqual({
      deemedReceivedOn: deemed,
      periodEndsOn: ends,
      enforceableFrom: from,
    })
  })

  it.each([
    // the last day of the period: not yet
    ['2025-03-10', false],
    // the day after: lawful
    ['2025-03-11', true],
  ])('served 2025-02-01, on %s the period is over: %s', (today, over) => {
    expect(demandPeriodOver('2025-02-01', today, j)).toBe(over)
  })
})

const objection = (
  lodgedOn: string,
  status: Objection['status'] = 'pending',
  amount = 3_500_000,
): Objection => ({
  id: 'OBJ',
  taxType: 'CIT',
  period: '2023',
  assessedOn: '2025-01-01',
  lodgedOn,
  amount,
  status,
  grounds: '',
})

describe('objections hold back only what they validly dispute', () => {
  it.each([
    // the window runs from deemed receipt (issued 1 Jan + 7 = 8 Jan) for 30 days: to 7 Feb
    ['2025-02-07', 'pending', true],
    // 8 Feb: out of time, no suspension
    ['2025-02-08', 'pending', false],
    // decided objections suspend nothing
    ['2025-01-10', 'decided', false],
  ] as const)('lodged %s, %s → valid %s', (lodged, status, valid) => {
    expect(objectionValid(objection(lodged, status), j)).toBe(valid)
  })

  it.each([
    // debt 10,000,000, 3,500,000 validly disputed → 6,500,000 enforceable
    [10_000_000, [objection('2025-01-20')], j, 6_500_000],
    // the same objection lodged late holds nothing
    [10_000_000, [objection('2025-02-10')], j, 10_000_000],
    // where the law does not suspend collection, everything is enforceable
    [10_000_000, [objection('2025-01-20')], noHold, 10_000_000],
    // a dispute larger than the debt holds the whole debt, never more
    [2_000_000, [objection('2025-01-20')], j, 0],
  ])('debt %i → %i enforceable', (debt, objections, profile, expected) => {
    expect(enforceableAmount(debt, objections, profile)).toBe(expected)
  })
})

describe('instalment requests', () => {
  it.each([
    // no default: grant
    [0, 'grant'],
    // one default (fewer than refuseAfterDefaults = 2): only against security
    [1, 'grant-with-security'],
    // two or more: refuse
    [2, 'refuse'],
    [3, 'refuse'],
  ] as const)('%i default(s) → %s', (defaults, decision) => {
    expect(agreementDecision(defaults, j)).toBe(decision)
  })

  it('counts an active agreement with 2 missed instalments as a default, not one with 1', () => {
    const base = { id: 'IA', grantedOn: '2024-01-01', months: 12, installment: 1, paid: 3, security: null }
    expect(
      defaultsIn(
        [
          { ...base, missed: 3, status: 'defaulted' },
          { ...base, missed: 2, status: 'active' },
          { ...base, missed: 0, status: 'completed' },
        ],
        j,
      ),
    ).toBe(2)
    expect(defaultsIn([{ ...base, missed: 1, status: 'active' }], j)).toBe(0)
  })

  it.each([
    // debt 6,000,000, surplus 1,000,000 a month → 6 to 12 months
    [6_000_000, 1_000_000, { min: 6, max: 12 }],
    // debt 15,000,000 and the same surplus: 15 months > 12, no realistic schedule
    [15_000_000, 1_000_000, null],
    // no surplus at all
    [1_000_000, 0, null],
  ])('debt %i, surplus %i → %j', (debt, surplus, terms) => {
    expect(realisticTerms(debt, surplus, j)).toEqual(terms)
  })

  it.each([
    // 1,000,000 over 3 months → 333,334 (rounded up)
    [1_000_000, 3, 333_334],
    [1_200_000, 12, 100_000],
  ])('%i over %i months → %i a month', (debt, months, instalment) => {
    expect(installmentOf(debt, months)).toBe(instalment)
  })

  it('averages the projected surplus, rounding down', () => {
    expect(
      monthlySurplus([
        { month: '2025-06', receipts: 5_000_000, payments: 4_000_000 },
        { month: '2025-07', receipts: 5_000_001, payments: 4_000_000 },
      ]),
    ).toBe(1_000_000)
  })
})

const sources = (s: Partial<Sources>): Sources => ({
  offset: 0,
  bank: 0,
  monthlyWage: 0,
  debtors: 0,
  assets: 0,
  ...s,
})

describe('the least intrusive tool that works', () => {
  it('an employer order reaches 30 % of the wage for 6 months', () => {
    // 30 % of 400,000 = 120,000 a month × 6 = 720,000
    expect(reachable('employer', sources({ monthlyWage: 400_000 }), j)).toBe(720_000)
  })

  it.each([
    // empty account, a wage: employer (720,000 ≥ 500,000)
    [sources({ bank: 20_000, monthlyWage: 400_000 }), 500_000, 'employer'],
    // a credit that covers the debt comes before a bank account that does too
    [sources({ offset: 600_000, bank: 900_000 }), 500_000, 'offset'],
    // the bank when the credit is too small
    [sources({ offset: 100_000, bank: 900_000 }), 500_000, 'bank'],
    // customers owe enough, the bank is empty: trade debtors
    [sources({ bank: 10_000, debtors: 800_000, assets: 2_000_000 }), 500_000, 'receivables'],
    // nothing reaches the whole debt: the tool that reaches most
    [sources({ bank: 100_000, assets: 300_000 }), 500_000, 'seizure'],
    // nothing at all
    [sources({}), 500_000, undefined],
  ])('%j, debt %i → %s', (s, debt, tool) => {
    expect(leastIntrusiveTool(s, debt, j)).toBe(tool)
  })

  it('follows the profile\u2019s ladder, and skips tools the profile does not list', () => {
    const bankFirst = {
      ...j,
      collection: { ...j.collection, enforcementLadder: ['bank' as const, 'offset' as const] },
    }
    expect(leastIntrusiveTool(sources({ offset: 600_000, bank: 900_000 }), 500_000, bankFirst)).toBe('bank')
    expect(leastIntrusiveTool(sources({ monthlyWage: 400_000 }), 500_000, bankFirst)).toBeUndefined()
  })
})

describe('priority and collectability', () => {
  it.each([
    // fresh, clean: 100 − 3 = 97, high
    [{ daysOverdue: 30, defaults: 0, missingReturns: 0, inactive: false }, 97, 'high'],
    // 120 days overdue, one default: 100 − 12 − 20 = 68, medium
    [{ daysOverdue: 120, defaults: 1, missingReturns: 0, inactive: false }, 68, 'medium'],
    // 500 days (counts 40 at most), two defaults, one missing return: 100 − 40 − 40 − 10 = 10, low
    [{ daysOverdue: 500, defaults: 2, missingReturns: 1, inactive: false }, 10, 'low'],
    // in liquidation: 100 − 9 − 60 = 31, low
    [{ daysOverdue: 90, defaults: 0, missingReturns: 0, inactive: true }, 31, 'low'],
  ])('%j → %i (%s)', (facts, score, band) => {
    expect(collectabilityScore(facts)).toBe(score)
    expect(collectabilityBand(score)).toBe(band)
  })

  it.each([
    // 6,000,000, 120 days, medium → high (≥ highPriorityAmount 5,000,000)
    [6_000_000, 120, 'medium', 'high'],
    // smaller debt → normal
    [1_000_000, 120, 'high', 'normal'],
    // aged (over 365 days) → low, however large
    [60_000_000, 400, 'high', 'low'],
    // low collectability → low
    [6_000_000, 30, 'low', 'low'],
  ] as const)('%i overdue %i days, %s collectability → %s', (debt, days, band, priority) => {
    expect(debtPriority(debt, days, band, j)).toBe(priority)
  })
})

describe('write-off', () => {
  const facts = { debt: 40_000, inLiquidation: false, traced: true }
  it.each([
    // 40,000 is within uneconomicDebtLimit (50,000)
    ['uneconomic', facts, true],
    // 60,000 is not
    ['uneconomic', { ...facts, debt: 60_000 }, false],
    ['liquidation', { ...facts, inLiquidation: true }, true],
    ['liquidation', facts, false],
    ['untraceable', { ...facts, traced: false }, true],
    ['untraceable', facts, false],
  ] as const)('%s with %j → documented %s', (criterion, f, documented) => {
    expect(writeOffCriterionProblem(criterion, f, j) === undefined).toBe(documented)
  })

  it.each([
    // up to supervisorWriteOffLimit (10,000,000): the supervisor
    [8_000_000, 'supervisor'],
    [10_000_000, 'supervisor'],
    // above: the head of collection
    [12_000_000, 'head'],
  ] as const)('a write-off of %i is approved by the %s', (amount, approver) => {
    expect(requiredApprover(amount, j)).toBe(approver)
  })
})
