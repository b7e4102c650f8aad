/**
 * The payments commands in the order a TAMIS screen offers them: evidence steps first, then
 * the decisions that close the case. Every type here is an event of the payments machine.
 */
import { msg } from '../../primitives/message'
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

const reason = {
  name: 'reason',
  label: msg('payments.field.reason'),
  kind: 'text',
  required: true,
} as const

export const PAYMENTS_COMMANDS: readonly (CommandSpec & { type: PaymentsCommandType })[] = [
  {
    type: STEP.searchCandidates,
    label: msg('payments.cmd.searchCandidates'),
    final: false,
    help: msg('payments.cmd.searchCandidates.help'),
  },
  { type: STEP.viewLedger, label: msg('payments.cmd.viewLedger'), final: false },
  { type: STEP.viewFilingHistory, label: msg('payments.cmd.viewFilingHistory'), final: false },
  { type: STEP.examineDocuments, label: msg('payments.cmd.examineDocuments'), final: false },
  {
    type: STEP.computeCharges,
    label: msg('payments.cmd.computeCharges'),
    final: false,
    help: msg('payments.cmd.computeCharges.help'),
  },
  {
    type: DECISION.allocate,
    label: msg('payments.cmd.allocate'),
    final: true,
    help: msg('payments.cmd.allocate.help'),
    fields: [
      { name: 'tin', label: msg('payments.field.tin'), kind: 'tin', required: true, graded: true },
      {
        name: 'taxType',
        label: msg('payments.field.taxType'),
        kind: 'select',
        required: true,
        options: [],
        graded: true,
      },
      { name: 'period', label: msg('payments.field.period'), kind: 'text', required: true, graded: true },
    ],
  },
  {
    type: DECISION.returnToPayer,
    label: msg('payments.cmd.returnToPayer'),
    final: true,
    help: msg('payments.cmd.returnToPayer.help'),
    fields: [reason],
  },
  {
    type: DECISION.holdInSuspense,
    label: msg('payments.cmd.holdInSuspense'),
    final: true,
    help: msg('payments.cmd.holdInSuspense.help'),
    fields: [reason],
  },
  {
    type: DECISION.refundCredit,
    label: msg('payments.cmd.refundCredit'),
    final: true,
    fields: [
      {
        name: 'amount',
        label: msg('payments.field.refundAmount'),
        kind: 'money',
        required: true,
        graded: true,
      },
    ],
  },
  {
    type: DECISION.offsetCredit,
    label: msg('payments.cmd.offsetCredit'),
    final: true,
    help: msg('payments.cmd.offsetCredit.help'),
  },
  { type: DECISION.refuseRefund, label: msg('payments.cmd.refuseRefund'), final: true, fields: [reason] },
  {
    type: DECISION.waivePenalty,
    label: msg('payments.cmd.waivePenalty'),
    final: true,
    help: msg('payments.cmd.waivePenalty.help'),
    fields: [
      {
        name: 'amount',
        label: msg('payments.field.waivedAmount'),
        kind: 'money',
        required: true,
        graded: true,
      },
    ],
  },
  { type: DECISION.refuseWaiver, label: msg('payments.cmd.refuseWaiver'), final: true, fields: [reason] },
  {
    type: DECISION.postCharges,
    label: msg('payments.cmd.postCharges'),
    final: true,
    fields: [
      { name: 'penalty', label: msg('payments.field.penalty'), kind: 'money', required: true, graded: true },
      {
        name: 'interest',
        label: msg('payments.field.interest'),
        kind: 'money',
        required: true,
        graded: true,
      },
    ],
  },
]

export const isPaymentsCommand = (type: string): type is PaymentsCommandType =>
  PAYMENTS_COMMANDS.some((c) => c.type === type)
