/**
 * The filing commands in the order a TAMIS screen offers them: procedure steps first, then the
 * decisions that close the case. Every type here is an event of the filing machine.
 */
import { msg, type Msg } from '../../primitives/message'
import type { Command, CommandSpec } from '../contract'

export const STEP = {
  viewHistory: 'filing.viewHistory',
  checkThirdParty: 'filing.checkThirdParty',
  viewLedger: 'filing.viewLedger',
  validate: 'filing.validate',
  examineClaim: 'filing.examineClaim',
  sendDemand: 'filing.sendDemand',
  defaultAssessment: 'filing.issueDefaultAssessment',
} as const

export const DECISION = {
  accept: 'filing.accept',
  correctMathError: 'filing.correctMathError',
  referForReview: 'filing.referForReview',
  reject: 'filing.reject',
  closeAssessed: 'filing.closeWithAssessment',
  startDormancy: 'filing.startDormancy',
} as const

export type StepType = (typeof STEP)[keyof typeof STEP]
export type DecisionType = (typeof DECISION)[keyof typeof DECISION]
export type FilingCommandType = StepType | DecisionType

export const PENALTY_CHOICES = ['none', 'apply', 'waive'] as const
export type PenaltyChoice = (typeof PENALTY_CHOICES)[number]

export const ESTIMATE_BASES = ['prior-returns', 'third-party', 'register-turnover'] as const
export type EstimateBasis = (typeof ESTIMATE_BASES)[number]

/** Each basis as the form offers it. */
export const BASIS_OPTION: Record<EstimateBasis, Msg> = {
  'prior-returns': msg('filing.basis.priorReturns'),
  'third-party': msg('filing.basis.thirdParty'),
  'register-turnover': msg('filing.basis.registerTurnover'),
}

/** Each basis as a served assessment states it. */
export const BASIS_STATED: Record<EstimateBasis, Msg> = {
  'prior-returns': msg('filing.basis.priorReturnsStated'),
  'third-party': msg('filing.basis.thirdPartyStated'),
  'register-turnover': msg('filing.basis.registerTurnoverStated'),
}

export const FILING_COMMANDS: readonly CommandSpec[] = [
  { type: STEP.viewHistory, label: msg('filing.cmd.viewHistory'), final: false },
  { type: STEP.checkThirdParty, label: msg('filing.cmd.checkThirdParty'), final: false },
  { type: STEP.viewLedger, label: msg('filing.cmd.viewLedger'), final: false },
  {
    type: STEP.validate,
    label: msg('filing.cmd.validate'),
    final: false,
    help: msg('filing.cmd.validateHelp'),
  },
  { type: STEP.examineClaim, label: msg('filing.cmd.examineClaim'), final: false },
  {
    type: STEP.sendDemand,
    label: msg('filing.cmd.sendDemand'),
    final: false,
    help: msg('filing.cmd.sendDemandHelp'),
  },
  {
    type: STEP.defaultAssessment,
    label: msg('filing.cmd.defaultAssessment'),
    final: false,
    help: msg('filing.cmd.defaultAssessmentHelp'),
    fields: [
      { name: 'amount', label: msg('filing.field.estimate'), kind: 'money', required: true, graded: true },
      {
        name: 'basis',
        label: msg('filing.field.basis'),
        kind: 'select',
        graded: true,
        required: true,
        options: ESTIMATE_BASES.map((value) => ({ value, label: BASIS_OPTION[value] })),
      },
    ],
  },
  {
    type: DECISION.accept,
    label: msg('filing.cmd.accept'),
    final: true,
    help: msg('filing.cmd.acceptHelp'),
    fields: [
      {
        name: 'penalty',
        label: msg('filing.field.penalty'),
        kind: 'select',
        graded: true,
        required: true,
        options: [
          { value: 'none', label: msg('filing.field.penaltyNone') },
          { value: 'apply', label: msg('filing.field.penaltyApply') },
          { value: 'waive', label: msg('filing.field.penaltyWaive') },
        ],
      },
    ],
  },
  {
    type: DECISION.correctMathError,
    label: msg('filing.cmd.correctMathError'),
    final: true,
    help: msg('filing.cmd.correctMathErrorHelp'),
    fields: [
      {
        name: 'correctedTaxDue',
        label: msg('filing.field.correctedTaxDue'),
        kind: 'money',
        required: true,
        graded: true,
      },
    ],
  },
  {
    type: DECISION.referForReview,
    label: msg('filing.cmd.referForReview'),
    final: true,
    help: msg('filing.cmd.referForReviewHelp'),
    fields: [{ name: 'reason', label: msg('filing.field.doubt'), kind: 'text', required: true }],
  },
  {
    type: DECISION.reject,
    label: msg('filing.cmd.reject'),
    final: true,
    help: msg('filing.cmd.rejectHelp'),
    fields: [{ name: 'reason', label: msg('filing.field.defect'), kind: 'text', required: true }],
  },
  {
    type: DECISION.closeAssessed,
    label: msg('filing.cmd.closeAssessed'),
    final: true,
    help: msg('filing.cmd.closeAssessedHelp'),
  },
  {
    type: DECISION.startDormancy,
    label: msg('filing.cmd.startDormancy'),
    final: true,
    help: msg('filing.cmd.startDormancyHelp'),
  },
]

export const isDecision = (type: string): type is DecisionType =>
  (Object.values(DECISION) as string[]).includes(type)

/** A command of the filing process, as the machine receives it. */
export type FilingCommand = Command & { type: FilingCommandType }
