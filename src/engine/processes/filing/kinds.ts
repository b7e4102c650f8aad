/**
 * Case kinds of the filing process: anomalies (hidden ground truth, docs/domain.md §Anomaly
 * patterns 9, 10 and 7, and a structurally invalid return) and innocent look-alikes (suspicious at
 * a glance, genuine on inspection, pattern 11).
 */
export const ANOMALIES = [
  'stop-filer',
  'nil-filer-with-activity',
  'understated-return',
  'incomplete-return',
] as const
export const LOOKALIKES = ['dormant', 'arithmetic-error', 'late-with-reasonable-cause'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]
export type FilingKind = Anomaly | Lookalike | 'genuine'

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'stop-filer':
    'A long-compliant VAT filer stops filing while e-invoices and customs imports show it still trades. Best decision: demand the return, then (if none comes) a default assessment estimated from prior returns; post the return if it arrives',
  'nil-filer-with-activity':
    'Nil VAT returns month after month while e-invoices show sales. Best decision: refer the return for desk review (reassessment), not accept it',
  'understated-return':
    'A VAT return whose arithmetic is right but whose sales are far below the e-invoiced sales. Best decision: refer for desk review; it is not a math error and not a reason to reject',
  'incomplete-return':
    'A paper return with mandatory lines left blank (input VAT, net VAT payable): it cannot be processed. Best decision: reject it as invalid so a complete return is filed; posting, correcting or referring it is wrong',
  dormant:
    'Look-alike: returns stopped, but there is no third-party activity at all (no e-invoices, no imports). Best decision: start the dormancy procedure; a demand or default assessment is over-reaction',
  'arithmetic-error':
    'Look-alike: an honest addition error on the net VAT line, good history, third-party data consistent. Best decision: correct the figure and send a math-error notice; no referral',
  'late-with-reasonable-cause':
    'Look-alike: a late return with a documented reasonable cause (illness, fire, death in the family). Best decision: post the return and waive the late-filing penalty',
}
