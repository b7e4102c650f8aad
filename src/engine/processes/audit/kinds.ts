/**
 * Case kinds of the audit process: anomalies (hidden ground truth, DOMAIN §4) and innocent
 * look-alikes (suspicious at a glance, genuine on inspection). Owned by this process.
 */
export const ANOMALIES = ['under-reported-income', 'suppressed-cash-sales', 'fake-invoice-buyer'] as const
export const LOOKALIKES = ['honest-error', 'explained-outlier'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'under-reported-income': 'under reported income',
  'suppressed-cash-sales': 'suppressed cash sales',
  'fake-invoice-buyer': 'fake invoice buyer',
  'honest-error': 'honest error',
  'explained-outlier': 'explained outlier',
}
