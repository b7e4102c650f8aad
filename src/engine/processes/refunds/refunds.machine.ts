/**
 * A VAT refund claim (docs/domain.md §VAT refunds) as an XState machine, one actor per claim:
 * validation, risk tier, the verifications the tier requires, the decision on the amount allowed,
 * the offset against other debts, authorisation by amount, payment. A block-and-refer is open until
 * payment. Guards read the jurisdiction profile from context; `refundsBlocker` says why a step is
 * not open.
 */
import { assign, setup } from 'xstate'
import { formatMoney, toMinor } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { IsoDate, LedgerEntry, Tin } from '../../world/types'
import { CHECK_LABELS, requiredChecks, type Check, type RiskTier } from './rules'

export interface RefundsInput {
  jurisdiction: Jurisdiction
  claimed: number
  hasExports: boolean
  tier: RiskTier
  /** The refund account was opened or changed recently (a bank verification is required). */
  accountChanged?: boolean
  /** The customs match flagged exports without a record (a customs check is required). */
  customsMismatch?: boolean
  /** The supplier match flagged undeclared input credits (matching the credits is required). */
  supplierMismatch?: boolean
  /** Why the claim fails validation; empty when it passes. */
  validation: string[]
  dueOn: IsoDate
  today: IsoDate
  /** Who claims, for which VAT period, and the rest of their account (for the offset's postings). */
  account?: { caseId: string; tin: Tin; period: string; others: LedgerEntry[] }
}

export interface RefundsContext extends RefundsInput {
  validated: boolean
  riskAssessed: boolean
  checks: Record<Check, boolean>
  /** The amount allowed, once decided (minor units). */
  allowed?: number
  offsetApplied: boolean
  secondApproved: boolean
  /** The day the refund was authorised for payment. */
  paidOn?: IsoDate
}

export type RefundsEvent =
  | { type: 'refunds.validate' }
  | { type: 'refunds.assessRisk' }
  | { type: 'refunds.checkSuppliers' }
  | { type: 'refunds.checkCustoms' }
  | { type: 'refunds.verifyBankAccount' }
  | { type: 'refunds.applyOffset' }
  | { type: 'refunds.requestSecondApproval' }
  | { type: 'refunds.approveFull' }
  | { type: 'refunds.approvePartial'; amount: number; reason?: string }
  | { type: 'refunds.authorisePayment' }
  | { type: 'refunds.refuse'; reason: string }
  | { type: 'refunds.blockAndRefer'; reason: string }
  | { type: 'clock.tick'; today: IsoDate }

export type RefundsCommandType = Exclude<RefundsEvent, { type: 'clock.tick' }>['type']

const CHECK_OF: Partial<Record<RefundsCommandType, Check>> = {
  'refunds.checkSuppliers': 'suppliers',
  'refunds.checkCustoms': 'customs',
  'refunds.verifyBankAccount': 'bank',
}

/** The amount above which a second approver is needed, in minor units. */
export const secondApprovalLimit = (j: Jurisdiction) =>
  toMinor(j.refunds.secondApprovalAbove, j.currency, j.rounding)

export const needsSecondApproval = (context: Pick<RefundsContext, 'allowed' | 'jurisdiction'>) =>
  context.allowed !== undefined && context.allowed > secondApprovalLimit(context.jurisdiction)

function missingChecks(context: RefundsContext): Check[] {
  return requiredChecks(context.tier, context.hasExports, context).filter((c) => !context.checks[c])
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

/**
 * Why a command cannot be taken in this context, or undefined when the procedure allows it.
 * Checks on a command's own fields are in `refundsProblem`.
 */
export function refundsBlocker(context: RefundsContext, type: RefundsCommandType): string | undefined {
  const j = context.jurisdiction
  const decided = context.allowed !== undefined
  switch (type) {
    case 'refunds.validate':
      return context.validated ? 'The claim has already been validated.' : undefined
    case 'refunds.assessRisk':
      if (context.riskAssessed) return 'The risk tier has already been assessed.'
      if (!context.validated) return 'Validate the claim first.'
      return context.validation.length
        ? `The claim failed validation (${context.validation[0]}): refuse it.`
        : undefined
    case 'refunds.checkSuppliers':
    case 'refunds.checkCustoms':
    case 'refunds.verifyBankAccount': {
      const check = CHECK_OF[type]!
      if (context.checks[check]) return `This verification has already been done.`
      if (decided) return 'The amount has already been decided; verifications come before the decision.'
      if (!context.riskAssessed)
        return 'Assess the risk first: the tier decides which verifications the claim needs.'
      if (check === 'customs' && !context.hasExports)
        return 'The return declares no zero-rated exports: there is nothing to check with customs.'
      return undefined
    }
    case 'refunds.approveFull':
    case 'refunds.approvePartial': {
      if (decided) return 'The amount allowed has already been decided.'
      if (!context.validated) return 'Validate the claim first.'
      if (context.validation.length) return `The claim failed validation: ${context.validation[0]}`
      if (!context.riskAssessed) return 'Assess the risk first.'
      const missing = missingChecks(context)
      return missing.length
        ? `This is a ${context.tier}-risk claim: ${list(missing.map((c) => CHECK_LABELS[c]))} before approving.`
        : undefined
    }
    case 'refunds.refuse':
      if (decided)
        return 'The amount allowed has been decided; to stop the payment, block the refund and refer it.'
      if (!context.validated) return 'Validate the claim before refusing it.'
      if (!context.validation.length && !context.riskAssessed)
        return 'The claim is valid: assess the risk and verify it before refusing.'
      return undefined
    case 'refunds.blockAndRefer':
      return context.validated ? undefined : 'Validate the claim first.'
    case 'refunds.applyOffset':
      if (context.offsetApplied) return 'The offset has already been applied.'
      return decided ? undefined : 'Decide the amount allowed first: the offset applies to what is allowed.'
    case 'refunds.requestSecondApproval':
      if (context.secondApproved) return 'The second approval has already been given.'
      if (!decided) return 'Decide the amount allowed first.'
      return needsSecondApproval(context)
        ? undefined
        : `Refunds up to ${formatMoney(secondApprovalLimit(j), j.currency)} are authorised by one officer; no second approval is needed.`
    case 'refunds.authorisePayment':
      if (!decided) return 'Approve an amount first.'
      return needsSecondApproval(context) && !context.secondApproved
        ? `Refunds above ${formatMoney(secondApprovalLimit(j), j.currency)} need a second approver: request the second approval first.`
        : undefined
    default: {
      const unreachable: never = type
      return unreachable
    }
  }
}

/** Problems with a command's own fields. */
export function refundsProblem(context: RefundsContext, event: RefundsEvent): string | undefined {
  const j = context.jurisdiction
  switch (event.type) {
    case 'refunds.approvePartial': {
      const { amount } = event
      if (typeof amount !== 'number' || !Number.isInteger(amount)) return 'Enter the amount allowed.'
      if (amount <= 0) return 'To allow nothing, refuse the claim instead.'
      if (amount > context.claimed)
        return `You cannot allow more than the ${formatMoney(context.claimed, j.currency)} claimed.`
      return undefined
    }
    case 'refunds.refuse':
    case 'refunds.blockAndRefer':
      return typeof event.reason === 'string' && event.reason.trim()
        ? undefined
        : 'Give the reason; it goes in the decision letter and the referral.'
    default:
      return undefined
  }
}

const allowed = { type: 'allowed' as const }

export const refundsMachine = setup({
  types: {
    context: {} as RefundsContext,
    events: {} as RefundsEvent,
    input: {} as RefundsInput,
  },
  guards: {
    /** The procedure allows this command now and its fields are sound. */
    allowed: ({ context, event }) =>
      event.type !== 'clock.tick' &&
      refundsBlocker(context, event.type) === undefined &&
      refundsProblem(context, event) === undefined,
    validationFailed: ({ context }) => context.validation.length > 0,
  },
  actions: {
    markValidated: assign({ validated: true }),
    markRiskAssessed: assign({ riskAssessed: true }),
    markChecked: assign(({ context, event }) => {
      const check = CHECK_OF[event.type as RefundsCommandType]
      return check ? { checks: { ...context.checks, [check]: true } } : {}
    }),
    decide: assign(({ context, event }) => ({
      allowed: event.type === 'refunds.approvePartial' ? event.amount : context.claimed,
    })),
    markOffset: assign({ offsetApplied: true }),
    markSecondApproval: assign({ secondApproved: true }),
    markPaid: assign(({ context }) => ({ paidOn: context.today })),
    setToday: assign(({ event }) => (event.type === 'clock.tick' ? { today: event.today } : {})),
  },
}).createMachine({
  id: 'refunds',
  context: ({ input }) => ({
    ...input,
    validated: false,
    riskAssessed: false,
    checks: { suppliers: false, customs: false, bank: false },
    offsetApplied: false,
    secondApproved: false,
  }),
  on: { 'clock.tick': { actions: 'setToday' } },
  initial: 'received',
  states: {
    received: {
      on: {
        'refunds.validate': [
          { target: 'invalid', guard: 'validationFailed', actions: 'markValidated' },
          { target: 'awaitingRisk', actions: 'markValidated' },
        ],
      },
    },
    invalid: {
      on: {
        'refunds.refuse': { target: 'refused', guard: allowed },
        'refunds.blockAndRefer': { target: 'blocked', guard: allowed },
      },
    },
    awaitingRisk: {
      on: {
        'refunds.assessRisk': { target: 'verification', guard: allowed, actions: 'markRiskAssessed' },
        'refunds.blockAndRefer': { target: 'blocked', guard: allowed },
      },
    },
    verification: {
      on: {
        'refunds.checkSuppliers': { guard: allowed, actions: 'markChecked' },
        'refunds.checkCustoms': { guard: allowed, actions: 'markChecked' },
        'refunds.verifyBankAccount': { guard: allowed, actions: 'markChecked' },
        'refunds.approveFull': { target: 'approved', guard: allowed, actions: 'decide' },
        'refunds.approvePartial': { target: 'approved', guard: allowed, actions: 'decide' },
        'refunds.refuse': { target: 'refused', guard: allowed },
        'refunds.blockAndRefer': { target: 'blocked', guard: allowed },
      },
    },
    approved: {
      on: {
        'refunds.applyOffset': { guard: allowed, actions: 'markOffset' },
        'refunds.requestSecondApproval': { guard: allowed, actions: 'markSecondApproval' },
        'refunds.authorisePayment': { target: 'paid', guard: allowed, actions: 'markPaid' },
        'refunds.blockAndRefer': { target: 'blocked', guard: allowed },
      },
    },
    paid: { type: 'final' },
    refused: { type: 'final' },
    blocked: { type: 'final' },
  },
})

export const REFUNDS_STATE_LABELS: Record<string, string> = {
  received: 'Claim received',
  invalid: 'Failed validation',
  awaitingRisk: 'Validated — risk assessment',
  verification: 'Verification',
  approved: 'Amount allowed — offset and authorisation',
  paid: 'Refund authorised for payment',
  refused: 'Refused',
  blocked: 'Blocked and referred',
}
