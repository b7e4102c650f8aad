/**
 * Case kinds of the objections process: anomalies (an objection that is not admissible, with
 * hidden ground truth) and innocent look-alikes (an objection that looks defective or all-or-
 * nothing at a glance, but is admissible and must be decided item by item).
 */
export const ANOMALIES = ['late-objection', 'undisputed-unpaid', 'no-grounds'] as const
export const LOOKALIKES = ['deemed-receipt-in-time', 'valid-partial'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]
export type ObjectionKind = Anomaly | Lookalike | 'genuine'

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'late-objection':
    'The objection arrived after the time limit even counted from the deemed receipt of the notice, and no extension is possible. Best decision: declare it inadmissible as late and notify the taxpayer in writing',
  'undisputed-unpaid':
    'In time and reasoned, but the tax the taxpayer accepts (the undisputed items) has not been paid in full. Best decision: declare it inadmissible until the undisputed tax is paid, in writing',
  'no-grounds':
    'The letter disputes items but states no grounds or reasons. Best decision: declare it inadmissible for want of grounds and tell the taxpayer in writing what is missing',
  'deemed-receipt-in-time':
    'Look-alike: late if counted from the mailing date, in time once the deemed-receipt days are added. Best decision: admit it, hold the disputed amount only, assign an independent reviewer and decide item by item; rejecting it as late denies a taxpayer right',
  'valid-partial':
    'Look-alike: new evidence supports some disputed items and not others. Best decision: admit it and partially allow exactly the supported items, with a reassessment for those only',
}
