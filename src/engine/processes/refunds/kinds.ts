/**
 * Case kinds of the refunds process: anomalies (hidden ground truth, docs/domain.md §Anomaly
 * patterns 3, 5, 6 and 12) and innocent look-alikes (suspicious at a glance, genuine on
 * inspection).
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
export type RefundKind = Anomaly | Lookalike | 'genuine'

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'phantom-exporter':
    'A company registered a few months ago claims a large refund on "exports" with no customs record, from a serviced office, to a newly opened account. Best decision: block the refund and refer it for investigation',
  'fictitious-exports':
    'An established exporter declares zero-rated sales of which some have no customs export record. Best decision: approve in part, taxing the unsupported exports at the standard rate',
  'refund-diversion':
    'The refund account was changed just before the claim to an account the bank says is not in the taxpayer\u2019s name. Best decision: block the refund and refer it (verify identity)',
  'fake-input-credits':
    'Input VAT claimed from a supplier that declared far less output VAT on its sales to the claimant. Best decision: approve in part, disallowing the unmatched credits',
  'genuine-new-exporter':
    'Look-alike: a new company with a large first refund, but customs records, foreign receipts and its own bank account all check out. Best decision: approve in full, in time',
  'genuine-large-investment':
    'Look-alike: a claim far above the taxpayer\u2019s history because of a large capital purchase that the supplier declared. Best decision: approve in full',
}
