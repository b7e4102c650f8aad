/**
 * What a payments case shows the officer (CaseRecord.data). Nothing here is ground truth: the
 * bank record, the request and its documents are what arrived at the desk; the taxpayer's
 * account, returns and the register are read from the world when a panel opens.
 */
import type { TaxType } from '../../vocabulary'
import type { BankAccount, IsoDate, Tin } from '../../world/types'
import type { Text } from '../../primitives/message'

export const CASE_TYPES = ['suspense', 'refund', 'waiver', 'charges'] as const
export type PaymentsCaseType = (typeof CASE_TYPES)[number]

/** A payment the bank reported that the system could not match to a TIN and period. */
export interface BankRecord {
  bankRef: string
  /** The day the money reached the administration's account. */
  valueDate: IsoDate
  amount: number
  payerName: string
  payerAccount: Omit<BankAccount, 'holder'>
  /** The free-text reference the payer typed. */
  reference: string
  channel: 'bank transfer' | 'cheque' | 'mobile money'
}

/** The ten-digit TIN a payer typed in a bank reference, if any (the search and the grader read the same one). */
export const quotedTin = (reference: string): string | undefined => /\b\d{10}\b/.exec(reference)?.[0]

/** A taxpayer the candidate search returns, as the register and the account show it. */
export interface Candidate {
  tin: Tin
  /** Why the search returned it, in the officer's words. */
  foundBy: string[]
}

export interface SuspenseData {
  type: 'suspense'
  bank: BankRecord
  candidates: Candidate[]
}

export interface RefundData {
  type: 'refund'
  /** The tax and period where the taxpayer sees the credit. */
  taxType: TaxType
  period: string
  amountClaimed: number
  /** The taxpayer's letter. */
  reason: Text
  bankAccount: BankAccount
}

export interface WaiverDocument {
  title: Text
  issuer: Text
  date: IsoDate
  text: Text
}

export interface WaiverData {
  type: 'waiver'
  taxType: TaxType
  period: string
  dueOn: IsoDate
  /** The penalties and interest posted on the period (what the request is about). */
  penalty: number
  interest: number
  letter: Text
  documents: WaiverDocument[]
}

/** An additional assessment paid late: the officer confirms the late-payment charges. */
export interface ChargesData {
  type: 'charges'
  taxType: TaxType
  period: string
  /** The original due date of the period's tax. */
  dueOn: IsoDate
  /** The notice of additional assessment and the day it was issued. */
  noticeRef: string
  noticeOn: IsoDate
  assessed: number
  paidOn: IsoDate
  paymentRef: string
}

export type PaymentsCaseData = SuspenseData | RefundData | WaiverData | ChargesData
