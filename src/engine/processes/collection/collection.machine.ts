/**
 * Arrears and debt collection (docs/domain.md §Collection) as an XState machine, one actor per
 * collection case. The debt is detected, a reminder and then the final demand go out, and
 * enforcement becomes lawful only when the demand period has run out (the session's clock.tick
 * moves `today`), nothing is validly disputed on the amount, and no instalment agreement is in
 * force. `collectionBlocker` and `collectionProblem` say in an officer's words why a step is not
 * possible; the machine's guard is the same two functions, so the screen and the machine agree.
 */
import { assign, setup } from 'xstate'
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { IsoDate } from '../../world/types'
import type { Command } from '../contract'
import { ENFORCEMENT_TOOLS, type EnforcementTool } from './config.schema'
import type { CaseFacts } from './facts'
import {
  demandDates,
  demandPeriodOver,
  intrusiveness,
  requiredApprover,
  APPROVERS,
  WRITE_OFF_CRITERIA,
  writeOffCriterionProblem,
  type Approver,
  type WriteOffCriterion,
} from './rules'

export const COLLECTION_CHECKS = [
  'account',
  'notices',
  'objections',
  'agreements',
  'cash-flow',
  'bank',
  'employer',
  'registry',
] as const
export type CollectionCheck = (typeof COLLECTION_CHECKS)[number]

/** The evidence step that opens each panel (panel id = check). */
export const CHECK_COMMAND = {
  account: 'collection.reviewAccount',
  notices: 'collection.checkNotices',
  objections: 'collection.checkObjections',
  agreements: 'collection.checkAgreements',
  'cash-flow': 'collection.reviewCashFlow',
  bank: 'collection.bankInquiry',
  employer: 'collection.checkEmployer',
  registry: 'collection.checkRegistry',
} as const satisfies Record<CollectionCheck, string>

const CHECK_OF: Record<string, CollectionCheck> = Object.fromEntries(
  COLLECTION_CHECKS.map((check) => [CHECK_COMMAND[check], check]),
)

/** The evidence an enforcement tool needs before it can be used. */
export const TOOL_EVIDENCE: Record<EnforcementTool, CollectionCheck> = {
  offset: 'account',
  bank: 'bank',
  employer: 'employer',
  receivables: 'employer',
  seizure: 'registry',
}

export const SECURITIES = ['none', 'bank-guarantee', 'charge-on-assets'] as const
export type Security = (typeof SECURITIES)[number]

export const COLLECTION_COMMAND_TYPES = [
  ...COLLECTION_CHECKS.map((c) => CHECK_COMMAND[c]),
  'collection.softContact',
  'collection.serveDemand',
  'collection.holdDisputed',
  'collection.declareDefault',
  'collection.refuseAgreement',
  'collection.proposeWriteOff',
  'collection.rejectWriteOff',
  'collection.enforce',
  'collection.protectiveMeasure',
  'collection.grantAgreement',
  'collection.approveWriteOff',
  'collection.diarise',
] as const
export type CollectionCommandType = (typeof COLLECTION_COMMAND_TYPES)[number]

export function isCollectionCommand(type: string): type is CollectionCommandType {
  return (COLLECTION_COMMAND_TYPES as readonly string[]).includes(type)
}

export interface CollectionInput {
  facts: CaseFacts
  jurisdiction: Jurisdiction
  today: IsoDate
  /** The case's id, the reference of what its decision posts to the account. */
  caseId?: string
}

export interface CollectionContext extends CollectionInput {
  checked: Record<CollectionCheck, boolean>
  reminderSentOn: IsoDate | null
  demandServedOn: IsoDate | null
  /** Minor units held back because they are under a valid objection. */
  held: number
  /** The agreement in force has been declared in default. */
  defaultDeclared: boolean
  requestRefused: boolean
  writeOff: { criterion: WriteOffCriterion } | null
  /** The closing decision and its day, for what it posts to the account. */
  decided: { command: Command; on: IsoDate } | null
}

export type CollectionEvent = Command | { type: 'clock.tick'; today: IsoDate }

export type Stage = 'detected' | 'period' | 'enforceable'

/** Where the case stands on its dates: no demand yet, demand period running, or enforceable. */
export function stageOf(c: Pick<CollectionContext, 'demandServedOn' | 'today' | 'jurisdiction'>): Stage {
  if (!c.demandServedOn) return 'detected'
  return demandPeriodOver(c.demandServedOn, c.today, c.jurisdiction) ? 'enforceable' : 'period'
}

/** The agreement still in force (not declared in default), if any. */
export function agreementInForce(c: CollectionContext) {
  return c.defaultDeclared ? undefined : c.facts.agreements.find((a) => a.status === 'active')
}

const requestPending = (c: CollectionContext) => c.facts.requestMonths !== null && !c.requestRefused
const money = (c: CollectionContext, minor: number) => formatMoney(minor, c.jurisdiction.currency)
/** What may be enforced now: the debt less what is held. */
export const enforceableNow = (c: CollectionContext) =>
  c.jurisdiction.collection.holdDisputedAmounts ? Math.max(0, c.facts.debt - c.held) : c.facts.debt

const ALREADY: Record<CollectionCheck, string> = {
  account: 'The taxpayer account has already been reviewed.',
  notices: 'The notices served have already been checked.',
  objections: 'The objection register has already been checked.',
  agreements: 'The agreement history has already been checked.',
  'cash-flow': 'The cash-flow statement has already been reviewed.',
  bank: 'The bank inquiry has already been made.',
  employer: 'Employer and trade-debtor data have already been checked.',
  registry: 'The registries have already been checked.',
}

function enforcementBlocker(c: CollectionContext): string | undefined {
  const stage = stageOf(c)
  if (stage === 'detected') return 'No demand notice has been served: enforcement is not lawful yet.'
  if (stage === 'period') {
    const d = demandDates(c.demandServedOn!, c.jurisdiction)
    return `The demand period runs until ${d.periodEndsOn} (served ${c.demandServedOn}, deemed received ${d.deemedReceivedOn}); enforcement is lawful from ${d.enforceableFrom}.`
  }
  if (!c.checked.notices)
    return 'Check the notices served first: enforcement needs proof the demand was served.'
  if (!c.checked.objections)
    return 'Check the objection register first: a validly disputed amount may not be enforced.'
  if (c.jurisdiction.collection.holdDisputedAmounts && c.facts.disputed > 0 && c.held === 0)
    return `Record a collection hold on the disputed ${money(c, c.facts.disputed)} first.`
  const inForce = agreementInForce(c)
  if (inForce)
    return `An instalment agreement is in force (granted ${inForce.grantedOn}): enforcement is not lawful while it runs.`
  if (requestPending(c)) return 'Decide the taxpayer\u2019s request for an instalment agreement first.'
  return undefined
}

/**
 * Why the law forbids an enforcement order now: before the demand period has run out, while an
 * instalment agreement is in force, or on an amount under a valid objection. With `{ type }`
 * alone it says whether enforcing may be tried at all (a trainee may try and be refused, which
 * teaches the rule); with the amount it judges the order actually submitted.
 */
export function collectionUnlawful(c: CollectionContext, command: Command): string | undefined {
  if (command.type !== 'collection.enforce' || c.writeOff !== null) return undefined
  const stage = stageOf(c)
  if (stage !== 'enforceable')
    return `${enforcementBlocker(c)!} Enforcement before the demand period has run out is unlawful.`
  const inForce = agreementInForce(c)
  if (inForce)
    return `An instalment agreement is in force (granted ${inForce.grantedOn}); the debt may not be enforced while the taxpayer keeps to it.`
  const disputed = c.jurisdiction.collection.holdDisputedAmounts ? c.facts.disputed : 0
  if (disputed <= 0) return undefined
  const undisputed = Math.max(0, c.facts.debt - disputed)
  const rule = `${money(c, disputed)} of the debt is under a valid objection and may not be enforced until the objection is decided; at most ${money(c, undisputed)} may be enforced.`
  if (command.amount === undefined) return c.held === 0 ? rule : undefined
  const amount = Number(command.amount)
  return Number.isInteger(amount) && amount > undisputed ? rule : undefined
}

/**
 * Why a command cannot be taken in this context, or undefined when the procedure allows it.
 * Only context is read; checks on a command's own fields are in `collectionProblem`.
 */
export function collectionBlocker(c: CollectionContext, type: string): string | undefined {
  if (!isCollectionCommand(type)) return `"${type}" is not a collection step.`
  const check = CHECK_OF[type]
  if (check) {
    if (c.checked[check]) return ALREADY[check]
    if (check === 'cash-flow' && !c.facts.hasCashFlow)
      return 'The taxpayer has not asked for time to pay; there is no cash-flow statement on file.'
    return undefined
  }
  const pendingWriteOff = c.writeOff !== null
  if (pendingWriteOff && type !== 'collection.approveWriteOff' && type !== 'collection.rejectWriteOff')
    return 'A write-off proposal is waiting for approval; nothing else can be done on the case until it is decided.'
  switch (type) {
    case 'collection.softContact':
      if (c.demandServedOn)
        return 'The final demand has already been served; a reminder is no longer the next step.'
      return c.reminderSentOn ? `A reminder has already been sent (on ${c.reminderSentOn}).` : undefined
    case 'collection.serveDemand':
      if (c.demandServedOn) return `A demand notice has already been served (on ${c.demandServedOn}).`
      if (!c.checked.account)
        return 'Review the taxpayer account first: the demand must state the right amount.'
      return c.reminderSentOn ? undefined : 'Send a reminder first: the final demand follows soft contact.'
    case 'collection.holdDisputed':
      if (c.held > 0) return 'The disputed amount is already on hold.'
      if (!c.checked.objections) return 'Check the objection register first.'
      if (!c.jurisdiction.collection.holdDisputedAmounts)
        return `In ${c.jurisdiction.name} an objection does not suspend collection: there is nothing to hold.`
      return c.facts.disputed > 0
        ? undefined
        : 'No valid objection is pending on this debt: there is nothing to hold.'
    case 'collection.declareDefault': {
      if (c.defaultDeclared) return 'The agreement has already been declared in default.'
      const active = c.facts.agreements.find((a) => a.status === 'active')
      if (!active) return 'No instalment agreement is in force.'
      if (!c.checked.agreements) return 'Check the agreement history first.'
      const needed = c.jurisdiction.collection.missedInstallmentsToDefault
      return active.missed >= needed
        ? undefined
        : `Only ${active.missed} instalment(s) missed; an agreement is in default after ${needed}.`
    }
    case 'collection.refuseAgreement':
      if (c.requestRefused) return 'The request has already been refused.'
      if (c.facts.requestMonths === null) return 'The taxpayer has not asked for an instalment agreement.'
      return c.checked.agreements ? undefined : 'Check the agreement history first.'
    case 'collection.grantAgreement':
      if (c.requestRefused) return 'The request for an instalment agreement has been refused.'
      if (c.facts.requestMonths === null) return 'The taxpayer has not asked for an instalment agreement.'
      if (!c.checked.account)
        return 'Review the taxpayer account first: an agreement needs the current returns filed.'
      return c.checked.agreements ? undefined : 'Check the agreement history first.'
    case 'collection.proposeWriteOff':
      if (!c.checked.account) return 'Review the taxpayer account first.'
      return c.checked.registry
        ? undefined
        : 'Check the registries first: a write-off needs documented criteria.'
    case 'collection.approveWriteOff':
    case 'collection.rejectWriteOff':
      return pendingWriteOff ? undefined : 'No write-off has been proposed on this case.'
    case 'collection.protectiveMeasure': {
      if (!c.jurisdiction.collection.protectiveMeasures)
        return `The law of ${c.jurisdiction.name} provides no protective measures before the demand period ends.`
      const stage = stageOf(c)
      if (stage === 'detected') return 'Serve the demand notice first.'
      if (stage === 'enforceable')
        return 'The demand period is over: enforce (garnish the accounts) instead of freezing them.'
      if (!c.checked.notices) return 'Check the notices served first.'
      return c.checked.bank ? undefined : 'Make a bank inquiry first: a freeze needs identified accounts.'
    }
    case 'collection.enforce':
      return enforcementBlocker(c)
    case 'collection.diarise':
      return c.checked.notices ? undefined : 'Check the notices served first, so the follow-up date is right.'
    default:
      return undefined
  }
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

/** Problems with a command's own fields, judged by the jurisdiction's rules. */
export function collectionProblem(c: CollectionContext, command: Command): string | undefined {
  const j = c.jurisdiction
  switch (command.type) {
    case 'collection.enforce': {
      const tool = command.tool as EnforcementTool
      if (!(ENFORCEMENT_TOOLS as readonly string[]).includes(String(tool)))
        return 'Choose an enforcement tool.'
      if (intrusiveness(tool, j) < 0) return `${tool} is not an enforcement tool under the law of ${j.name}.`
      const needs = TOOL_EVIDENCE[tool]
      if (!c.checked[needs]) {
        const first: Record<CollectionCheck, string> = {
          account: 'Review the taxpayer account first: an offset needs a credit on it.',
          bank: 'Make a bank inquiry first: you cannot garnish an account you have not identified.',
          employer: 'Check employer and trade-debtor data first: the order must name who pays.',
          registry: 'Check the registries first: a seizure needs identified assets.',
          notices: '',
          objections: '',
          agreements: '',
          'cash-flow': '',
        }
        return first[needs]
      }
      const amount = Number(command.amount)
      if (!Number.isInteger(amount) || amount <= 0) return 'Enter the amount to collect.'
      const limit = enforceableNow(c)
      if (amount > limit)
        return c.held > 0
          ? `At most ${money(c, limit)} may be enforced: ${money(c, c.held)} is under objection and on hold.`
          : `At most ${money(c, limit)} is owed.`
      return undefined
    }
    case 'collection.grantAgreement': {
      const months = Number(command.months)
      const max = j.collection.maxInstallmentMonths
      if (!Number.isInteger(months) || months < 1) return 'Enter the number of monthly instalments.'
      if (months > max) return `The law allows at most ${max} monthly instalments.`
      if (!(SECURITIES as readonly string[]).includes(String(command.security)))
        return 'Choose the security required (or none).'
      return undefined
    }
    case 'collection.refuseAgreement':
      return text(command.reason)
        ? undefined
        : 'Give the reason for the refusal; it goes in the letter to the taxpayer.'
    case 'collection.proposeWriteOff': {
      const criterion = command.criterion as WriteOffCriterion
      if (!(WRITE_OFF_CRITERIA as readonly string[]).includes(String(criterion)))
        return 'Choose the write-off criterion.'
      return writeOffCriterionProblem(criterion, c.facts.writeOff, j, (m) => money(c, m))
    }
    case 'collection.approveWriteOff':
    case 'collection.rejectWriteOff': {
      const approver = command.approver as Approver
      if (!(APPROVERS as readonly string[]).includes(String(approver)))
        return 'Choose who decides the proposal.'
      if (approver === 'self')
        return 'You proposed this write-off: segregation of duties requires someone else to decide it.'
      if (
        command.type === 'collection.approveWriteOff' &&
        approver === 'supervisor' &&
        requiredApprover(c.facts.debt, j) === 'head'
      )
        return `A write-off of ${money(c, c.facts.debt)} is above the supervisor\u2019s limit: the head of collection approves it.`
      return undefined
    }
    default:
      return undefined
  }
}

/** Both checks together: what the machine's guard and the session's button agree on. */
export function collectionAllowed(c: CollectionContext, command: Command): boolean {
  return collectionBlocker(c, command.type) === undefined && collectionProblem(c, command) === undefined
}

const step = { guard: 'allowed' as const }
const evidence = Object.fromEntries(
  COLLECTION_CHECKS.map((check) => [
    CHECK_COMMAND[check],
    { ...step, actions: { type: 'markChecked' as const, params: { check } } },
  ]),
) as Record<
  (typeof CHECK_COMMAND)[CollectionCheck],
  { guard: 'allowed'; actions: { type: 'markChecked'; params: { check: CollectionCheck } } }
>

/** Steps every working state offers. */
const working = {
  ...evidence,
  'collection.softContact': { ...step, actions: 'recordReminder' as const },
  'collection.holdDisputed': { ...step, actions: 'recordHold' as const },
  'collection.declareDefault': { ...step, actions: 'recordDefault' as const },
  'collection.refuseAgreement': { ...step, actions: 'recordRefusal' as const },
  'collection.proposeWriteOff': {
    ...step,
    target: 'writeOffProposed' as const,
    actions: 'recordProposal' as const,
  },
  'collection.grantAgreement': {
    ...step,
    target: 'agreementGranted' as const,
    actions: 'recordDecision' as const,
  },
  'collection.diarise': { ...step, target: 'diarised' as const },
}

export const collectionMachine = setup({
  types: {
    context: {} as CollectionContext,
    events: {} as CollectionEvent,
    input: {} as CollectionInput,
  },
  guards: {
    allowed: ({ context, event }) =>
      event.type !== 'clock.tick' && collectionAllowed(context, event as Command),
    noticeServed: ({ context }) => context.demandServedOn !== null,
    periodOver: ({ context }) => stageOf(context) === 'enforceable',
  },
  actions: {
    markChecked: assign(({ context }, params: { check: CollectionCheck }) => ({
      checked: { ...context.checked, [params.check]: true },
    })),
    recordReminder: assign(({ context }) => ({ reminderSentOn: context.today })),
    recordDemand: assign(({ context }) => ({ demandServedOn: context.today })),
    recordHold: assign(({ context }) => ({ held: context.facts.disputed })),
    recordDefault: assign({ defaultDeclared: true }),
    recordRefusal: assign({ requestRefused: true }),
    recordProposal: assign(({ event }) => ({
      writeOff: { criterion: (event as Command).criterion as WriteOffCriterion },
    })),
    clearProposal: assign({ writeOff: null }),
    recordDecision: assign(({ context, event }) => ({
      decided: { command: { ...(event as Command) }, on: context.today },
    })),
    setToday: assign(({ event }) => (event.type === 'clock.tick' ? { today: String(event.today) } : {})),
  },
}).createMachine({
  id: 'collection',
  context: ({ input }) => ({
    ...input,
    checked: Object.fromEntries(COLLECTION_CHECKS.map((c) => [c, false])) as Record<CollectionCheck, boolean>,
    reminderSentOn: input.facts.reminderSentOn,
    demandServedOn: input.facts.demandServedOn,
    held: 0,
    defaultDeclared: false,
    requestRefused: false,
    writeOff: null,
    decided: null,
  }),
  on: { 'clock.tick': { actions: 'setToday' } },
  initial: 'routing',
  states: {
    routing: {
      always: [
        { target: 'enforceable', guard: 'periodOver' },
        { target: 'demandPeriod', guard: 'noticeServed' },
        { target: 'debtDetected' },
      ],
    },
    debtDetected: {
      on: {
        ...working,
        'collection.serveDemand': { ...step, target: 'routing', actions: 'recordDemand' },
      },
    },
    demandPeriod: {
      always: { target: 'enforceable', guard: 'periodOver' },
      on: {
        ...working,
        'collection.protectiveMeasure': { ...step, target: 'assetsFrozen' },
      },
    },
    enforceable: {
      on: {
        ...working,
        'collection.enforce': { ...step, target: 'enforced', actions: 'recordDecision' },
      },
    },
    writeOffProposed: {
      on: {
        ...evidence,
        'collection.approveWriteOff': { ...step, target: 'writtenOff', actions: 'recordDecision' },
        'collection.rejectWriteOff': { ...step, target: 'routing', actions: 'clearProposal' },
      },
    },
    enforced: { type: 'final' },
    assetsFrozen: { type: 'final' },
    agreementGranted: { type: 'final' },
    writtenOff: { type: 'final' },
    diarised: { type: 'final' },
  },
})

export const COLLECTION_STATE_LABELS: Record<string, string> = {
  routing: 'Opening the case',
  debtDetected: 'Debt detected — no demand served yet',
  demandPeriod: 'Demand notice served — period running',
  enforceable: 'Demand period over — enforceable',
  writeOffProposed: 'Write-off proposed — awaiting approval',
  enforced: 'Enforcement order issued',
  assetsFrozen: 'Accounts frozen (protective measure)',
  agreementGranted: 'Instalment agreement granted',
  writtenOff: 'Written off',
  diarised: 'Diarised for follow-up',
}
