import { describe, expect, test } from 'vitest'
import {
  applyPenaltyRule,
  lateFilingPenalty,
  latePaymentPenalty,
  monthsLate,
} from '../../src/engine/rules/penalties'
import type { PenaltyRule } from '../../src/engine/scenario/schema'
import { testJurisdiction } from '../fixtures/jurisdiction'

// Testland: NGN (2 minor digits); late filing = the greater of ₦50,000 or 10 % of the tax;
// late payment = 5 % per month or part-month, at most 25 %.
const j = testJurisdiction()
const cfa = testJurisdiction({ currency: { code: 'XOF', symbol: 'CFA', minorUnits: 0 } })
const naira = (major: number) => major * 100

describe('monthsLate: months or part-months after the due date', () => {
  test.each([
    // due          on             months
    ['2024-01-21', '2024-01-21', 0], // paid on the due date: on time
    ['2024-01-21', '2024-01-10', 0], // early
    ['2024-01-21', '2024-01-22', 1], // one day late is a part-month
    ['2024-01-21', '2024-02-21', 1], // exactly one month late
    ['2024-01-21', '2024-02-22', 2], // one month and a day
    ['2024-01-31', '2024-02-29', 1], // 31 Jan + 1 month = 29 Feb (leap year)
    ['2024-01-31', '2024-03-01', 2],
    ['2023-06-30', '2024-06-30', 12], // a whole year
  ])('due %s, on %s → %d', (due, on, months) => {
    expect(monthsLate(due, on)).toBe(months)
  })
})

describe('applyPenaltyRule: the three styles', () => {
  const perMonth: PenaltyRule = { type: 'percent-per-month', percent: 5, maxPercent: 25, graceMonths: 0 }
  const grace: PenaltyRule = { type: 'percent-per-month', percent: 2, maxPercent: 48, graceMonths: 2 }
  const greater: PenaltyRule = { type: 'fixed-plus-percent', fixed: 50_000, percent: 10, combine: 'greater' }
  const sum: PenaltyRule = { type: 'fixed-plus-percent', fixed: 50_000, percent: 10, combine: 'sum' }
  const flat: PenaltyRule = { type: 'flat', amount: 500_000 }
  test.each([
    // rule      base (minor)             months  penalty (minor)
    [perMonth, naira(1_000_000), 0, 0], // not late: nothing
    [perMonth, naira(1_000_000), 3, naira(150_000)], // 3 × 5 % = 15 %
    [perMonth, naira(1_000_000), 7, naira(250_000)], // 35 % capped at 25 %
    [grace, naira(10_000_000), 2, 0], // still inside the two grace months
    [grace, naira(10_000_000), 5, naira(600_000)], // (5 − 2) × 2 % = 6 %
    [grace, naira(10_000_000), 40, naira(4_800_000)], // 76 % capped at 48 %
    [greater, naira(1_000_000), 1, naira(100_000)], // 10 % = ₦100,000 beats ₦50,000
    [greater, naira(200_000), 1, naira(50_000)], // 10 % = ₦20,000, so the ₦50,000 minimum
    [greater, 0, 4, naira(50_000)], // a late nil return still costs the fixed amount
    [sum, naira(200_000), 1, naira(70_000)], // ₦50,000 + ₦20,000
    [flat, naira(9_000_000), 1, naira(500_000)], // flat: the same however large the tax
    [flat, naira(9_000_000), 12, naira(500_000)], // … and however late
    [perMonth, 333, 1, 17], // 5 % of 333 = 16.65 → 17 (one rounding)
  ] as const)('row %#: %j on %d minor units, %d months → %d', (rule, base, months, penalty) => {
    expect(applyPenaltyRule(rule, base, months, j)).toBe(penalty)
  })

  test('fixed amounts are major units: CFA 200,000 flat in a currency without minor units', () => {
    expect(applyPenaltyRule({ type: 'flat', amount: 200_000 }, 1_000_000, 1, cfa)).toBe(200_000)
  })
})

describe('late-filing and late-payment penalties under the profile', () => {
  test.each([
    // tax due (minor)     due           filed         penalty
    [naira(1_000_000), '2024-02-21', '2024-02-21', 0], // on time
    [naira(1_000_000), '2024-02-21', '2024-04-02', naira(100_000)], // late: 10 % beats ₦50,000
    [naira(300_000), '2024-02-21', '2024-02-22', naira(50_000)], // 10 % = ₦30,000 < ₦50,000
  ])('late filing of %d due %s filed %s → %d', (tax, due, filed, penalty) => {
    expect(lateFilingPenalty(tax, due, filed, j)).toBe(penalty)
  })

  test.each([
    // unpaid (minor)      due           paid          agreement  penalty
    [naira(1_000_000), '2024-02-21', '2024-05-10', false, naira(150_000)], // 3 part-months × 5 %
    [naira(1_000_000), '2024-02-21', '2024-05-10', true, naira(75_000)], // halved under an agreement (factor 0.5)
    [naira(1_000_000), '2024-02-21', '2025-02-21', false, naira(250_000)], // 12 × 5 % capped at 25 %
    [0, '2024-02-21', '2025-02-21', false, 0], // nothing unpaid, nothing charged
  ])('late payment of %d due %s paid %s (agreement %s) → %d', (unpaid, due, paid, agreement, penalty) => {
    expect(latePaymentPenalty(unpaid, due, paid, j, { underAgreement: agreement })).toBe(penalty)
  })
})
