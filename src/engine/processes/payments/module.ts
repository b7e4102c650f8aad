/**
 * Payments and the taxpayer account through the process contract: the machine, its commands,
 * the evidence panels each step reveals, the naive officer's prefilled values and the grading.
 */
import { lateInterest } from '../../rules/interest'
import { offsetCredits, periodBalances } from '../../rules/ledger'
import type { TaxType } from '../../vocabulary'
import type { IsoDate, LedgerEntry } from '../../world/types'
import { latePaymentPenalty } from '../../rules/penalties'
import { formatMoney } from '../../rules/money'
import type {
  CaseRecord,
  CommandSpec,
  FieldReference,
  FieldValue,
  Panel,
  ProcessEnv,
  ProcessModule,
} from '../contract'
import type { PaymentsCaseData, SuspenseData } from './case-data'
import { DECISION, PAYMENTS_COMMANDS, STEP, isPaymentsCommand } from './commands'
import { gradePayments } from './grade'
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
} from './panels'
import {
  PAYMENTS_STATE_LABELS,
  paymentsBlocker,
  paymentsMachine,
  paymentsProblem,
  type PaymentsContext,
  type PaymentsInput,
} from './payments.machine'
import { legacyRefusal } from '../legacy-refusal'

const data = (record: CaseRecord) => record.data as PaymentsCaseData

function input(record: CaseRecord, env: ProcessEnv): PaymentsInput {
  const d = data(record)
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
      ledger: env.world.ledger.filter((e) => e.tin === record.tin),
    },
  }
}

function commandsFor(env: ProcessEnv): readonly CommandSpec[] {
  const options = env.jurisdiction.taxTypes.map((t) => ({ value: t.code, label: `${t.code} — ${t.name}` }))
  return PAYMENTS_COMMANDS.map((c) =>
    c.type === DECISION.allocate
      ? { ...c, fields: c.fields!.map((f) => (f.name === 'taxType' ? { ...f, options } : f)) }
      : c,
  )
}

/** What a hurried officer would put in the allocation form: the quoted TIN, or the amount match. */
function naiveAllocation(d: SuspenseData, env: ProcessEnv): Record<string, FieldValue> {
  const quoted = /\b\d{10}\b/.exec(d.bank.reference)?.[0]
  const byReference = /\b([A-Z]{3,6})\s+(\d{4}(?:-\d{2})?)\b/.exec(d.bank.reference)
  if (quoted && env.index.get(quoted) && byReference)
    return { tin: quoted, taxType: byReference[1]!, period: byReference[2]! }
  for (const c of d.candidates) {
    const match = periodBalances(env.world.ledger, c.tin).find((p) => p.balance === d.bank.amount)
    if (match) return { tin: c.tin, taxType: match.taxType, period: match.period }
  }
  return { tin: d.candidates[0]?.tin ?? '', taxType: byReference?.[1] ?? '', period: byReference?.[2] ?? '' }
}

export const paymentsModule: ProcessModule<PaymentsContext> = {
  id: 'payments',
  machine: paymentsMachine,
  commands: PAYMENTS_COMMANDS,
  commandsFor,
  stateLabels: PAYMENTS_STATE_LABELS,
  input,
  blocker: (context, type) =>
    legacyRefusal(
      isPaymentsCommand(type)
        ? paymentsBlocker(context, type)
        : `"${type}" is not a step of the payments desk.`,
    ),
  problem(context, command, env) {
    const own = paymentsProblem(context, command)
    if (own) return own
    if (command.type === DECISION.allocate && !env.index.get(String(command.tin).trim()))
      return `No taxpayer holds TIN ${String(command.tin)}.`
    return undefined
  },
  initialPanels(record, env): Panel[] {
    const d = data(record)
    const t = env.index.get(record.tin)
    switch (d.type) {
      case 'suspense':
        return [bankRecordPanel(d, env)]
      case 'refund':
        return [refundRequestPanel(record, d, t, env)]
      case 'waiver':
        return [waiverRequestPanel(record, d, t, env)]
      case 'charges':
        return [chargesNoticePanel(record, d, t, env)]
    }
  },
  reveal(record, command, env): Panel[] {
    const d = data(record)
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
  defaults(record): Record<string, Record<string, FieldValue>> {
    switch (data(record).type) {
      case 'suspense':
        return {
          [DECISION.returnToPayer]: { reason: 'The payment could not be matched to a taxpayer.' },
          [DECISION.holdInSuspense]: { reason: "Asked the bank for the payer's details." },
        }
      case 'refund':
        return { [DECISION.refuseRefund]: { reason: 'The refund is refused.' } }
      case 'waiver':
        return { [DECISION.refuseWaiver]: { reason: 'No reasonable cause.' } }
      case 'charges':
        return {}
    }
  },
  reference(record, env): Record<string, Record<string, FieldReference>> {
    const d = data(record)
    const j = env.jurisdiction
    const money = (minor: number) => formatMoney(minor, j.currency)
    switch (d.type) {
      case 'suspense': {
        const naive = naiveAllocation(d, env)
        const bank = { text: `Bank reference: “${d.bank.reference}”.` }
        return {
          [DECISION.allocate]: {
            tin: { ...bank, value: naive.tin! },
            taxType: { value: naive.taxType! },
            period: { value: naive.period! },
          },
        }
      }
      case 'refund':
        return {
          [DECISION.refundCredit]: {
            amount: { text: `Refund claimed: ${money(d.amountClaimed)}.`, value: d.amountClaimed },
          },
        }
      case 'waiver':
        return {
          [DECISION.waivePenalty]: {
            amount: {
              text: `Charged: penalty ${money(d.penalty)}, interest ${money(d.interest)}.`,
              value: d.penalty + d.interest,
            },
          },
        }
      case 'charges': {
        // A hurried officer counts from the notice in front of them, not the original due date.
        const penalty = latePaymentPenalty(d.assessed, d.noticeOn, d.paidOn, j)
        const interest = lateInterest(d.assessed, d.noticeOn, d.paidOn, j)
        return {
          [DECISION.postCharges]: {
            penalty: { text: `Tax assessed: ${money(d.assessed)}; paid on ${d.paidOn}.`, value: penalty },
            interest: { value: interest },
          },
        }
      }
    }
  },
  postings: paymentsPostings,
  grade: (truth, command, _history, env) => gradePayments(truth, command, env),
}

export const module = paymentsModule

/**
 * What a payments decision posts to the current account (docs/domain.md §One ledger): an
 * allocated suspense payment on the period chosen, a credit refunded or offset, a waiver's
 * abatement, confirmed late-payment charges. Returning or holding a payment posts nothing.
 */
function paymentsPostings(c: PaymentsContext): LedgerEntry[] {
  const a = c.account
  const decided = c.decided
  if (!a || !decided) return []
  const { command, on } = decided
  const d = a.data
  const amount = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0)
  const entry = (
    id: string,
    over: Omit<LedgerEntry, 'id' | 'tin' | 'date' | 'ref'> & { tin?: string; date?: IsoDate },
  ) => ({
    id: `${a.caseId}-${id}`,
    tin: a.tin,
    date: on,
    ref: a.caseId,
    ...over,
  })
  switch (command.type) {
    case DECISION.allocate:
      if (d.type !== 'suspense') return []
      return [
        entry('ALLOC', {
          tin: String(command.tin).trim(),
          taxType: String(command.taxType).trim() as TaxType,
          period: String(command.period).trim(),
          date: d.bank.valueDate,
          kind: 'payment',
          amount: -d.bank.amount,
          note: `suspense payment ${d.bank.bankRef} allocated`,
        }),
      ]
    case DECISION.refundCredit:
      if (d.type !== 'refund' || !amount(command.amount)) return []
      return [
        entry('PAID', {
          taxType: d.taxType,
          period: d.period,
          kind: 'refund-paid',
          amount: amount(command.amount),
          note: 'credit refunded',
        }),
      ]
    case DECISION.offsetCredit: {
      if (d.type !== 'refund') return []
      const { offsets, refundable } = offsetCredits(a.ledger, a.tin, {
        on,
        order: c.jurisdiction.payments.allocationOrder,
        idPrefix: `${a.caseId}-OFF`,
        ref: a.caseId,
      })
      const rest = Math.min(refundable, d.amountClaimed)
      return [
        ...offsets,
        ...(rest > 0
          ? [
              entry('PAID', {
                taxType: d.taxType,
                period: d.period,
                kind: 'refund-paid',
                amount: rest,
                note: 'credit refunded after the offset',
              }),
            ]
          : []),
      ]
    }
    case DECISION.waivePenalty:
      if (d.type !== 'waiver' || !amount(command.amount)) return []
      return [
        entry('WAIVE', {
          taxType: d.taxType,
          period: d.period,
          kind: 'abatement',
          amount: -amount(command.amount),
          note: 'penalty waived',
        }),
      ]
    case DECISION.postCharges: {
      if (d.type !== 'charges') return []
      const lines: LedgerEntry[] = []
      if (amount(command.penalty))
        lines.push(
          entry('PEN', {
            taxType: d.taxType,
            period: d.period,
            kind: 'penalty',
            amount: amount(command.penalty),
            note: 'late payment',
          }),
        )
      if (amount(command.interest))
        lines.push(
          entry('INT', {
            taxType: d.taxType,
            period: d.period,
            kind: 'interest',
            amount: amount(command.interest),
            note: 'late-payment interest',
          }),
        )
      return lines
    }
    default:
      return []
  }
}
