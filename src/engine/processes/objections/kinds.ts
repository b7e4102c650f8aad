/**
 * Case kinds of the objections process: anomalies (hidden ground truth, DOMAIN §4) and innocent
 * look-alikes (suspicious at a glance, genuine on inspection). Owned by this process.
 */
export const ANOMALIES = ['late-objection', 'undisputed-unpaid', 'no-grounds'] as const
export const LOOKALIKES = ['deemed-receipt-in-time', 'valid-partial'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'late-objection': 'late objection',
  'undisputed-unpaid': 'undisputed unpaid',
  'no-grounds': 'no grounds',
  'deemed-receipt-in-time': 'deemed receipt in time',
  'valid-partial': 'valid partial',
}
