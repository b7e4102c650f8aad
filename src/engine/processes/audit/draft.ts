/**
 * What the case builders share: the generation input, the draft a builder returns (the case
 * file without its score, plus what the right audit would do), taxpayer picking, and the
 * filing history of the audited tax.
 */
import { BUSINESSES, INDIVIDUALS, WorldShortfall } from '../../world/shortfall'
import { dueDate } from '../../rules/calendar'
import type { Jurisdiction } from '../../scenario/schema'
import { msg, type Arg, type Text } from '../../primitives/message'
import type { TadatCode, TaxType } from '../../vocabulary'
import type { WorldContext } from '../../world/context'
import type { Population } from '../../world/population'
import type { Accounts } from '../../world/process-world'
import type { IsoDate, ReturnLine, TaxReturn, Taxpayer, Tin } from '../../world/types'
import type { Command } from '../contract'
import { dropBaseline } from '../../world/accounts'
import { clearHistory, filingDate, filingRow, periodsUpTo, postReturn } from './history'
import type { AuditType, PenaltyCategory, RiskRuleId } from './rules'
import type { AuditCaseData, FilingRow } from './types'

export interface BuildInput {
  ctx: WorldContext
  pop: Population
  accounts: Accounts
  claimed: Set<Tin>
  j: Jurisdiction
  caseId: string
  /** The income-tax year audited and the VAT month audited. */
  year: string
  vatPeriod: string
  today: IsoDate
}

/** How the audit of a selected case should go (used when the ranking selects it). */
export interface AuditPlan {
  /** Evidence steps before the selection decision. */
  steps: Command[]
  auditType: AuditType
  outcome: 'assess' | 'refer' | 'no-change'
  adjustment?: number
  category?: PenaltyCategory
}

export interface Draft {
  data: Omit<AuditCaseData, 'hits' | 'score' | 'threshold' | 'capacity' | 'ranking'>
  hits: { rule: RiskRuleId; detail: Text }[]
  /** The file documents facts that explain the flagged risk (explained outlier). */
  explained: boolean
  plan: AuditPlan
  /** Evidence steps before a "not selected" decision. */
  screenSteps: Command[]
  flags: Text[]
  /** For a look-alike: the facts in the file that clear the taxpayer. */
  clearing?: Text[]
  /** Facts the feedback cites (see CaseTruth.facts). */
  facts?: Record<string, Arg>
  evidence: string[]
  explanation: Text
  tadat: TadatCode[]
}

/**
 * What a case builder draws: the case file, the rules it trips, what looks wrong and why, and the
 * adjustment the evidence supports. Its recipe (recipes.ts) says how the audit of it goes.
 */
export interface Story {
  data: Draft['data']
  hits: Draft['hits']
  flags?: Text[]
  clearing?: Text[]
  facts?: Record<string, Arg>
  explanation: Text
  /** The adjustment the evidence supports (none when nothing is wrong). */
  adjustment?: number
}

const TRIES = 60

const taxpayerLists = new WeakMap<readonly unknown[], Taxpayer[]>()

/** The taxpayers of a register list, made once per list rather than at every pick. */
function taxpayersOf(entries: readonly { taxpayer: Taxpayer }[]): Taxpayer[] {
  let list = taxpayerLists.get(entries)
  const same = list?.length === entries.length && list[0] === entries[0]?.taxpayer
  if (!list || !same || list.at(-1) !== entries.at(-1)?.taxpayer) {
    list = entries.map((e) => e.taxpayer)
    taxpayerLists.set(entries, list)
  }
  return list
}

/**
 * An active taxpayer of the kind that no other case has shaped yet (preferably without arrears);
 * claims it and removes its baseline accounts, which the case's own history replaces.
 */
export function pickTaxpayer(
  b: BuildInput,
  kind: 'individual' | 'business',
  fits: (t: Taxpayer) => boolean = () => true,
): Taxpayer {
  const list = taxpayersOf(kind === 'individual' ? b.pop.individuals : b.pop.businesses)
  const free = (t: Taxpayer) => t.status === 'active' && !b.claimed.has(t.tin)
  let found: Taxpayer | undefined
  for (let k = 0; k < TRIES && !found && list.length; k++) {
    const t = list[b.ctx.draw.int(0, list.length - 1)]!
    if (free(t) && t.arrears === 0 && fits(t)) found = t
  }
  if (!found) {
    const start = list.length ? b.ctx.draw.int(0, list.length - 1) : 0
    const rotated = [...list.slice(start), ...list.slice(0, start)]
    found = rotated.find((t) => free(t) && fits(t)) ?? rotated.find(free)
  }
  if (!found)
    throw new WorldShortfall(
      kind === 'individual' ? INDIVIDUALS : BUSINESSES,
      msg('session.shortfall.audit', {
        kind,
        have: list.length,
        suggested: Math.ceil(list.length * 1.5) + 10,
      }),
    )
  b.claimed.add(found.tin)
  dropBaseline(b.accounts, found.tin)
  found.arrears = 0
  return found
}

/** The name of another business on the register (an employer, a buyer, a supplier); not claimed. */
export function otherBusiness(b: BuildInput, not: readonly string[] = []): Taxpayer | undefined {
  const list = b.pop.businesses
  for (let k = 0; k < TRIES && list.length; k++) {
    const t = list[b.ctx.draw.int(0, list.length - 1)]!.taxpayer
    if (t.status === 'active' && !not.includes(t.tin)) return t
  }
  return undefined
}

export interface HistoryInput {
  t: Taxpayer
  taxType: TaxType
  /** The audited period; the history shows it and the periods before it. */
  period: string
  count: number
  /** Indices (0 = oldest) of the periods filed late. */
  late: ReadonlySet<number>
  /** Lines and tax of each period; the last is the audited return. */
  lines: (period: string, index: number) => { lines: ReturnLine[]; taxDue: number }
}

/** Posts the filing history of the audited tax; returns the audited return and the history rows. */
export function postHistory(b: BuildInput, h: HistoryInput): { ret: TaxReturn; filings: FilingRow[] } {
  const periods = periodsUpTo(h.period, h.count)
  clearHistory(b.accounts, h.t.tin, h.taxType, periods)
  const returns = periods.map((period, i) => {
    const { lines, taxDue } = h.lines(period, i)
    return postReturn(
      b.accounts,
      {
        id: `${b.caseId}-${h.taxType}-${period}`,
        tin: h.t.tin,
        taxType: h.taxType,
        period,
        filedOn: filingDate(b.ctx, dueDate(h.taxType, period, b.j), h.late.has(i)),
        lines,
        taxDue,
      },
      b.j,
    )
  })
  return { ret: returns[returns.length - 1]!, filings: returns.map(filingRow) }
}

/** Indices of late filings: `n` of the `count` periods, chosen at random. */
export function lateSet(b: BuildInput, count: number, n: number): Set<number> {
  return new Set(b.ctx.draw.shuffle([...Array(count).keys()]).slice(0, n))
}

/** The case-file fields every kind shares. */
export function baseData(
  b: BuildInput,
  t: Taxpayer,
  taxType: TaxType,
  period: string,
): Pick<
  AuditCaseData,
  'tin' | 'name' | 'taxpayerKind' | 'sector' | 'segment' | 'taxType' | 'period' | 'dueOn'
> {
  return {
    tin: t.tin,
    name: t.name,
    taxpayerKind: t.kind,
    sector: t.sector,
    segment: t.segment,
    taxType,
    period,
    dueOn: dueDate(taxType, period, b.j),
  }
}

/** The unit and a rounding helper for this jurisdiction's money. */
export const unitOf = (j: Jurisdiction) => 10 ** j.currency.minorUnits
