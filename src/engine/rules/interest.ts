/**
 * Late-payment interest: compensation for the time value of unpaid tax, always counted from
 * the ORIGINAL due date of the tax (also when the tax was assessed or adjusted later). The
 * rate is interest.percentPerMonth; interest.basis says whether it accrues by the day or by
 * the month (a part-month counts as a month); payments.interestCompounding says simple or compound.
 */
import type { Jurisdiction } from '../jurisdiction'
import { daysBetween } from '../primitives/calendar'
import type { IsoDate } from '../primitives/calendar'
import { roundMinor } from './money'
import { monthsLate } from './penalties'

/** The parts of a jurisdiction profile the interest rule reads. */
export type InterestJurisdiction = Pick<Jurisdiction, 'interest' | 'rounding'> & {
  payments: Pick<Jurisdiction['payments'], 'interestCompounding'>
}

/** Days in the year used to turn a monthly rate into a daily one (percentPerMonth × 12 / 365). */
export const DAYS_PER_YEAR = 365

/** How many accrual steps (days or months) run from `fromDue` to `to`, and the rate per step in percent. */
export function interestSteps(
  fromDue: IsoDate,
  to: IsoDate,
  j: InterestJurisdiction,
): { steps: number; percent: number } {
  if (j.interest.basis === 'daily') {
    return {
      steps: Math.max(0, daysBetween(fromDue, to)),
      percent: (j.interest.percentPerMonth * 12) / DAYS_PER_YEAR,
    }
  }
  return { steps: monthsLate(fromDue, to), percent: j.interest.percentPerMonth }
}

/**
 * Interest on `principal` (minor units) unpaid from its original due date `fromDue` to `to`,
 * rounded once. Example (1.5 % per month, daily, simple): 1,000,000 unpaid for 73 days →
 * 1,000,000 × 18 % / 365 × 73 = 36,000.
 */
export function lateInterest(
  principal: number,
  fromDue: IsoDate,
  to: IsoDate,
  j: InterestJurisdiction,
): number {
  if (principal <= 0) return 0
  const { steps, percent } = interestSteps(fromDue, to, j)
  if (steps === 0) return 0
  const rate = percent / 100
  const raw =
    j.payments.interestCompounding === 'compound'
      ? principal * ((1 + rate) ** steps - 1)
      : principal * rate * steps
  return roundMinor(raw, j.rounding)
}
