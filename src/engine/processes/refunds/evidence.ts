/**
 * Look-ups into the world for one refund case: customs records, suppliers' declarations,
 * foreign receipts, the register entry and the ledger, and the assessment of the claim that the
 * rules make from them. Shared by the panels, the machine's input, grading and the generator.
 */
import type { Jurisdiction } from '../../scenario/schema'
import type { LedgerEntry, Taxpayer, ThirdPartyRecord, World } from '../../world/types'
import type { CaseRecord } from '../contract'
import {
  allowedAmount,
  assessRisk,
  claimOffset,
  matchCredits,
  requiredChecks,
  unsupportedExports,
  validationFailures,
  type RiskResult,
  type ValidationFailure,
} from './rules'
import type { RefundCase } from './types'
import { withTin } from '../../world/lookup'

/** The export declaration a customs or receipt record is about. */
export const declarationOf = (r: ThirdPartyRecord) => r.ref ?? ''

/** What the administration's data sources hold that bears on one claim. */
export interface ClaimSources {
  thirdParty: readonly ThirdPartyRecord[]
  ledger: readonly LedgerEntry[]
  returns: World['returns']
  taxpayer: Taxpayer | undefined
}

export function sourcesFor(
  world: Pick<World, 'thirdParty' | 'ledger' | 'returns' | 'taxpayers'>,
  tin: string,
): ClaimSources {
  return {
    thirdParty: [...withTin(world.thirdParty, tin)],
    ledger: [...withTin(world.ledger, tin)],
    returns: [...withTin(world.returns, tin)],
    taxpayer: withTin(world.taxpayers, tin)[0],
  }
}

export function customsRecords(sources: ClaimSources, claim: RefundCase): ThirdPartyRecord[] {
  return sources.thirdParty.filter((r) => r.source === 'customs' && r.period === claim.period)
}

export function foreignReceipts(sources: ClaimSources, claim: RefundCase): ThirdPartyRecord[] {
  return sources.thirdParty.filter((r) => r.source === 'bank' && r.period === claim.period)
}

/** Output VAT each supplier declared on its sales to the claimant in the claim period. */
export function supplierDeclarations(sources: ClaimSources, claim: RefundCase): Map<string, number> {
  const declared = new Map<string, number>()
  for (const r of sources.thirdParty)
    if (
      r.source === 'supplier-declaration' &&
      r.period === claim.period &&
      typeof r.counterparty === 'string'
    )
      declared.set(r.counterparty, (declared.get(r.counterparty) ?? 0) + r.amount)
  return declared
}

export interface ClaimAssessment {
  risk: RiskResult
  hasExports: boolean
  validation: ValidationFailure[]
  credits: ReturnType<typeof matchCredits>
  exports: ReturnType<typeof unsupportedExports>
  /** The refund the evidence supports. */
  allowed: number
}

/** Everything the rules conclude about a claim from the evidence. */
export function assessClaim(claim: RefundCase, sources: ClaimSources, j: Jurisdiction): ClaimAssessment {
  const t = sources.taxpayer
  const current = claim.accounts.at(-1)
  const credits = matchCredits(claim.purchases, supplierDeclarations(sources, claim), j)
  const customs = new Set(customsRecords(sources, claim).map(declarationOf))
  const exports = unsupportedExports(claim.exports, customs, j)
  const risk = assessRisk(
    {
      registeredOn: t?.registeredOn ?? claim.lodgedOn,
      lodgedOn: claim.lodgedOn,
      claimed: claim.claimed,
      history: claim.history.map((h) => h.claimed),
      sector: t?.sector ?? '',
      accountFrom: current?.from ?? claim.lodgedOn,
      exportsWithoutCustoms: exports.lines.length,
      creditsNotDeclared: credits.disallowed,
    },
    j,
  )
  const validation = validationFailures(
    {
      period: claim.period,
      lodgedOn: claim.lodgedOn,
      returnFiled: sources.returns.some((r) => r.id === claim.returnId && r.filedOn !== null),
      account: claim.account,
      registerAccount: t?.bankAccount ?? claim.account,
      taxpayerName: t?.name ?? claim.taxpayerName,
    },
    j,
  )
  return {
    risk,
    hasExports: claim.zeroRated > 0,
    validation,
    credits,
    exports,
    allowed: allowedAmount(claim.claimed, credits.disallowed, exports.vat),
  }
}

export function requiredFor(a: ClaimAssessment) {
  return requiredChecks(a.risk.tier, a.hasExports, a.risk)
}

/** The offset of `allowed` against the claimant's debts, dated `on`. */
export function offsetFor(
  sources: ClaimSources,
  record: CaseRecord<RefundCase>,
  allowed: number,
  on: string,
  j: Jurisdiction,
) {
  return claimOffset(sources.ledger, { tin: record.tin, period: record.data.period, allowed, on }, j)
}
