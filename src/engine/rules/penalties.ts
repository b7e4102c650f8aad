/**
 * Late-filing and late-payment penalties in the three styles a jurisdiction profile can use
 * (docs/domain.md §Penalties and interest): percent per month or part-month with a cap and grace
 * months, a fixed amount and a percent combined (greater of, or sum), and a flat amount. Amounts
 * are minor units; fixed amounts in the profile are major units and converted here.
 */
import type { Jurisdiction, PenaltyRule } from '../jurisdiction'
import type { IsoDate } from '../primitives/calendar'
import { addMonths } from './calendar'
import { percentOf, toMinor } from './money'

/** The parts of a jurisdiction profile the penalty rules read. */
export type PenaltyJurisdiction = Pick<Jurisdiction, 'currency' | 'rounding' | 'penalties'> & {
  payments: Pick<Jurisdiction['payments'], 'agreementPenaltyFactor'>
}

/**
 * Months or part-months from `dueOn` to `on`; 0 when `on` is on or before the due date.
 * Due 2024-01-21: on 2024-01-22 → 1, on 2024-02-21 → 1, on 2024-02-22 → 2.
 */
export function monthsLate(dueOn: IsoDate, on: IsoDate): number {
  if (on <= dueOn) return 0
  let months = 1
  while (addMonths(dueOn, months) < on) months++
  return months
}

/**
 * A penalty under one rule for `monthsLate` months (or part-months) late, on `base` (the tax
 * concerned, minor units). Nothing is charged when not late.
 * - percent-per-month: percent × (months − graceMonths), at most maxPercent, of the base;
 * - fixed-plus-percent: the fixed amount and percent of the base, the greater or the sum;
 * - flat: the fixed amount, however late.
 */
export function applyPenaltyRule(
  rule: PenaltyRule,
  base: number,
  monthsLate: number,
  j: Pick<Jurisdiction, 'currency' | 'rounding'>,
): number {
  if (monthsLate <= 0) return 0
  const taxBase = Math.max(0, base)
  switch (rule.type) {
    case 'percent-per-month': {
      const months = Math.max(0, monthsLate - rule.graceMonths)
      const percent = Math.min(rule.percent * months, rule.maxPercent)
      return percentOf(taxBase, percent, j.rounding)
    }
    case 'fixed-plus-percent': {
      const fixed = toMinor(rule.fixed, j.currency, j.rounding)
      const share = percentOf(taxBase, rule.percent, j.rounding)
      return rule.combine === 'greater' ? Math.max(fixed, share) : fixed + share
    }
    case 'flat':
      return toMinor(rule.amount, j.currency, j.rounding)
    default: {
      const never: never = rule
      throw new RangeError(`Unknown penalty rule ${JSON.stringify(never)}`)
    }
  }
}

/**
 * The late-filing penalty on a return with `taxDue` (minor units) due on `dueOn` and filed on
 * `filedOn` (or still unfiled on that date), under penalties.lateFiling.
 */
export function lateFilingPenalty(
  taxDue: number,
  dueOn: IsoDate,
  filedOn: IsoDate,
  j: PenaltyJurisdiction,
): number {
  return applyPenaltyRule(j.penalties.lateFiling, taxDue, monthsLate(dueOn, filedOn), j)
}

/**
 * The late-payment penalty on `unpaid` tax (minor units) due on `dueOn` and paid on `paidOn`,
 * under penalties.latePayment. Under a kept instalment agreement a percent-per-month rate is
 * multiplied by payments.agreementPenaltyFactor (0.5 halves it). Nothing unpaid, nothing charged.
 */
export function latePaymentPenalty(
  unpaid: number,
  dueOn: IsoDate,
  paidOn: IsoDate,
  j: PenaltyJurisdiction,
  opts: { underAgreement?: boolean } = {},
): number {
  if (unpaid <= 0) return 0
  const rule = j.penalties.latePayment
  const applied: PenaltyRule =
    opts.underAgreement && rule.type === 'percent-per-month'
      ? { ...rule, percent: rule.percent * j.payments.agreementPenaltyFactor }
      : rule
  return applyPenaltyRule(applied, unpaid, monthsLate(dueOn, paidOn), j)
}
