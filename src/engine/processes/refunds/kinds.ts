/**
 * Case kinds of the refunds process: anomalies (hidden ground truth, DOMAIN §4) and innocent
 * look-alikes (suspicious at a glance, genuine on inspection). Owned by this process.
 */
export const ANOMALIES = [
  'phantom-exporter',
  'fictitious-exports',
  'refund-diversion',
  'fake-input-credits',
] as const
export const LOOKALIKES = ['genuine-new-exporter', 'genuine-large-investment'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'phantom-exporter': 'phantom exporter',
  'fictitious-exports': 'fictitious exports',
  'refund-diversion': 'refund diversion',
  'fake-input-credits': 'fake input credits',
  'genuine-new-exporter': 'genuine new exporter',
  'genuine-large-investment': 'genuine large investment',
}
