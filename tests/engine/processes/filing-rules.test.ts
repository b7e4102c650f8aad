/**
 * The filing rules as table tests, on the sahel-coast profile (CFA francs, no minor units,
 * VAT 18 %, a flat late-filing fine of 200,000, demands deemed received after 5 days). The
 * same worked examples are in scenarios/guide/filing.md, so a trainer can check them by hand.
 */
import { inEnglish } from '../../../src/i18n/render'
import { describe, expect, it, test } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import {
  contestDeadline,
  demandExpiry,
  priorAverage,
  reasonableRange,
  recompute,
  thirdPartyEstimate,
  understated,
  vatLines,
} from '../../../src/engine/processes/filing/rules'
import { lateFilingPenalty } from '../../../src/engine/rules/penalties'
import type { TaxReturn } from '../../../src/engine/world/types'

const library = await loadBundledLibrary()
const j = library.jurisdictions.find((x) => x.id === 'sahel-coast')!

describe('the sahel-coast profile gets the filing defaults', () => {
  it('has the documented defaults', () => {
    expect(j.filing).toEqual({
      mathErrorContestDays: 60,
      demandToFileDays: 30,
      estimatePeriods: 6,
      estimateTolerancePercent: 20,
      mismatchTolerancePercent: 5,
    })
  })
})

describe('VAT return arithmetic', () => {
  test.each([
    // sales, purchases → output, input, net (18 %)
    [10_000_000, 6_000_000, 1_800_000, 1_080_000, 720_000],
    // a nil return
    [0, 0, 0, 0, 0],
    // half-up rounding of a franc: 18 % of 1,234,567 = 222,222.06 → 222,222
    [1_234_567, 0, 222_222, 0, 222_222],
  ])('sales %i, purchases %i → output %i, input %i, net %i', (sales, purchases, output, input, net) => {
    const lines = vatLines(sales, purchases, j)
    expect(lines.map((l) => l.amount)).toEqual([sales, output, purchases, input, net])
    expect(recompute(lines, j)).toMatchObject({ structural: [], taxDue: net, difference: 0 })
  })

  test.each([
    // declared net, recomputed net, difference: two digits swapped (720,000 → 270,000 would be a
    // swap at the front; the generator swaps in the middle, e.g. 720,000 → 702,000)
    [702_000, 720_000, -18_000],
    [810_000, 720_000, 90_000],
  ])('net declared %i instead of %i → difference %i', (declaredNet, net, difference) => {
    const check = recompute(vatLines(10_000_000, 6_000_000, j, declaredNet), j)
    expect(check.taxDue).toBe(net)
    expect(check.difference).toBe(difference)
    expect(check.structural).toEqual([])
  })

  it('reports a missing line and a negative amount as structural defects', () => {
    const lines = vatLines(10_000_000, 6_000_000, j).filter((l) => l.label !== 'vatInput')
    lines[0] = { ...lines[0]!, amount: -5 }
    expect(recompute(lines, j).structural.map((m) => inEnglish(m))).toEqual([
      'line "Taxable sales (excl. VAT)" is negative',
      'line "Deductible input VAT" is blank',
    ])
  })
})

const ret = (period: string, taxDue: number, filed = true): TaxReturn => ({
  id: `r-${period}`,
  tin: 'T',
  taxType: 'VAT',
  period,
  dueOn: `${period}-15`,
  filedOn: filed ? `${period}-10` : null,
  channel: filed ? 'e-filing' : null,
  lines: [],
  taxDue,
})

describe('default assessment: the evidence-based estimates', () => {
  const history = [
    ret('2024-05', 900_000), // older than the last six: not used
    ret('2024-06', 1_150_000),
    ret('2024-07', 1_240_000),
    ret('2024-08', 1_080_000),
    ret('2024-09', 1_310_000),
    ret('2024-10', 1_190_000),
    ret('2024-11', 1_230_000),
    ret('2024-12', 0, false), // the missing period itself
    ret('2025-01', 0, false),
  ]

  test.each([
    // period, n → average of the last n filed returns before the period
    ['2024-12', 6, 1_200_000], // 7,200,000 / 6
    ['2024-12', 2, 1_210_000], // (1,190,000 + 1,230,000) / 2
    ['2025-01', 6, 1_200_000], // the missing 2024-12 is skipped
    ['2024-06', 6, 900_000],
    ['2024-05', 6, 0], // nothing filed before
  ])('prior-returns basis for %s over %i returns: %i', (period, n, average) => {
    expect(priorAverage(history, period, n, j).average).toBe(average)
  })

  test.each([
    // e-invoiced sales, imports → output VAT on sales − VAT paid at customs
    [9_500_000, 2_800_000, 1_206_000], // 1,710,000 − 504,000
    [5_000_000, 0, 900_000],
    [1_000_000, 9_000_000, 0], // never negative
  ])('third-party basis: e-invoices %i, imports %i → %i', (invoiced, imports, estimate) => {
    expect(thirdPartyEstimate(invoiced, imports, j)).toBe(estimate)
  })

  test.each([
    // estimates → reasonable range with the 20 % tolerance
    [[1_200_000, 1_206_000], 960_000, 1_447_200],
    [[1_000_000, 0], 800_000, 1_200_000], // a zero estimate is no evidence
    [[0, 0], 0, 0],
  ])('estimates %j → %i to %i', (estimates, low, high) => {
    expect(reasonableRange(estimates, j)).toEqual({ low, high })
  })
})

describe('third-party mismatch (5 % tolerance)', () => {
  test.each([
    // declared sales, e-invoiced sales → understated?
    [4_000_000, 9_000_000, true],
    [8_000_000, 8_300_000, false], // 3.75 % over: timing, credit notes
    [8_000_000, 8_400_000, false], // exactly 5 %: still tolerated
    [8_000_000, 8_400_001, true],
    [0, 1, true], // a nil return with any e-invoiced sale
    [10_000_000, 7_000_000, false], // e-invoices are only part of the sales
  ])('declared %i, e-invoiced %i → %s', (declaredSales, invoiced, expected) => {
    expect(understated(declaredSales, invoiced, j)).toBe(expected)
  })
})

describe('notice deadlines', () => {
  test.each([
    // demand served → first day a default assessment is lawful (5 + 30 days)
    ['2025-04-07', '2025-05-12'],
    ['2025-01-31', '2025-03-07'],
  ])('demand served %s → default assessment lawful from %s', (served, lawful) => {
    expect(demandExpiry(served, j)).toBe(lawful)
  })

  test.each([
    // math-error notice → last day to contest (5 + 60 days)
    ['2025-04-07', '2025-06-11'],
  ])('math-error notice of %s → may be contested until %s', (notice, until) => {
    expect(contestDeadline(notice, j)).toBe(until)
  })
})

describe('late-filing penalty (shared rule, flat CFA 200,000 in sahel-coast)', () => {
  test.each([
    // tax due, due on, filed on → penalty
    [720_000, '2025-03-15', '2025-03-15', 0], // on the due date
    [720_000, '2025-03-15', '2025-03-16', 200_000], // one day late
    [0, '2025-03-15', '2025-06-30', 200_000], // a nil return filed late is still late
  ])('tax %i due %s filed %s → %i', (taxDue, dueOn, filedOn, penalty) => {
    expect(lateFilingPenalty(taxDue, dueOn, filedOn, j)).toBe(penalty)
  })
})
