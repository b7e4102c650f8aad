/**
 * Case kinds of the collection process: anomalies (hidden ground truth, DOMAIN §4) and innocent
 * look-alikes (suspicious at a glance, genuine on inspection). Owned by this process.
 */
export const ANOMALIES = ['asset-flight', 'agreement-abuse', 'disputed-debt'] as const
export const LOOKALIKES = ['cash-flow-problem', 'uncollectible'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'asset-flight': 'asset flight',
  'agreement-abuse': 'agreement abuse',
  'disputed-debt': 'disputed debt',
  'cash-flow-problem': 'cash flow problem',
  uncollectible: 'uncollectible',
}
