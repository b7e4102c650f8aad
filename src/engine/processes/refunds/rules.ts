/**
 * The refund rules only this process uses: validation, risk tier, the verifications a tier
 * requires, input-credit matching against suppliers' declarations, zero-rating against customs
 * records, the amount allowed and the offset against debts in other tax types. Pure functions
 * of the jurisdiction profile; amounts are minor units.
 */
import { offsetCredits } from '../../rules/ledger'
import { percentOf, toMinor } from '../../rules/money'
import { addMonths, periodBounds } from '../../rules/calendar'
import type { Jurisdiction } from '../../scenario/schema'
import { daysBetween } from '../../primitives/calendar'
import type { TaxType } from '../../vocabulary'
import { sectorLabel } from '../../world/sectors'
import type { IsoDate, LedgerEntry, Tin } from '../../world/types'
import { msg, type Msg } from '../../primitives/message'
import type { ExportLine, Purchase } from './types'

export type RefundsJurisdiction = Pick<Jurisdiction, 'currency' | 'rounding' | 'rates' | 'refunds'>

export const RISK_TIERS = ['low', 'medium', 'high'] as const
export type RiskTier = (typeof RISK_TIERS)[number]

export const CHECKS = ['suppliers', 'customs', 'bank'] as const
export type Check = (typeof CHECKS)[number]

export const CHECK_LABELS: Record<Check, Msg> = {
  suppliers: msg('refunds.check.suppliers'),
  customs: msg('refunds.check.customs'),
  bank: msg('refunds.check.bank'),
}

/** What the risk engine knows about a claim. */
export interface RiskFacts {
  registeredOn: IsoDate
  lodgedOn: IsoDate
  claimed: number
  /** Amounts claimed in earlier refund claims. */
  history: readonly number[]
  sector: string
  /** When the current refund account was recorded. */
  accountFrom: IsoDate
  /**
   * The automated cross-match behind the score: zero-rated export lines on the return that no
   * customs export record matches, and input VAT claimed above what the suppliers declared (both
   * 0 when everything matches). The officer still verifies and quantifies them.
   */
  exportsWithoutCustoms?: number
  creditsNotDeclared?: number
}

export interface RiskFactor {
  label: Msg
  points: number
}

export interface RiskResult {
  score: number
  tier: RiskTier
  factors: RiskFactor[]
  /** The refund account was opened or changed recently: its holder must be verified with the bank. */
  accountChanged: boolean
  /** Declared exports lack customs records: the exports must be checked with customs. */
  customsMismatch: boolean
  /** Input credits exceed the suppliers' declarations: the credits must be matched. */
  supplierMismatch: boolean
}

/**
 * Risk points per factor from the profile, summed into a tier.
 * Example (defaults): registered 5 months before the claim (+2), first claim (+1), claim above
 * 10,000,000 (+1) → 4 points → high.
 */
export function assessRisk(facts: RiskFacts, j: RefundsJurisdiction): RiskResult {
  const r = j.refunds.risk
  const factors: RiskFactor[] = []
  if (addMonths(facts.registeredOn, r.newRegistrantMonths) > facts.lodgedOn)
    factors.push({
      label: msg('refunds.risk.newRegistrant', { months: r.newRegistrantMonths }),
      points: r.points.newRegistrant,
    })
  if (facts.history.length === 0)
    factors.push({ label: msg('refunds.risk.noHistory'), points: r.points.noHistory })
  else {
    const average = facts.history.reduce((a, b) => a + b, 0) / facts.history.length
    if (facts.claimed > average * r.claimGrowthFactor)
      factors.push({
        label: msg('refunds.risk.claimGrowth', { factor: r.claimGrowthFactor }),
        points: r.points.claimGrowth,
      })
  }
  if (facts.claimed > toMinor(r.largeClaimAbove, j.currency))
    factors.push({ label: msg('refunds.risk.largeClaim'), points: r.points.largeClaim })
  const accountChanged = daysBetween(facts.accountFrom, facts.lodgedOn) < r.accountChangeDays
  if (accountChanged)
    factors.push({
      label: msg('refunds.risk.accountChange', { days: r.accountChangeDays }),
      points: r.points.accountChange,
    })
  const customsMismatch = (facts.exportsWithoutCustoms ?? 0) > 0
  if (customsMismatch)
    factors.push({
      label: msg('refunds.risk.customsMismatch'),
      points: r.points.customsMismatch,
    })
  const supplierMismatch = (facts.creditsNotDeclared ?? 0) > 0
  if (supplierMismatch)
    factors.push({
      label: msg('refunds.risk.supplierMismatch'),
      points: r.points.supplierMismatch,
    })
  if (r.highRiskSectors.includes(facts.sector))
    factors.push({
      label: msg('refunds.risk.highRiskSector', { sector: sectorLabel(facts.sector) }),
      points: r.points.highRiskSector,
    })
  const scored = factors.filter((f) => f.points > 0)
  const score = scored.reduce((a, f) => a + f.points, 0)
  const tier: RiskTier = score >= r.highFrom ? 'high' : score >= r.mediumFrom ? 'medium' : 'low'
  return { score, tier, factors: scored, accountChanged, customsMismatch, supplierMismatch }
}

/** The flags that force a check whatever the tier (the fields of RiskResult of the same names). */
export interface CheckFlags {
  accountChanged?: boolean
  customsMismatch?: boolean
  supplierMismatch?: boolean
}

/**
 * The verifications a tier requires before the claim may be approved: none for low risk (the
 * automatic path), the suppliers and customs for medium (desk verification), everything for high
 * (pre-refund audit). Customs only when the return declares exports. Whatever the tier, a refund
 * account opened or changed recently is verified with the bank, exports the customs match flagged
 * are checked with customs and credits the supplier match flagged are matched (docs/domain.md §Refunds).
 */
export function requiredChecks(tier: RiskTier, hasExports: boolean, flags: CheckFlags = {}): Check[] {
  const checks: Check[] =
    tier === 'low' ? [] : tier === 'medium' ? ['suppliers', 'customs'] : ['suppliers', 'customs', 'bank']
  const force = (check: Check, on: boolean | undefined) => {
    if (on && !checks.includes(check)) checks.push(check)
  }
  force('suppliers', flags.supplierMismatch)
  force('customs', flags.customsMismatch)
  force('bank', flags.accountChanged)
  return CHECKS.filter((c) => checks.includes(c) && (c !== 'customs' || hasExports))
}

/** A validation check a claim can fail; the panel reports each by its code. */
export type ValidationCode = 'late' | 'noReturn' | 'notRefundAccount' | 'notInName'

export interface ValidationFailure {
  code: ValidationCode
  reason: Msg
}

/** Why a claim fails validation, with the officer's words for each; empty when it passes. */
export function validationFailures(
  facts: {
    period: string
    lodgedOn: IsoDate
    returnFiled: boolean
    account: { number: string; holder: string }
    registerAccount: { number: string; holder: string }
    taxpayerName: string
  },
  j: RefundsJurisdiction,
): ValidationFailure[] {
  const failures: ValidationFailure[] = []
  const late = daysBetween(periodBounds(facts.period).end, facts.lodgedOn)
  const limit = j.refunds.claimLimitDays
  if (late > limit) failures.push({ code: 'late', reason: msg('refunds.validation.late', { late, limit }) })
  if (!facts.returnFiled)
    failures.push({ code: 'noReturn', reason: msg('refunds.validation.noReturn', { period: facts.period }) })
  if (facts.account.number !== facts.registerAccount.number)
    failures.push({ code: 'notRefundAccount', reason: msg('refunds.validation.notRefundAccount') })
  if (facts.account.holder !== facts.taxpayerName)
    failures.push({ code: 'notInName', reason: msg('refunds.validation.notInName') })
  return failures
}

export type MatchResult = 'matched' | 'within tolerance' | 'short' | 'not declared'

export interface CreditMatch {
  purchase: Purchase
  declaredVat: number
  allowedVat: number
  result: MatchResult
}

/**
 * Matches each supplier's input VAT with the output VAT the supplier declared on its sales to the
 * claimant. Within matchingTolerancePercent the claim stands; otherwise only what the supplier
 * declared is allowed. Example (2 %): claimed 1,500,000, declared 1,480,000 → within tolerance,
 * 1,500,000 allowed; declared 150,000 → short, 150,000 allowed, 1,350,000 disallowed.
 */
export function matchCredits(
  purchases: readonly Purchase[],
  declaredBySupplier: ReadonlyMap<Tin, number>,
  j: RefundsJurisdiction,
): { rows: CreditMatch[]; disallowed: number } {
  const tolerance = j.refunds.matchingTolerancePercent
  const claimedBySupplier = new Map<Tin, number>()
  for (const p of purchases)
    claimedBySupplier.set(p.supplierTin, (claimedBySupplier.get(p.supplierTin) ?? 0) + p.vat)
  const rows = purchases.map((purchase): CreditMatch => {
    const declaredVat = declaredBySupplier.get(purchase.supplierTin) ?? 0
    const claimedTotal = claimedBySupplier.get(purchase.supplierTin) ?? purchase.vat
    const share = claimedTotal ? purchase.vat / claimedTotal : 1
    const declaredShare = Math.round(declaredVat * share)
    if (declaredVat === 0) return { purchase, declaredVat: 0, allowedVat: 0, result: 'not declared' }
    if (declaredShare >= purchase.vat)
      return { purchase, declaredVat: declaredShare, allowedVat: purchase.vat, result: 'matched' }
    const floor = purchase.vat - percentOf(purchase.vat, tolerance, j.rounding)
    if (declaredShare >= floor)
      return { purchase, declaredVat: declaredShare, allowedVat: purchase.vat, result: 'within tolerance' }
    return { purchase, declaredVat: declaredShare, allowedVat: declaredShare, result: 'short' }
  })
  return { rows, disallowed: rows.reduce((a, r) => a + r.purchase.vat - r.allowedVat, 0) }
}

/**
 * Zero-rating needs a customs export record; exports without one are taxed as domestic sales
 * at the standard rate. Example (7.5 %): 12,000,000 of exports without a record → 900,000 of
 * output VAT added, so 900,000 less refund.
 */
export function unsupportedExports(
  exports: readonly ExportLine[],
  customsDeclarations: ReadonlySet<string>,
  j: RefundsJurisdiction,
): { lines: ExportLine[]; value: number; vat: number } {
  const lines = exports.filter((e) => !customsDeclarations.has(e.declaration))
  const value = lines.reduce((a, e) => a + e.value, 0)
  return { lines, value, vat: percentOf(value, j.rates.vat, j.rounding) }
}

/** The refund the evidence supports: the claim less unmatched credits and VAT on unsupported exports. */
export function allowedAmount(claimed: number, disallowedCredits: number, exportVat: number): number {
  return Math.max(0, claimed - disallowedCredits - exportVat)
}

export interface OffsetLine {
  taxType: TaxType
  period: string
  amount: number
}

/**
 * Sets the amount allowed against the taxpayer's debts in every tax type before anything is
 * paid (the shared `offsetCredits` rule, in the profile's allocation order). The claim period's
 * own entries are replaced by a credit of the amount allowed. Example: 8,000,000 allowed,
 * PAYE 2024-09 owes 2,500,000 → 2,500,000 offset, 5,500,000 paid.
 */
export function claimOffset(
  entries: readonly LedgerEntry[],
  claim: { tin: Tin; period: string; allowed: number; on: IsoDate },
  j: Pick<Jurisdiction, 'payments'>,
): { lines: OffsetLine[]; offset: number; payable: number } {
  const others = entries.filter(
    (e) => e.tin === claim.tin && !(e.taxType === 'VAT' && e.period === claim.period),
  )
  const credit: LedgerEntry = {
    id: 'refund-claim',
    tin: claim.tin,
    taxType: 'VAT',
    period: claim.period,
    date: claim.on,
    kind: 'self-assessment',
    amount: -claim.allowed,
    ref: 'refund claim',
  }
  const { offsets } = offsetCredits([...others, credit], claim.tin, {
    on: claim.on,
    order: j.payments.allocationOrder,
  })
  const lines: OffsetLine[] = []
  for (let i = 0; i + 1 < offsets.length; i += 2) {
    const out = offsets[i]!
    const into = offsets[i + 1]!
    if (out.taxType === 'VAT' && out.period === claim.period)
      lines.push({ taxType: into.taxType, period: into.period, amount: out.amount })
  }
  const offset = lines.reduce((a, l) => a + l.amount, 0)
  return { lines, offset, payable: claim.allowed - offset }
}
