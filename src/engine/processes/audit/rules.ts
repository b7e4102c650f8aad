/**
 * The audit process's own rules (docs/domain.md §Risk and audit): the named risk rules and their
 * score, case selection under the audit capacity, the tax an adjustment brings, the penalty of each
 * category and the ledger entries an assessment posts. Pure functions of the scenario's risk
 * settings and the jurisdiction profile; worked examples are in scenarios/guide/audit.md.
 */
import type { Jurisdiction } from '../../scenario/schema'
import type { TaxType } from '../../vocabulary'
import type { IsoDate, LedgerEntry, Tin } from '../../world/types'
import { lateInterest } from '../../rules/interest'
import { day, money, msg, type Msg } from '../../primitives/message'
import { percentOf, toMinor } from '../../rules/money'
import { RISK_RULE_INFO, RISK_RULES, type RiskRuleId } from './risk-rules'

export { RISK_RULE_INFO, RISK_RULES, type RiskRuleId } from './risk-rules'

export const AUDIT_TYPES = ['desk', 'field'] as const
export type AuditType = (typeof AUDIT_TYPES)[number]

export const NOT_SELECT_REASONS = [
  'below-threshold',
  'below-materiality',
  'over-capacity',
  'risk-explained',
] as const
export type NotSelectReason = (typeof NOT_SELECT_REASONS)[number]

export const PENALTY_CATEGORIES = ['honest-error', 'negligence', 'fraud'] as const
export type PenaltyCategory = (typeof PENALTY_CATEGORIES)[number]

/** What an adjustment changes: the income or sales base of the return, or the input VAT claimed. */
export const ADJUSTMENT_BASES = ['income', 'sales', 'input-vat'] as const
export type AdjustmentBasis = (typeof ADJUSTMENT_BASES)[number]

/** The parts of a jurisdiction profile these rules read. */
export type AuditJurisdiction = Pick<Jurisdiction, 'audit' | 'rates' | 'currency' | 'rounding'>

/** Each rule's weight: the scenario's list, with the default weight for rules it leaves out. */
export function ruleWeights(list: readonly { id: RiskRuleId; weight: number }[]): Record<RiskRuleId, number> {
  const weights = Object.fromEntries(RISK_RULES.map((id) => [id, RISK_RULE_INFO[id].weight])) as Record<
    RiskRuleId,
    number
  >
  for (const { id, weight } of list) weights[id] = weight
  return weights
}

/** The risk score: the sum of the weights of the rules that fire (a weight of 0 switches a rule off). */
export function riskScore(
  hits: readonly RiskRuleId[],
  weights: Readonly<Record<RiskRuleId, number>>,
): number {
  return [...new Set(hits)].reduce((sum, id) => sum + weights[id], 0)
}

export interface Candidate {
  id: string
  score: number
  /** The risk engine's estimate of the tax at stake (minor units), the tie-break. */
  estimate: number
  /** The file documents facts that explain the flagged risk. */
  explained: boolean
}

export type Selection = { select: true; rank: number } | { select: false; reason: NotSelectReason }

/**
 * Which candidates to audit: risk AND materiality. Candidates at or above the threshold whose
 * risk is not explained and whose estimated tax at stake reaches `materiality` (minor units)
 * are ranked by score, then by estimated tax at stake, then by case id; the first `capacity`
 * are selected and the rest wait ("over-capacity"). An explained risk or an immaterial amount
 * is not selected, and its slot goes to the next candidate.
 */
export function selectCases(
  candidates: readonly Candidate[],
  threshold: number,
  capacity: number,
  materiality = 0,
): Map<string, Selection> {
  const out = new Map<string, Selection>()
  const eligible = candidates
    .filter((c) => c.score >= threshold && !c.explained && c.estimate >= materiality)
    .sort((a, b) => b.score - a.score || b.estimate - a.estimate || a.id.localeCompare(b.id))
  eligible.forEach((c, i) =>
    out.set(c.id, i < capacity ? { select: true, rank: i + 1 } : { select: false, reason: 'over-capacity' }),
  )
  for (const c of candidates) {
    if (out.has(c.id)) continue
    const reason =
      c.score < threshold ? 'below-threshold' : c.explained ? 'risk-explained' : 'below-materiality'
    out.set(c.id, { select: false, reason })
  }
  return out
}

/**
 * The tax an adjustment of `base` brings: input VAT disallowed is tax itself; income and sales
 * are taxed at the case's rate (PIT: the profile's audit.pitRatePercent; CIT: rates.cit;
 * VAT: rates.vat).
 */
export function taxOnAdjustment(
  basis: AdjustmentBasis,
  taxType: TaxType,
  base: number,
  j: AuditJurisdiction,
): number {
  if (basis === 'input-vat') return base
  return percentOf(base, taxRatePercent(taxType, j), j.rounding)
}

/** The rate (percent) at which an income or sales adjustment is taxed. */
export function taxRatePercent(taxType: TaxType, j: AuditJurisdiction): number {
  switch (taxType) {
    case 'PIT':
      return j.audit.pitRatePercent
    case 'VAT':
      return j.rates.vat
    default:
      return j.rates.cit
  }
}

/** The penalty rate (percent of the additional tax) of a category, from the profile. */
export function penaltyPercent(category: PenaltyCategory, j: AuditJurisdiction): number {
  switch (category) {
    case 'honest-error':
      return j.audit.honestErrorPercent
    case 'negligence':
      return j.audit.negligencePercent
    case 'fraud':
      return j.audit.fraudPercent
    default: {
      const never: never = category
      throw new RangeError(`Unknown penalty category ${String(never)}`)
    }
  }
}

export function penaltyFor(category: PenaltyCategory, additionalTax: number, j: AuditJurisdiction): number {
  return percentOf(Math.max(0, additionalTax), penaltyPercent(category, j), j.rounding)
}

/**
 * An understatement is substantial when the additional tax exceeds the greater of
 * audit.substantialPercent of the correct tax and audit.substantialAmount (major units).
 */
export function isSubstantial(additionalTax: number, correctTax: number, j: AuditJurisdiction): boolean {
  const floor = Math.max(
    percentOf(correctTax, j.audit.substantialPercent, j.rounding),
    toMinor(j.audit.substantialAmount, j.currency, j.rounding),
  )
  return additionalTax > floor
}

/** The materiality floor in minor units: the profile's audit.materialityAmount (major units). */
export function materialityFloor(j: Pick<Jurisdiction, 'audit' | 'currency' | 'rounding'>): number {
  return toMinor(j.audit.materialityAmount, j.currency, j.rounding)
}

/** How far an adjustment may sit from what the evidence supports: rounding, one major unit. */
export function adjustmentTolerance(j: Pick<Jurisdiction, 'currency'>): number {
  return 10 ** j.currency.minorUnits
}

export interface Findings {
  adjustment: number
  category: PenaltyCategory
  tax: number
  penalty: number
  interest: number
}

export interface AssessedReturn {
  caseId: string
  tin: Tin
  taxType: TaxType
  period: string
  basis: AdjustmentBasis
  /** The original due date of the return: interest runs from it. */
  dueOn: IsoDate
}

/** The tax, penalty and interest (to `on`, from the original due date) of an adjustment. */
export function computeFindings(
  r: AssessedReturn,
  adjustment: number,
  category: PenaltyCategory,
  on: IsoDate,
  j: AuditJurisdiction & Parameters<typeof lateInterest>[3],
): Findings {
  const tax = taxOnAdjustment(r.basis, r.taxType, adjustment, j)
  return {
    adjustment,
    category,
    tax,
    penalty: penaltyFor(category, tax, j),
    interest: lateInterest(tax, r.dueOn, on, j),
  }
}

/** The current-account entries an audit assessment posts on `on`: tax, penalty, interest. */
export function assessmentEntries(r: AssessedReturn, f: Findings, on: IsoDate): LedgerEntry[] {
  const entry = (suffix: string, kind: LedgerEntry['kind'], amount: number, note: Msg): LedgerEntry => ({
    id: `${r.caseId}-${suffix}`,
    tin: r.tin,
    taxType: r.taxType,
    period: r.period,
    date: on,
    kind,
    amount,
    ref: r.caseId,
    note,
  })
  return [
    entry(
      'adj',
      'adjustment',
      f.tax,
      msg('audit.ledger.adjustment', { basis: msg(`audit.basis.${r.basis}`), amount: money(f.adjustment) }),
    ),
    ...(f.penalty > 0
      ? [entry('pen', 'penalty', f.penalty, msg('audit.ledger.penalty', { category: f.category }))]
      : []),
    ...(f.interest > 0
      ? [entry('int', 'interest', f.interest, msg('audit.ledger.interest', { from: day(r.dueOn) }))]
      : []),
  ]
}
