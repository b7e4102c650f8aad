/**
 * Case kinds of the payments process: anomalies (hidden ground truth, DOMAIN §4) and innocent
 * look-alikes (suspicious at a glance, genuine on inspection). Owned by this process.
 */
export const ANOMALIES = ['amount-only-match', 'credit-with-debts', 'unjustified-waiver'] as const
export const LOOKALIKES = ['third-party-payer', 'reasonable-cause-waiver'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'amount-only-match': 'amount only match',
  'credit-with-debts': 'credit with debts',
  'unjustified-waiver': 'unjustified waiver',
  'third-party-payer': 'third party payer',
  'reasonable-cause-waiver': 'reasonable cause waiver',
}
