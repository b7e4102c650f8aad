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
import { TAX_TYPES, type TaxType } from '../../vocabulary'
import type { IsoDate, LedgerEntry } from '../../world/types'
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

const DONE: Record<PaymentsCheck, string> = {
  candidates: 'The register has already been searched for the payer.',
  ledger: 'The taxpayer account is already open.',
  history: 'The filing history is already open.',
  documents: 'The documents have already been examined.',
  charges: 'The charges have already been computed.',
}

const WRONG_TYPE: Record<PaymentsCaseType, string> = {
  suspense:
    'This is a payment in suspense: identify the payer, then allocate it, return it or keep it in suspense.',
  refund: 'This is a refund request: decide what happens to the credit.',
  waiver: 'This is a penalty-waiver request: waive the penalty or refuse.',
  charges: 'This is a late payment: confirm the late-payment charges.',
}

/** The last day a suspense item may stay in suspense (the profile's suspenseReturnDays). */
export function suspenseLimit(c: Pick<PaymentsContext, 'valueDate' | 'jurisdiction'>): IsoDate | null {
  return c.valueDate ? addDays(c.valueDate, c.jurisdiction.payments.suspenseReturnDays) : null
}

/**
 * Why a command cannot be taken now (officer's words), or undefined when the procedure allows
 * it. Steps already done say "already" so the screen can hide them.
 */
export function paymentsBlocker(c: PaymentsContext, type: string): string | undefined {
  if (!(COMMANDS_OF[c.caseType] as readonly string[]).includes(type)) return WRONG_TYPE[c.caseType]
  const check = CHECK_OF[type as PaymentsCommandType]
  if (check) return c.checks[check] ? DONE[check] : undefined
  switch (type as PaymentsCommandType) {
    case DECISION.allocate:
      return c.checks.candidates
        ? undefined
        : 'Search the register for the payer first: a payment is allocated by legal name and bank account.'
    case DECISION.returnToPayer:
      return c.checks.candidates
        ? undefined
        : 'Search the register first: a payment goes back only when no taxpayer can be identified.'
    case DECISION.holdInSuspense: {
      if (!c.checks.candidates)
        return 'Search the register first: the bank is only queried about a payer nobody matches.'
      const limit = suspenseLimit(c)
      return limit && c.today > limit
        ? `The payment has been in suspense since ${c.valueDate} (${daysBetween(c.valueDate!, c.today)} days); the profile allows ${c.jurisdiction.payments.suspenseReturnDays}: allocate it or return it to the payer.`
        : undefined
    }
    case DECISION.refundCredit:
    case DECISION.offsetCredit:
    case DECISION.refuseRefund:
      return c.checks.ledger
        ? undefined
        : 'Open the taxpayer account first: a credit is paid out only after checking for other debts.'
    case DECISION.waivePenalty:
    case DECISION.refuseWaiver:
      return c.checks.documents
        ? undefined
        : 'Examine the supporting documents first: a waiver turns on the documented cause.'
    case DECISION.postCharges:
      return c.checks.ledger
        ? undefined
        : 'Open the taxpayer account first, to see the assessment and the payment.'
    default:
      return `"${type}" is not a step of the payments desk.`
  }
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const money = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null)

/** Problems with a command's own fields, judged by the case and the profile. */
export function paymentsProblem(c: PaymentsContext, command: Command): string | undefined {
  switch (command.type) {
    case DECISION.allocate: {
      if (!text(command.tin)) return 'Enter the TIN the payment goes to.'
      const taxType = text(command.taxType) as TaxType
      if (!TAX_TYPES.includes(taxType) || !c.jurisdiction.taxTypes.some((t) => t.code === taxType))
        return 'Choose the tax the payment is for.'
      const period = text(command.period)
      const pattern = isMonthly(taxType) ? /^\d{4}-(0[1-9]|1[0-2])$/ : /^\d{4}$/
      return pattern.test(period)
        ? undefined
        : `${taxType} periods are written ${isMonthly(taxType) ? 'YYYY-MM (a month)' : 'YYYY (a year)'}.`
    }
    case DECISION.returnToPayer:
    case DECISION.holdInSuspense:
    case DECISION.refuseRefund:
    case DECISION.refuseWaiver:
      return text(command.reason) ? undefined : 'Give the reason: it goes in the letter.'
    case DECISION.refundCredit: {
      const amount = money(command.amount)
      if (amount === null || amount <= 0) return 'Enter the amount to refund.'
      return amount > c.credit
        ? 'The refund cannot be more than the credit the taxpayer asked for.'
        : undefined
    }
    case DECISION.waivePenalty: {
      const amount = money(command.amount)
      if (amount === null || amount <= 0) return 'Enter the amount waived.'
      return amount > c.penalty + c.interest
        ? 'The amount waived cannot be more than the penalty and interest charged on the period.'
        : undefined
    }
    case DECISION.postCharges: {
      const penalty = money(command.penalty)
      const interest = money(command.interest)
      return penalty === null || interest === null || penalty < 0 || interest < 0
        ? 'Enter the penalty and the interest (zero or more).'
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

export const PAYMENTS_STATE_LABELS: Readonly<Record<string, string>> = {
  received: 'Received',
  suspense: 'In suspense',
  refundRequest: 'Refund requested',
  waiverRequest: 'Waiver requested',
  chargesReview: 'Charges to confirm',
  allocated: 'Allocated',
  returned: 'Returned to payer',
  held: 'Held in suspense',
  refunded: 'Refunded',
  offset: 'Offset and refunded',
  refundRefused: 'Refund refused',
  waived: 'Penalty waived',
  waiverRefused: 'Waiver refused',
  charged: 'Charges posted',
}
