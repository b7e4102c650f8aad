/**
 * The law of an objection, as pure functions of the jurisdiction profile: when a mailed
 * assessment notice is deemed received, the last day to object, whether an objection is in
 * time, when the office must decide, and what an item-by-item decision amounts to.
 * Worked examples (deemedReceiptDays 7, objectionDays 30) are in scenarios/guide/objections.md.
 */
import type { Jurisdiction } from '../../scenario/schema'
import { addDays, daysBetween } from '../../primitives/calendar'
import type { IsoDate } from '../../world/types'

/** The parts of a jurisdiction profile the objection rules read. */
export type ObjectionLaw = Pick<Jurisdiction, 'deadlines' | 'objections'>

export const INADMISSIBLE_GROUNDS = ['late', 'no-grounds', 'undisputed-unpaid'] as const
export type InadmissibleGround = (typeof INADMISSIBLE_GROUNDS)[number]

export const OUTCOMES = ['allowed', 'partiallyAllowed', 'disallowed'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** The day a notice mailed on `mailedOn` is deemed received (mailing date + deemedReceiptDays). */
export function deemedReceipt(mailedOn: IsoDate, j: Pick<Jurisdiction, 'deadlines'>): IsoDate {
  return addDays(mailedOn, j.deadlines.deemedReceiptDays)
}

/**
 * The last day to object: deemed receipt + objectionDays. The one rule both the objections
 * desk and collection (is this objection valid?) use (docs/domain.md §Objection window).
 */
export function objectionLimit(mailedOn: IsoDate, j: Pick<Jurisdiction, 'deadlines'>): IsoDate {
  return addDays(deemedReceipt(mailedOn, j), j.deadlines.objectionDays)
}

/** The last day a late objection can still be admitted with a reason (limit + extensionDays). */
export function extensionLimit(mailedOn: IsoDate, j: ObjectionLaw): IsoDate {
  return addDays(objectionLimit(mailedOn, j), j.objections.extensionDays)
}

/** Days after the last day to object (0 when in time). */
export function daysLate(mailedOn: IsoDate, receivedOn: IsoDate, j: ObjectionLaw): number {
  return Math.max(0, daysBetween(objectionLimit(mailedOn, j), receivedOn))
}

/**
 * 'in-time' up to the limit; 'extendable' when late but within the extension the law allows
 * (never when extensionDays is 0); 'late' otherwise.
 */
export function timeliness(
  mailedOn: IsoDate,
  receivedOn: IsoDate,
  j: ObjectionLaw,
): 'in-time' | 'extendable' | 'late' {
  if (receivedOn <= objectionLimit(mailedOn, j)) return 'in-time'
  if (j.objections.extensionDays > 0 && receivedOn <= extensionLimit(mailedOn, j)) return 'extendable'
  return 'late'
}

/** The hurried count: days from the mailing date, forgetting deemed receipt (what a look-alike tempts). */
export function lateByMailingDate(mailedOn: IsoDate, receivedOn: IsoDate, j: ObjectionLaw): boolean {
  return daysBetween(mailedOn, receivedOn) > j.deadlines.objectionDays
}

/** The day the office must have decided by: receipt of the objection + objectionDecisionDays. */
export function decisionDue(receivedOn: IsoDate, j: ObjectionLaw): IsoDate {
  return addDays(receivedOn, j.deadlines.objectionDecisionDays)
}

/** True once `today` is past the decision limit: the law deems a decision (profile deemedOutcome). */
export function decisionOverdue(receivedOn: IsoDate, today: IsoDate, j: ObjectionLaw): boolean {
  return today > decisionDue(receivedOn, j)
}

export interface ObjectionFacts {
  mailedOn: IsoDate
  receivedOn: IsoDate
  groundsStated: boolean
  /** Tax of the items the taxpayer accepts, minor units. */
  undisputed: number
  /** Paid on the assessment since the notice, minor units. */
  paid: number
  /** The letter gives a reason for lodging late. */
  lateReason: boolean
}

/**
 * Why an objection is not admissible, or undefined when it is. Checked in the order a review
 * desk checks: the time limit, the grounds, then payment of the undisputed tax.
 */
export function inadmissibility(f: ObjectionFacts, j: ObjectionLaw): InadmissibleGround | undefined {
  const time = timeliness(f.mailedOn, f.receivedOn, j)
  if (time === 'late' || (time === 'extendable' && !f.lateReason)) return 'late'
  if (!f.groundsStated) return 'no-grounds'
  if (j.objections.requireUndisputedPaid && f.paid < f.undisputed) return 'undisputed-unpaid'
  return undefined
}

/** Allowed, partially allowed or disallowed, from the items allowed out of the items disputed. */
export function outcomeOf(allowed: readonly string[], disputed: readonly string[]): Outcome {
  const granted = disputed.filter((id) => allowed.includes(id)).length
  if (granted === 0) return 'disallowed'
  return granted === disputed.length ? 'allowed' : 'partiallyAllowed'
}
