/**
 * The taxpayer current account: balances per taxpayer × tax type × period, what is still owed and
 * how old it is, how a payment is allocated, and how credits are offset against other debts before
 * anything is refunded (docs/domain.md §Payments and the taxpayer account). Debits are positive,
 * credits negative; a liability's ledger entry is dated on the day it fell due (a self-assessment
 * on the return's due date, a penalty or interest on the day it was charged).
 */
import type { AllocationOrder } from '../processes/payments/config.schema'
import { daysBetween } from '../primitives/calendar'
import { taxAndPeriod, type TaxType } from '../vocabulary'
import { msg } from '../primitives/message'
import type { IsoDate } from '../primitives/calendar'
import type { Tin } from '../primitives/identifiers'
import type { LedgerEntry, LedgerKind } from './ledger-entry'

export type { AllocationOrder } from '../processes/payments/config.schema'

export interface LedgerFilter {
  tin?: Tin
  taxType?: TaxType
  period?: string
}

/** What a debit is for: the tax itself, a penalty, or interest. */
export type DebtComponent = 'principal' | 'penalty' | 'interest'

/** An unpaid part of one period's account. */
export interface Debt {
  taxType: TaxType
  period: string
  component: DebtComponent
  /** When it fell due (the ledger entry's date). */
  dueOn: IsoDate
  /** Minor units still owed, > 0. */
  amount: number
}

/** The part of a payment or credit applied to one debt. */
export interface Allocation extends Debt {
  /** Minor units applied (≤ the debt's amount). */
  applied: number
}

export interface PeriodBalance {
  taxType: TaxType
  period: string
  /** Debits − credits: > 0 owed, < 0 a credit in the taxpayer's favour. */
  balance: number
  /** The due date of the oldest debit still unpaid, when something is owed. */
  oldestDue?: IsoDate
}

export interface Ageing {
  /** Owed but not yet overdue (due today or later). */
  current: number
  /** Overdue 1 to 90 days. */
  d0_90: number
  /** Overdue 91 to 365 days. */
  d91_365: number
  /** Overdue more than 365 days. */
  over365: number
}

function matches(entry: LedgerEntry, filter: LedgerFilter): boolean {
  return (
    (filter.tin === undefined || entry.tin === filter.tin) &&
    (filter.taxType === undefined || entry.taxType === filter.taxType) &&
    (filter.period === undefined || entry.period === filter.period)
  )
}

/** Debits − credits of the entries that match the filter (minor units; > 0 means owed). */
export function balanceOf(entries: readonly LedgerEntry[], filter: LedgerFilter = {}): number {
  let total = 0
  for (const entry of entries) if (matches(entry, filter)) total += entry.amount
  return total
}

/** The entries of each taxpayer, in ledger order, for looking many taxpayers up at once. */
export function entriesByTin(entries: readonly LedgerEntry[]): Map<Tin, LedgerEntry[]> {
  const map = new Map<Tin, LedgerEntry[]>()
  for (const entry of entries) {
    const list = map.get(entry.tin)
    if (list) list.push(entry)
    else map.set(entry.tin, [entry])
  }
  return map
}

/** The component a ledger kind adds to when it is a debit. */
export function componentOf(kind: LedgerKind): DebtComponent {
  if (kind === 'penalty') return 'penalty'
  if (kind === 'interest') return 'interest'
  return 'principal'
}

const COMPONENT_RANK: Record<DebtComponent, number> = { principal: 0, penalty: 1, interest: 2 }

interface PeriodAccount {
  taxType: TaxType
  period: string
  balance: number
  open: Debt[]
}

/**
 * Each period's account of one taxpayer: its balance and the debits still open after its
 * credits. Abatements (waivers) reduce the period's penalties, then interest; every other
 * credit pays the period's oldest debit first.
 */
function periodAccounts(entries: readonly LedgerEntry[], tin: Tin): PeriodAccount[] {
  const groups = new Map<string, LedgerEntry[]>()
  for (const entry of entries) {
    if (entry.tin !== tin) continue
    const key = `${entry.taxType}|${entry.period}`
    const list = groups.get(key)
    if (list) list.push(entry)
    else groups.set(key, [entry])
  }
  const accounts: PeriodAccount[] = []
  for (const list of groups.values()) {
    const first = list[0]!
    const debits = list
      .filter((e) => e.amount > 0)
      .map((e) => ({
        taxType: e.taxType,
        period: e.period,
        component: componentOf(e.kind),
        dueOn: e.date,
        amount: e.amount,
      }))
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
    let abated = -list.filter((e) => e.amount < 0 && e.kind === 'abatement').reduce((s, e) => s + e.amount, 0)
    let credit = -list.filter((e) => e.amount < 0 && e.kind !== 'abatement').reduce((s, e) => s + e.amount, 0)
    for (const component of ['penalty', 'interest'] as const) {
      for (const debt of debits) {
        if (abated === 0) break
        if (debt.component !== component) continue
        const cut = Math.min(abated, debt.amount)
        debt.amount -= cut
        abated -= cut
      }
    }
    credit += abated
    for (const debt of debits) {
      if (credit === 0) break
      const cut = Math.min(credit, debt.amount)
      debt.amount -= cut
      credit -= cut
    }
    accounts.push({
      taxType: first.taxType,
      period: first.period,
      balance: balanceOf(list),
      open: debits.filter((d) => d.amount > 0),
    })
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return accounts.sort((a, b) => cmp(a.taxType, b.taxType) || cmp(a.period, b.period))
}

/** One taxpayer's balance per tax type × period: by tax type, then oldest period first. */
export function periodBalances(entries: readonly LedgerEntry[], tin: Tin): PeriodBalance[] {
  return periodAccounts(entries, tin).map(({ taxType, period, balance, open }) => {
    const row: PeriodBalance = { taxType, period, balance }
    if (balance > 0 && open[0]) row.oldestDue = open[0].dueOn
    return row
  })
}

/** What one taxpayer still owes, debit by debit, in no particular order (see `allocate`). */
export function openDebts(entries: readonly LedgerEntry[], tin: Tin): Debt[] {
  return periodAccounts(entries, tin)
    .filter((a) => a.balance > 0)
    .flatMap((a) => a.open)
}

/**
 * One taxpayer's debts by how long they have been overdue on `today`: not yet due, 1–90 days,
 * 91–365 days, more than 365 days. Credits in one period do not reduce another period's debt
 * here (that takes an offset, see `offsetCredits`).
 */
export function ageing(entries: readonly LedgerEntry[], tin: Tin, today: IsoDate): Ageing {
  const result: Ageing = { current: 0, d0_90: 0, d91_365: 0, over365: 0 }
  for (const debt of openDebts(entries, tin)) {
    const days = daysBetween(debt.dueOn, today)
    if (days <= 0) result.current += debt.amount
    else if (days <= 90) result.d0_90 += debt.amount
    else if (days <= 365) result.d91_365 += debt.amount
    else result.over365 += debt.amount
  }
  return result
}

/** Total overdue on `today` (every ageing band but `current`). */
export function arrearsOf(entries: readonly LedgerEntry[], tin: Tin, today: IsoDate): number {
  const a = ageing(entries, tin, today)
  return a.d0_90 + a.d91_365 + a.over365
}

/** Debts in the order a payment without a period reference pays them (see `allocate`). */
export function orderDebts(debts: readonly Debt[], order: AllocationOrder): Debt[] {
  const periodDue = new Map<string, IsoDate>()
  for (const d of debts) {
    const key = `${d.taxType}|${d.period}`
    const known = periodDue.get(key)
    if (known === undefined || d.dueOn < known) periodDue.set(key, d.dueOn)
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const byPeriod = (a: Debt, b: Debt) =>
    cmp(periodDue.get(`${a.taxType}|${a.period}`)!, periodDue.get(`${b.taxType}|${b.period}`)!) ||
    cmp(a.period, b.period) ||
    cmp(a.taxType, b.taxType)
  const within = (a: Debt, b: Debt) =>
    COMPONENT_RANK[a.component] - COMPONENT_RANK[b.component] || cmp(a.dueOn, b.dueOn)
  if (order === 'oldest-first') return [...debts].sort((a, b) => byPeriod(a, b) || within(a, b))
  const group = (d: Debt) => (d.component === 'principal' ? 1 : 0)
  return [...debts].sort((a, b) => group(a) - group(b) || byPeriod(a, b) || within(a, b))
}

/**
 * Applies `payment` (minor units) to `debts` in the profile's allocation order:
 * - 'oldest-first': the oldest period first; within a period the tax, then penalty, then interest;
 * - 'penalty-interest-first': every penalty and interest (oldest first), then the tax (oldest first).
 * Returns the debts paid, fully or in part; whatever is left over (payment − Σ applied) is a credit.
 */
export function allocate(payment: number, debts: readonly Debt[], order: AllocationOrder): Allocation[] {
  const allocations: Allocation[] = []
  let left = payment
  for (const debt of orderDebts(debts, order)) {
    if (left <= 0) break
    const applied = Math.min(left, debt.amount)
    if (applied > 0) allocations.push({ ...debt, applied })
    left -= applied
  }
  return allocations
}

/** What a payment leaves over after its allocations (a credit on the account). */
export function unallocated(payment: number, allocations: readonly Allocation[]): number {
  return payment - allocations.reduce((sum, a) => sum + a.applied, 0)
}

/**
 * The ledger lines of a payment allocated to debts: one 'payment' credit per tax type ×
 * period; what is left over is credited to `rest` (the period the payer named) when given.
 */
export function paymentEntries(
  payment: { id: string; tin: Tin; date: IsoDate; ref: string; amount: number },
  allocations: readonly Allocation[],
  rest?: { taxType: TaxType; period: string },
): LedgerEntry[] {
  const perPeriod = new Map<string, { taxType: TaxType; period: string; amount: number }>()
  for (const a of allocations) {
    const key = `${a.taxType}|${a.period}`
    const row = perPeriod.get(key) ?? { taxType: a.taxType, period: a.period, amount: 0 }
    row.amount += a.applied
    perPeriod.set(key, row)
  }
  const left = unallocated(payment.amount, allocations)
  if (left > 0 && rest) {
    const key = `${rest.taxType}|${rest.period}`
    const row = perPeriod.get(key) ?? { ...rest, amount: 0 }
    row.amount += left
    perPeriod.set(key, row)
  }
  return [...perPeriod.values()].map((row, i) => ({
    id: `${payment.id}-${i + 1}`,
    tin: payment.tin,
    taxType: row.taxType,
    period: row.period,
    date: payment.date,
    kind: 'payment' as const,
    amount: -row.amount,
    ref: payment.ref,
  }))
}

/** What one tax type and period took of an amount applied across debts. */
export interface AppliedPart {
  taxType: TaxType
  period: string
  amount: number
}

/**
 * Applies `amount` to `debts` in their order, reducing each debt as it goes (the caller passes
 * copies), and returns what each tax type and period took, in the order first reached, and what
 * is left over. Offsets and instalment schedules both allocate this way.
 */
export function applyAcross(
  debts: { taxType: TaxType; period: string; amount: number }[],
  amount: number,
): { parts: AppliedPart[]; left: number } {
  let left = amount
  const parts = new Map<string, AppliedPart>()
  for (const debt of debts) {
    if (left === 0) break
    const applied = Math.min(left, debt.amount)
    if (applied === 0) continue
    debt.amount -= applied
    left -= applied
    const key = `${debt.taxType}|${debt.period}`
    const part = parts.get(key) ?? { taxType: debt.taxType, period: debt.period, amount: 0 }
    part.amount += applied
    parts.set(key, part)
  }
  return { parts: [...parts.values()], left }
}

/**
 * Offsets one taxpayer's credits against the same taxpayer's debts in other periods and tax
 * types before anything is refunded: each credit period (oldest first) pays open debts in
 * `order` (default oldest-first). Returns the offset entries to post (an 'offset-out' debit in
 * the credit's period and an 'offset-in' credit in the debt's period, per pair) and what stays
 * refundable. Dated `on` (default: the taxpayer's latest ledger date).
 */
export function offsetCredits(
  entries: readonly LedgerEntry[],
  tin: Tin,
  opts: { on?: IsoDate; order?: AllocationOrder; idPrefix?: string; ref?: string } = {},
): { offsets: LedgerEntry[]; refundable: number } {
  const accounts = periodAccounts(entries, tin)
  const on =
    opts.on ??
    entries.reduce((latest, e) => (e.tin === tin && e.date > latest ? e.date : latest), '0000-01-01')
  const prefix = opts.idPrefix ?? `offset-${tin}`
  const ref = opts.ref ?? 'credit offset'
  const debts = orderDebts(
    accounts.filter((a) => a.balance > 0).flatMap((a) => a.open.map((d) => ({ ...d }))),
    opts.order ?? 'oldest-first',
  )
  const offsets: LedgerEntry[] = []
  let refundable = 0
  for (const credit of accounts.filter((a) => a.balance < 0)) {
    const { parts, left } = applyAcross(debts, -credit.balance)
    for (const row of parts) {
      const n = offsets.length
      offsets.push(
        {
          id: `${prefix}-${n + 1}`,
          tin,
          taxType: credit.taxType,
          period: credit.period,
          date: on,
          kind: 'offset-out',
          amount: row.amount,
          ref,
          note: msg('common.ledgerNote.offsetTo', taxAndPeriod(row.taxType, row.period)),
        },
        {
          id: `${prefix}-${n + 2}`,
          tin,
          taxType: row.taxType,
          period: row.period,
          date: on,
          kind: 'offset-in',
          amount: -row.amount,
          ref,
          note: msg('common.ledgerNote.offsetFrom', taxAndPeriod(credit.taxType, credit.period)),
        },
      )
    }
    refundable += left
  }
  return { offsets, refundable }
}
