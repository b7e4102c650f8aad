/**
 * The collection rules only this process uses (docs/domain.md §Collection): when a demand notice
 * makes enforcement lawful, what an objection holds back, when an instalment agreement may be
 * granted, which enforcement tool is the least intrusive one that works, how a debt is prioritised,
 * and when a write-off may be proposed and who approves it. Every number comes from the
 * jurisdiction profile; amounts are minor units, dates 'YYYY-MM-DD'.
 */
import { objectionLimit } from '../objections/rules'
import { toMinor, percentOf } from '../../rules/money'
import { money, msg, type Msg } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import type { IsoDate } from '../../world/types'
import type { Agreement, CashFlowMonth, Objection } from './case-data'
import type { EnforcementTool } from './config.schema'

export type CollectionJurisdiction = Pick<Jurisdiction, 'deadlines' | 'currency' | 'rounding' | 'collection'>

export interface DemandDates {
  /** The day the notice counts as received (served + deadlines.deemedReceiptDays). */
  deemedReceivedOn: IsoDate
  /** The last day of the demand period (deemed receipt + deadlines.demandNoticeDays). */
  periodEndsOn: IsoDate
  /** The first day enforcement is lawful. */
  enforceableFrom: IsoDate
}

/**
 * Dates of a demand notice served (mailed) on `servedOn`.
 * Example (deemedReceiptDays 7, demandNoticeDays 30): served 2025-02-01 → deemed received
 * 2025-02-08, period ends 2025-03-10, enforcement lawful from 2025-03-11.
 */
export function demandDates(servedOn: IsoDate, j: Pick<Jurisdiction, 'deadlines'>): DemandDates {
  const deemedReceivedOn = addDays(servedOn, j.deadlines.deemedReceiptDays)
  const periodEndsOn = addDays(deemedReceivedOn, j.deadlines.demandNoticeDays)
  return { deemedReceivedOn, periodEndsOn, enforceableFrom: addDays(periodEndsOn, 1) }
}

/** True when the demand period of a notice served on `servedOn` has run out by `today`. */
export function demandPeriodOver(
  servedOn: IsoDate,
  today: IsoDate,
  j: Pick<Jurisdiction, 'deadlines'>,
): boolean {
  return today >= demandDates(servedOn, j).enforceableFrom
}

/**
 * An objection suspends collection when it is still pending and was lodged within
 * deadlines.objectionDays of the assessment notice's deemed receipt (deemedReceiptDays after it
 * was sent), the same count as the objections process. With 7 and 30 days: lodged 37 days after
 * the assessment, valid; 38 days after, not valid.
 */
export function objectionValid(o: Objection, j: Pick<Jurisdiction, 'deadlines'>): boolean {
  // The same window as the objections desk: from the notice's deemed receipt, not its date.
  return o.status === 'pending' && o.lodgedOn >= o.assessedOn && o.lodgedOn <= objectionLimit(o.assessedOn, j)
}

/** Minor units under valid objections, at most the debt. */
export function disputedAmount(
  debt: number,
  objections: readonly Objection[],
  j: CollectionJurisdiction,
): number {
  const disputed = objections.filter((o) => objectionValid(o, j)).reduce((s, o) => s + o.amount, 0)
  return Math.min(Math.max(0, debt), disputed)
}

/**
 * What may be enforced: the debt less the validly disputed part when the law suspends
 * collection during an objection (collection.holdDisputedAmounts), else the whole debt.
 * Example: debt 10,000,000 with 3,500,000 under a valid objection → 6,500,000.
 */
export function enforceableAmount(
  debt: number,
  objections: readonly Objection[],
  j: CollectionJurisdiction,
): number {
  if (!j.collection.holdDisputedAmounts) return Math.max(0, debt)
  return Math.max(0, debt - disputedAmount(debt, objections, j))
}

/** Defaulted agreements, counting an active one with collection.missedInstallmentsToDefault missed. */
export function defaultsIn(agreements: readonly Agreement[], j: CollectionJurisdiction): number {
  return agreements.filter(
    (a) =>
      a.status === 'defaulted' ||
      (a.status === 'active' && a.missed >= j.collection.missedInstallmentsToDefault),
  ).length
}

export type AgreementDecision = 'grant' | 'grant-with-security' | 'refuse'

/**
 * The answer to a request for time to pay, by the taxpayer's defaults: none → grant; at least
 * one but fewer than collection.refuseAfterDefaults → grant only against security; more → refuse.
 */
export function agreementDecision(defaults: number, j: CollectionJurisdiction): AgreementDecision {
  if (defaults >= j.collection.refuseAfterDefaults) return 'refuse'
  return defaults > 0 ? 'grant-with-security' : 'grant'
}

/** The monthly instalment that pays `debt` in `months` (rounded up to the minor unit). */
export function installmentOf(debt: number, months: number): number {
  return Math.ceil(debt / Math.max(1, months))
}

/** Average projected monthly surplus (receipts − payments), rounded down. */
export function monthlySurplus(projected: readonly CashFlowMonth[]): number {
  if (projected.length === 0) return 0
  const total = projected.reduce((s, m) => s + m.receipts - m.payments, 0)
  return Math.floor(total / projected.length)
}

/**
 * The terms (in months) a realistic schedule can have: from the shortest the surplus can carry
 * to collection.maxInstallmentMonths; null when even the longest term needs more than the surplus.
 * Example: debt 6,000,000, surplus 1,000,000 a month, max 12 → 6 to 12 months.
 */
export function realisticTerms(
  debt: number,
  surplus: number,
  j: CollectionJurisdiction,
): { min: number; max: number } | null {
  if (surplus <= 0) return null
  const min = Math.max(1, Math.ceil(debt / surplus))
  const max = j.collection.maxInstallmentMonths
  return min <= max ? { min, max } : null
}

/** What each enforcement source holds, as the evidence shows it (minor units). */
export interface Sources {
  /** Credits on the taxpayer's account that could be offset instead of refunded. */
  offset: number
  /** Balances in the accounts the banks reported. */
  bank: number
  /** Gross monthly wage an employer pays the taxpayer (0 when none). */
  monthlyWage: number
  /** What trade debtors owe the taxpayer. */
  debtors: number
  /** Forced-sale value of assets that could be seized. */
  assets: number
}

/**
 * Money a tool can reach. An employer order reaches collection.wageGarnishmentPercent of the
 * wage for collection.garnishmentMonths: 30 % of 400,000 for 6 months → 720,000.
 */
export function reachable(tool: EnforcementTool, s: Sources, j: CollectionJurisdiction): number {
  switch (tool) {
    case 'offset':
      return s.offset
    case 'bank':
      return s.bank
    case 'employer':
      return (
        percentOf(s.monthlyWage, j.collection.wageGarnishmentPercent, j.rounding) *
        j.collection.garnishmentMonths
      )
    case 'receivables':
      return s.debtors
    case 'seizure':
      return s.assets
    default: {
      const never: never = tool
      throw new RangeError(`Unknown enforcement tool ${String(never)}`)
    }
  }
}

/**
 * The least intrusive tool on the profile's ladder that reaches the whole `amount`; when none
 * does, the one that reaches the most (the less intrusive on a tie); undefined when none reaches
 * anything.
 */
export function leastIntrusiveTool(
  s: Sources,
  amount: number,
  j: CollectionJurisdiction,
): EnforcementTool | undefined {
  const ladder = j.collection.enforcementLadder
  const full = ladder.find((tool) => reachable(tool, s, j) >= amount)
  if (full && amount > 0) return full
  let best: EnforcementTool | undefined
  let most = 0
  for (const tool of ladder) {
    const reach = reachable(tool, s, j)
    if (reach > most) {
      most = reach
      best = tool
    }
  }
  return best
}

/** Position on the ladder (0 = least intrusive); -1 when the profile does not allow the tool. */
export function intrusiveness(tool: EnforcementTool, j: CollectionJurisdiction): number {
  return j.collection.enforcementLadder.indexOf(tool)
}

export type Collectability = 'high' | 'medium' | 'low'

/** What the system knows before anyone looks closer; each point lowers the score. */
export interface CollectabilityFacts {
  daysOverdue: number
  defaults: number
  missingReturns: number
  /** The company is in liquidation or struck off, or the taxpayer cannot be traced. */
  inactive: boolean
}

/**
 * A 0–100 score: 100, less 1 per 10 days overdue (at most 40), 20 per defaulted agreement,
 * 10 per missing return, 60 when the taxpayer is inactive. ≥ 70 high, ≥ 40 medium, else low.
 * Example: 120 days overdue, one default, no missing returns → 100 − 12 − 20 = 68 → medium.
 */
export function collectabilityScore(f: CollectabilityFacts): number {
  const score =
    100 -
    Math.min(40, Math.floor(Math.max(0, f.daysOverdue) / 10)) -
    20 * f.defaults -
    10 * f.missingReturns -
    (f.inactive ? 60 : 0)
  return Math.max(0, score)
}

export function collectabilityBand(score: number): Collectability {
  return score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low'
}

/**
 * Where a debt goes in the worklist (docs/domain.md §Collection: large, young and collectable
 * first): high when ≥ collection.highPriorityAmount, not aged and not of low collectability; low
 * when aged (over collection.agedDebtDays) or of low collectability; normal otherwise.
 */
export function debtPriority(
  debt: number,
  daysOverdue: number,
  collectability: Collectability,
  j: CollectionJurisdiction,
): 'high' | 'normal' | 'low' {
  const aged = daysOverdue > j.collection.agedDebtDays
  if (collectability === 'low' || aged) return 'low'
  return debt >= toMinor(j.collection.highPriorityAmount, j.currency, j.rounding) ? 'high' : 'normal'
}

export const WRITE_OFF_CRITERIA = ['liquidation', 'untraceable', 'uneconomic'] as const
export type WriteOffCriterion = (typeof WRITE_OFF_CRITERIA)[number]

export const WRITE_OFF_CRITERION_LABELS: Record<WriteOffCriterion, Msg> = {
  liquidation: msg('collection.criterion.liquidation'),
  untraceable: msg('collection.criterion.untraceable'),
  uneconomic: msg('collection.criterion.uneconomic'),
}

/** What the evidence says about the write-off criteria. */
export interface WriteOffFacts {
  debt: number
  inLiquidation: boolean
  traced: boolean
}

/** Why a criterion is not documented by the facts, or undefined when it is. */
export function writeOffCriterionProblem(
  criterion: WriteOffCriterion,
  f: WriteOffFacts,
  j: CollectionJurisdiction,
): Msg | undefined {
  switch (criterion) {
    case 'liquidation':
      return f.inLiquidation ? undefined : msg('collection.problem.notInLiquidation')
    case 'untraceable':
      return f.traced ? msg('collection.problem.traced') : undefined
    case 'uneconomic': {
      const limit = toMinor(j.collection.uneconomicDebtLimit, j.currency, j.rounding)
      return f.debt <= limit
        ? undefined
        : msg('collection.problem.notUneconomic', { debt: money(f.debt), limit: money(limit) })
    }
    default: {
      const never: never = criterion
      return msg('collection.problem.unknownCriterion', { criterion: String(never) })
    }
  }
}

export const APPROVERS = ['self', 'supervisor', 'head'] as const
export type Approver = (typeof APPROVERS)[number]

export const APPROVER_LABELS: Record<Approver, Msg> = {
  self: msg('collection.approver.self'),
  supervisor: msg('collection.approver.supervisor'),
  head: msg('collection.approver.head'),
}

/** Who must approve a write-off of `amount`: the supervisor up to collection.supervisorWriteOffLimit, else the head. */
export function requiredApprover(amount: number, j: CollectionJurisdiction): Exclude<Approver, 'self'> {
  return amount <= toMinor(j.collection.supervisorWriteOffLimit, j.currency, j.rounding)
    ? 'supervisor'
    : 'head'
}
