/**
 * Payments and the taxpayer current account (docs/domain.md §Payments and the taxpayer account) as
 * an XState machine, one actor per desk item: a bank payment in suspense (allocate, return to the
 * payer, or keep in suspense while the profile's limit allows), a request to refund a credit
 * (refund, offset first, or refuse), a penalty-waiver request (waive or refuse), or late-payment
 * charges to confirm. Time moves only through `clock.tick`; the suspense limit comes from the
 * profile.
 */
import { assign, setup } from 'xstate'
import { isMonthly } from '../../rules/calendar'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays, daysBetween } from '../../primitives/calendar'
import { TAX_TYPES, taxTypeLabel, type TaxType } from '../../vocabulary'
import type { IsoDate, LedgerEntry } from '../../world/types'
import { day, msg, type Msg, type Refusal, type Text } from '../../primitives/message'
import type { Command } from '../contract'
import type { PaymentsCaseData, PaymentsCaseType } from './case-data'
import { COMMANDS_OF, DECISION, STEP, type PaymentsCommandType } from './commands'

export interface PaymentsInput {
  jurisdiction: Jurisdiction
  today: IsoDate
  caseType: PaymentsCaseType
  /** Suspense: the day the money reached the administration. */
  valueDate: IsoDate | null
  /** Refund: the credit the taxpayer asks for. */
  credit: number
  /** Waiver: the penalty and interest charged on the period. */
  penalty: number
  interest: number
  /** The case, its taxpayer's account and its data, for the postings a decision makes. */
  account?: { caseId: string; tin: string; data: PaymentsCaseData; ledger: LedgerEntry[] }
}

export const CHECKS = ['candidates', 'ledger', 'history', 'documents', 'charges'] as const
export type PaymentsCheck = (typeof CHECKS)[number]

export interface PaymentsContext extends PaymentsInput {
  checks: Record<PaymentsCheck, boolean>
  /** The closing decision and its day, for the postings it makes. */
  decided?: { command: Command; on: IsoDate }
}

export type PaymentsEvent = (Command & { type: PaymentsCommandType }) | { type: 'clock.tick'; today: IsoDate }

const CHECK_OF: Partial<Record<PaymentsCommandType, PaymentsCheck>> = {
  [STEP.searchCandidates]: 'candidates',
  [STEP.viewLedger]: 'ledger',
  [STEP.viewFilingHistory]: 'history',
  [STEP.examineDocuments]: 'documents',
  [STEP.computeCharges]: 'charges',
}

const DONE: Record<PaymentsCheck, Msg> = {
  candidates: msg('payments.blocker.done.candidates'),
  ledger: msg('payments.blocker.done.ledger'),
  history: msg('payments.blocker.done.history'),
  documents: msg('payments.blocker.done.documents'),
  charges: msg('payments.blocker.done.charges'),
}

const WRONG_TYPE: Record<PaymentsCaseType, Msg> = {
  suspense: msg('payments.blocker.wrongType.suspense'),
  refund: msg('payments.blocker.wrongType.refund'),
  waiver: msg('payments.blocker.wrongType.waiver'),
  charges: msg('payments.blocker.wrongType.charges'),
}

/** The last day a suspense item may stay in suspense (the profile's suspenseReturnDays). */
export function suspenseLimit(c: Pick<PaymentsContext, 'valueDate' | 'jurisdiction'>): IsoDate | null {
  return c.valueDate ? addDays(c.valueDate, c.jurisdiction.payments.suspenseReturnDays) : null
}

const refuse = (reason: Text): Refusal => ({ reason })

/** The evidence a decision needs first, and why. */
const NEEDS: Partial<Record<PaymentsCommandType, { check: PaymentsCheck; reason: Msg }>> = {
  [DECISION.allocate]: { check: 'candidates', reason: msg('payments.blocker.allocateSearchFirst') },
  [DECISION.returnToPayer]: { check: 'candidates', reason: msg('payments.blocker.returnSearchFirst') },
  [DECISION.holdInSuspense]: { check: 'candidates', reason: msg('payments.blocker.holdSearchFirst') },
  [DECISION.refundCredit]: { check: 'ledger', reason: msg('payments.blocker.refundLedgerFirst') },
  [DECISION.offsetCredit]: { check: 'ledger', reason: msg('payments.blocker.refundLedgerFirst') },
  [DECISION.refuseRefund]: { check: 'ledger', reason: msg('payments.blocker.refundLedgerFirst') },
  [DECISION.waivePenalty]: { check: 'documents', reason: msg('payments.blocker.waiverDocumentsFirst') },
  [DECISION.refuseWaiver]: { check: 'documents', reason: msg('payments.blocker.waiverDocumentsFirst') },
  [DECISION.postCharges]: { check: 'ledger', reason: msg('payments.blocker.chargesLedgerFirst') },
}

/**
 * Why a command cannot be taken now, or undefined when the procedure allows it. A step already
 * taken is refused as `done`, so the screen drops it.
 */
export function paymentsBlocker(c: PaymentsContext, type: string): Refusal | undefined {
  if (!(COMMANDS_OF[c.caseType] as readonly string[]).includes(type)) return refuse(WRONG_TYPE[c.caseType])
  const check = CHECK_OF[type as PaymentsCommandType]
  if (check) return c.checks[check] ? { reason: DONE[check], done: true } : undefined
  const needs = NEEDS[type as PaymentsCommandType]
  if (!needs) return refuse(msg('payments.blocker.notAStep', { type }))
  if (!c.checks[needs.check]) return refuse(needs.reason)
  if (type !== DECISION.holdInSuspense) return undefined
  const limit = suspenseLimit(c)
  return limit && c.today > limit
    ? refuse(
        msg('payments.blocker.suspenseTooOld', {
          since: day(c.valueDate!),
          days: daysBetween(c.valueDate!, c.today),
          limit: c.jurisdiction.payments.suspenseReturnDays,
        }),
      )
    : undefined
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const money = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null)

/** Problems with a command's own fields, judged by the case and the profile. */
export function paymentsProblem(c: PaymentsContext, command: Command): Text | undefined {
  switch (command.type) {
    case DECISION.allocate: {
      if (!text(command.tin)) return msg('payments.problem.tin')
      const taxType = text(command.taxType) as TaxType
      if (!TAX_TYPES.includes(taxType) || !c.jurisdiction.taxTypes.some((t) => t.code === taxType))
        return msg('payments.problem.taxType')
      const period = text(command.period)
      const pattern = isMonthly(taxType) ? /^\d{4}-(0[1-9]|1[0-2])$/ : /^\d{4}$/
      return pattern.test(period)
        ? undefined
        : msg('payments.problem.period', {
            tax: taxTypeLabel(taxType),
            monthly: isMonthly(taxType) ? 'yes' : 'no',
          })
    }
    case DECISION.returnToPayer:
    case DECISION.holdInSuspense:
    case DECISION.refuseRefund:
    case DECISION.refuseWaiver:
      return text(command.reason) ? undefined : msg('payments.problem.reason')
    case DECISION.refundCredit: {
      const amount = money(command.amount)
      if (amount === null || amount <= 0) return msg('payments.problem.refundAmount')
      return amount > c.credit ? msg('payments.problem.refundTooMuch') : undefined
    }
    case DECISION.waivePenalty: {
      const amount = money(command.amount)
      if (amount === null || amount <= 0) return msg('payments.problem.waivedAmount')
      return amount > c.penalty + c.interest ? msg('payments.problem.waivedTooMuch') : undefined
    }
    case DECISION.postCharges: {
      const penalty = money(command.penalty)
      const interest = money(command.interest)
      return penalty === null || interest === null || penalty < 0 || interest < 0
        ? msg('payments.problem.charges')
        : undefined
    }
    default:
      return undefined
  }
}

const lawful = ({ context, event }: { context: PaymentsContext; event: PaymentsEvent }) =>
  event.type !== 'clock.tick' &&
  paymentsBlocker(context, event.type) === undefined &&
  paymentsProblem(context, event) === undefined

const step = { guard: 'allowed' as const, actions: 'markChecked' as const }
const decide = (target: string) => ({ target, guard: 'allowed' as const, actions: 'record' as const })

export const paymentsMachine = setup({
  types: {
    context: {} as PaymentsContext,
    events: {} as PaymentsEvent,
    input: {} as PaymentsInput,
  },
  guards: {
    /** The procedure allows this command now, with these fields (see paymentsBlocker, paymentsProblem). */
    allowed: lawful,
    isSuspense: ({ context }) => context.caseType === 'suspense',
    isRefund: ({ context }) => context.caseType === 'refund',
    isWaiver: ({ context }) => context.caseType === 'waiver',
  },
  actions: {
    setToday: assign(({ context, event }) =>
      event.type === 'clock.tick' && event.today > context.today ? { today: event.today } : {},
    ),
    record: assign(({ context, event }) =>
      event.type === 'clock.tick' ? {} : { decided: { command: { ...event }, on: context.today } },
    ),
    markChecked: assign(({ context, event }) => {
      const check = CHECK_OF[event.type as PaymentsCommandType]
      return check ? { checks: { ...context.checks, [check]: true } } : {}
    }),
  },
}).createMachine({
  id: 'payments',
  context: ({ input }) => ({
    ...input,
    checks: { candidates: false, ledger: false, history: false, documents: false, charges: false },
  }),
  on: { 'clock.tick': { actions: 'setToday' } },
  initial: 'received',
  states: {
    received: {
      always: [
        { guard: 'isSuspense', target: 'suspense' },
        { guard: 'isRefund', target: 'refundRequest' },
        { guard: 'isWaiver', target: 'waiverRequest' },
        { target: 'chargesReview' },
      ],
    },
    suspense: {
      on: {
        [STEP.searchCandidates]: step,
        [DECISION.allocate]: decide('allocated'),
        [DECISION.returnToPayer]: decide('returned'),
        [DECISION.holdInSuspense]: decide('held'),
      },
    },
    refundRequest: {
      on: {
        [STEP.viewLedger]: step,
        [STEP.viewFilingHistory]: step,
        [DECISION.refundCredit]: decide('refunded'),
        [DECISION.offsetCredit]: decide('offset'),
        [DECISION.refuseRefund]: decide('refundRefused'),
      },
    },
    waiverRequest: {
      on: {
        [STEP.viewLedger]: step,
        [STEP.viewFilingHistory]: step,
        [STEP.examineDocuments]: step,
        [DECISION.waivePenalty]: decide('waived'),
        [DECISION.refuseWaiver]: decide('waiverRefused'),
      },
    },
    chargesReview: {
      on: {
        [STEP.viewLedger]: step,
        [STEP.computeCharges]: step,
        [DECISION.postCharges]: decide('charged'),
      },
    },
    allocated: { type: 'final' },
    returned: { type: 'final' },
    held: { type: 'final' },
    refunded: { type: 'final' },
    offset: { type: 'final' },
    refundRefused: { type: 'final' },
    waived: { type: 'final' },
    waiverRefused: { type: 'final' },
    charged: { type: 'final' },
  },
})

export const PAYMENTS_STATE_LABELS: Readonly<Record<string, Text>> = Object.fromEntries(
  [
    'received',
    'suspense',
    'refundRequest',
    'waiverRequest',
    'chargesReview',
    'allocated',
    'returned',
    'held',
    'refunded',
    'offset',
    'refundRefused',
    'waived',
    'waiverRefused',
    'charged',
  ].map((state) => [state, msg(`payments.state.${state}`)]),
)
