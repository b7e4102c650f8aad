/**
 * Case kinds of the collection process: anomalies (hidden ground truth, docs/domain.md §Anomaly
 * patterns 14 and 15, plus a disputed debt, §Objections) and innocent look-alikes (suspicious at a
 * glance, genuine on inspection). Owned by this process.
 */
export const ANOMALIES = ['asset-flight', 'agreement-abuse', 'disputed-debt'] as const
export const LOOKALIKES = ['cash-flow-problem', 'uncollectible'] as const
export type Anomaly = (typeof ANOMALIES)[number]
export type Lookalike = (typeof LOOKALIKES)[number]
export type CollectionKind = Anomaly | Lookalike | 'genuine'

/** One line per kind for the trainer's editor: what it is and the best decision. */
export const DESCRIPTIONS: Record<Anomaly | Lookalike, string> = {
  'asset-flight':
    'A debtor empties its bank accounts with large outgoing transfers after the demand notice, while the demand period still runs. Best decision: a protective measure (freeze the accounts) now, not waiting for the period to end',
  'agreement-abuse':
    'A debtor asks for another instalment agreement after defaulting on earlier ones. Best decision: refuse the request (or grant only against security when the profile allows fewer defaults) and enforce with the least intrusive tool that reaches money',
  'disputed-debt':
    'Part of the debt is under a valid objection. Best decision: hold only the disputed part and enforce the undisputed rest',
  'cash-flow-problem':
    'Look-alike: a compliant taxpayer with a genuine, temporary cash-flow problem asks for time to pay. Best decision: grant an instalment agreement the cash flow can carry, within the maximum term; enforcement is over-reaction',
  uncollectible:
    'Look-alike: the debtor company is in liquidation and has no reachable assets. Best decision: propose a write-off on the documented criterion and have it approved by someone other than the proposer; enforcement wastes effort',
}
