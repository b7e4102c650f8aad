/**
 * The procedure of an objection, read by the machine's guards and the session: which step may
 * be taken now (`objectionsBlocker`), what the law forbids in a command's fields (`unlawful`),
 * what is missing from them (`objectionsProblem`), and the reassessment a decision posts.
 */
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { TaxType } from '../../vocabulary'
import type { IsoDate, LedgerEntry } from '../../world/types'
import type { Command } from '../contract'
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

const DONE: Record<ObjectionCheck, string> = {
  notice: 'The assessment notice has already been checked.',
  account: 'The taxpayer account has already been checked.',
  auditFile: 'The audit file has already been reviewed.',
  evidence: 'The new evidence has already been examined.',
}

const closed = (c: ObjectionsContext) => c.ground !== undefined || c.outcome !== undefined

/**
 * Why a command cannot be taken in this context, or undefined when the procedure allows it.
 * Only context is read here; the command's own fields are judged by `objectionsProblem`.
 */
export function objectionsBlocker(
  context: ObjectionsContext,
  type: ObjectionsCommandType,
): string | undefined {
  const { checks, jurisdiction: j } = context
  if (closed(context)) return 'The objection has already been decided.'
  if (decisionOverdue(context.receivedOn, context.today, j))
    return `The decision period ended on ${decisionDue(context.receivedOn, j)}: the objection is deemed ${j.objections.deemedOutcome}.`
  const check = CHECK_OF[type]
  if (check) return checks[check] ? DONE[check] : undefined
  switch (type) {
    case 'objections.grantExtension':
      if (context.admissible) return 'Admissibility has already been decided.'
      if (context.extensionGranted) return 'An extension has already been granted.'
      if (j.objections.extensionDays === 0)
        return `The law of ${j.name} allows no extension: a late objection cannot be admitted.`
      if (!checks.notice)
        return 'Check the assessment notice first: an extension is only for an objection lodged late.'
      if (!context.lateReason) return 'The letter gives no reason for the delay; an extension needs one.'
      return context.receivedOn > extensionLimit(context.mailedOn, j)
        ? `The objection arrived after ${extensionLimit(context.mailedOn, j)}, beyond the ${j.objections.extensionDays} days an extension can add.`
        : undefined
    case 'objections.acceptAdmissible':
      if (context.admissible) return 'Admissibility has already been decided.'
      if (!checks.notice)
        return 'Check the assessment notice first: the time limit runs from its deemed receipt.'
      if (j.objections.requireUndisputedPaid && !checks.account)
        return 'Check the taxpayer account first: the undisputed tax must be paid for the objection to be admissible.'
      return undefined
    case 'objections.declareInadmissible':
      return context.admissible
        ? 'Admissibility has already been decided: the objection was admitted.'
        : undefined
    case 'objections.holdCollection':
      if (!j.objections.holdDisputed)
        return `In ${j.name} an objection does not suspend collection: there is no hold to record.`
      if (context.hold) return 'A collection hold has already been recorded.'
      return context.admissible
        ? undefined
        : 'Admit the objection first: only an admissible objection suspends collection.'
    case 'objections.assignReviewer':
      if (context.reviewer) return 'A reviewer has already been assigned.'
      return context.admissible
        ? undefined
        : 'Admit the objection first: an inadmissible one is not reviewed.'
    case 'objections.decide':
      if (!context.admissible) return 'Decide admissibility first.'
      if (!context.reviewer) return 'Assign a reviewer independent of the audit first.'
      if (j.objections.holdDisputed && !context.hold)
        return 'Record the collection hold on the disputed amount first.'
      if (!checks.auditFile) return 'Review the audit file first: the decision goes item by item.'
      if (!checks.evidence) return 'Examine the new evidence first.'
      return undefined
    default:
      return undefined
  }
}

const field = (event: Command | ObjectionsEvent, name: string): unknown =>
  (event as Record<string, unknown>)[name]

/**
 * What the law forbids in a command's fields (the machine refuses it): the auditor reviewing
 * their own assessment, a hold larger than the debt, a ground the law does not know, items
 * that are not under objection.
 */
export function unlawful(context: ObjectionsContext, event: Command | ObjectionsEvent): string | undefined {
  const j = context.jurisdiction
  switch (event.type) {
    case 'objections.assignReviewer': {
      const officer = field(event, 'officer')
      if (officer !== context.auditorId) return undefined
      const name = context.officers.find((o) => o.id === officer)?.name ?? String(officer)
      return `${String(officer)} ${name} made this assessment. The review must be independent of the audit (segregation of duties, TADAT P7-19-2): assign another officer.`
    }
    case 'objections.holdCollection': {
      const amount = field(event, 'amount')
      return typeof amount === 'number' && amount > context.balance
        ? `The taxpayer owes ${formatMoney(context.balance, j.currency)} in all; a hold cannot be larger.`
        : undefined
    }
    case 'objections.declareInadmissible': {
      const ground = field(event, 'ground')
      if (ground === undefined || ground === '') return undefined
      if (!INADMISSIBLE_GROUNDS.includes(ground as InadmissibleGround))
        return `"${String(ground)}" is not a ground of inadmissibility.`
      if (ground === 'late' && context.extensionGranted)
        return 'An extension was granted: the objection can no longer be declared late.'
      if (ground === 'undisputed-unpaid' && !j.objections.requireUndisputedPaid)
        return `The law of ${j.name} does not require the undisputed tax to be paid before objecting.`
      return undefined
    }
    case 'objections.decide': {
      const allowed = field(event, 'allowedItems')
      if (!Array.isArray(allowed)) return 'List the items allowed (none, to disallow the objection).'
      const disputed = context.items.filter((i) => i.disputed).map((i) => i.id)
      const stray = allowed.filter((id) => !disputed.includes(String(id)))
      if (stray.length === 0) return undefined
      const names = (ids: readonly unknown[]) => ids.map((id) => String(id).replace(/^item-/, '')).join(', ')
      return `Only the disputed items (${names(disputed)}) can be allowed; item ${names(stray)} is not under objection.`
    }
    default:
      return undefined
  }
}

/** Everything wrong with a command's fields, in an officer's words (unlawful or incomplete). */
export function objectionsProblem(context: ObjectionsContext, command: Command): string | undefined {
  const illegal = unlawful(context, command)
  if (illegal) return illegal
  switch (command.type) {
    case 'objections.assignReviewer':
      return context.officers.some((o) => o.id === command.officer)
        ? undefined
        : 'Choose the reviewing officer.'
    case 'objections.holdCollection':
      return typeof command.amount === 'number' && Number.isInteger(command.amount) && command.amount > 0
        ? undefined
        : 'Enter the amount to hold (more than zero).'
    case 'objections.declareInadmissible':
      if (!command.ground)
        return 'Choose the ground of inadmissibility: it goes in the written notice to the taxpayer.'
      if (command.ground === 'late' && !context.checks.notice)
        return 'Check the assessment notice before declaring the objection late.'
      if (command.ground === 'undisputed-unpaid' && !context.checks.account)
        return 'Check the taxpayer account before declaring the undisputed tax unpaid.'
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
      note: `Objection allowed: ${i.id.replace('item-', 'item ')}`,
    }))
}
