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
import { day, msg, type Msg, type Refusal, type Text } from '../../primitives/message'
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

const EVIDENCE_STEP: Partial<Record<AuditCommandType, [AuditCheck, Msg]>> = {
  'audit.checkThirdParty': ['thirdParty', msg('audit.blocker.thirdPartyDone')],
  'audit.checkBenchmark': ['benchmark', msg('audit.blocker.benchmarkDone')],
  'audit.checkHistory': ['history', msg('audit.blocker.historyDone')],
  'audit.checkSuppliers': ['suppliers', msg('audit.blocker.suppliersDone')],
}

const done = (reason: Msg): Refusal => ({ reason, done: true })
const refuse = (reason: Msg): Refusal => ({ reason })

/** A decided case refuses every step as done: screened out, or assessed. */
function decidedOf(context: AuditContext): Refusal | undefined {
  if (context.notSelectReason) return done(msg('audit.blocker.screenedOut'))
  return context.postings.length ? done(msg('audit.blocker.decided')) : undefined
}

function evidenceBlocker(context: AuditContext, type: AuditCommandType): Refusal | undefined | null {
  const evidence = EVIDENCE_STEP[type]
  if (!evidence) return null
  if (context.checks[evidence[0]]) return done(evidence[1])
  if (type === 'audit.checkSuppliers' && context.inputVat <= 0) return refuse(msg('audit.blocker.noInputVat'))
  return decidedOf(context)
}

function examinationBlocker(context: AuditContext, type: AuditCommandType): Refusal | undefined {
  const { checks, auditType, sentOn } = context
  const decided = decidedOf(context)
  if (decided) return decided
  if (!auditType) return refuse(msg('audit.blocker.selectFirst'))
  if (sentOn && type === 'audit.closeNoChange') return done(msg('audit.blocker.findingsSentClose'))
  if (!checks.records) return refuse(msg('audit.blocker.recordsFirst'))
  if (auditType === 'field' && !checks.premises) return refuse(msg('audit.blocker.premisesFirst'))
  if (type === 'audit.draftFindings' && sentOn && !checks.reply)
    return done(msg('audit.blocker.findingsSentRedraft'))
  return undefined
}

function decisionBlocker(context: AuditContext, type: AuditCommandType): Refusal | undefined {
  const { findings, sentOn } = context
  const decided = decidedOf(context)
  if (decided) return decided
  if (type === 'audit.refer') {
    if (!findings) return refuse(msg('audit.blocker.draftFirstReferral'))
    return findings.category === 'fraud' ? undefined : refuse(msg('audit.blocker.referralNeedsFraud'))
  }
  if (!findings) return refuse(msg('audit.blocker.draftFirst'))
  if (!sentOn) return refuse(msg('audit.blocker.sendFirstRight'))
  const deadline = replyDeadline(context)!
  if (!context.checks.reply && context.today <= deadline)
    return refuse(msg('audit.blocker.replyWindow', { deadline: day(deadline) }))
  return undefined
}

/**
 * Why a command cannot be taken in this context, or undefined when the procedure allows it.
 * Steps already taken are refused as `done` (the screen hides them).
 */
export function auditBlocker(context: AuditContext, type: AuditCommandType): Refusal | undefined {
  const { checks, auditType, findings, sentOn } = context
  const evidence = evidenceBlocker(context, type)
  if (evidence !== null) return evidence
  switch (type) {
    case 'audit.select':
      if (auditType) return done(msg('audit.blocker.selected', { auditType }))
      return decidedOf(context)
    case 'audit.notSelect':
      return decidedOf(context) ?? (auditType ? done(msg('audit.blocker.auditOpen')) : undefined)
    case 'audit.requestRecords':
      if (checks.records) return done(msg('audit.blocker.recordsDone'))
      return auditType ? decidedOf(context) : refuse(msg('audit.blocker.selectFirstRecords'))
    case 'audit.inspectPremises':
      if (checks.premises) return done(msg('audit.blocker.premisesDone'))
      if (!auditType) return refuse(msg('audit.blocker.selectFieldFirst'))
      if (auditType === 'desk') return refuse(msg('audit.blocker.deskNoPremises'))
      return decidedOf(context)
    case 'audit.closeNoChange':
    case 'audit.draftFindings':
      return examinationBlocker(context, type)
    case 'audit.sendFindings':
      if (sentOn) return done(msg('audit.blocker.findingsSent'))
      return findings ? decidedOf(context) : refuse(msg('audit.blocker.draftFirst'))
    case 'audit.reviewReply':
      if (checks.reply) return done(msg('audit.blocker.replyDone'))
      return sentOn ? decidedOf(context) : refuse(msg('audit.blocker.sendFirst'))
    case 'audit.issueAssessment':
    case 'audit.refer':
      return decisionBlocker(context, type)
    default:
      return undefined
  }
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && list.includes(v as T)

/** Problems with a command's own fields. */
export function auditProblem(command: Command): Msg | undefined {
  switch (command.type) {
    case 'audit.select':
      if (!oneOf(AUDIT_TYPES, command.auditType)) return msg('audit.problem.auditType')
      return oneOf(RISK_RULES, command.reason) ? undefined : msg('audit.problem.selectReason')
    case 'audit.notSelect':
      return oneOf(NOT_SELECT_REASONS, command.reason) ? undefined : msg('audit.problem.notSelectReason')
    case 'audit.draftFindings':
      if (!isInt(command.adjustment) || command.adjustment < 0) return msg('audit.problem.adjustment')
      if (command.adjustment === 0) return msg('audit.problem.zeroAdjustment')
      return oneOf(PENALTY_CATEGORIES, command.category) ? undefined : msg('audit.problem.category')
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
      return { findings, postings: assessmentEntries(context, findings, context.today) }
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

export const AUDIT_STATES = [
  'screening',
  'examination',
  'findingsDrafted',
  'awaitingReply',
  'replyReceived',
  'notSelected',
  'closedNoChange',
  'assessed',
  'referred',
] as const

export const AUDIT_STATE_LABELS: Record<string, Text> = Object.fromEntries(
  AUDIT_STATES.map((state) => [state, msg(`audit.state.${state}`)]),
)
