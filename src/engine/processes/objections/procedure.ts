/**
 * The procedure of an objection, read by the machine's guards and the session: which step may
 * be taken now (`objectionsBlocker`), what the law forbids in a command's fields (`unlawful`),
 * what is missing from them (`objectionsProblem`), and the reassessment a decision posts.
 */
import { day, money, msg, type Msg, type Refusal } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import type { TaxType } from '../../vocabulary'
import type { IsoDate, LedgerEntry } from '../../world/types'
import type { Command } from '../contract'
import { itemsInText } from './labels'
import {
  decisionDue,
  decisionOverdue,
  extensionLimit,
  INADMISSIBLE_GROUNDS,
  type InadmissibleGround,
  type Outcome,
} from './rules'

export const OBJECTION_CHECKS = ['notice', 'account', 'auditFile', 'evidence'] as const
export type ObjectionCheck = (typeof OBJECTION_CHECKS)[number]

export interface ObjectionsInput {
  caseId: string
  tin: string
  taxType: TaxType
  period: string
  mailedOn: IsoDate
  receivedOn: IsoDate
  today: IsoDate
  /** The letter gives a reason for lodging late. */
  lateReason: boolean
  auditorId: string
  /** Officer ids that can be assigned, with their names for messages. */
  officers: { id: string; name: string }[]
  /** Every item of the assessment, with its tax; only disputed ones can be allowed. */
  items: { id: string; tax: number; disputed: boolean }[]
  /** What the taxpayer owes in all (every tax and period): the most a hold can cover. */
  balance: number
  jurisdiction: Pick<Jurisdiction, 'name' | 'currency' | 'deadlines' | 'objections'>
}

export interface ObjectionsContext extends ObjectionsInput {
  checks: Record<ObjectionCheck, boolean>
  extensionGranted: boolean
  admissible: boolean
  hold?: { amount: number; on: IsoDate }
  reviewer?: string
  ground?: InadmissibleGround
  outcome?: Outcome
  /** The reassessment: one abatement (credit) per allowed item, posted on the decision date. */
  abatements: LedgerEntry[]
}

export type ObjectionsEvent =
  | { type: 'objections.checkNotice' }
  | { type: 'objections.checkPayments' }
  | { type: 'objections.reviewAuditFile' }
  | { type: 'objections.examineEvidence' }
  | { type: 'objections.grantExtension' }
  | { type: 'objections.acceptAdmissible' }
  | { type: 'objections.holdCollection'; amount: number }
  | { type: 'objections.assignReviewer'; officer: string }
  | { type: 'objections.declareInadmissible'; ground?: string }
  | { type: 'objections.decide'; allowedItems: string[] }
  | { type: 'clock.tick'; today: IsoDate }

export type ObjectionsCommandType = Exclude<ObjectionsEvent['type'], 'clock.tick'>

const CHECK_OF: Partial<Record<ObjectionsCommandType, ObjectionCheck>> = {
  'objections.checkNotice': 'notice',
  'objections.checkPayments': 'account',
  'objections.reviewAuditFile': 'auditFile',
  'objections.examineEvidence': 'evidence',
}

const DONE: Record<ObjectionCheck, Msg> = {
  notice: msg('objections.blocker.noticeDone'),
  account: msg('objections.blocker.accountDone'),
  auditFile: msg('objections.blocker.auditFileDone'),
  evidence: msg('objections.blocker.evidenceDone'),
}

const closed = (c: ObjectionsContext) => c.ground !== undefined || c.outcome !== undefined
const b = (key: string, args?: Parameters<typeof msg>[1]): Msg => msg(`objections.blocker.${key}`, args)
const done = (reason: Msg): Refusal => ({ reason, done: true })
const refuse = (reason: Msg): Refusal => ({ reason })

function extensionBlocker(context: ObjectionsContext): Refusal | undefined {
  const { checks, jurisdiction: j } = context
  if (context.admissible) return done(b('admissibilityDecided'))
  if (context.extensionGranted) return done(b('extensionGranted'))
  if (j.objections.extensionDays === 0) return refuse(b('noExtensionInLaw'))
  if (!checks.notice) return refuse(b('noticeFirstExtension'))
  if (!context.lateReason) return refuse(b('noLateReason'))
  const limit = extensionLimit(context.mailedOn, j)
  return context.receivedOn > limit
    ? refuse(b('beyondExtension', { limit: day(limit), days: j.objections.extensionDays }))
    : undefined
}

function decideBlocker(context: ObjectionsContext): Refusal | undefined {
  const { checks, jurisdiction: j } = context
  if (!context.admissible) return refuse(b('admissibilityFirst'))
  if (!context.reviewer) return refuse(b('reviewerFirst'))
  if (j.objections.holdDisputed && !context.hold) return refuse(b('holdFirst'))
  if (!checks.auditFile) return refuse(b('auditFileFirst'))
  if (!checks.evidence) return refuse(b('evidenceFirst'))
  return undefined
}

function reviewBlocker(context: ObjectionsContext, type: ObjectionsCommandType): Refusal | undefined {
  const j = context.jurisdiction
  switch (type) {
    case 'objections.holdCollection':
      if (!j.objections.holdDisputed) return refuse(b('noHoldInLaw'))
      if (context.hold) return done(b('holdDone'))
      return context.admissible ? undefined : refuse(b('admitFirstHold'))
    case 'objections.assignReviewer':
      if (context.reviewer) return done(b('reviewerDone'))
      return context.admissible ? undefined : refuse(b('admitFirstReview'))
    default:
      return decideBlocker(context)
  }
}

/**
 * Why a command cannot be taken in this context, or undefined when the procedure allows it.
 * Only context is read here; the command's own fields are judged by `objectionsProblem`.
 */
export function objectionsBlocker(
  context: ObjectionsContext,
  type: ObjectionsCommandType,
): Refusal | undefined {
  const { checks, jurisdiction: j } = context
  if (closed(context)) return done(b('decided'))
  if (decisionOverdue(context.receivedOn, context.today, j))
    return refuse(
      b('overdue', { on: day(decisionDue(context.receivedOn, j)), outcome: j.objections.deemedOutcome }),
    )
  const check = CHECK_OF[type]
  if (check) return checks[check] ? done(DONE[check]) : undefined
  switch (type) {
    case 'objections.grantExtension':
      return extensionBlocker(context)
    case 'objections.acceptAdmissible':
      if (context.admissible) return done(b('admissibilityDecided'))
      if (!checks.notice) return refuse(b('noticeFirstAdmit'))
      if (j.objections.requireUndisputedPaid && !checks.account) return refuse(b('accountFirstAdmit'))
      return undefined
    case 'objections.declareInadmissible':
      return context.admissible ? done(b('admitted')) : undefined
    case 'objections.holdCollection':
    case 'objections.assignReviewer':
    case 'objections.decide':
      return reviewBlocker(context, type)
    default:
      return undefined
  }
}

const field = (event: Command | ObjectionsEvent, name: string): unknown =>
  (event as Record<string, unknown>)[name]

const u = (key: string, args?: Parameters<typeof msg>[1]): Msg => msg(`objections.unlawful.${key}`, args)
const itemNo = (id: unknown) => String(id).replace(/^item-/, '')

function unlawfulGround(context: ObjectionsContext, ground: unknown): Msg | undefined {
  const j = context.jurisdiction
  if (ground === undefined || ground === '') return undefined
  if (!INADMISSIBLE_GROUNDS.includes(ground as InadmissibleGround))
    return u('unknownGround', { ground: typeof ground === 'string' ? ground : JSON.stringify(ground) })
  if (ground === 'late' && context.extensionGranted) return u('lateAfterExtension')
  if (ground === 'undisputed-unpaid' && !j.objections.requireUndisputedPaid) return u('noPaymentRule')
  return undefined
}

function unlawfulItems(context: ObjectionsContext, allowed: unknown): Msg | undefined {
  if (!Array.isArray(allowed)) return u('listItems')
  const disputed = context.items.filter((i) => i.disputed).map((i) => i.id)
  const stray = allowed.filter((id) => !disputed.includes(String(id)))
  if (stray.length === 0) return undefined
  return u('strayItems', {
    disputed: disputed.map(itemNo).join(', '),
    stray: stray.map(itemNo).join(', '),
    count: stray.length,
  })
}

/**
 * What the law forbids in a command's fields (the machine refuses it): the auditor reviewing
 * their own assessment, a hold larger than the debt, a ground the law does not know, items
 * that are not under objection.
 */
export function unlawful(context: ObjectionsContext, event: Command | ObjectionsEvent): Msg | undefined {
  switch (event.type) {
    case 'objections.assignReviewer': {
      const officer = field(event, 'officer')
      if (officer !== context.auditorId) return undefined
      const name = context.officers.find((o) => o.id === officer)?.name ?? String(officer)
      return u('ownAssessment', { officer: String(officer), name })
    }
    case 'objections.holdCollection': {
      const amount = field(event, 'amount')
      return typeof amount === 'number' && amount > context.balance
        ? u('holdTooLarge', { balance: money(context.balance) })
        : undefined
    }
    case 'objections.declareInadmissible':
      return unlawfulGround(context, field(event, 'ground'))
    case 'objections.decide':
      return unlawfulItems(context, field(event, 'allowedItems'))
    default:
      return undefined
  }
}

/** Everything wrong with a command's fields, in an officer's words (unlawful or incomplete). */
export function objectionsProblem(context: ObjectionsContext, command: Command): Msg | undefined {
  const illegal = unlawful(context, command)
  if (illegal) return illegal
  const p = (key: string) => msg(`objections.problem.${key}`)
  switch (command.type) {
    case 'objections.assignReviewer':
      return context.officers.some((o) => o.id === command.officer) ? undefined : p('reviewer')
    case 'objections.holdCollection':
      return typeof command.amount === 'number' && Number.isInteger(command.amount) && command.amount > 0
        ? undefined
        : p('holdAmount')
    case 'objections.declareInadmissible':
      if (!command.ground) return p('ground')
      if (command.ground === 'late' && !context.checks.notice) return p('noticeBeforeLate')
      if (command.ground === 'undisputed-unpaid' && !context.checks.account) return p('accountBeforeUnpaid')
      return undefined
    default:
      return undefined
  }
}

/** The reassessment of a decision: one abatement (a credit) per allowed item, dated `on`. */
export function reassessmentEntries(
  context: Pick<ObjectionsInput, 'caseId' | 'tin' | 'taxType' | 'period' | 'items'>,
  allowedItems: readonly string[],
  on: IsoDate,
): LedgerEntry[] {
  return context.items
    .filter((i) => i.disputed && allowedItems.includes(i.id))
    .map((i) => ({
      id: `objections-${context.caseId}-${i.id}`,
      tin: context.tin,
      taxType: context.taxType,
      period: context.period,
      date: on,
      kind: 'abatement' as const,
      amount: -i.tax,
      ref: context.caseId,
      note: msg('objections.story.ledger.allowed', { item: itemsInText([i.id]) }),
    }))
}
