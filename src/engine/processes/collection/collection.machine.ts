/**
 * Arrears and debt collection (docs/domain.md §Collection) as an XState machine, one actor per
 * collection case. The debt is detected, a reminder and then the final demand go out, and
 * enforcement becomes lawful only when the demand period has run out (the session's clock.tick
 * moves `today`), nothing is validly disputed on the amount, and no instalment agreement is in
 * force. `collectionBlocker` and `collectionProblem` say in an officer's words why a step is not
 * possible; the machine's guard is the same two functions, so the screen and the machine agree.
 */
import { assign, setup } from 'xstate'
import { day, isMsg, money, msg, type Msg, type Refusal, type Text } from '../../primitives/message'
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

/** A tool's short name, for sentences that cite it. */
export const TOOL_NAMES: Record<EnforcementTool, Msg> = {
  offset: msg('collection.toolName.offset'),
  bank: msg('collection.toolName.bank'),
  employer: msg('collection.toolName.employer'),
  receivables: msg('collection.toolName.receivables'),
  seizure: msg('collection.toolName.seizure'),
}
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
/** What may be enforced now: the debt less what is held. */
export const enforceableNow = (c: CollectionContext) =>
  c.jurisdiction.collection.holdDisputedAmounts ? Math.max(0, c.facts.debt - c.held) : c.facts.debt

const ALREADY: Record<CollectionCheck, Msg> = {
  account: msg('collection.blocker.done.account'),
  notices: msg('collection.blocker.done.notices'),
  objections: msg('collection.blocker.done.objections'),
  agreements: msg('collection.blocker.done.agreements'),
  'cash-flow': msg('collection.blocker.done.cashFlow'),
  bank: msg('collection.blocker.done.bank'),
  employer: msg('collection.blocker.done.employer'),
  registry: msg('collection.blocker.done.registry'),
}

/** The demand period still running, in words. */
function periodRunning(c: CollectionContext): Msg {
  const d = demandDates(c.demandServedOn!, c.jurisdiction)
  return msg('collection.blocker.periodRunning', {
    endsOn: day(d.periodEndsOn),
    servedOn: day(c.demandServedOn!),
    deemedOn: day(d.deemedReceivedOn),
    from: day(d.enforceableFrom),
  })
}

function enforcementBlocker(c: CollectionContext): Msg | undefined {
  const stage = stageOf(c)
  if (stage === 'detected') return msg('collection.blocker.noDemand')
  if (stage === 'period') return periodRunning(c)
  if (!c.checked.notices) return msg('collection.blocker.enforceNoticesFirst')
  if (!c.checked.objections) return msg('collection.blocker.enforceObjectionsFirst')
  if (c.jurisdiction.collection.holdDisputedAmounts && c.facts.disputed > 0 && c.held === 0)
    return msg('collection.blocker.holdFirst', { amount: money(c.facts.disputed) })
  const inForce = agreementInForce(c)
  if (inForce) return msg('collection.blocker.agreementInForce', { grantedOn: day(inForce.grantedOn) })
  if (requestPending(c)) return msg('collection.blocker.decideRequestFirst')
  return undefined
}

/**
 * Why the law forbids an enforcement order now: before the demand period has run out, while an
 * instalment agreement is in force, or on an amount under a valid objection. With `{ type }`
 * alone it says whether enforcing may be tried at all (a trainee may try and be refused, which
 * teaches the rule); with the amount it judges the order actually submitted.
 */
export function collectionUnlawful(c: CollectionContext, command: Command): Text | undefined {
  if (command.type !== 'collection.enforce' || c.writeOff !== null) return undefined
  const stage = stageOf(c)
  if (stage !== 'enforceable') return msg('collection.unlawful.beforePeriod', { why: enforcementBlocker(c)! })
  const inForce = agreementInForce(c)
  if (inForce) return msg('collection.unlawful.agreementInForce', { grantedOn: day(inForce.grantedOn) })
  const disputed = c.jurisdiction.collection.holdDisputedAmounts ? c.facts.disputed : 0
  if (disputed <= 0) return undefined
  const undisputed = Math.max(0, c.facts.debt - disputed)
  const rule = msg('collection.unlawful.disputed', {
    disputed: money(disputed),
    undisputed: money(undisputed),
  })
  if (command.amount === undefined) return c.held === 0 ? rule : undefined
  const amount = Number(command.amount)
  return Number.isInteger(amount) && amount > undisputed ? rule : undefined
}

/** A step refused because it has been taken already: the screen drops it. */
const done = (reason: Msg): Refusal => ({ reason, done: true })

type Step = (c: CollectionContext) => Msg | Refusal | undefined

const pendingRequest = (c: CollectionContext): Msg | undefined => {
  if (c.facts.requestMonths === null) return msg('collection.blocker.noRequest')
  return c.checked.agreements ? undefined : msg('collection.blocker.agreementsFirst')
}

/** Why each procedure step cannot be taken in this context (evidence steps are handled apart). */
const STEP_BLOCKERS: Partial<Record<CollectionCommandType, Step>> = {
  'collection.softContact': (c) =>
    c.demandServedOn
      ? done(msg('collection.blocker.demandAlreadyServed'))
      : c.reminderSentOn
        ? done(msg('collection.blocker.reminderSent', { on: day(c.reminderSentOn) }))
        : undefined,
  'collection.serveDemand': (c) => {
    if (c.demandServedOn) return done(msg('collection.blocker.demandServed', { on: day(c.demandServedOn) }))
    if (!c.checked.account) return msg('collection.blocker.demandAccountFirst')
    return c.reminderSentOn ? undefined : msg('collection.blocker.reminderFirst')
  },
  'collection.holdDisputed': (c) => {
    if (c.held > 0) return done(msg('collection.blocker.alreadyHeld'))
    if (!c.checked.objections) return msg('collection.blocker.objectionsFirst')
    if (!c.jurisdiction.collection.holdDisputedAmounts) return msg('collection.blocker.noSuspension')
    return c.facts.disputed > 0 ? undefined : msg('collection.blocker.nothingToHold')
  },
  'collection.declareDefault': (c) => {
    if (c.defaultDeclared) return done(msg('collection.blocker.defaultDeclared'))
    const active = c.facts.agreements.find((a) => a.status === 'active')
    if (!active) return msg('collection.blocker.noAgreement')
    if (!c.checked.agreements) return msg('collection.blocker.agreementsFirst')
    const needed = c.jurisdiction.collection.missedInstallmentsToDefault
    return active.missed >= needed
      ? undefined
      : msg('collection.blocker.notInDefault', { missed: active.missed, needed })
  },
  'collection.refuseAgreement': (c) =>
    c.requestRefused ? done(msg('collection.blocker.requestRefused')) : pendingRequest(c),
  'collection.grantAgreement': (c) => {
    if (c.requestRefused) return msg('collection.blocker.requestWasRefused')
    if (c.facts.requestMonths === null) return msg('collection.blocker.noRequest')
    if (!c.checked.account) return msg('collection.blocker.agreementAccountFirst')
    return pendingRequest(c)
  },
  'collection.proposeWriteOff': (c) => {
    if (!c.checked.account) return msg('collection.blocker.accountFirst')
    return c.checked.registry ? undefined : msg('collection.blocker.writeOffRegistryFirst')
  },
  'collection.approveWriteOff': (c) => (c.writeOff ? undefined : msg('collection.blocker.noProposal')),
  'collection.rejectWriteOff': (c) => (c.writeOff ? undefined : msg('collection.blocker.noProposal')),
  'collection.protectiveMeasure': protectiveBlocker,
  'collection.enforce': enforcementBlocker,
  'collection.diarise': (c) =>
    c.checked.notices ? undefined : msg('collection.blocker.diariseNoticesFirst'),
}

function protectiveBlocker(c: CollectionContext): Msg | undefined {
  if (!c.jurisdiction.collection.protectiveMeasures) return msg('collection.blocker.noProtectiveMeasures')
  const stage = stageOf(c)
  if (stage === 'detected') return msg('collection.blocker.serveDemandFirst')
  if (stage === 'enforceable') return msg('collection.blocker.periodOverEnforce')
  if (!c.checked.notices) return msg('collection.blocker.noticesFirst')
  return c.checked.bank ? undefined : msg('collection.blocker.freezeBankFirst')
}

/**
 * Why a command cannot be taken in this context, or undefined when the procedure allows it; a
 * step already taken is refused as `done`, so the screen drops it. Only context is read; checks
 * on a command's own fields are in `collectionProblem`.
 */
export function collectionBlocker(c: CollectionContext, type: string): Refusal | undefined {
  if (!isCollectionCommand(type)) return { reason: msg('collection.blocker.notAStep', { type }) }
  const check = CHECK_OF[type]
  if (check) {
    if (c.checked[check]) return { reason: ALREADY[check], done: true }
    if (check === 'cash-flow' && !c.facts.hasCashFlow) return { reason: msg('collection.blocker.noCashFlow') }
    return undefined
  }
  const pendingWriteOff = c.writeOff !== null
  if (pendingWriteOff && type !== 'collection.approveWriteOff' && type !== 'collection.rejectWriteOff')
    return { reason: msg('collection.blocker.writeOffPending') }
  const refused = STEP_BLOCKERS[type]?.(c)
  if (!refused) return undefined
  return isMsg(refused) ? { reason: refused } : refused
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

/** The evidence an enforcement tool needs, and why, when it has not been gathered. */
const TOOL_NEEDS: Partial<Record<CollectionCheck, Msg>> = {
  account: msg('collection.problem.offsetAccountFirst'),
  bank: msg('collection.problem.garnishBankFirst'),
  employer: msg('collection.problem.employerFirst'),
  registry: msg('collection.problem.seizureRegistryFirst'),
}

function enforceProblem(c: CollectionContext, command: Command): Msg | undefined {
  const j = c.jurisdiction
  const tool = command.tool as EnforcementTool
  if (!(ENFORCEMENT_TOOLS as readonly string[]).includes(String(tool)))
    return msg('collection.problem.chooseTool')
  if (intrusiveness(tool, j) < 0) return msg('collection.problem.toolNotLawful', { tool: TOOL_NAMES[tool] })
  const needs = TOOL_EVIDENCE[tool]
  if (!c.checked[needs]) return TOOL_NEEDS[needs]
  const amount = Number(command.amount)
  if (!Number.isInteger(amount) || amount <= 0) return msg('collection.problem.amount')
  const limit = enforceableNow(c)
  if (amount > limit)
    return c.held > 0
      ? msg('collection.problem.aboveHeld', { limit: money(limit), held: money(c.held) })
      : msg('collection.problem.aboveDebt', { limit: money(limit) })
  return undefined
}

function agreementProblem(c: CollectionContext, command: Command): Msg | undefined {
  const months = Number(command.months)
  const max = c.jurisdiction.collection.maxInstallmentMonths
  if (!Number.isInteger(months) || months < 1) return msg('collection.problem.months')
  if (months > max) return msg('collection.problem.tooManyMonths', { max })
  if (!(SECURITIES as readonly string[]).includes(String(command.security)))
    return msg('collection.problem.security')
  return undefined
}

function approverProblem(c: CollectionContext, command: Command): Msg | undefined {
  const approver = command.approver as Approver
  if (!(APPROVERS as readonly string[]).includes(String(approver))) return msg('collection.problem.approver')
  if (approver === 'self') return msg('collection.problem.selfApproval')
  if (
    command.type === 'collection.approveWriteOff' &&
    approver === 'supervisor' &&
    requiredApprover(c.facts.debt, c.jurisdiction) === 'head'
  )
    return msg('collection.problem.aboveSupervisor', { amount: money(c.facts.debt) })
  return undefined
}

/** Problems with a command's own fields, judged by the jurisdiction's rules. */
export function collectionProblem(c: CollectionContext, command: Command): Msg | undefined {
  switch (command.type) {
    case 'collection.enforce':
      return enforceProblem(c, command)
    case 'collection.grantAgreement':
      return agreementProblem(c, command)
    case 'collection.refuseAgreement':
      return text(command.reason) ? undefined : msg('collection.problem.reason')
    case 'collection.proposeWriteOff': {
      const criterion = command.criterion as WriteOffCriterion
      if (!(WRITE_OFF_CRITERIA as readonly string[]).includes(String(criterion)))
        return msg('collection.problem.criterion')
      return writeOffCriterionProblem(criterion, c.facts.writeOff, c.jurisdiction)
    }
    case 'collection.approveWriteOff':
    case 'collection.rejectWriteOff':
      return approverProblem(c, command)
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
        // Straight to the demand period, never back through routing: the notice is served today,
        // so its period (deemed receipt + demandNoticeDays + 1 day) has not run out, and the
        // period's own `always` would move the case on if it had. The map draws where the case goes.
        'collection.serveDemand': { ...step, target: 'demandPeriod', actions: 'recordDemand' },
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

export const COLLECTION_STATE_LABELS: Record<string, Msg> = {
  routing: msg('collection.state.routing'),
  debtDetected: msg('collection.state.debtDetected'),
  demandPeriod: msg('collection.state.demandPeriod'),
  enforceable: msg('collection.state.enforceable'),
  writeOffProposed: msg('collection.state.writeOffProposed'),
  enforced: msg('collection.state.enforced'),
  assetsFrozen: msg('collection.state.assetsFrozen'),
  agreementGranted: msg('collection.state.agreementGranted'),
  writtenOff: msg('collection.state.writtenOff'),
  diarised: msg('collection.state.diarised'),
}
