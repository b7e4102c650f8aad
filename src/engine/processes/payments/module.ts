/**
 * Payments and the taxpayer account through the process contract: the machine, its commands,
 * the evidence panels each step reveals, the naive officer's prefilled values and the grading.
 */
import { lateInterest } from '../../rules/interest'
import { periodBalances } from '../../rules/ledger'
import { latePaymentPenalty } from '../../rules/penalties'
import { day, money, msg } from '../../primitives/message'
import { taxTypeLabel } from '../../vocabulary'
import type {
  CaseRecord,
  CommandSpec,
  FieldReference,
  FieldValue,
  Panel,
  ProcessEnv,
  ProcessModule,
} from '../contract'
import { quotedTin, type PaymentsCaseData, type SuspenseData } from './case-data'
import { DECISION, PAYMENTS_COMMANDS, STEP, isPaymentsCommand } from './commands'
import { gradePayments } from './grade'
import { paymentsPostings } from './postings'
import {
  bankRecordPanel,
  candidatesPanel,
  chargesNoticePanel,
  computationPanel,
  documentsPanel,
  filingHistoryPanel,
  ledgerPanel,
  refundRequestPanel,
  waiverRequestPanel,
  PANEL_NAMES,
} from './panels'
import {
  PAYMENTS_STATE_LABELS,
  paymentsBlocker,
  paymentsMachine,
  paymentsProblem,
  type PaymentsContext,
  type PaymentsInput,
} from './payments.machine'
import { withTin } from '../../world/lookup'

function input(record: CaseRecord<PaymentsCaseData>, env: ProcessEnv): PaymentsInput {
  const d = record.data
  return {
    jurisdiction: env.jurisdiction,
    today: env.today,
    caseType: d.type,
    valueDate: d.type === 'suspense' ? d.bank.valueDate : null,
    credit: d.type === 'refund' ? d.amountClaimed : 0,
    penalty: d.type === 'waiver' ? d.penalty : 0,
    interest: d.type === 'waiver' ? d.interest : 0,
    account: {
      caseId: record.id,
      tin: record.tin,
      data: d,
      ledger: [...withTin(env.world.ledger, record.tin)],
    },
  }
}

/**
 * What a hurried officer types as a letter's reason (only the naive policies use it; a trainee
 * writes their own), in words the policy renders in the scenario's language.
 */
const NAIVE_REASON = {
  returnToPayer: { words: msg('payments.naive.returnToPayer') },
  holdInSuspense: { words: msg('payments.naive.holdInSuspense') },
  refuseRefund: { words: msg('payments.naive.refuseRefund') },
  refuseWaiver: { words: msg('payments.naive.refuseWaiver') },
}

/**
 * The reason the best sequence gives where it returns a payment or refuses a waiver. The world
 * keeps the English sentence it always stored in `best` (so its digest stays); a scripted
 * officer types this message instead, in the scenario's language.
 */
const BEST_WORDING = {
  [DECISION.returnToPayer]: { reason: msg('payments.truth.bestReason.returnToPayer') },
  [DECISION.refuseWaiver]: { reason: msg('payments.truth.bestReason.refuseWaiver') },
}

function commandsFor(env: ProcessEnv): readonly CommandSpec[] {
  const options = env.jurisdiction.taxTypes.map((t) => ({ value: t.code, label: taxTypeLabel(t.code) }))
  return PAYMENTS_COMMANDS.map((c) =>
    c.type === DECISION.allocate
      ? { ...c, fields: c.fields!.map((f) => (f.name === 'taxType' ? { ...f, options } : f)) }
      : c,
  )
}

/** What a hurried officer would put in the allocation form: the quoted TIN, or the amount match. */
function naiveAllocation(d: SuspenseData, env: ProcessEnv): Record<string, FieldValue> {
  const quoted = quotedTin(d.bank.reference)
  const byReference = /\b([A-Z]{3,6})\s+(\d{4}(?:-\d{2})?)\b/.exec(d.bank.reference)
  if (quoted && env.index.get(quoted) && byReference)
    return { tin: quoted, taxType: byReference[1]!, period: byReference[2]! }
  for (const c of d.candidates) {
    const match = periodBalances(withTin(env.world.ledger, c.tin), c.tin).find(
      (p) => p.balance === d.bank.amount,
    )
    if (match) return { tin: c.tin, taxType: match.taxType, period: match.period }
  }
  return { tin: d.candidates[0]?.tin ?? '', taxType: byReference?.[1] ?? '', period: byReference?.[2] ?? '' }
}

export const paymentsModule: ProcessModule<PaymentsContext, PaymentsCaseData> = {
  id: 'payments',
  machine: paymentsMachine,
  commands: PAYMENTS_COMMANDS,
  commandsFor,
  stateLabels: PAYMENTS_STATE_LABELS,
  panelNames: PANEL_NAMES,
  input,
  blocker: (context, type) =>
    isPaymentsCommand(type)
      ? paymentsBlocker(context, type)
      : { reason: msg('payments.blocker.notAStep', { type }) },
  problem(context, command, env) {
    const own = paymentsProblem(context, command)
    if (own) return own
    if (command.type === DECISION.allocate && !env.index.get(String(command.tin).trim()))
      return msg('payments.problem.unknownTin', { tin: String(command.tin) })
    return undefined
  },
  initialPanels(record, env): Panel[] {
    const d = record.data
    const t = env.index.get(record.tin)
    switch (d.type) {
      case 'suspense':
        return [bankRecordPanel(d, env)]
      case 'refund':
        return [refundRequestPanel(record, d, t)]
      case 'waiver':
        return [waiverRequestPanel(record, d, t)]
      case 'charges':
        return [chargesNoticePanel(record, d, t)]
    }
  },
  reveal(record, command, env): Panel[] {
    const d = record.data
    switch (command.type) {
      case STEP.searchCandidates:
        return d.type === 'suspense' ? [candidatesPanel(d, env)] : []
      case STEP.viewLedger:
        return [ledgerPanel(record, env)]
      case STEP.viewFilingHistory:
        return [filingHistoryPanel(record, env)]
      case STEP.examineDocuments:
        return d.type === 'waiver' ? [documentsPanel(d)] : []
      case STEP.computeCharges:
        return d.type === 'charges' ? [computationPanel(d, env)] : []
      default:
        return []
    }
  },
  // A letter's reason is the officer's own words, typed in their language: the form starts empty.
  defaults: (): Record<string, Record<string, FieldValue>> => ({}),
  reference(record, env): Record<string, Record<string, FieldReference>> {
    const d = record.data
    const j = env.jurisdiction
    switch (d.type) {
      case 'suspense': {
        const naive = naiveAllocation(d, env)
        const bank = { text: msg('payments.reference.bankReference', { reference: d.bank.reference }) }
        return {
          [DECISION.allocate]: {
            tin: { ...bank, value: naive.tin! },
            taxType: { value: naive.taxType! },
            period: { value: naive.period! },
          },
          [DECISION.returnToPayer]: { reason: NAIVE_REASON.returnToPayer },
          [DECISION.holdInSuspense]: { reason: NAIVE_REASON.holdInSuspense },
        }
      }
      case 'refund':
        return {
          [DECISION.refundCredit]: {
            amount: {
              text: msg('payments.reference.refundClaimed', { amount: money(d.amountClaimed) }),
              value: d.amountClaimed,
            },
          },
          [DECISION.refuseRefund]: { reason: NAIVE_REASON.refuseRefund },
        }
      case 'waiver':
        return {
          [DECISION.waivePenalty]: {
            amount: {
              text: msg('payments.reference.waiverCharged', {
                penalty: money(d.penalty),
                interest: money(d.interest),
              }),
              value: d.penalty + d.interest,
            },
          },
          [DECISION.refuseWaiver]: { reason: NAIVE_REASON.refuseWaiver },
        }
      case 'charges': {
        // A hurried officer counts from the notice in front of them, not the original due date.
        const penalty = latePaymentPenalty(d.assessed, d.noticeOn, d.paidOn, j)
        const interest = lateInterest(d.assessed, d.noticeOn, d.paidOn, j)
        return {
          [DECISION.postCharges]: {
            penalty: {
              text: msg('payments.reference.chargesAssessed', {
                amount: money(d.assessed),
                paidOn: day(d.paidOn),
              }),
              value: penalty,
            },
            interest: { value: interest },
          },
        }
      }
    }
  },
  postings: paymentsPostings,
  bestWording: () => BEST_WORDING,
  grade: (truth, command, _history, env) => gradePayments(truth, command, env),
}

export const module = paymentsModule
