import { describe, expect, test } from 'vitest'
import { lateInterest } from '../../src/engine/rules/interest'
import { latePaymentPenalty } from '../../src/engine/rules/penalties'
import { testJurisdiction } from '../fixtures/jurisdiction'

const naira = (major: number) => major * 100
// 1.5 % a month accrued daily (18 % a year / 365 days), simple: Testland's default.
const daily = testJurisdiction()
// 1 % a month accrued by the month (a part-month counts), simple and compound.
const monthly = testJurisdiction({ interest: { percentPerMonth: 1, basis: 'monthly' } })
const compound = testJurisdiction({
  interest: { percentPerMonth: 1, basis: 'monthly' },
  payments: { ...daily.payments, interestCompounding: 'compound' },
})
const dailyCompound = testJurisdiction({
  payments: { ...daily.payments, interestCompounding: 'compound' },
})

describe('lateInterest: from the original due date', () => {
  test.each([
    // profile        principal (minor)   original due   to             interest (minor)
    [daily, naira(1_000_000), '2024-02-21', '2024-02-21', 0], // paid on the due date
    [daily, naira(1_000_000), '2024-02-21', '2024-05-04', naira(36_000)], // 73 days × 18 %/365 = 3.6 %
    [daily, naira(1_000_000), '2024-02-21', '2025-02-20', naira(180_000)], // 365 days = 18 %
    [daily, naira(100), '2024-02-21', '2024-02-22', 5], // 1 day on ₦100: 4.93 kobo → 5
    [monthly, naira(10_000_000), '2024-02-21', '2024-04-22', naira(300_000)], // 2 months + 1 day = 3 months × 1 %
    [compound, naira(1_000_000), '2024-02-21', '2024-05-21', 3_030_100], // 1,000,000 × (1.01³ − 1) = ₦30,301
    [dailyCompound, naira(1_000_000), '2024-02-21', '2024-05-04', 3_664_665], // ₦1,000,000 × ((1 + 0.18/365)^73 − 1) = ₦36,646.65
    [daily, 0, '2024-02-21', '2025-02-21', 0], // nothing unpaid
    [daily, naira(1_000_000), '2024-02-21', '2024-01-01', 0], // before the due date
  ] as const)('row %#', (j, principal, due, to, interest) => {
    expect(lateInterest(principal, due, to, j)).toBe(interest)
  })

  test('an adjustment assessed later still runs from the original due date', () => {
    // VAT 2024-01 was due 2024-02-21; an audit adds ₦1,000,000 on 2024-04-01; paid 2024-05-04.
    const fromOriginal = lateInterest(naira(1_000_000), '2024-02-21', '2024-05-04', daily)
    const fromAssessment = lateInterest(naira(1_000_000), '2024-04-01', '2024-05-04', daily)
    expect(fromOriginal).toBe(naira(36_000))
    expect(fromAssessment).toBeLessThan(fromOriginal)
  })
})

describe("charges on an additional assessment (the guide's northland example)", () => {
  // Northland: late payment 0.5 % a month, at most 25 %; interest 1.5 % a month, daily.
  const northland = testJurisdiction({
    penalties: {
      ...daily.penalties,
      latePayment: { type: 'percent-per-month', percent: 0.5, maxPercent: 25, graceMonths: 0 },
    },
  })
  test.each([
    // counted from   to            interest (minor)  penalty (minor)
    ['2024-06-30', '2024-11-30', 7_545_205, naira(25_000)], // the original due date: 153 days, 5 part-months
    ['2024-11-04', '2024-11-30', 1_282_192, naira(5_000)], // the notice date (wrong): 26 days, 1 month
  ])('₦1,000,000 from %s to %s', (from, to, interest, penalty) => {
    expect(lateInterest(naira(1_000_000), from, to, northland)).toBe(interest)
    expect(latePaymentPenalty(naira(1_000_000), from, to, northland)).toBe(penalty)
  })
})
