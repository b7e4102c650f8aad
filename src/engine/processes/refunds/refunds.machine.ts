/**
 * A VAT refund claim (docs/domain.md §VAT refunds) as an XState machine, one actor per claim:
 * validation, risk tier, the verifications the tier requires, the decision on the amount allowed,
 * the offset against other debts, authorisation by amount, payment. A block-and-refer is open until
 * payment. Guards read the jurisdiction profile from context; `refundsBlocker` says why a step is
 * not open.
 */
import { assign, setup } from 'xstate'
import { list, money, msg, type Msg, type Refusal } from '../../primitives/message'
import { toMinor } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { IsoDate, LedgerEntry, Tin } from '../../world/types'
import { CHECK_LABELS, requiredChecks, type Check, type RiskTier, type ValidationFailure } from './rules'

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
  validation: ValidationFailure[]
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

const done = (reason: Msg): Refusal => ({ reason, done: true })
const refuse = (reason: Msg): Refusal => ({ reason })

/**
 * Why a command cannot be taken in this context, or undefined when the procedure allows it;
 * `done` for a step already taken. Checks on a command's own fields are in `refundsProblem`.
 */
export function refundsBlocker(context: RefundsContext, type: RefundsCommandType): Refusal | undefined {
  switch (type) {
    case 'refunds.validate':
      return context.validated ? done(msg('refunds.blocker.alreadyValidated')) : undefined
    case 'refunds.assessRisk':
      return riskBlocker(context)
    case 'refunds.checkSuppliers':
    case 'refunds.checkCustoms':
    case 'refunds.verifyBankAccount':
      return checkBlocker(context, CHECK_OF[type]!)
    case 'refunds.approveFull':
    case 'refunds.approvePartial':
      return approvalBlocker(context)
    case 'refunds.refuse':
      if (context.allowed !== undefined) return refuse(msg('refunds.blocker.refuseAfterDecision'))
      if (!context.validated) return refuse(msg('refunds.blocker.validateBeforeRefusing'))
      if (!context.validation.length && !context.riskAssessed)
        return refuse(msg('refunds.blocker.verifyBeforeRefusing'))
      return undefined
    case 'refunds.blockAndRefer':
      return context.validated ? undefined : refuse(msg('refunds.blocker.validateFirst'))
    case 'refunds.applyOffset':
      if (context.offsetApplied) return done(msg('refunds.blocker.alreadyOffset'))
      return context.allowed !== undefined ? undefined : refuse(msg('refunds.blocker.decideBeforeOffset'))
    case 'refunds.requestSecondApproval':
    case 'refunds.authorisePayment':
      return paymentBlocker(context, type)
    default: {
      const unreachable: never = type
      return unreachable
    }
  }
}

function riskBlocker(context: RefundsContext): Refusal | undefined {
  if (context.riskAssessed) return done(msg('refunds.blocker.alreadyAssessed'))
  if (!context.validated) return refuse(msg('refunds.blocker.validateFirst'))
  const failure = context.validation[0]
  return failure
    ? refuse(msg('refunds.blocker.failedValidationRefuse', { reason: failure.reason }))
    : undefined
}

function checkBlocker(context: RefundsContext, check: Check): Refusal | undefined {
  if (context.checks[check]) return done(msg('refunds.blocker.alreadyVerified'))
  if (context.allowed !== undefined) return refuse(msg('refunds.blocker.verifyAfterDecision'))
  if (!context.riskAssessed) return refuse(msg('refunds.blocker.assessBeforeVerifying'))
  if (check === 'customs' && !context.hasExports) return refuse(msg('refunds.blocker.noExports'))
  return undefined
}

function approvalBlocker(context: RefundsContext): Refusal | undefined {
  if (context.allowed !== undefined) return done(msg('refunds.blocker.alreadyDecided'))
  if (!context.validated) return refuse(msg('refunds.blocker.validateFirst'))
  const failure = context.validation[0]
  if (failure) return refuse(msg('refunds.blocker.failedValidation', { reason: failure.reason }))
  if (!context.riskAssessed) return refuse(msg('refunds.blocker.assessFirst'))
  const missing = missingChecks(context)
  return missing.length
    ? refuse(
        msg('refunds.blocker.checksMissing', {
          tier: context.tier,
          checks: list(missing.map((c) => CHECK_LABELS[c])),
        }),
      )
    : undefined
}

function paymentBlocker(
  context: RefundsContext,
  type: 'refunds.requestSecondApproval' | 'refunds.authorisePayment',
): Refusal | undefined {
  const limit = money(secondApprovalLimit(context.jurisdiction))
  if (type === 'refunds.requestSecondApproval') {
    if (context.secondApproved) return done(msg('refunds.blocker.alreadyApproved'))
    if (context.allowed === undefined) return refuse(msg('refunds.blocker.decideFirst'))
    return needsSecondApproval(context)
      ? undefined
      : refuse(msg('refunds.blocker.noSecondApprovalNeeded', { limit }))
  }
  if (context.allowed === undefined) return refuse(msg('refunds.blocker.approveFirst'))
  return needsSecondApproval(context) && !context.secondApproved
    ? refuse(msg('refunds.blocker.secondApprovalFirst', { limit }))
    : undefined
}

/** Problems with a command's own fields. */
export function refundsProblem(context: RefundsContext, event: RefundsEvent): Msg | undefined {
  switch (event.type) {
    case 'refunds.approvePartial': {
      const { amount } = event
      if (typeof amount !== 'number' || !Number.isInteger(amount)) return msg('refunds.problem.amount')
      if (amount <= 0) return msg('refunds.problem.amountZero')
      if (amount > context.claimed)
        return msg('refunds.problem.amountAboveClaim', { claimed: money(context.claimed) })
      return undefined
    }
    case 'refunds.refuse':
    case 'refunds.blockAndRefer':
      return typeof event.reason === 'string' && event.reason.trim()
        ? undefined
        : msg('refunds.problem.reason')
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

export const REFUNDS_STATE_LABELS: Record<string, Msg> = {
  received: msg('refunds.state.received'),
  invalid: msg('refunds.state.invalid'),
  awaitingRisk: msg('refunds.state.awaitingRisk'),
  verification: msg('refunds.state.verification'),
  approved: msg('refunds.state.approved'),
  paid: msg('refunds.state.paid'),
  refused: msg('refunds.state.refused'),
  blocked: msg('refunds.state.blocked'),
}
