/**
 * Case kinds of the audit process: anomalies (hidden ground truth, docs/domain.md §Anomaly patterns
 * 5, 7, 8) and innocent look-alikes (suspicious at a glance, genuine on inspection, patterns 11 and
 * a documented benchmark outlier). Every other candidate is 'genuine': flagged by the risk engine,
 * with nothing wrong in its books.
 */
export const ANOMALIES = ['under-reported-income', 'suppressed-cash-sales', 'fake-invoice-buyer'] as const
export const LOOKALIKES = ['honest-error', 'explained-outlier'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]
export type AuditKind = Anomaly | Lookalike | 'genuine'

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'under-reported-income':
    'Employer slips or e-invoices show more income than the return declares (a second job, sales to one buyer left out). Best decision: select, desk audit, adjust by the omitted income only (not income already taxed at source or cancelled by a credit note), negligence penalty',
  'suppressed-cash-sales':
    'A retailer or restaurant whose card takings alone exceed its declared sales and whose margin is far below the sector. Best decision: select for a field audit; adjust by the till (Z-report) sales the visit finds, not just the card data; negligence penalty',
  'fake-invoice-buyer':
    'Input VAT claimed on invoices from a supplier that files nil or no returns and has no real business. Best decision: select, disallow the input VAT on that supplier’s invoices only, fraud category, and refer to investigation',
  'honest-error':
    'Look-alike: the return’s lines do not add up (digits transposed in a total), small amount, clean history. Best decision: select for a desk audit, correct the exact difference with the honest-error category (no penalty); a negligence penalty or a referral is over-reaction',
  'explained-outlier':
    'Look-alike: margin and turnover dropped, but the file documents why (a fire, a new competitor) and third-party data agree with the return. Best decision: do not select, with the reason "risk explained"; an assessment would burden an honest taxpayer',
}
