/**
 * Compliance risk and audit (docs/domain.md §Risk and audit) as an XState machine, one actor per
 * risk candidate: screening (select or not, with the reason either way), examination (desk or
 * field), findings, the taxpayer's reply window, then the final assessment or a referral to
 * investigation. `auditBlocker` says in an officer's words why a step is not possible yet; guards
 * read the jurisdiction profile from context, dates from the session's clock.
 */
import { assign, setup } from 'xstate'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import type { TaxType } from '../../vocabulary'
import type { IsoDate, LedgerEntry, Tin } from '../../world/types'
import type { Command } from '../contract'
import {
  AUDIT_TYPES,
  NOT_SELECT_REASONS,
  PENALTY_CATEGORIES,
  RISK_RULES,
  assessmentEntries,
  computeFindings,
  type AdjustmentBasis,
  type AuditType,
  type Findings,
  type NotSelectReason,
  type PenaltyCategory,
  type RiskRuleId,
} from './rules'

export const AUDIT_CHECKS = [
  'thirdParty',
  'benchmark',
  'history',
  'suppliers',
  'records',
  'premises',
  'reply',
] as const
export type AuditCheck = (typeof AUDIT_CHECKS)[number]

export interface AuditInput {
  caseId: string
  tin: Tin
  taxType: TaxType
  period: string
  basis: AdjustmentBasis
  dueOn: IsoDate
  /** Input VAT claimed on the return; 0 when there are no suppliers to check. */
  inputVat: number
  today: IsoDate
  jurisdiction: Jurisdiction
}

export interface AuditContext extends AuditInput {
  checks: Record<AuditCheck, boolean>
  auditType?: AuditType
  selectReason?: RiskRuleId
  notSelectReason?: NotSelectReason
  findings?: Findings
  /** When the preliminary findings went out; the reply window runs from it. */
  sentOn?: IsoDate
  /** What the assessment posted to the taxpayer's current account. */
  postings: LedgerEntry[]
}

export type AuditCommand =
  | { type: 'audit.checkThirdParty' }
  | { type: 'audit.checkBenchmark' }
  | { type: 'audit.checkHistory' }
  | { type: 'audit.checkSuppliers' }
  | { type: 'audit.select'; auditType: AuditType; reason: RiskRuleId }
  | { type: 'audit.requestRecords' }
  | { type: 'audit.inspectPremises' }
  | { type: 'audit.draftFindings'; adjustment: number; category: PenaltyCategory }
  | { type: 'audit.sendFindings' }
  | { type: 'audit.reviewReply' }
  | { type: 'audit.notSelect'; reason: NotSelectReason }
  | { type: 'audit.closeNoChange' }
  | { type: 'audit.refer' }
  | { type: 'audit.issueAssessment' }

export type AuditCommandType = AuditCommand['type']
type AuditEvent = AuditCommand | { type: 'clock.tick'; today: IsoDate }

export const AUDIT_COMMAND_TYPES = [
  'audit.checkThirdParty',
  'audit.checkBenchmark',
  'audit.checkHistory',
  'audit.checkSuppliers',
  'audit.select',
  'audit.requestRecords',
  'audit.inspectPremises',
  'audit.draftFindings',
  'audit.sendFindings',
  'audit.reviewReply',
  'audit.notSelect',
  'audit.closeNoChange',
  'audit.refer',
  'audit.issueAssessment',
] as const satisfies readonly AuditCommandType[]

export const isAuditCommand = (type: string): type is AuditCommandType =>
  (AUDIT_COMMAND_TYPES as readonly string[]).includes(type)

/** The last day the taxpayer may reply to the preliminary findings. */
export function replyDeadline(context: Pick<AuditContext, 'sentOn' | 'jurisdiction'>): IsoDate | undefined {
  return context.sentOn ? addDays(context.sentOn, context.jurisdiction.audit.replyDays) : undefined
}

const EVIDENCE_STEP: Partial<Record<AuditCommandType, [AuditCheck, string]>> = {
  'audit.checkThirdParty': ['thirdParty', 'Third-party data have already been checked.'],
  'audit.checkBenchmark': ['benchmark', 'The sector benchmark has already been compared.'],
  'audit.checkHistory': ['history', 'The filing and audit history has already been reviewed.'],
  'audit.checkSuppliers': ['suppliers', 'The suppliers have already been checked.'],
}

/**
 * Why a command cannot be taken in this context, or undefined when the procedure allows it.
 * Steps already done say "already" (the screen hides them).
 */
export function auditBlocker(context: AuditContext, type: AuditCommandType): string | undefined {
  const { checks, auditType, findings, sentOn } = context
  const decided = context.notSelectReason
    ? 'The candidate has already been screened out.'
    : context.postings.length
      ? 'The case has already been decided.'
      : undefined
  const evidence = EVIDENCE_STEP[type]
  if (evidence) {
    if (checks[evidence[0]]) return evidence[1]
    if (type === 'audit.checkSuppliers' && context.inputVat <= 0)
      return 'This return claims no input VAT, so there are no suppliers to check.'
    return decided
  }
  switch (type) {
    case 'audit.select':
      if (auditType) return `The case has already been selected for a ${auditType} audit.`
      return decided
    case 'audit.notSelect':
      if (decided) return decided
      return auditType ? 'The audit is already open: close it with no change instead.' : undefined
    case 'audit.requestRecords':
      if (checks.records) return 'The records have already been examined.'
      return auditType
        ? decided
        : 'Select the case for audit first: records are requested under the audit notice.'
    case 'audit.inspectPremises':
      if (checks.premises) return 'The premises have already been visited.'
      if (!auditType) return 'Select the case for a field audit first.'
      if (auditType === 'desk')
        return 'This is a desk audit: premises are visited only in a field audit (choose field when goods, premises or full books must be seen).'
      return decided
    case 'audit.closeNoChange':
    case 'audit.draftFindings': {
      if (decided) return decided
      if (!auditType) return 'Select the case for audit first.'
      if (sentOn && type === 'audit.closeNoChange')
        return 'The preliminary findings have already been sent: issue the assessment or redraft after the reply.'
      if (!checks.records) return 'Examine the records first: findings must rest on the books and documents.'
      if (auditType === 'field' && !checks.premises) return 'Visit the premises first: this is a field audit.'
      if (type === 'audit.draftFindings' && sentOn && !checks.reply)
        return 'The preliminary findings have already been sent: wait for the reply before redrafting.'
      return undefined
    }
    case 'audit.sendFindings':
      if (sentOn) return 'The preliminary findings have already been sent.'
      return findings ? decided : 'Draft the findings first.'
    case 'audit.reviewReply':
      if (checks.reply) return "The taxpayer's reply has already been reviewed."
      return sentOn ? decided : 'Send the preliminary findings first: the taxpayer replies to them.'
    case 'audit.issueAssessment': {
      if (decided) return decided
      if (!findings) return 'Draft the findings first.'
      if (!sentOn) return 'Send the preliminary findings first: the taxpayer has the right to reply.'
      const deadline = replyDeadline(context)!
      if (!checks.reply && context.today <= deadline)
        return `The taxpayer has until ${deadline} to reply to the preliminary findings; review the reply or wait for the window to close.`
      return undefined
    }
    case 'audit.refer':
      if (decided) return decided
      if (!findings) return 'Draft the findings first: a referral must set out the facts.'
      return findings.category === 'fraud'
        ? undefined
        : 'A referral needs findings of intent: draft the findings in the fraud category first.'
    default:
      return undefined
  }
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && list.includes(v as T)

/** Problems with a command's own fields. */
export function auditProblem(command: Command): string | undefined {
  switch (command.type) {
    case 'audit.select':
      if (!oneOf(AUDIT_TYPES, command.auditType)) return 'Choose desk or field audit.'
      return oneOf(RISK_RULES, command.reason)
        ? undefined
        : 'Record why the case is selected: choose the risk rule that justifies the audit.'
    case 'audit.notSelect':
      return oneOf(NOT_SELECT_REASONS, command.reason)
        ? undefined
        : 'Record why the case is not selected: the audit trail must show a reason either way.'
    case 'audit.draftFindings':
      if (!isInt(command.adjustment) || command.adjustment < 0)
        return 'Enter the adjustment as an amount of money.'
      if (command.adjustment === 0)
        return 'An adjustment of zero is a no-change audit: close the case with no change instead.'
      return oneOf(PENALTY_CATEGORIES, command.category)
        ? undefined
        : 'Choose the penalty category: honest error, negligence or fraud.'
    default:
      return undefined
  }
}

const mark = (check: AuditCheck) => ({
  guard: 'allowed' as const,
  actions: { type: 'markChecked' as const, params: { check } },
})

const evidenceSteps = {
  'audit.checkThirdParty': mark('thirdParty'),
  'audit.checkBenchmark': mark('benchmark'),
  'audit.checkHistory': mark('history'),
  'audit.checkSuppliers': mark('suppliers'),
}

export const auditMachine = setup({
  types: {
    context: {} as AuditContext,
    events: {} as AuditEvent,
    input: {} as AuditInput,
  },
  guards: {
    /** The procedure allows this command now and its fields are complete (see auditBlocker, auditProblem). */
    allowed: ({ context, event }) =>
      event.type !== 'clock.tick' &&
      auditBlocker(context, event.type) === undefined &&
      auditProblem(event as unknown as Command) === undefined,
  },
  actions: {
    tick: assign(({ context, event }) => ({
      today: event.type === 'clock.tick' && event.today > context.today ? event.today : context.today,
    })),
    markChecked: assign(({ context }, params: { check: AuditCheck }) => ({
      checks: { ...context.checks, [params.check]: true },
    })),
    recordSelection: assign(({ event }) =>
      event.type === 'audit.select' ? { auditType: event.auditType, selectReason: event.reason } : {},
    ),
    recordNotSelected: assign(({ event }) =>
      event.type === 'audit.notSelect' ? { notSelectReason: event.reason } : {},
    ),
    recordFindings: assign(({ context, event }) =>
      event.type === 'audit.draftFindings'
        ? {
            findings: computeFindings(
              context,
              event.adjustment,
              event.category,
              context.today,
              context.jurisdiction,
            ),
            sentOn: undefined,
            checks: { ...context.checks, reply: false },
          }
        : {},
    ),
    markSent: assign(({ context }) => ({ sentOn: context.today })),
    post: assign(({ context }) => {
      const drafted = context.findings!
      const findings = computeFindings(
        context,
        drafted.adjustment,
        drafted.category,
        context.today,
        context.jurisdiction,
      )
      return { findings, postings: assessmentEntries(context, findings, context.today, context.jurisdiction) }
    }),
  },
}).createMachine({
  id: 'audit',
  context: ({ input }) => ({
    ...input,
    checks: {
      thirdParty: false,
      benchmark: false,
      history: false,
      suppliers: false,
      records: false,
      premises: false,
      reply: false,
    },
    postings: [],
  }),
  on: { 'clock.tick': { actions: 'tick' } },
  initial: 'screening',
  states: {
    screening: {
      on: {
        ...evidenceSteps,
        'audit.select': { target: 'examination', guard: 'allowed', actions: 'recordSelection' },
        'audit.notSelect': { target: 'notSelected', guard: 'allowed', actions: 'recordNotSelected' },
      },
    },
    examination: {
      on: {
        ...evidenceSteps,
        'audit.requestRecords': mark('records'),
        'audit.inspectPremises': mark('premises'),
        'audit.draftFindings': { target: 'findingsDrafted', guard: 'allowed', actions: 'recordFindings' },
        'audit.closeNoChange': { target: 'closedNoChange', guard: 'allowed' },
      },
    },
    findingsDrafted: {
      on: {
        ...evidenceSteps,
        'audit.draftFindings': { target: 'findingsDrafted', guard: 'allowed', actions: 'recordFindings' },
        'audit.sendFindings': { target: 'awaitingReply', guard: 'allowed', actions: 'markSent' },
        'audit.closeNoChange': { target: 'closedNoChange', guard: 'allowed' },
        'audit.refer': { target: 'referred', guard: 'allowed', actions: 'post' },
      },
    },
    awaitingReply: {
      on: {
        'audit.reviewReply': { target: 'replyReceived', ...mark('reply') },
        'audit.issueAssessment': { target: 'assessed', guard: 'allowed', actions: 'post' },
        'audit.refer': { target: 'referred', guard: 'allowed', actions: 'post' },
      },
    },
    replyReceived: {
      on: {
        'audit.draftFindings': { target: 'findingsDrafted', guard: 'allowed', actions: 'recordFindings' },
        'audit.issueAssessment': { target: 'assessed', guard: 'allowed', actions: 'post' },
        'audit.refer': { target: 'referred', guard: 'allowed', actions: 'post' },
      },
    },
    notSelected: { type: 'final' },
    closedNoChange: { type: 'final' },
    assessed: { type: 'final' },
    referred: { type: 'final' },
  },
})

export const AUDIT_STATE_LABELS: Record<string, string> = {
  screening: 'Risk candidate — screening',
  examination: 'Audit open — examination',
  findingsDrafted: 'Findings drafted',
  awaitingReply: 'Preliminary findings sent — awaiting reply',
  replyReceived: 'Reply received',
  notSelected: 'Not selected (reason recorded)',
  closedNoChange: 'Closed with no change',
  assessed: 'Final assessment issued',
  referred: 'Referred to investigation',
}
