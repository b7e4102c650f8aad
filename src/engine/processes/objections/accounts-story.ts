/**
 * The ledger story behind an objection: the return the audit corrected (filed and paid) and,
 * for some taxpayers, an older unpaid return that the objection does not cover. Both are
 * skipped when the shared accounts already hold that history.
 */
import { withTin } from '../../world/lookup'
import { addDays } from '../../primitives/calendar'
import { dueDate, previousPeriod } from '../../rules/calendar'
import { percentOf, roundMinor } from '../../rules/money'
import type { WorldContext } from '../../world/context'
import type { Accounts } from '../../world/process-world'
import type { Taxpayer } from '../../world/types'

/** Minor units rounded to whole currency units (at least one unit). */
export const wholeUnits = (minor: number, unit: number) => Math.max(unit, roundMinor(minor / unit) * unit)

/** The return the audit corrected, filed and paid, when the accounts do not hold it yet. */
export function postOriginalReturn(
  ctx: WorldContext,
  accounts: Accounts,
  taxpayer: Taxpayer,
  taxType: 'CIT' | 'VAT',
  period: string,
  prefix: string,
): void {
  if (withTin(accounts.returns, taxpayer.tin).some((r) => r.taxType === taxType && r.period === period))
    return
  const j = ctx.scenario.jurisdiction
  const unit = 10 ** j.currency.minorUnits
  const dueOn = dueDate(taxType, period, j)
  const filedOn = addDays(dueOn, -ctx.draw.int(0, 10))
  const base =
    taxType === 'CIT'
      ? wholeUnits(taxpayer.turnover * ctx.draw.float(0.04, 0.12), unit)
      : wholeUnits((taxpayer.turnover / 12) * ctx.draw.float(0.2, 0.5), unit)
  const taxDue = percentOf(base, taxType === 'CIT' ? j.rates.cit : j.rates.vat, j.rounding)
  const returnId = `${prefix}-return`
  accounts.returns.push({
    id: returnId,
    tin: taxpayer.tin,
    taxType,
    period,
    dueOn,
    filedOn,
    channel: 'e-filing',
    lines: [
      { label: taxType === 'CIT' ? 'taxableProfit' : 'netTaxableSupplies', amount: base },
      { label: 'taxDue', amount: taxDue },
    ],
    taxDue,
  })
  accounts.ledger.push(
    {
      id: `${prefix}-sa`,
      tin: taxpayer.tin,
      taxType,
      period,
      date: dueOn,
      kind: 'self-assessment',
      amount: taxDue,
      ref: returnId,
    },
    {
      id: `${prefix}-sa-pay`,
      tin: taxpayer.tin,
      taxType,
      period,
      date: filedOn,
      kind: 'payment',
      amount: -taxDue,
      ref: returnId,
    },
  )
}

/**
 * A debt on another period that the objection does not cover: an older return filed but not
 * paid, before the history the account already shows. Skipped when the account already owes
 * something outside the assessed period.
 */
export function postOtherDebt(
  ctx: WorldContext,
  accounts: Accounts,
  taxpayer: Taxpayer,
  taxType: 'CIT' | 'VAT',
  assessed: string,
  prefix: string,
): void {
  const j = ctx.scenario.jurisdiction
  const tin = taxpayer.tin
  const owedElsewhere = withTin(accounts.ledger, tin)
    .filter((e) => !(e.taxType === taxType && e.period === assessed))
    .reduce((s, e) => s + e.amount, 0)
  if (owedElsewhere > 0) return
  const unit = 10 ** j.currency.minorUnits
  const limit = addDays(ctx.referenceDate, -20)
  let period = taxType === 'CIT' ? ctx.referenceDate.slice(0, 4) : ctx.referenceDate.slice(0, 7)
  const taken = (p: string) =>
    p === assessed || withTin(accounts.returns, tin).some((r) => r.taxType === taxType && r.period === p)
  for (let step = 0; step < 40 && (dueDate(taxType, period, j) > limit || taken(period)); step++)
    period = previousPeriod(period)
  if (taken(period)) return
  const dueOn = dueDate(taxType, period, j)
  const base =
    taxType === 'CIT'
      ? wholeUnits(taxpayer.turnover * ctx.draw.float(0.03, 0.08), unit)
      : wholeUnits((taxpayer.turnover / 12) * ctx.draw.float(0.2, 0.5), unit)
  const taxDue = percentOf(base, taxType === 'CIT' ? j.rates.cit : j.rates.vat, j.rounding)
  const returnId = `${prefix}-other-return`
  accounts.returns.push({
    id: returnId,
    tin,
    taxType,
    period,
    dueOn,
    filedOn: addDays(dueOn, -ctx.draw.int(0, 5)),
    channel: 'e-filing',
    lines: [
      { label: taxType === 'CIT' ? 'taxableProfit' : 'netTaxableSupplies', amount: base },
      { label: 'taxDue', amount: taxDue },
    ],
    taxDue,
  })
  accounts.ledger.push({
    id: `${prefix}-other-sa`,
    tin,
    taxType,
    period,
    date: dueOn,
    kind: 'self-assessment',
    amount: taxDue,
    ref: returnId,
  })
}
