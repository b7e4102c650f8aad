/**
 * Return filing and processing through the process contract: the machine, its commands, the
 * evidence panels each step reveals, the naive officer's prefilled values and the grading.
 */
import { day, money, msg, type Msg } from '../../primitives/message'
import { percentOf } from '../../rules/money'
import { lateFilingPenalty } from '../../rules/penalties'
import type { LedgerEntry } from '../../world/types'
import type {
  CaseRecord,
  Command,
  FieldReference,
  FieldDefault,
  Panel,
  ProcessEnv,
  ProcessModule,
} from '../contract'
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
import { BLANK_LINES } from './received-cases'
import { assessmentPanel, claimPanel, mathErrorNoticePanel, validationPanel } from './decision-panels'
import { PANEL_NAMES, historyPanel, ledgerPanel, noticesPanel, returnPanel, thirdPartyPanel } from './panels'
import { withId, withTin } from '../../world/lookup'

function input(record: CaseRecord<FilingCaseData>, env: ProcessEnv): FilingInput {
  const d = record.data
  const filed = withId(env.world.returns, d.returnId)
  return {
    jurisdiction: env.jurisdiction,
    today: env.today,
    period: d.period,
    returnDueOn: d.returnDueOn,
    filedOn: d.situation === 'received' ? (filed?.filedOn ?? null) : null,
    declaredTaxDue: d.situation === 'received' ? (filed?.taxDue ?? 0) : 0,
    hasClaim: d.claim !== null,
    response: d.response,
    account: { caseId: record.id, tin: record.tin },
  }
}

/**
 * What a filing decision posts to the VAT account (docs/domain.md §One ledger): an accepted
 * return its self-assessment (dated on the return's due date, like every posted return) and the
 * late-filing penalty when applied; a corrected return the self-assessment as declared and the
 * correction as an adjustment; a default assessment that stands, the assessed tax. The payment
 * sent with a return is already on the account, waiting for the return to be posted.
 */
function filingPostings(c: FilingContext): LedgerEntry[] {
  const a = c.account
  const decided = c.decided
  if (!a || !decided) return []
  const { command, on } = decided
  const base = { tin: a.tin, taxType: 'VAT' as const, period: c.period, date: on, ref: a.caseId }
  const declared = (): LedgerEntry[] =>
    c.declaredTaxDue !== 0
      ? [
          {
            ...base,
            id: `${a.caseId}-SA`,
            date: c.returnDueOn,
            kind: 'self-assessment',
            amount: c.declaredTaxDue,
            note: msg('filing.world.note.returnPostedDecision'),
          },
        ]
      : []
  switch (command.type) {
    case DECISION.accept: {
      const filed = c.arrivedOn ?? c.filedOn
      const penalty =
        command.penalty === 'apply' && filed
          ? lateFilingPenalty(Math.max(0, c.declaredTaxDue), c.returnDueOn, filed, c.jurisdiction)
          : 0
      return [
        ...declared(),
        ...(penalty > 0
          ? [
              {
                ...base,
                id: `${a.caseId}-PEN`,
                kind: 'penalty' as const,
                amount: penalty,
                note: msg('filing.world.note.lateFilingPenaltyDecision'),
              },
            ]
          : []),
      ]
    }
    case DECISION.correctMathError: {
      const corrected = Number(command.correctedTaxDue)
      const change = Number.isInteger(corrected) ? corrected - c.declaredTaxDue : 0
      return [
        ...declared(),
        ...(change !== 0
          ? [
              {
                ...base,
                id: `${a.caseId}-ADJ`,
                kind: 'adjustment' as const,
                amount: change,
                note: msg('filing.world.note.mathError'),
              },
            ]
          : []),
      ]
    }
    case DECISION.closeAssessed:
      return c.assessed && c.assessed.amount > 0
        ? [
            {
              ...base,
              id: `${a.caseId}-DA`,
              date: c.assessed.on,
              kind: 'default-assessment',
              amount: c.assessed.amount,
              note: msg('filing.world.note.defaultAssessment'),
            },
          ]
        : []
    default:
      return []
  }
}

function reveal(
  record: CaseRecord<FilingCaseData>,
  command: Command,
  env: ProcessEnv,
  context: FilingContext,
): Panel[] {
  const { world, jurisdiction: j } = env
  switch (command.type) {
    case STEP.viewHistory:
      return [historyPanel(record, world)]
    case STEP.checkThirdParty:
      return [thirdPartyPanel(record, world, j, context)]
    case STEP.viewLedger:
      return [ledgerPanel(record, world)]
    case STEP.validate:
      return context.arrivedOn
        ? [returnPanel(record, world, context), validationPanel(record, world, j, context)]
        : [validationPanel(record, world, j, context)]
    case STEP.examineClaim:
      return [claimPanel(record, j)]
    case STEP.sendDemand:
      // Panels are revealed before the machine takes the step, so the demand is served today.
      return [
        noticesPanel(record, j, { ...context, demandServedOn: context.demandServedOn ?? context.today }),
      ]
    case STEP.defaultAssessment:
      return [assessmentPanel(record, context, Number(command.amount), String(command.basis))]
    case DECISION.correctMathError:
      return [mathErrorNoticePanel(record, j, context, Number(command.correctedTaxDue))]
    default:
      return []
  }
}

/** What a hurried officer would enter: the figures as shown, the penalty by the calendar. */
function reference(
  record: CaseRecord<FilingCaseData>,
  env: ProcessEnv,
  context: FilingContext,
): Record<string, Record<string, FieldReference>> {
  const t = withTin(env.world.taxpayers, record.tin)[0]
  const filed = context.arrivedOn ?? context.filedOn
  const late = filed !== null && filed > context.returnDueOn
  const grossMonthly = percentOf(
    Math.round((t?.turnover ?? 0) / 12),
    env.jurisdiction.rates.vat,
    env.jurisdiction.rounding,
  )
  return {
    [DECISION.accept]: {
      penalty: {
        text: filed
          ? msg('filing.reference.dueFiled', { due: day(context.returnDueOn), filed: day(filed) })
          : msg('filing.reference.due', { due: day(context.returnDueOn) }),
        value: late ? 'apply' : 'none',
      },
    },
    [DECISION.correctMathError]: {
      correctedTaxDue: {
        text: msg('filing.reference.declared', { amount: money(context.declaredTaxDue) }),
        value: context.declaredTaxDue,
      },
    },
    [STEP.defaultAssessment]: {
      amount: {
        text: msg('filing.reference.registerTurnover', { amount: money(Math.max(1, grossMonthly)) }),
        value: Math.max(1, grossMonthly),
      },
      basis: { value: 'register-turnover' },
    },
  }
}

/**
 * Letters' wording a hurried officer would leave as it is, in the officer's language; graded
 * fields are in `reference`.
 */
function defaults(): Record<string, Record<string, FieldDefault>> {
  return {
    [DECISION.referForReview]: { reason: msg('filing.default.referReason') },
    [DECISION.reject]: { reason: msg('filing.default.rejectReason') },
  }
}

/**
 * The reason the best sequence gives where it refers or rejects a return, by the case's kind.
 * The world keeps the English sentence it always stored in `best` (so its digest stays); a
 * scripted officer types this message instead, in the scenario's language.
 */
const BEST_REASON: Partial<Record<string, Record<string, Record<string, Msg>>>> = {
  'nil-filer-with-activity': {
    [DECISION.referForReview]: { reason: msg('filing.truth.bestReason.nilFiler') },
  },
  'understated-return': { [DECISION.referForReview]: { reason: msg('filing.truth.bestReason.understated') } },
  'incomplete-return': {
    [DECISION.reject]: {
      reason: msg('filing.truth.bestReason.incomplete', BLANK_LINES),
    },
  },
}

export const filingModule: ProcessModule<FilingContext, FilingCaseData> = {
  id: 'filing',
  machine: filingMachine,
  commands: FILING_COMMANDS,
  stateLabels: FILING_STATE_LABELS,
  panelNames: PANEL_NAMES,
  input,
  blocker: filingBlocker,
  problem: (context, command) => filingProblem(context, command as FilingCommand),
  initialPanels: (record, env) => [returnPanel(record, env.world), noticesPanel(record, env.jurisdiction)],
  reveal,
  defaults,
  waitingSince: (context) => context.demandServedOn ?? undefined,
  reference,
  postings: filingPostings,
  bestWording: (truth) => BEST_REASON[truth.kind],
  grade: gradeFiling,
}

export const module = filingModule
