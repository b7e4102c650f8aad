/**
 * Case kinds of the payments process: anomalies (hidden ground truth, docs/domain.md §Payments and
 * the taxpayer account decision points) and innocent look-alikes (suspicious at a glance, genuine
 * on inspection).
 */
export const ANOMALIES = [
  'amount-only-match',
  'credit-with-debts',
  'unjustified-waiver',
  'mistyped-tin',
] as const
export const LOOKALIKES = ['third-party-payer', 'reasonable-cause-waiver'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]
export type PaymentsKind = Anomaly | Lookalike | 'genuine'

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'amount-only-match':
    'A bank payment in suspense from a payer no taxpayer matches by legal name or bank account, whose amount equals one taxpayer\u2019s open debt. Best decision: return it to the payer; never allocate on the amount alone',
  'credit-with-debts':
    'A taxpayer asks for a refund of a credit balance while owing tax on other periods or taxes. Best decision: offset the credit against the debts first and refund only the rest',
  'unjustified-waiver':
    'A penalty-waiver request with no documented reasonable cause (cash-flow problems, an absent accountant, documents that do not cover the due date). Best decision: refuse the waiver',
  'mistyped-tin':
    'A bank payment whose reference quotes a TIN that fails the check digit (two digits swapped), while another taxpayer with a valid TIN owes exactly the amount. Best decision: allocate to the taxpayer whose legal name and bank account match the payer (its TIN is the quoted one with the digits put back), never to the one whose debt only equals the amount',
  'third-party-payer':
    'Look-alike: an accountant or agent pays from its own account, but the reference names the taxpayer, its TIN and the period. Best decision: allocate to the taxpayer named in the reference',
  'reasonable-cause-waiver':
    'Look-alike: a penalty-waiver request backed by documents (hospitalisation, fire, flood) covering the due date, from a taxpayer with a good record. Best decision: waive the penalty (not the interest)',
}
