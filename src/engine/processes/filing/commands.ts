/**
 * The filing commands in the order a TAMIS screen offers them: procedure steps first, then the
 * decisions that close the case. Every type here is an event of the filing machine.
 */
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

export const FILING_COMMANDS: readonly CommandSpec[] = [
  { type: STEP.viewHistory, label: 'Open the filing history', final: false },
  {
    type: STEP.checkThirdParty,
    label: 'Check third-party data (e-invoices, customs)',
    final: false,
  },
  { type: STEP.viewLedger, label: 'Open the taxpayer account', final: false },
  {
    type: STEP.validate,
    label: 'Validate and recompute the return',
    final: false,
    help: 'Structural checks (lines present, no negative amounts) and the arithmetic of every derived line.',
  },
  { type: STEP.examineClaim, label: "Examine the taxpayer's reasonable-cause claim", final: false },
  {
    type: STEP.sendDemand,
    label: 'Serve a demand to file',
    final: false,
    help: 'A formal notice: file within the period or the office will assess the tax by default.',
  },
  {
    type: STEP.defaultAssessment,
    label: 'Issue a default assessment',
    final: false,
    help: 'Lawful only after a demand to file has run out. A return filed later replaces it.',
    fields: [
      { name: 'amount', label: 'Estimated net VAT', kind: 'money', required: true, graded: true },
      {
        name: 'basis',
        label: 'Basis of the estimate',
        kind: 'select',
        graded: true,
        required: true,
        options: [
          { value: 'prior-returns', label: 'Average of prior returns' },
          { value: 'third-party', label: 'Third-party turnover (e-invoices, imports)' },
          { value: 'register-turnover', label: 'Turnover in the register' },
        ],
      },
    ],
  },
  {
    type: DECISION.accept,
    label: 'Accept and post the return',
    final: true,
    help: 'The accepted return is the self-assessment: its tax due is debited to the account.',
    fields: [
      {
        name: 'penalty',
        label: 'Late-filing penalty',
        kind: 'select',
        graded: true,
        required: true,
        options: [
          { value: 'none', label: 'None: filed on time' },
          { value: 'apply', label: 'Apply the penalty of the profile' },
          { value: 'waive', label: 'Waive: documented reasonable cause' },
        ],
      },
    ],
  },
  {
    type: DECISION.correctMathError,
    label: 'Correct the arithmetic and send a math-error notice',
    final: true,
    help: 'Only for obvious arithmetic or transcription errors; the notice gives the taxpayer the right to contest.',
    fields: [
      {
        name: 'correctedTaxDue',
        label: 'Corrected net VAT payable',
        kind: 'money',
        required: true,
        graded: true,
      },
    ],
  },
  {
    type: DECISION.referForReview,
    label: 'Refer for desk review (substantive doubt)',
    final: true,
    help: 'For doubts about the figures themselves: the return is kept and a reviewer examines it.',
    fields: [{ name: 'reason', label: 'What the doubt is', kind: 'text', required: true }],
  },
  {
    type: DECISION.reject,
    label: 'Reject as invalid (structural defect)',
    final: true,
    help: 'Only when the return cannot be processed at all: missing lines, wrong period or TIN.',
    fields: [{ name: 'reason', label: 'The defect', kind: 'text', required: true }],
  },
  {
    type: DECISION.closeAssessed,
    label: 'Close: the default assessment stands',
    final: true,
    help: 'The estimated tax goes to the account and collection follows it up; a later return would still replace it.',
  },
  {
    type: DECISION.startDormancy,
    label: 'Start the dormancy procedure (no activity)',
    final: true,
    help: 'Suspends the filing obligation while the taxpayer is shown to be inactive.',
  },
]

export const isDecision = (type: string): type is DecisionType =>
  (Object.values(DECISION) as string[]).includes(type)

/** A command of the filing process, as the machine receives it. */
export type FilingCommand = Command & { type: FilingCommandType }
