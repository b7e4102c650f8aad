/**
 * The accounts behind an audit candidate: its filing history (returns and current-account
 * entries), earlier audits posted to the ledger, the sector margin benchmarks, and the money
 * helpers the case builders share. Everything goes into the shared accounts, replacing any
 * baseline history of the same taxpayer, tax and period so the world tells one story.
 */
import { dropWithTin } from '../../world/lookup'
import { dueDate, periodBounds, previousPeriod } from '../../rules/calendar'
import { msg } from '../../primitives/message'
import { percentOf } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import type { TaxType } from '../../vocabulary'
import type { WorldContext } from '../../world/context'
import type { Accounts } from '../../world/process-world'
import type { IsoDate, LedgerEntry, ReturnLine, TaxReturn, Tin } from '../../world/types'
import type { FilingRow, PriorAudit } from './types'

/** Median gross margin (percent) of each sector; quartiles are ±20 % of it. Synthetic data. */
const SECTOR_MARGINS: Record<string, number> = {
  'Retail trade': 24,
  'Wholesale trade': 14,
  Manufacturing: 28,
  Construction: 18,
  'Agriculture and agro-processing': 22,
  'Transport and logistics': 20,
  'Hotels and restaurants': 38,
  'ICT services': 45,
  'Professional services': 50,
  'Real estate': 40,
  'Health services': 35,
  Education: 30,
  'Mining and quarrying': 32,
  'Financial services': 40,
  Telecommunications: 42,
  'Retail trade (sole trader)': 22,
  'Transport (sole trader)': 25,
  'Artisan and repairs': 35,
  'Professional practice': 50,
  Farming: 25,
  'Property rental': 60,
}

export function sectorMargins(sector: string): {
  lowerQuartile: number
  median: number
  upperQuartile: number
} {
  const median = SECTOR_MARGINS[sector] ?? 25
  const round1 = (n: number) => Math.round(n * 10) / 10
  return { lowerQuartile: round1(median * 0.8), median, upperQuartile: round1(median * 1.2) }
}

/** Gross margin in percent, one decimal. */
export const marginOf = (turnover: number, costOfSales: number) =>
  turnover > 0 ? Math.round(((turnover - costOfSales) / turnover) * 1000) / 10 : 0

/** A step that keeps five significant digits of `minor` in whole major units (figures read like real ones). */
export function niceStep(minor: number, unit: number): number {
  const major = Math.max(1, Math.abs(minor) / unit)
  return unit * 10 ** Math.max(0, Math.floor(Math.log10(major)) - 4)
}

export function roundTo(minor: number, step: number): number {
  return Math.max(step, Math.round(minor / step) * step)
}

/** The latest year whose PIT and CIT returns fell due at least a month before `today`. */
export function auditYear(j: Jurisdiction, today: IsoDate): string {
  let year = Number(today.slice(0, 4)) - 1
  const limit = addDays(today, -30)
  while (dueDate('CIT', String(year), j) > limit || dueDate('PIT', String(year), j) > limit) year--
  return String(year)
}

/** A VAT month whose return fell due one to two months before `today`. */
export function auditVatPeriod(j: Jurisdiction, today: IsoDate): string {
  let period = previousPeriod(today.slice(0, 7))
  while (dueDate('VAT', period, j) > addDays(today, -30)) period = previousPeriod(period)
  return period
}

/** `n` periods ending with `last`, oldest first. */
export function periodsUpTo(last: string, n: number): string[] {
  const out = [last]
  while (out.length < n) out.unshift(previousPeriod(out[0]!))
  return out
}

/** Removes baseline returns and ledger lines of these periods, so the case's history replaces them. */
export function clearHistory(
  accounts: Accounts,
  tin: Tin,
  taxType: TaxType,
  periods: readonly string[],
): void {
  const hit = (x: { taxType: TaxType; period: string }) => x.taxType === taxType && periods.includes(x.period)
  dropWithTin(accounts.returns, tin, hit)
  dropWithTin(accounts.ledger, tin, hit)
}

/** A filing date: a few days before the due date, or weeks after it when late. */
export function filingDate(ctx: WorldContext, dueOn: IsoDate, late: boolean): IsoDate {
  return late ? addDays(dueOn, ctx.draw.int(12, 75)) : addDays(dueOn, -ctx.draw.int(1, 25))
}

export interface ReturnSpec {
  id: string
  tin: Tin
  taxType: TaxType
  period: string
  filedOn: IsoDate
  lines: ReturnLine[]
  taxDue: number
}

/** Files a return and pays its tax the same day: the return, the self-assessment and the payment. */
export function postReturn(accounts: Accounts, spec: ReturnSpec, j: Jurisdiction): TaxReturn {
  const r: TaxReturn = {
    ...spec,
    dueOn: dueDate(spec.taxType, spec.period, j),
    channel: 'e-filing',
  }
  accounts.returns.push(r)
  const line = (suffix: string, kind: LedgerEntry['kind'], amount: number): LedgerEntry => ({
    id: `${spec.id}-${suffix}`,
    tin: spec.tin,
    taxType: spec.taxType,
    period: spec.period,
    date: spec.filedOn,
    kind,
    amount,
    ref: spec.id,
  })
  accounts.ledger.push(line('sa', 'self-assessment', spec.taxDue))
  if (spec.taxDue > 0) accounts.ledger.push(line('pay', 'payment', -spec.taxDue))
  return r
}

export const filingRow = (r: TaxReturn): FilingRow => ({
  period: r.period,
  dueOn: r.dueOn,
  filedOn: r.filedOn,
  taxDue: r.taxDue,
})

/**
 * An earlier audit of `period`: closed some months after the return, with its adjustment and
 * penalty posted and paid (an empty result when it found nothing).
 */
export function postPriorAudit(
  ctx: WorldContext,
  accounts: Accounts,
  o: { id: string; tin: Tin; taxType: TaxType; period: string; declaredTax: number; adjusted: boolean },
  j: Jurisdiction,
): PriorAudit {
  const closedOn = addDays(periodBounds(o.period).end, ctx.draw.int(400, 540))
  const unit = 10 ** j.currency.minorUnits
  if (!o.adjusted)
    return {
      period: o.period,
      closedOn,
      type: 'desk',
      result: msg('audit.story.prior.noChange'),
      tax: 0,
    }
  const raw = Math.max(unit, Math.round(o.declaredTax * ctx.draw.float(0.08, 0.3)))
  const tax = roundTo(raw, niceStep(raw, unit))
  const penalty = percentOf(tax, j.audit.negligencePercent, j.rounding)
  const entry = (suffix: string, kind: LedgerEntry['kind'], amount: number, date: IsoDate): LedgerEntry => ({
    id: `${o.id}-${suffix}`,
    tin: o.tin,
    taxType: o.taxType,
    period: o.period,
    date,
    kind,
    amount,
    ref: o.id,
    note: msg('audit.ledger.earlierAudit'),
  })
  const paidOn = addDays(closedOn, ctx.draw.int(10, 40))
  accounts.ledger.push(
    entry('adj', 'adjustment', tax, closedOn),
    entry('pen', 'penalty', penalty, closedOn),
    entry('pay', 'payment', -(tax + penalty), paidOn),
  )
  const result = ctx.draw.pick(
    o.taxType === 'PIT'
      ? (['rentalIncome', 'deductions'] as const)
      : (['expenses', 'lateSales', 'privateCosts'] as const),
  )
  return {
    period: o.period,
    closedOn,
    type: ctx.draw.chance(0.5) ? 'desk' : 'field',
    result: msg('audit.story.prior.adjusted', { finding: result }),
    tax,
  }
}

/**
 * Swaps two neighbouring digits of an amount so that it gets smaller (a transposition slip),
 * keeping the error at most `maxShare` of the amount. Works on whole major units.
 */
export function transposeDown(minor: number, unit: number, maxShare: number): number {
  const major = Math.round(minor / unit)
  const digits = String(major).split('').map(Number)
  const n = digits.length
  const lowest = Math.max(0, n - 6)
  for (let hi = 1; hi < n - lowest; hi++) {
    const a = digits[hi - 1]!
    const b = digits[hi]!
    const place = n - 1 - hi
    const cut = (a - b) * 9 * 10 ** place
    if (a > b && cut > 0 && cut <= major * maxShare) {
      const swapped = digits.slice()
      swapped[hi - 1] = b
      swapped[hi] = a
      return Number(swapped.join('')) * unit
    }
  }
  return (major - 10 ** Math.max(0, n - 5)) * unit
}
