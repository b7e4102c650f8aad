/** The taxpayer current account's line: what the rules compute and the world stores. */
import type { IsoDate } from '../primitives/calendar'
import type { Tin } from '../primitives/identifiers'
import type { Text } from '../primitives/message'
import type { TaxType } from '../vocabulary'

/**
 * Kinds of ledger entry (docs/domain.md §Payments and the taxpayer account). Debits are positive
 * amounts, credits negative. 'agreement' and 'instalment' are memo lines of an instalment
 * agreement (the periods it covers, its schedule): amount 0, the figures in the note.
 */
export const LEDGER_KINDS = [
  'self-assessment',
  'adjustment',
  'default-assessment',
  'penalty',
  'interest',
  'payment',
  'payment-reversal',
  'offset-out',
  'offset-in',
  'refund-paid',
  'write-off',
  'abatement',
  'agreement',
  'instalment',
] as const
export type LedgerKind = (typeof LEDGER_KINDS)[number]

/** One line of the taxpayer current account, per taxpayer × tax type × period. */
export interface LedgerEntry {
  id: string
  tin: Tin
  taxType: TaxType
  /** 'YYYY-MM' for monthly taxes, 'YYYY' for annual ones. */
  period: string
  date: IsoDate
  kind: LedgerKind
  /** Minor units: positive is a debit (owed to the administration), negative a credit. */
  amount: number
  /** The source document: return, notice, payment or case id. */
  ref: string
  note?: Text
}
