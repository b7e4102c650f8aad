/**
 * What a collection case's evidence amounts to, computed once from the case file and the shared
 * accounts: the debt and its age, the credits that could be offset, the sources enforcement
 * could reach, what is disputed. The machine, the panels, the grading and the generator all
 * read these, so they never disagree.
 */
import { isAccrual } from '../../rules/accrual'
import { arrearsOf, openDebts, periodBalances } from '../../rules/ledger'
import type { Jurisdiction } from '../../scenario/schema'
import { daysBetween } from '../../primitives/calendar'
import type { IsoDate, World } from '../../world/types'
import type { CaseRecord } from '../contract'
import type { Agreement, CollectionCaseData, Objection } from './case-data'
import {
  collectabilityBand,
  collectabilityScore,
  defaultsIn,
  disputedAmount,
  enforceableAmount,
  type Collectability,
  type Sources,
  type WriteOffFacts,
} from './rules'
import { withTin } from '../../world/lookup'

export interface CaseFacts {
  tin: string
  taxpayerKind: 'individual' | 'business'
  /** Overdue tax, penalties and interest on the case date (minor units). */
  debt: number
  oldestDue: IsoDate
  daysOverdue: number
  sources: Sources
  objections: Objection[]
  agreements: Agreement[]
  disputed: number
  enforceable: number
  defaults: number
  missingReturns: number
  collectabilityScore: number
  collectability: Collectability
  reminderSentOn: IsoDate | null
  demandServedOn: IsoDate | null
  requestMonths: number | null
  hasCashFlow: boolean
  writeOff: WriteOffFacts
}

/** Facts of one taxpayer's case on `on`, from the case file and the world's accounts. */
export function factsOf(
  data: CollectionCaseData,
  tin: string,
  world: Pick<World, 'ledger' | 'returns'>,
  on: IsoDate,
  j: Jurisdiction,
): CaseFacts {
  // The case is judged on the debt established when it was opened; charges accruing while the
  // calendar runs show on the account but are not yet part of an enforceable assessment.
  const entries = withTin(world.ledger, tin).filter((e) => !isAccrual(e))
  const debt = arrearsOf(entries, tin, on)
  const overdue = openDebts(entries, tin).filter((d) => d.dueOn < on)
  const oldestDue = overdue.reduce((min, d) => (d.dueOn < min ? d.dueOn : min), on)
  const credits = periodBalances(entries, tin).reduce((s, p) => s + (p.balance < 0 ? -p.balance : 0), 0)
  const missingReturns = withTin(world.returns, tin).filter((r) => r.filedOn === null && r.dueOn < on).length
  const defaults = defaultsIn(data.agreements, j)
  const daysOverdue = Math.max(0, daysBetween(oldestDue, on))
  const inactive = data.registry.inLiquidation || !data.registry.traced
  const score = collectabilityScore({ daysOverdue, defaults, missingReturns, inactive })
  return {
    tin,
    taxpayerKind: data.taxpayerKind,
    debt,
    oldestDue,
    daysOverdue,
    sources: {
      offset: credits,
      bank: data.bank.accounts.reduce((s, a) => s + Math.max(0, a.balance), 0),
      monthlyWage: data.employer?.monthlyWage ?? 0,
      debtors: data.debtors.reduce((s, d) => s + d.amount, 0),
      assets: data.assets.reduce((s, a) => s + a.value, 0),
    },
    objections: data.objections,
    agreements: data.agreements,
    disputed: disputedAmount(debt, data.objections, j),
    enforceable: enforceableAmount(debt, data.objections, j),
    defaults,
    missingReturns,
    collectabilityScore: score,
    collectability: collectabilityBand(score),
    reminderSentOn: data.reminders.reduce<IsoDate | null>(
      (last, r) => (last === null || r.sentOn > last ? r.sentOn : last),
      null,
    ),
    demandServedOn: data.demand?.servedOn ?? null,
    requestMonths: data.request?.months ?? null,
    hasCashFlow: data.cashFlow !== null,
    writeOff: { debt, inLiquidation: data.registry.inLiquidation, traced: data.registry.traced },
  }
}

const cache = new WeakMap<CaseRecord<CollectionCaseData>, CaseFacts>()

/** The facts of a case record on the world's reference date (cached per record). */
export function caseFacts(record: CaseRecord<CollectionCaseData>, world: World, j: Jurisdiction): CaseFacts {
  let facts = cache.get(record)
  if (!facts) {
    const { data } = record
    facts = factsOf(data, record.tin, world, data.asOf ?? world.referenceDate, j)
    cache.set(record, facts)
  }
  return facts
}
