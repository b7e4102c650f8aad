/**
 * The payments commands in the order a TAMIS screen offers them: evidence steps first, then
 * the decisions that close the case. Every type here is an event of the payments machine.
 */
import type { CommandSpec } from '../contract'
import type { PaymentsCaseType } from './case-data'

export const STEP = {
  searchCandidates: 'payments.searchCandidates',
  viewLedger: 'payments.viewLedger',
  viewFilingHistory: 'payments.viewFilingHistory',
  examineDocuments: 'payments.examineDocuments',
  computeCharges: 'payments.computeCharges',
} as const

export const DECISION = {
  allocate: 'payments.allocate',
  returnToPayer: 'payments.returnToPayer',
  holdInSuspense: 'payments.holdInSuspense',
  refundCredit: 'payments.refundCredit',
  offsetCredit: 'payments.offsetCredit',
  refuseRefund: 'payments.refuseRefund',
  waivePenalty: 'payments.waivePenalty',
  refuseWaiver: 'payments.refuseWaiver',
  postCharges: 'payments.postCharges',
} as const

export type StepType = (typeof STEP)[keyof typeof STEP]
export type DecisionType = (typeof DECISION)[keyof typeof DECISION]
export type PaymentsCommandType = StepType | DecisionType

/** The commands that make sense on each type of case (the others are refused with a reason). */
export const COMMANDS_OF: Record<PaymentsCaseType, readonly PaymentsCommandType[]> = {
  suspense: [STEP.searchCandidates, DECISION.allocate, DECISION.returnToPayer, DECISION.holdInSuspense],
  refund: [
    STEP.viewLedger,
    STEP.viewFilingHistory,
    DECISION.refundCredit,
    DECISION.offsetCredit,
    DECISION.refuseRefund,
  ],
  waiver: [
    STEP.viewLedger,
    STEP.viewFilingHistory,
    STEP.examineDocuments,
    DECISION.waivePenalty,
    DECISION.refuseWaiver,
  ],
  charges: [STEP.viewLedger, STEP.computeCharges, DECISION.postCharges],
}

const reason = { name: 'reason', label: 'Reason (goes in the letter)', kind: 'text', required: true } as const

export const PAYMENTS_COMMANDS: readonly (CommandSpec & { type: PaymentsCommandType })[] = [
  {
    type: STEP.searchCandidates,
    label: 'Search the register for the payer',
    final: false,
    help: 'Looks up the TIN quoted in the reference, the payer name and bank account, and open debts of the same amount.',
  },
  { type: STEP.viewLedger, label: 'Open the taxpayer account', final: false },
  { type: STEP.viewFilingHistory, label: 'Open the filing history', final: false },
  { type: STEP.examineDocuments, label: 'Examine the supporting documents', final: false },
  {
    type: STEP.computeCharges,
    label: 'Compute the late-payment charges',
    final: false,
    help: 'Penalty and interest under the jurisdiction profile, from the original due date to the payment date.',
  },
  {
    type: DECISION.allocate,
    label: 'Allocate the payment',
    final: true,
    help: 'To the taxpayer whose legal name and bank account match the payer, or who is clearly named in the reference.',
    fields: [
      { name: 'tin', label: 'TIN', kind: 'tin', required: true, graded: true },
      { name: 'taxType', label: 'Tax', kind: 'select', required: true, options: [], graded: true },
      { name: 'period', label: 'Period (YYYY-MM or YYYY)', kind: 'text', required: true, graded: true },
    ],
  },
  {
    type: DECISION.returnToPayer,
    label: 'Return the payment to the payer',
    final: true,
    help: 'For a payment that cannot be attributed to any taxpayer.',
    fields: [reason],
  },
  {
    type: DECISION.holdInSuspense,
    label: 'Keep in suspense and query the bank',
    final: true,
    help: 'Only while the payment is younger than the suspense limit of the profile.',
    fields: [reason],
  },
  {
    type: DECISION.refundCredit,
    label: 'Refund the credit',
    final: true,
    fields: [{ name: 'amount', label: 'Amount to refund', kind: 'money', required: true, graded: true }],
  },
  {
    type: DECISION.offsetCredit,
    label: 'Offset against other debts, refund the rest',
    final: true,
    help: 'Posts the credit against the taxpayer\u2019s open debts (oldest first); only what is left is paid out.',
  },
  { type: DECISION.refuseRefund, label: 'Refuse the refund', final: true, fields: [reason] },
  {
    type: DECISION.waivePenalty,
    label: 'Waive the penalty',
    final: true,
    help: 'Only for a documented reasonable cause. Interest is compensation and is not waived.',
    fields: [{ name: 'amount', label: 'Amount waived', kind: 'money', required: true, graded: true }],
  },
  { type: DECISION.refuseWaiver, label: 'Refuse the waiver', final: true, fields: [reason] },
  {
    type: DECISION.postCharges,
    label: 'Post the late-payment charges',
    final: true,
    fields: [
      { name: 'penalty', label: 'Late-payment penalty', kind: 'money', required: true, graded: true },
      { name: 'interest', label: 'Late-payment interest', kind: 'money', required: true, graded: true },
    ],
  },
]

export const isPaymentsCommand = (type: string): type is PaymentsCommandType =>
  PAYMENTS_COMMANDS.some((c) => c.type === type)
