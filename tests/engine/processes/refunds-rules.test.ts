/**
 * The refund rules as worked examples a trainer can check by hand (the same examples are in
 * scenarios/guide/refunds.md). Northland: VAT 7.5 %, matching tolerance 2 %, risk points and
 * thresholds at their defaults (large claim above ₦10,000,000, new registrant under 12 months,
 * account change under 60 days, medium from 2 points, high from 4).
 */
import { createTranslator, inEnglish } from '../../../src/i18n/render'
import { describe, expect, test } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import { judgeDecision, type Decision, type GradeFacts } from '../../../src/engine/processes/refunds/grade'
import type { RefundKind } from '../../../src/engine/processes/refunds/kinds'
import {
  allowedAmount,
  assessRisk,
  claimOffset,
  matchCredits,
  requiredChecks,
  unsupportedExports,
  validationFailures,
  type RiskFacts,
} from '../../../src/engine/processes/refunds/rules'
import type { ExportLine, Purchase } from '../../../src/engine/processes/refunds/types'
import type { LedgerEntry } from '../../../src/engine/world/types'

const library = await loadBundledLibrary()
const j = library.jurisdictions.find((x) => x.id === 'northland')!
const N = (naira: number) => Math.round(naira * 100) // ₦ → minor units

describe('risk tier', () => {
  const base: RiskFacts = {
    registeredOn: '2015-03-01',
    lodgedOn: '2025-01-20',
    claimed: N(4_500_000),
    history: [N(4_000_000), N(4_000_000), N(4_000_000)],
    sector: 'Agriculture and agro-processing',
    accountFrom: '2015-03-01',
  }
  test.each([
    // established exporter, claim in line with history: no factor → low
    ['established exporter', base, 0, 'low'],
    // registered 7 months before (+2), first claim (+1), ₦25m > ₦10m (+1) → 4 → high
    [
      'new exporter',
      { ...base, registeredOn: '2024-06-15', history: [], claimed: N(25_000_000), accountFrom: '2024-06-15' },
      4,
      'high',
    ],
    // ₦14m is 7 × the ₦2m average (+2), above ₦10m (+1) → 3 → medium
    [
      'large investment',
      { ...base, history: [N(2_000_000), N(2_000_000)], claimed: N(14_000_000) },
      3,
      'medium',
    ],
    // account changed 12 days before (+2), mining (+1) → 3 → medium
    ['account changed', { ...base, sector: 'Mining and quarrying', accountFrom: '2025-01-08' }, 3, 'medium'],
    // 3 months old (+2), first (+1), ₦28m (+1), account 20 days (+2), wholesale (+1) → 7 → high
    [
      'phantom profile',
      {
        ...base,
        registeredOn: '2024-10-02',
        history: [],
        claimed: N(28_000_000),
        accountFrom: '2024-12-31',
        sector: 'Wholesale trade',
      },
      7,
      'high',
    ],
    // an established exporter (0) whose exports lack customs records (+2) → 2 → medium
    ['fictitious exports', { ...base, exportsWithoutCustoms: 2 }, 2, 'medium'],
    // an established claimant (0) whose suppliers declared less than it claims (+2) → medium
    ['fake input credits', { ...base, creditsNotDeclared: N(1_350_000) }, 2, 'medium'],
    // both mismatches (+2 +2) → 4 → high
    ['both mismatches', { ...base, exportsWithoutCustoms: 1, creditsNotDeclared: N(150_000) }, 4, 'high'],
  ] as const)('%s: %i points, %s', (_name, facts, score, tier) => {
    const result = assessRisk(facts, j)
    expect(result.score).toBe(score)
    expect(result.tier).toBe(tier)
  })

  test.each([
    ['low', true, []],
    ['medium', true, ['suppliers', 'customs']],
    ['medium', false, ['suppliers']],
    ['high', true, ['suppliers', 'customs', 'bank']],
  ] as const)('a %s-risk claim (exports: %s) requires %j', (tier, exports, checks) => {
    expect(requiredChecks(tier, exports)).toEqual(checks)
  })
})

describe('input credits against suppliers’ declarations (tolerance 2 %)', () => {
  const purchase = (vat: number): Purchase => ({
    supplierTin: '1000000001',
    supplierName: 'Supplier Ltd',
    description: 'Raw materials',
    invoices: 3,
    net: Math.round(vat / 0.075),
    vat,
    capital: false,
  })
  test.each([
    // declared in full → matched, nothing disallowed
    [N(1_500_000), N(1_500_000), 'matched', 0],
    // ₦1,480,000 ≥ ₦1,500,000 − 2 % (₦1,470,000) → within tolerance, nothing disallowed
    [N(1_500_000), N(1_480_000), 'within tolerance', 0],
    // ₦1,460,000 < ₦1,470,000 → short: only what was declared is allowed, ₦40,000 disallowed
    [N(1_500_000), N(1_460_000), 'short', N(40_000)],
    // an invoice mill: declared ₦150,000 of ₦1,500,000 → ₦1,350,000 disallowed
    [N(1_500_000), N(150_000), 'short', N(1_350_000)],
    // nothing declared (a non-filer) → all ₦1,500,000 disallowed
    [N(1_500_000), 0, 'not declared', N(1_500_000)],
  ])('claimed %i, declared %i → %s, %i disallowed', (claimed, declared, result, disallowed) => {
    const declarations = new Map(declared ? [['1000000001', declared]] : [])
    const match = matchCredits([purchase(claimed)], declarations, j)
    expect(match.rows[0]!.result).toBe(result)
    expect(match.disallowed).toBe(disallowed)
  })
})

describe('zero-rating against customs records', () => {
  const line = (declaration: string, value: number): ExportLine => ({
    declaration,
    date: '2024-11-12',
    destination: 'Rotterdam, Netherlands',
    buyer: 'Buyer BV',
    goods: 'Sesame seed',
    value,
  })
  test('₦12,000,000 of exports without a customs record carry ₦900,000 of output VAT at 7.5 %', () => {
    const exports = [line('EX-1', N(30_000_000)), line('EX-2', N(12_000_000))]
    const result = unsupportedExports(exports, new Set(['EX-1']), j)
    expect(result.value).toBe(N(12_000_000))
    expect(result.vat).toBe(N(900_000))
  })

  test.each([
    // claim ₦5,000,000 − unmatched ₦1,350,000 − export VAT ₦900,000 → ₦2,750,000
    [N(5_000_000), N(1_350_000), N(900_000), N(2_750_000)],
    // nothing supported → nothing allowed, never negative
    [N(1_000_000), N(800_000), N(900_000), 0],
  ])('claimed %i less %i and %i → %i allowed', (claimed, credits, exportVat, allowed) => {
    expect(allowedAmount(claimed, credits, exportVat)).toBe(allowed)
  })
})

describe('offset against debts in other tax types (oldest first)', () => {
  const tin = '2000000002'
  const debt = (taxType: 'PAYE' | 'CIT', period: string, date: string, amount: number): LedgerEntry => ({
    id: `${taxType}-${period}`,
    tin,
    taxType,
    period,
    date,
    kind: 'self-assessment',
    amount,
    ref: 'return',
  })
  const ownCredit: LedgerEntry = {
    ...debt('PAYE', '2024-11', '2024-12-21', 0),
    taxType: 'VAT',
    id: 'vat',
    amount: -N(9_999_999),
  }
  test.each([
    // ₦8,000,000 allowed, PAYE 2024-09 owes ₦2,500,000 → ₦2,500,000 offset, ₦5,500,000 paid
    [
      'one debt',
      [debt('PAYE', '2024-09', '2024-10-10', N(2_500_000))],
      N(8_000_000),
      N(2_500_000),
      N(5_500_000),
    ],
    // ₦2,000,000 allowed against ₦2,500,000 owed → all of it offset, nothing paid
    [
      'debt above the refund',
      [debt('PAYE', '2024-09', '2024-10-10', N(2_500_000))],
      N(2_000_000),
      N(2_000_000),
      0,
    ],
    // CIT 2023 (due 2024-06-30) before PAYE 2024-09: ₦1,000,000 + ₦2,000,000 of ₦3,000,000 → nothing paid
    [
      'two debts, oldest first',
      [debt('PAYE', '2024-09', '2024-10-10', N(2_500_000)), debt('CIT', '2023', '2024-06-30', N(1_000_000))],
      N(3_000_000),
      N(3_000_000),
      0,
    ],
    // nothing owed → nothing offset, the whole ₦4,000,000 paid
    ['no debt', [], N(4_000_000), 0, N(4_000_000)],
  ] as const)('%s', (_name, debts, allowed, offset, payable) => {
    const result = claimOffset(
      [...debts, ownCredit],
      { tin, period: '2024-11', allowed, on: '2025-03-10' },
      j,
    )
    expect(result.offset).toBe(offset)
    expect(result.payable).toBe(payable)
  })

  test('the claim’s own VAT period is replaced by the amount allowed', () => {
    const result = claimOffset(
      [ownCredit, debt('CIT', '2023', '2024-06-30', N(1_000_000))],
      { tin, period: '2024-11', allowed: N(600_000), on: '2025-03-10' },
      j,
    )
    expect(result.lines).toEqual([{ taxType: 'CIT', period: '2023', amount: N(600_000) }])
  })
})

const en = createTranslator({ language: 'en', country: 'en_NG', currency: j.currency })

describe('validation', () => {
  const facts = {
    period: '2024-11',
    lodgedOn: '2025-01-20',
    returnFiled: true,
    account: { number: '0123456789', holder: 'Acme Exports Ltd' },
    registerAccount: { number: '0123456789', holder: 'Acme Exports Ltd' },
    taxpayerName: 'Acme Exports Ltd',
  }
  test.each([
    ['a valid claim', facts, []],
    // period ended 2024-11-30; 2028-02-01 is 1,158 days later, over the 1,095-day limit
    [
      'out of time',
      { ...facts, lodgedOn: '2028-02-01' },
      ['Claimed 1,158 days after the end of the period; the limit is 1,095 days.'],
    ],
    ['no return', { ...facts, returnFiled: false }, ['No VAT return is on file for 2024-11.']],
    [
      'someone else’s account',
      { ...facts, account: { number: '0123456789', holder: 'J. Bloggs' } },
      ['The account on the claim is not in the taxpayer’s name.'],
    ],
  ] as const)('%s', (_name, f, failures) => {
    expect(validationFailures(f, j).map((v) => inEnglish(v.reason))).toEqual(failures)
  })
})

describe('grading the closing decision', () => {
  const facts = (kind: RefundKind, over: Partial<GradeFacts> = {}): GradeFacts => ({
    kind,
    claimed: N(5_000_000),
    allowed: kind === 'fictitious-exports' || kind === 'fake-input-credits' ? N(4_100_000) : N(5_000_000),
    owedOffset: 0,
    daysLate: 0,
    currency: j.currency,
    ...over,
  })
  const pay = (naira: number, offsetApplied = true): Decision => ({
    type: 'pay',
    amount: N(naira),
    offsetApplied,
  })
  const refuse: Decision = { type: 'refuse' }
  const block: Decision = { type: 'block' }
  test.each([
    ['phantom-exporter', block, 'correct'],
    ['phantom-exporter', refuse, 'acceptable'], // no money out, but no referral
    ['phantom-exporter', pay(5_000_000), 'harmful'],
    ['refund-diversion', block, 'correct'],
    ['refund-diversion', refuse, 'acceptable'],
    ['refund-diversion', pay(5_000_000), 'harmful'],
    ['fictitious-exports', pay(4_100_000), 'correct'], // exactly what is supported
    ['fictitious-exports', pay(4_110_000), 'correct'], // within 0.5 % of ₦4,100,000 (₦20,500)
    ['fictitious-exports', pay(5_000_000), 'harmful'], // ₦900,000 of unsupported VAT paid
    ['fictitious-exports', pay(3_000_000), 'wrong'], // ₦1,100,000 of genuine credit withheld
    ['fictitious-exports', refuse, 'acceptable'],
    ['fictitious-exports', block, 'acceptable'],
    ['fake-input-credits', pay(4_100_000), 'correct'],
    ['fake-input-credits', pay(5_000_000), 'harmful'],
    ['genuine-new-exporter', pay(5_000_000), 'correct'],
    ['genuine-new-exporter', refuse, 'harmful'], // refusing a genuine exporter
    ['genuine-new-exporter', block, 'wrong'],
    ['genuine-new-exporter', pay(3_000_000), 'wrong'],
    ['genuine-large-investment', pay(5_000_000), 'correct'],
    ['genuine-large-investment', refuse, 'harmful'],
    ['genuine', pay(5_000_000), 'correct'],
    ['genuine', block, 'wrong'],
  ] as const)('%s, %j → %s', (kind, decision, grade) => {
    expect(judgeDecision(facts(kind), decision).grade).toBe(grade)
  })

  test('paying without the offset check while the taxpayer owes ₦1,200,000 is wrong', () => {
    const verdict = judgeDecision(facts('genuine', { owedOffset: N(1_200_000) }), pay(5_000_000, false))
    expect(verdict.grade).toBe('wrong')
    expect(en.t(verdict.why)).toMatch(/without the offset check: ₦1,200,000.00/)
    expect(judgeDecision(facts('genuine', { owedOffset: N(1_200_000) }), pay(5_000_000, true)).grade).toBe(
      'correct',
    )
  })

  test('a right decision after the statutory limit is only acceptable', () => {
    const verdict = judgeDecision(facts('genuine-new-exporter', { daysLate: 6 }), pay(5_000_000))
    expect({ ...verdict, why: inEnglish(verdict.why) }).toEqual({
      grade: 'acceptable',
      why: 'Approved in full: customs records, foreign receipts and its own bank account all check out. But the decision came 6 days after the statutory limit.',
    })
  })
})

describe('customs and supplier mismatches', () => {
  test('score their points and force their own check whatever the tier', () => {
    const facts = {
      registeredOn: '2015-03-01',
      lodgedOn: '2025-01-20',
      claimed: N(4_500_000),
      history: [N(4_000_000)],
      sector: 'Agriculture and agro-processing',
      accountFrom: '2015-03-01',
    }
    const clean = assessRisk(facts, j)
    expect([clean.customsMismatch, clean.supplierMismatch, clean.score]).toEqual([false, false, 0])
    const exports = assessRisk({ ...facts, exportsWithoutCustoms: 3 }, j)
    expect(exports.customsMismatch).toBe(true)
    expect(exports.factors.map((f) => inEnglish(f.label))).toEqual([
      'Declared exports without a matching customs export record',
    ])
    const credits = assessRisk({ ...facts, creditsNotDeclared: 1 }, j)
    expect(credits.supplierMismatch).toBe(true)
    // with the points switched off the tier stays low, but the checks are still required
    const off = {
      ...j,
      refunds: {
        ...j.refunds,
        risk: {
          ...j.refunds.risk,
          points: { ...j.refunds.risk.points, customsMismatch: 0, supplierMismatch: 0 },
        },
      },
    }
    const quiet = assessRisk({ ...facts, exportsWithoutCustoms: 1, creditsNotDeclared: 1 }, off)
    expect(quiet.tier).toBe('low')
    expect(requiredChecks(quiet.tier, true, quiet)).toEqual(['suppliers', 'customs'])
    expect(requiredChecks('low', true, { customsMismatch: true })).toEqual(['customs'])
    expect(requiredChecks('low', false, { customsMismatch: true })).toEqual([])
    expect(requiredChecks('low', true, { supplierMismatch: true })).toEqual(['suppliers'])
  })
})

describe('a recently changed refund account', () => {
  test('requires a bank verification whatever the tier', () => {
    expect(requiredChecks('low', false, { accountChanged: true })).toEqual(['bank'])
    expect(requiredChecks('medium', true, { accountChanged: true })).toEqual(['suppliers', 'customs', 'bank'])
    expect(requiredChecks('medium', true, { accountChanged: false })).toEqual(['suppliers', 'customs'])
    expect(requiredChecks('low', false)).toEqual([])
  })
})
