/**
 * The filing procedure in an officer's words: what the case knows (context), when a step or
 * decision is allowed (filingBlocker) and what is wrong with a command's fields (filingProblem).
 * The machine's guards call these, and so does the session to explain a disabled button.
 */
import type { Jurisdiction } from '../../scenario/schema'
import { addDays, daysBetween } from '../../primitives/calendar'
import { day, msg, type Msg, type Refusal } from '../../primitives/message'
import type { IsoDate } from '../../world/types'
import type { LaterReturn } from './case-data'
import {
  DECISION,
  ESTIMATE_BASES,
  PENALTY_CHOICES,
  STEP,
  type FilingCommand,
  type FilingCommandType,
} from './commands'
import { demandExpiry } from './rules'

export interface FilingInput {
  jurisdiction: Jurisdiction
  today: IsoDate
  period: string
  returnDueOn: IsoDate
  /** When the return was filed; null while it has not come. */
  filedOn: IsoDate | null
  /** Net VAT as declared on the return that is on file (0 when none). */
  declaredTaxDue: number
  hasClaim: boolean
  /** What the taxpayer does after a demand (the world's behaviour). */
  response: LaterReturn | null
  /** The case and its taxpayer, the reference of what its decision posts to the account. */
  account?: { caseId: string; tin: string }
}

export const CHECKS = ['history', 'thirdParty', 'ledger', 'validation', 'claim'] as const
export type FilingCheck = (typeof CHECKS)[number]

export interface FilingContext extends FilingInput {
  checks: Record<FilingCheck, boolean>
  demandServedOn: IsoDate | null
  /** Set when a return arrives after a demand to file. */
  arrivedOn: IsoDate | null
  /** The default assessment issued, until a return replaces it. */
  assessed: { on: IsoDate; amount: number } | null
  /** A default assessment the arrived return replaced. */
  replaced: { on: IsoDate; amount: number } | null
  /** The closing decision and its day, for what it posts to the account. */
  decided?: { command: FilingCommand; on: IsoDate }
}

export type FilingEvent = FilingCommand | { type: 'clock.tick'; today: IsoDate }

/** The date a return filed in response to the demand arrives, or null if the taxpayer never files. */
export function arrivalDate(context: FilingContext): IsoDate | null {
  if (!context.demandServedOn || !context.response) return null
  return addDays(
    context.demandServedOn,
    context.jurisdiction.deadlines.deemedReceiptDays + context.response.afterDays,
  )
}

/** A return is on file: filed before the case opened or arrived after the demand. */
export const hasReturn = (c: FilingContext) => c.filedOn !== null || c.arrivedOn !== null

/** The date the return on file was filed. */
export const filedDate = (c: FilingContext): IsoDate | null => c.arrivedOn ?? c.filedOn

const done = (reason: Msg): Refusal => ({ reason, done: true })
const refuse = (reason: Msg): Refusal => ({ reason })

/**
 * Why a command cannot be taken now, or undefined when the procedure allows it; `done` for a
 * step already taken, which the screen hides.
 */
export function filingBlocker(c: FilingContext, type: string): Refusal | undefined {
  switch (type as FilingCommandType) {
    case STEP.viewHistory:
      return c.checks.history ? done(msg('filing.blocker.historyOpen')) : undefined
    case STEP.checkThirdParty:
      return c.checks.thirdParty ? done(msg('filing.blocker.thirdPartyChecked')) : undefined
    case STEP.viewLedger:
      return c.checks.ledger ? done(msg('filing.blocker.ledgerOpen')) : undefined
    case STEP.validate:
      if (!hasReturn(c)) return refuse(msg('filing.blocker.nothingToValidate'))
      return c.checks.validation ? done(msg('filing.blocker.alreadyValidated')) : undefined
    case STEP.examineClaim:
      if (!c.hasClaim || c.arrivedOn) return refuse(msg('filing.blocker.noClaim'))
      return c.checks.claim ? done(msg('filing.blocker.claimExamined')) : undefined
    case STEP.sendDemand:
      if (c.demandServedOn) return done(msg('filing.blocker.demandServed', { on: day(c.demandServedOn) }))
      if (hasReturn(c)) return refuse(msg('filing.blocker.nothingToDemand'))
      return c.checks.history ? undefined : refuse(msg('filing.blocker.historyFirst'))
    case DECISION.accept:
    case DECISION.correctMathError:
    case DECISION.reject:
    case DECISION.referForReview:
      return decisionBlocker(c, type)
    case STEP.defaultAssessment:
    case DECISION.closeAssessed:
    case DECISION.startDormancy:
      return nonFilerBlocker(c, type)
    default:
      return refuse(msg('filing.blocker.notAStep', { type }))
  }
}

/** The decisions on a return that is on file. */
function decisionBlocker(c: FilingContext, type: string): Refusal | undefined {
  if (!hasReturn(c)) return refuse(msg('filing.blocker.needsReturn'))
  if (!c.checks.validation) return refuse(msg('filing.blocker.validateFirst'))
  if (type !== DECISION.referForReview) return undefined
  return c.checks.thirdParty || c.checks.history ? undefined : refuse(msg('filing.blocker.referNeedsGrounds'))
}

/** The steps for a return that never came: assess by default, close on it, or find it dormant. */
function nonFilerBlocker(c: FilingContext, type: string): Refusal | undefined {
  const received = hasReturn(c)
  const expiry = c.demandServedOn ? demandExpiry(c.demandServedOn, c.jurisdiction) : null
  const runs = (id: string) => refuse(msg(id, { until: day(addDays(expiry!, -1)), from: day(expiry!) }))
  switch (type) {
    case STEP.defaultAssessment:
      if (c.assessed) return done(msg('filing.blocker.alreadyAssessed', { on: day(c.assessed.on) }))
      if (received) return refuse(msg('filing.blocker.returnArrivedProcess'))
      if (!expiry) return refuse(msg('filing.blocker.demandFirst'))
      return c.today < expiry ? runs('filing.blocker.demandRuns') : undefined
    case DECISION.closeAssessed:
      if (received) return refuse(msg('filing.blocker.returnReplacesAssessment'))
      return c.assessed ? undefined : refuse(msg('filing.blocker.assessFirst'))
    default:
      if (received) return refuse(msg('filing.blocker.notDormantFiled'))
      if (c.assessed) return refuse(msg('filing.blocker.notDormantAssessed'))
      if (!c.checks.thirdParty) return refuse(msg('filing.blocker.thirdPartyFirst'))
      return expiry && c.today < expiry ? runs('filing.blocker.demandRunsWait') : undefined
  }
}

function penaltyProblem(c: FilingContext, penalty: unknown): Msg | undefined {
  if (!PENALTY_CHOICES.includes(penalty as never)) return msg('filing.problem.choosePenalty')
  const filed = filedDate(c) ?? c.today
  const late = filed > c.returnDueOn
  if (!late && penalty !== 'none')
    return msg('filing.problem.onTime', { due: day(c.returnDueOn), filed: day(filed) })
  if (late && penalty === 'none')
    return msg('filing.problem.late', { days: daysBetween(c.returnDueOn, filed) })
  if (penalty === 'waive' && (!c.hasClaim || c.arrivedOn)) return msg('filing.problem.noClaim')
  if (penalty === 'waive' && !c.checks.claim) return msg('filing.problem.examineClaim')
  return undefined
}

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** Problems with a command's own fields, judged by the case and the profile. */
export function filingProblem(c: FilingContext, command: FilingCommand): Msg | undefined {
  switch (command.type) {
    case DECISION.accept:
      return penaltyProblem(c, command.penalty)
    case DECISION.correctMathError: {
      const amount = command.correctedTaxDue
      return typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0
        ? msg('filing.problem.correctedAmount')
        : undefined
    }
    case DECISION.referForReview:
      return hasText(command.reason) ? undefined : msg('filing.problem.doubt')
    case DECISION.reject:
      return hasText(command.reason) ? undefined : msg('filing.problem.defect')
    case STEP.defaultAssessment: {
      const amount = command.amount
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0)
        return msg('filing.problem.assessmentAmount')
      return ESTIMATE_BASES.includes(command.basis as never) ? undefined : msg('filing.problem.basis')
    }
    default:
      return undefined
  }
}
