/**
 * Return filing and processing through the process contract: the machine, its commands, the
 * evidence panels each step reveals, the naive officer's prefilled values and the grading.
 */
import { percentOf } from '../../rules/money'
import type { CaseRecord, Command, FieldValue, Panel, ProcessEnv, ProcessModule } from '../contract'
import type { FilingCaseData } from './case-data'
import { DECISION, FILING_COMMANDS, STEP, type FilingCommand } from './commands'
import {
  FILING_STATE_LABELS,
  filingBlocker,
  filingMachine,
  filingProblem,
  type FilingContext,
  type FilingInput,
} from './filing.machine'
import { gradeFiling } from './grade'
import { assessmentPanel, claimPanel, mathErrorNoticePanel, validationPanel } from './decision-panels'
import { historyPanel, ledgerPanel, noticesPanel, returnPanel, thirdPartyPanel } from './panels'

const data = (record: CaseRecord) => record.data as FilingCaseData

function input(record: CaseRecord, env: ProcessEnv): FilingInput {
  const d = data(record)
  const filed = env.world.returns.find((r) => r.id === d.returnId)
  return {
    jurisdiction: env.jurisdiction,
    today: env.today,
    period: d.period,
    returnDueOn: d.returnDueOn,
    filedOn: d.situation === 'received' ? (filed?.filedOn ?? null) : null,
    declaredTaxDue: d.situation === 'received' ? (filed?.taxDue ?? 0) : 0,
    hasClaim: d.claim !== null,
    response: d.response,
  }
}

function reveal(record: CaseRecord, command: Command, env: ProcessEnv, context: FilingContext): Panel[] {
  const { world, jurisdiction: j } = env
  switch (command.type) {
    case STEP.viewHistory:
      return [historyPanel(record, world, j)]
    case STEP.checkThirdParty:
      return [thirdPartyPanel(record, world, j, context)]
    case STEP.viewLedger:
      return [ledgerPanel(record, world, j)]
    case STEP.validate:
      return context.arrivedOn
        ? [returnPanel(record, world, j, context), validationPanel(record, world, j, context)]
        : [validationPanel(record, world, j, context)]
    case STEP.examineClaim:
      return [claimPanel(record, j)]
    case STEP.sendDemand:
      // Panels are revealed before the machine takes the step, so the demand is served today.
      return [
        noticesPanel(record, j, { ...context, demandServedOn: context.demandServedOn ?? context.today }),
      ]
    case STEP.defaultAssessment:
      return [assessmentPanel(record, j, context, Number(command.amount), String(command.basis))]
    case DECISION.correctMathError:
      return [mathErrorNoticePanel(record, j, context, Number(command.correctedTaxDue))]
    default:
      return []
  }
}

/** What a hurried officer would enter: the figures as shown, the penalty by the calendar. */
function defaults(
  record: CaseRecord,
  env: ProcessEnv,
  context: FilingContext,
): Record<string, Record<string, FieldValue>> {
  const t = env.world.taxpayers.find((x) => x.tin === record.tin)
  const filed = context.arrivedOn ?? context.filedOn
  const late = filed !== null && filed > context.returnDueOn
  const grossMonthly = percentOf(
    Math.round((t?.turnover ?? 0) / 12),
    env.jurisdiction.rates.vat,
    env.jurisdiction.rounding,
  )
  return {
    [DECISION.accept]: { penalty: late ? 'apply' : 'none' },
    [DECISION.correctMathError]: { correctedTaxDue: context.declaredTaxDue },
    [DECISION.referForReview]: { reason: 'Figures to be checked' },
    [DECISION.reject]: { reason: 'Return not acceptable' },
    [STEP.defaultAssessment]: { amount: Math.max(1, grossMonthly), basis: 'register-turnover' },
  }
}

export const filingModule: ProcessModule<FilingContext> = {
  id: 'filing',
  machine: filingMachine,
  commands: FILING_COMMANDS,
  stateLabels: FILING_STATE_LABELS,
  input,
  blocker: (context, type) => filingBlocker(context, type),
  problem: (context, command) => filingProblem(context, command as FilingCommand),
  initialPanels: (record, env) => [
    returnPanel(record, env.world, env.jurisdiction),
    noticesPanel(record, env.jurisdiction),
  ],
  reveal,
  defaults,
  grade: gradeFiling,
}

export const module = filingModule
