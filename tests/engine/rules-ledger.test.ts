import { describe, expect, test } from 'vitest'
import {
  ageing,
  allocate,
  balanceOf,
  offsetCredits,
  openDebts,
  paymentEntries,
  periodBalances,
  type Debt,
} from '../../src/engine/rules/ledger'
import type { LedgerEntry, LedgerKind } from '../../src/engine/world/types'

const naira = (major: number) => major * 100
let n = 0
function line(
  tin: string,
  taxType: 'VAT' | 'CIT' | 'PAYE',
  period: string,
  date: string,
  kind: LedgerKind,
  major: number,
): LedgerEntry {
  return { id: `t-${++n}`, tin, taxType, period, date, kind, amount: naira(major), ref: 'test' }
}

// Adaeze Stores (TIN A) — a worked account a trainer can follow by hand:
//   VAT 2023-06  due 2023-07-21  tax 400,000   paid 400,000               → 0
//   VAT 2023-12  due 2024-01-21  tax 300,000   penalty 50,000 (2024-03-01) paid 100,000 → 250,000 owed
//   VAT 2024-03  due 2024-04-21  tax 200,000                              → 200,000 owed
//   CIT 2023     due 2024-06-30  tax 100,000   paid 160,000               → 60,000 credit
const ledger: LedgerEntry[] = [
  line('A', 'VAT', '2023-06', '2023-07-21', 'self-assessment', 400_000),
  line('A', 'VAT', '2023-06', '2023-07-20', 'payment', -400_000),
  line('A', 'VAT', '2023-12', '2024-01-21', 'self-assessment', 300_000),
  line('A', 'VAT', '2023-12', '2024-03-01', 'penalty', 50_000),
  line('A', 'VAT', '2023-12', '2024-03-05', 'payment', -100_000),
  line('A', 'VAT', '2024-03', '2024-04-21', 'self-assessment', 200_000),
  line('A', 'CIT', '2023', '2024-06-30', 'self-assessment', 100_000),
  line('A', 'CIT', '2023', '2024-06-28', 'payment', -160_000),
  line('B', 'PAYE', '2024-01', '2024-02-10', 'self-assessment', 999_000), // another taxpayer
]

describe('balances', () => {
  test.each([
    // filter                                   balance (minor)
    [{ tin: 'A' }, naira(390_000)], // 250,000 + 200,000 − 60,000
    [{ tin: 'A', taxType: 'VAT' as const }, naira(450_000)],
    [{ tin: 'A', taxType: 'VAT' as const, period: '2023-12' }, naira(250_000)],
    [{ tin: 'A', taxType: 'CIT' as const }, naira(-60_000)], // a credit
    [{}, naira(1_389_000)], // everyone
  ])('%j → %d', (filter, balance) => {
    expect(balanceOf(ledger, filter)).toBe(balance)
  })

  test('per tax type × period (oldest first), with the oldest unpaid due date', () => {
    expect(periodBalances(ledger, 'A')).toEqual([
      { taxType: 'CIT', period: '2023', balance: naira(-60_000) },
      { taxType: 'VAT', period: '2023-06', balance: 0 },
      { taxType: 'VAT', period: '2023-12', balance: naira(250_000), oldestDue: '2024-01-21' },
      { taxType: 'VAT', period: '2024-03', balance: naira(200_000), oldestDue: '2024-04-21' },
    ])
  })

  test('the payment of VAT 2023-12 pays its oldest debit (the tax) first', () => {
    expect(openDebts(ledger, 'A')).toEqual([
      {
        taxType: 'VAT',
        period: '2023-12',
        component: 'principal',
        dueOn: '2024-01-21',
        amount: naira(200_000),
      },
      { taxType: 'VAT', period: '2023-12', component: 'penalty', dueOn: '2024-03-01', amount: naira(50_000) },
      {
        taxType: 'VAT',
        period: '2024-03',
        component: 'principal',
        dueOn: '2024-04-21',
        amount: naira(200_000),
      },
    ])
  })
})

describe('ageing on 2024-07-01', () => {
  test('days overdue: tax 2023-12 162 days, penalty 122 days, tax 2024-03 71 days', () => {
    expect(ageing(ledger, 'A', '2024-07-01')).toEqual({
      current: 0,
      d0_90: naira(200_000),
      d91_365: naira(250_000),
      over365: 0,
    })
  })
  test.each([
    // today        current          1–90            91–365           >365
    ['2024-04-21', naira(200_000), naira(50_000), naira(200_000), 0], // 2024-03 due today: not yet overdue; 2023-12 tax 91 days
    ['2025-01-20', 0, 0, naira(450_000), 0], // 2023-12 tax is 365 days overdue: still in 91–365
    ['2025-01-21', 0, 0, naira(250_000), naira(200_000)], // 366 days (2024 is a leap year): over 365
  ])('on %s', (today, current, d0_90, d91_365, over365) => {
    expect(ageing(ledger, 'A', today)).toEqual({ current, d0_90, d91_365, over365 })
  })
})

describe('allocate ₦300,000 without a period reference', () => {
  const debts: Debt[] = [
    {
      taxType: 'VAT',
      period: '2023-12',
      component: 'principal',
      dueOn: '2024-01-21',
      amount: naira(200_000),
    },
    { taxType: 'VAT', period: '2023-12', component: 'penalty', dueOn: '2024-03-01', amount: naira(50_000) },
    { taxType: 'VAT', period: '2023-12', component: 'interest', dueOn: '2024-06-30', amount: naira(10_000) },
    {
      taxType: 'VAT',
      period: '2024-03',
      component: 'principal',
      dueOn: '2024-04-21',
      amount: naira(200_000),
    },
    { taxType: 'VAT', period: '2024-03', component: 'penalty', dueOn: '2024-05-21', amount: naira(20_000) },
  ]
  test.each([
    // order                      what the ₦300,000 pays (period component amount)
    [
      'oldest-first',
      [
        ['2023-12', 'principal', 200_000], // the oldest period in full: tax,
        ['2023-12', 'penalty', 50_000], // penalty,
        ['2023-12', 'interest', 10_000], // interest,
        ['2024-03', 'principal', 40_000], // and the rest to the next period's tax
      ],
    ],
    [
      'penalty-interest-first',
      [
        ['2023-12', 'penalty', 50_000], // every penalty and interest first, oldest first,
        ['2023-12', 'interest', 10_000],
        ['2024-03', 'penalty', 20_000],
        ['2023-12', 'principal', 200_000], // then the tax, oldest first
        ['2024-03', 'principal', 20_000],
      ],
    ],
  ] as const)('%s', (order, expected) => {
    const got = allocate(naira(300_000), debts, order).map((a) => [a.period, a.component, a.applied / 100])
    expect(got).toEqual(expected)
  })

  test('an overpayment leaves a credit on the period the payer named', () => {
    const allocations = allocate(naira(500_000), debts, 'oldest-first')
    const lines = paymentEntries(
      { id: 'pay-1', tin: 'A', date: '2024-07-01', ref: 'BANK-1', amount: naira(500_000) },
      allocations,
      { taxType: 'VAT', period: '2024-03' },
    )
    expect(lines.map((l) => [l.period, l.amount / 100])).toEqual([
      ['2023-12', -260_000],
      ['2024-03', -240_000], // 220,000 owed + 20,000 credit
    ])
  })
})

describe('offsetCredits: credits pay other debts before any refund', () => {
  test('the ₦60,000 CIT credit pays the oldest VAT debt; nothing is refundable', () => {
    const { offsets, refundable } = offsetCredits(ledger, 'A', { on: '2024-07-01' })
    expect(refundable).toBe(0)
    expect(offsets.map((o) => [o.kind, o.taxType, o.period, o.amount / 100])).toEqual([
      ['offset-out', 'CIT', '2023', 60_000],
      ['offset-in', 'VAT', '2023-12', -60_000],
    ])
    const after = [...ledger, ...offsets]
    expect(balanceOf(after, { tin: 'A', taxType: 'CIT' })).toBe(0)
    expect(balanceOf(after, { tin: 'A', taxType: 'VAT', period: '2023-12' })).toBe(naira(190_000))
  })

  test('a credit larger than every debt: the rest is refundable', () => {
    const rich = [
      line('C', 'VAT', '2024-03', '2024-04-21', 'self-assessment', 100_000),
      line('C', 'VAT', '2024-04', '2024-05-21', 'self-assessment', -500_000), // a VAT refund position
    ]
    const { offsets, refundable } = offsetCredits(rich, 'C', { on: '2024-06-01' })
    expect(refundable).toBe(naira(400_000))
    expect(offsets).toHaveLength(2)
  })

  test('no debts: the whole credit is refundable and nothing is posted', () => {
    const clean = [line('D', 'CIT', '2023', '2024-06-30', 'payment', -75_000)]
    expect(offsetCredits(clean, 'D')).toEqual({ offsets: [], refundable: naira(75_000) })
  })
})
