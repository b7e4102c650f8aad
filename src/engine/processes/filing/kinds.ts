/**
 * Case kinds of the filing process: anomalies (hidden ground truth, DOMAIN §4) and innocent
 * look-alikes (suspicious at a glance, genuine on inspection). Owned by this process.
 */
export const ANOMALIES = ['stop-filer', 'nil-filer-with-activity', 'understated-return'] as const
export const LOOKALIKES = ['dormant', 'arithmetic-error', 'late-with-reasonable-cause'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'stop-filer': 'stop filer',
  'nil-filer-with-activity': 'nil filer with activity',
  'understated-return': 'understated return',
  dormant: 'dormant',
  'arithmetic-error': 'arithmetic error',
  'late-with-reasonable-cause': 'late with reasonable cause',
}
