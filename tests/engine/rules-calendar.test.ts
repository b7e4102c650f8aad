import { describe, expect, test } from 'vitest'
import { dueDate, periodsBetween } from '../../src/engine/rules/calendar'
import { testJurisdiction } from '../fixtures/jurisdiction'

// Testland: VAT on the 21st of the following month; payments defaults: PAYE/WHT on the 10th,
// PIT 3 months and CIT 6 months after the year ends (last day of the month).
const j = testJurisdiction()
const day31 = testJurisdiction({ deadlines: { ...j.deadlines, vatFilingDay: 31 } })

describe('dueDate', () => {
  test.each([
    // tax     period     profile  due
    ['VAT', '2024-01', j, '2024-02-21'], // the 21st of the following month
    ['VAT', '2024-12', j, '2025-01-21'], // across the year end
    ['VAT', '2024-01', day31, '2024-02-29'], // day 31 in February: the month's last day
    ['EXCISE', '2024-03', j, '2024-04-21'], // excise follows VAT
    ['PAYE', '2024-12', j, '2025-01-10'], // payeFilingDay 10
    ['WHT', '2024-06', j, '2024-07-10'],
    ['PIT', '2023', j, '2024-03-31'], // pitFilingMonths 3
    ['CIT', '2023', j, '2024-06-30'], // citFilingMonths 6
  ] as const)('%s %s → %s', (tax, period, profile, due) => {
    expect(dueDate(tax, period, profile)).toBe(due)
  })
})

describe('periodsBetween: returns a taxpayer registered on `from` owes by `to`', () => {
  test.each([
    // tax    from           to             periods
    ['VAT', '2024-02-10', '2024-05-01', ['2024-02', '2024-03']], // 2024-04 is due 21 May, not yet
    ['VAT', '2024-02-10', '2024-05-21', ['2024-02', '2024-03', '2024-04']], // due today counts
    ['CIT', '2021-07-01', '2024-05-01', ['2021', '2022']], // 2023 is due 30 June 2024
    ['PIT', '2024-01-05', '2024-03-30', []], // the first PIT return is due 31 March 2025
  ] as const)('%s from %s to %s', (tax, from, to, periods) => {
    expect(periodsBetween(tax, from, to, j)).toEqual(periods)
  })
})
