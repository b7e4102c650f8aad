/**
 * The audit rules as worked examples a trainer can check by hand (the same examples are in
 * scenarios/guide/audit.md). Archipelago: Rp with 2 decimals, CIT 22 %, VAT 11 %, interest 1 %
 * a month counted by the month, audit settings at their defaults (PIT 25 %, honest error 0 %,
 * negligence 20 %, fraud 50 %, substantial above 10 % of the correct tax, 15 days to reply).
 */
import { describe, expect, test } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import {
  auditVatPeriod,
  auditYear,
  niceStep,
  sectorMargins,
  transposeDown,
} from '../../../src/engine/processes/audit/history'
import {
  RISK_RULES,
  adjustmentTolerance,
  assessmentEntries,
  computeFindings,
  isSubstantial,
  penaltyFor,
  riskScore,
  ruleWeights,
  selectCases,
  taxOnAdjustment,
  type AssessedReturn,
  type Candidate,
  type RiskRuleId,
} from '../../../src/engine/processes/audit/rules'

const library = await loadBundledLibrary()
const j = library.jurisdictions.find((x) => x.id === 'archipelago')!
const Rp = (rupiah: number) => Math.round(rupiah * 100)
const defaults = ruleWeights([])

describe('risk score', () => {
  test.each([
    // a second salary missing, one late return: 50 + 10
    ['under-reported income', ['third-party-mismatch', 'late-filing-history'], 60],
    // a transposed total: mismatch 50 + arithmetic 15
    ['honest slip', ['third-party-mismatch', 'return-arithmetic'], 65],
    // card takings above sales 40 + low margin 30
    ['cash business', ['card-sales-exceed-declared', 'margin-below-benchmark'], 70],
    // non-filing supplier 50 + high input credits 20
    ['fake-invoice buyer', ['supplier-non-filer', 'input-credit-ratio'], 70],
    // low margin 30 + turnover drop 20: exactly the threshold
    ['fire on file', ['margin-below-benchmark', 'turnover-drop'], 50],
    // a rule listed twice counts once
    ['duplicate hit', ['late-filing-history', 'late-filing-history'], 10],
  ] as const)('%s scores %i', (_name, hits, score) => {
    expect(riskScore(hits as readonly RiskRuleId[], defaults)).toBe(score)
  })

  test('the scenario overrides weights; rules it leaves out keep their default, 0 switches one off', () => {
    const w = ruleWeights([
      { id: 'third-party-mismatch', weight: 0 },
      { id: 'late-filing-history', weight: 30 },
    ])
    expect(riskScore(['third-party-mismatch', 'late-filing-history'], w)).toBe(30)
    expect(w['prior-audit-yield']).toBe(15)
    expect(Object.keys(w)).toEqual([...RISK_RULES])
  })
})

describe('selection under capacity (threshold 50, capacity 3)', () => {
  const candidates: Candidate[] = [
    { id: 'A', score: 80, estimate: Rp(5_000_000), explained: false },
    { id: 'B', score: 75, estimate: Rp(5_000_000), explained: false },
    { id: 'C', score: 60, estimate: Rp(9_000_000), explained: true },
    { id: 'D', score: 60, estimate: Rp(1_000_000), explained: false },
    { id: 'E', score: 50, estimate: Rp(10_000_000), explained: false },
    { id: 'F', score: 50, estimate: Rp(20_000_000), explained: false },
    { id: 'G', score: 20, estimate: Rp(30_000_000), explained: false },
  ]
  const result = selectCases(candidates, 50, 3)
  test.each([
    ['A', { select: true, rank: 1 }],
    ['B', { select: true, rank: 2 }],
    // explained: left out of the ranking, its slot goes to the next candidate
    ['C', { select: false, reason: 'risk-explained' }],
    ['D', { select: true, rank: 3 }],
    // F outranks E on the tax at stake; both wait behind the capacity line
    ['F', { select: false, reason: 'over-capacity' }],
    ['E', { select: false, reason: 'over-capacity' }],
    ['G', { select: false, reason: 'below-threshold' }],
  ] as const)('%s → %o', (id, expected) => {
    expect(result.get(id)).toEqual(expected)
  })

  // Risk AND materiality: with a floor of Rp 2,000,000, D (estimate Rp 1,000,000) is not
  // selected whatever its score, and its slot goes to F, the next-ranked material candidate.
  const material = selectCases(candidates, 50, 3, Rp(2_000_000))
  test.each([
    ['A', { select: true, rank: 1 }],
    ['B', { select: true, rank: 2 }],
    ['C', { select: false, reason: 'risk-explained' }],
    ['D', { select: false, reason: 'below-materiality' }],
    ['F', { select: true, rank: 3 }],
    ['E', { select: false, reason: 'over-capacity' }],
    // below the threshold stays the reason even when the amount is material
    ['G', { select: false, reason: 'below-threshold' }],
  ] as const)('materiality Rp 2,000,000: %s → %o', (id, expected) => {
    expect(material.get(id)).toEqual(expected)
  })

  test('a Rp 19,800 slip with a high score does not take the slot of a Rp 242 million case', () => {
    const pair: Candidate[] = [
      { id: 'slip', score: 90, estimate: Rp(19_800), explained: false },
      { id: 'big', score: 55, estimate: Rp(242_000_000), explained: false },
    ]
    expect(selectCases(pair, 50, 1).get('big')).toEqual({ select: false, reason: 'over-capacity' })
    const floored = selectCases(pair, 50, 1, Rp(500_000))
    expect(floored.get('big')).toEqual({ select: true, rank: 1 })
    expect(floored.get('slip')).toEqual({ select: false, reason: 'below-materiality' })
  })

  test('capacity 0 selects nobody; a large capacity selects every unexplained candidate above the threshold', () => {
    expect([...selectCases(candidates, 50, 0).values()].filter((s) => s.select)).toEqual([])
    expect(
      [...selectCases(candidates, 50, 99).entries()]
        .filter(([, s]) => s.select)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['A', 'B', 'D', 'E', 'F'])
  })
})

describe('tax, penalty and substantial understatement', () => {
  test.each([
    // a second salary of Rp 96,000,000 at the PIT rate of 25 %
    ['income', 'PIT', Rp(96_000_000), Rp(24_000_000)],
    // cash sales of Rp 477,300,000 at CIT 22 %
    ['sales', 'CIT', Rp(477_300_000), Rp(105_006_000)],
    // input VAT disallowed is the tax itself
    ['input-vat', 'VAT', Rp(301_917_000), Rp(301_917_000)],
    // VAT on sales at 11 %
    ['sales', 'VAT', Rp(1_000_000), Rp(110_000)],
  ] as const)('%s on %s: %i → %i', (basis, taxType, base, tax) => {
    expect(taxOnAdjustment(basis, taxType, base, j)).toBe(tax)
  })

  test.each([
    ['negligence', Rp(24_000_000), Rp(4_800_000)],
    ['fraud', Rp(301_917_000), Rp(150_958_500)],
    ['honest-error', Rp(24_000_000), 0],
  ] as const)('%s on %i → %i', (category, tax, penalty) => {
    expect(penaltyFor(category, tax, j)).toBe(penalty)
  })

  test.each([
    // Rp 24,000,000 more against 10 % of a correct tax of Rp 69,000,000 (Rp 6,900,000)
    ['second salary', Rp(24_000_000), Rp(69_000_000), true],
    // Rp 675,000 more against 10 % of Rp 54,900,000 (Rp 5,490,000)
    ['transposed total', Rp(675_000), Rp(54_900_000), false],
    // exactly at the limit is not above it
    ['at the limit', Rp(5_490_000), Rp(54_900_000), false],
  ] as const)('%s: substantial %s', (_name, extra, correct, substantial) => {
    expect(isSubstantial(extra, correct, j)).toBe(substantial)
  })

  test('an amount floor counts too', () => {
    const floor = { ...j, audit: { ...j.audit, substantialAmount: 10_000_000 } }
    expect(isSubstantial(Rp(8_000_000), Rp(20_000_000), floor)).toBe(false)
  })

  test('the tolerance is one major unit', () => {
    expect(adjustmentTolerance(j)).toBe(100)
  })
})

describe('findings and the ledger entries of an assessment', () => {
  const pit: AssessedReturn = {
    caseId: 'audit-0001',
    tin: 'T1',
    taxType: 'PIT',
    period: '2024',
    basis: 'income',
    dueOn: '2025-03-31',
  }
  test.each([
    // PIT 2024 due 2025-03-31, assessed 2025-09-15: 6 months × 1 % of Rp 24,000,000
    [
      'PIT',
      pit,
      Rp(96_000_000),
      'negligence',
      { tax: Rp(24_000_000), penalty: Rp(4_800_000), interest: Rp(1_440_000) },
    ],
    // CIT 2024 due 2025-06-30: 3 months × 1 % of Rp 105,006,000
    [
      'CIT',
      { ...pit, taxType: 'CIT', basis: 'sales', dueOn: '2025-06-30' },
      Rp(477_300_000),
      'negligence',
      { tax: Rp(105_006_000), penalty: Rp(21_001_200), interest: Rp(3_150_180) },
    ],
    // VAT 2025-06 due 2025-07-28: 2 months × 1 % of Rp 301,917,000
    [
      'VAT',
      { ...pit, taxType: 'VAT', period: '2025-06', basis: 'input-vat', dueOn: '2025-07-28' },
      Rp(301_917_000),
      'fraud',
      { tax: Rp(301_917_000), penalty: Rp(150_958_500), interest: Rp(6_038_340) },
    ],
  ] as const)('%s', (_name, r, adjustment, category, expected) => {
    expect(computeFindings(r, adjustment, category, '2025-09-15', j)).toMatchObject(expected)
  })

  test('an assessment posts the tax, the penalty and the interest; no penalty line for an honest error', () => {
    const negligent = computeFindings(pit, Rp(96_000_000), 'negligence', '2025-09-15', j)
    expect(assessmentEntries(pit, negligent, '2025-09-15').map((e) => [e.kind, e.amount])).toEqual([
      ['adjustment', Rp(24_000_000)],
      ['penalty', Rp(4_800_000)],
      ['interest', Rp(1_440_000)],
    ])
    const honest = computeFindings(pit, Rp(2_700_000), 'honest-error', '2025-09-15', j)
    expect(assessmentEntries(pit, honest, '2025-09-15').map((e) => e.kind)).toEqual([
      'adjustment',
      'interest',
    ])
  })
})

describe('case building helpers', () => {
  test.each([
    // the 9 and the 6 are the highest pair whose swap lowers the figure by at most 5 %
    [219_600_000, 0.05, 216_900_000],
    // 2 and 1 would cut 9,000,000 (more than 5 %); 5 and 3 cut 180,000
    [21_530_000, 0.05, 21_350_000],
    // no pair lowers the figure: a digit is dropped at the fifth significant place
    [123_456_000, 0.05, 123_446_000],
  ])('transposes %i (share %d) → %i', (major, share, typed) => {
    expect(transposeDown(Rp(major), 100, share)).toBe(Rp(typed))
  })

  test('figures keep five significant digits', () => {
    expect(niceStep(Rp(219_600_000), 100)).toBe(Rp(10_000))
    expect(niceStep(Rp(45_000), 100)).toBe(Rp(1))
  })

  test('sector quartiles are the median ± 20 %', () => {
    expect(sectorMargins('Retail trade')).toEqual({ lowerQuartile: 19.2, median: 24, upperQuartile: 28.8 })
  })

  test.each([
    // CIT 2024 is due 2025-06-30 (6 months), more than a month before 2025-09-15
    ['2025-09-15', '2024', '2025-06'],
    // on 2025-07-15 CIT 2024 is not yet a month overdue: 2023
    ['2025-07-15', '2023', '2025-04'],
  ])('on %s the audit year is %s and the VAT month %s', (today, year, month) => {
    expect(auditYear(j, today)).toBe(year)
    expect(auditVatPeriod(j, today)).toBe(month)
  })
})
