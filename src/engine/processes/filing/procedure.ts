/**
 * The filing procedure in an officer's words: what the case knows (context), when a step or
 * decision is allowed (filingBlocker) and what is wrong with a command's fields (filingProblem).
 * The machine's guards call these, and so does the session to explain a disabled button.
 */
import type { Jurisdiction } from '../../scenario/schema'
import { addDays, daysBetween } from '../../primitives/calendar'
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

/**
 * Why a command cannot be taken now (officer's words), or undefined when the procedure allows
 * it. Steps already done say "already" so the screen can hide them.
 */
export function filingBlocker(c: FilingContext, type: string): string | undefined {
  const received = hasReturn(c)
  const expiry = c.demandServedOn ? demandExpiry(c.demandServedOn, c.jurisdiction) : null
  const needsReturn = 'No return has been received for this period: there is nothing to process yet.'
  switch (type as FilingCommandType) {
    case STEP.viewHistory:
      return c.checks.history ? 'The filing history is already open.' : undefined
    case STEP.checkThirdParty:
      return c.checks.thirdParty ? 'The third-party data has already been checked.' : undefined
    case STEP.viewLedger:
      return c.checks.ledger ? 'The taxpayer account is already open.' : undefined
    case STEP.validate:
      if (!received) return 'There is no return to validate: it has not been filed.'
      return c.checks.validation ? 'The return has already been validated.' : undefined
    case STEP.examineClaim:
      if (!c.hasClaim || c.arrivedOn) return 'The taxpayer has not sent a reasonable-cause claim.'
      return c.checks.claim ? 'The claim has already been examined.' : undefined
    case STEP.sendDemand:
      if (c.demandServedOn) return `A demand to file was already served on ${c.demandServedOn}.`
      if (received) return 'The return has been received: there is nothing to demand.'
      return c.checks.history
        ? undefined
        : 'Open the filing history first, to confirm which returns are missing.'
    case DECISION.accept:
    case DECISION.correctMathError:
    case DECISION.reject:
      if (!received) return needsReturn
      return c.checks.validation ? undefined : 'Validate the return first.'
    case DECISION.referForReview:
      if (!received) return needsReturn
      if (!c.checks.validation) return 'Validate the return first.'
      return c.checks.thirdParty || c.checks.history
        ? undefined
        : 'Check the third-party data or the filing history first: a referral must say what the doubt rests on.'
    case STEP.defaultAssessment:
      if (c.assessed) return `A default assessment was already issued on ${c.assessed.on}.`
      if (received)
        return 'The return has arrived: process it. A default assessment is only for a return that never came.'
      if (!expiry)
        return 'Serve a demand to file first: the taxpayer must be asked to file before the tax is estimated.'
      return c.today < expiry
        ? `The demand to file runs until ${addDays(expiry, -1)}: a default assessment is lawful from ${expiry}.`
        : undefined
    case DECISION.closeAssessed:
      if (received) return 'The return has arrived and replaces the default assessment: process it.'
      return c.assessed ? undefined : 'Issue a default assessment first; the case closes on it.'
    case DECISION.startDormancy:
      if (received) return 'The taxpayer has filed: it is not dormant.'
      if (c.assessed) return 'A default assessment has been issued: the taxpayer was found to be trading.'
      if (!c.checks.thirdParty)
        return 'Check the third-party data first: dormancy is only for taxpayers with no activity.'
      return expiry && c.today < expiry
        ? `A demand to file runs until ${addDays(expiry, -1)}: wait for the taxpayer's answer.`
        : undefined
    default:
      return `"${type}" is not a step of return processing.`
  }
}

/** Problems with a command's own fields, judged by the case and the profile. */
export function filingProblem(c: FilingContext, command: FilingCommand): string | undefined {
  switch (command.type) {
    case DECISION.accept: {
      const penalty = command.penalty
      if (!PENALTY_CHOICES.includes(penalty as never))
        return 'Choose what happens to the late-filing penalty.'
      const filed = filedDate(c) ?? c.today
      const late = filed > c.returnDueOn
      if (!late && penalty !== 'none')
        return `The return was filed on time (due ${c.returnDueOn}, filed ${filed}): no late-filing penalty applies.`
      if (late && penalty === 'none')
        return `The return is ${daysBetween(c.returnDueOn, filed)} days late: apply the penalty, or waive it for a documented reasonable cause.`
      if (penalty === 'waive' && (!c.hasClaim || c.arrivedOn))
        return 'There is no reasonable-cause claim on file: a penalty is waived only for a documented cause.'
      if (penalty === 'waive' && !c.checks.claim)
        return "Examine the taxpayer's claim before waiving the penalty."
      return undefined
    }
    case DECISION.correctMathError: {
      const amount = command.correctedTaxDue
      return typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0
        ? 'Enter the corrected net VAT (zero or more).'
        : undefined
    }
    case DECISION.referForReview:
      return typeof command.reason === 'string' && command.reason.trim()
        ? undefined
        : 'Say what the doubt is: the reviewer starts from it.'
    case DECISION.reject:
      return typeof command.reason === 'string' && command.reason.trim()
        ? undefined
        : 'Name the structural defect: it goes in the letter to the taxpayer.'
    case STEP.defaultAssessment: {
      const amount = command.amount
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0)
        return 'A default assessment must be a positive amount.'
      return ESTIMATE_BASES.includes(command.basis as never)
        ? undefined
        : 'Say what the estimate is based on.'
    }
    default:
      return undefined
  }
}
