/**
 * Choosing and shaping the taxpayers of refund cases: claimants (established or brand new),
 * their suppliers (genuine or invoice mills) and their refund accounts. Every taxpayer this
 * process shapes is claimed first, and its earlier history is cleared where the new story
 * replaces it.
 */
import { BUSINESSES, WorldShortfall } from '../../world/shortfall'
import { segmentFor } from '../../rules/registration'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import type { WorldContext } from '../../world/context'
import type { Population } from '../../world/population'
import type { Accounts } from '../../world/process-world'
import { PROCESS_STREAM } from '../../world/process-world'
import { dayOf, isoOf } from '../../world/dates'
import { fullName } from '../../world/persons'
import { roundEstimate } from '../../world/sectors'
import type { Company, IsoDate, Taxpayer, Tin } from '../../world/types'
import type { AccountRecord } from './types'
import { msg } from '../../primitives/message'

export interface PartyState {
  ctx: WorldContext
  pop: Population
  accounts: Accounts
  claimed: Set<Tin>
  j: Jurisdiction
  /** Genuine suppliers this process has claimed, reused when the register runs out. */
  pool: Taxpayer[]
}

const vatRegistered = (t: Taxpayer) => t.taxTypes.some((r) => r.taxType === 'VAT')

function unclaimed(st: PartyState, extra: (t: Taxpayer, c: Company) => boolean = () => true) {
  return st.pop.businesses.filter(
    ({ taxpayer: t, company: c }) => t.status === 'active' && !st.claimed.has(t.tin) && extra(t, c),
  )
}

function tooFew(): never {
  throw new WorldShortfall(BUSINESSES, msg('session.shortfall.refunds'))
}

/** Removes the items matching `drop` in place (the shared arrays may be too long to spread). */
function removeWhere<T>(items: T[], drop: (item: T) => boolean) {
  let kept = 0
  for (const item of items) if (!drop(item)) items[kept++] = item
  items.length = kept
}

/**
 * Removes what other generators wrote about a taxpayer that this process's story replaces:
 * everything (for a company re-dated as new), or the VAT periods given and their third-party data.
 */
export function clearHistory(st: PartyState, tin: Tin, vatPeriods?: ReadonlySet<string>) {
  const a = st.accounts
  const replaced = (taxType: string, period: string) =>
    !vatPeriods || (taxType === 'VAT' && vatPeriods.has(period))
  removeWhere(a.ledger, (e) => e.tin === tin && replaced(e.taxType, e.period))
  removeWhere(a.returns, (r) => r.tin === tin && replaced(r.taxType, r.period))
  removeWhere(
    a.thirdParty,
    (r) =>
      r.tin === tin &&
      (!vatPeriods ||
        (vatPeriods.has(r.period) && ['customs', 'bank', 'supplier-declaration'].includes(r.source))),
  )
}

/** Removes another tax type's period before this process writes its own story for it. */
export function clearPeriod(st: PartyState, tin: Tin, taxType: string, period: string) {
  const a = st.accounts
  removeWhere(a.ledger, (e) => e.tin === tin && e.taxType === taxType && e.period === period)
  removeWhere(a.returns, (r) => r.tin === tin && r.taxType === taxType && r.period === period)
}

function ensureVat(t: Taxpayer) {
  if (!vatRegistered(t)) t.taxTypes = [...t.taxTypes, { taxType: 'VAT', from: t.registeredOn }]
}

/**
 * An established claimant near the wanted annual turnover: registered at least two years
 * before the claim, in one of `sectors` when possible, without arrears unless `arrearsOk`.
 */
export function establishedClaimant(
  st: PartyState,
  wantedTurnover: number,
  sectors: readonly string[],
  lodgedOn: IsoDate,
  arrearsOk: boolean,
): Taxpayer {
  const old = addDays(lodgedOn, -730)
  const tiers = [
    unclaimed(
      st,
      (t) =>
        vatRegistered(t) &&
        t.registeredOn <= old &&
        sectors.includes(t.sector) &&
        (arrearsOk || t.arrears === 0),
    ),
    unclaimed(st, (t) => vatRegistered(t) && t.registeredOn <= old && (arrearsOk || t.arrears === 0)),
    unclaimed(st, (t) => t.registeredOn <= old),
    unclaimed(st),
  ]
  const candidates = tiers.find((list) => list.length > 0) ?? tooFew()
  const distance = (t: Taxpayer) => Math.abs(Math.log(Math.max(1, t.turnover) / Math.max(1, wantedTurnover)))
  const nearest = [...candidates].sort((a, b) => distance(a.taxpayer) - distance(b.taxpayer)).slice(0, 5)
  const t = st.ctx.draw.pick(nearest).taxpayer
  st.claimed.add(t.tin)
  ensureVat(t)
  return t
}

/** Re-dates a business as registered on `registeredOn`, incorporated shortly before, with no past. */
export function makeNew(st: PartyState, t: Taxpayer, registeredOn: IsoDate) {
  const { ctx } = st
  clearHistory(st, t.tin)
  const incorporated = isoOf(dayOf(registeredOn) - ctx.draw.int(5, 60))
  t.registeredOn = registeredOn
  t.birthOrIncorporation = incorporated
  t.status = 'active'
  t.arrears = 0
  ensureVat(t)
  t.taxTypes = t.taxTypes.map((r) => ({ ...r, from: registeredOn }))
  const company = st.pop.companies.get(t.idNumber)
  if (company) {
    company.incorporated = incorporated
    company.status = 'active'
  }
}

/** A brand-new claimant (phantom or genuine new exporter), preferring `sectors`. */
export function newClaimant(
  st: PartyState,
  sectors: readonly string[],
  registeredOn: IsoDate,
  turnover: number,
): Taxpayer {
  const list = unclaimed(st, (t) => sectors.includes(t.sector))
  const t = st.ctx.draw.pick(list.length ? list : unclaimed(st).length ? unclaimed(st) : tooFew()).taxpayer
  st.claimed.add(t.tin)
  makeNew(st, t, registeredOn)
  t.turnover = roundEstimate(turnover, st.j.currency.minorUnits)
  t.segment = segmentFor(t.turnover, st.j)
  return t
}

/** Sectors that sell to exporters and manufacturers, preferred for suppliers. */
export const SUPPLIER_SECTORS = [
  'Wholesale trade',
  'Manufacturing',
  'Transport and logistics',
  'Agriculture and agro-processing',
  'Construction',
  'ICT services',
  'Professional services',
]

/**
 * A genuine supplier: an established VAT-registered business in a supplying sector (any when
 * none is left), claimed, or one this process already uses.
 */
export function genuineSupplier(
  st: PartyState,
  lodgedOn: IsoDate,
  not: readonly Tin[],
  sectors: readonly string[] = SUPPLIER_SECTORS,
): Taxpayer {
  const old = addDays(lodgedOn, -730)
  const fits = (t: Taxpayer) => vatRegistered(t) && !not.includes(t.tin) && t.registeredOn <= old
  const preferred = unclaimed(st, (t) => fits(t) && sectors.includes(t.sector))
  const list = preferred.length ? preferred : unclaimed(st, fits)
  if (list.length) {
    const t = st.ctx.draw.pick(list).taxpayer
    st.claimed.add(t.tin)
    st.pool.push(t)
    return t
  }
  const reuse = st.pool.filter((t) => !not.includes(t.tin))
  return reuse.length ? st.ctx.draw.pick(reuse) : tooFew()
}

/** An invoice mill: a small, recently registered business that sells invoices, not goods. */
export function millSupplier(st: PartyState, lodgedOn: IsoDate, not: readonly Tin[]): Taxpayer {
  const small = unclaimed(st, (t) => !not.includes(t.tin) && (t.segment === 'micro' || t.segment === 'small'))
  const list = small.length ? small : unclaimed(st, (t) => !not.includes(t.tin))
  const t = st.ctx.draw.pick(list.length ? list : tooFew()).taxpayer
  st.claimed.add(t.tin)
  makeNew(st, t, addDays(lodgedOn, -st.ctx.draw.int(40, 200)))
  return t
}

/** A new bank account number for a case, unique in the world. */
export function newAccountNumber(st: PartyState, caseIndex: number, n: number): string {
  return st.ctx.ids.bankAccount(PROCESS_STREAM.refunds * 1_000_000 + caseIndex * 10 + n)
}

/** The account the claimant gave at registration, as the bank confirms it. */
export function registrationAccount(st: PartyState, t: Taxpayer): AccountRecord {
  const from = t.registeredOn
  const opened = addDays(from, -st.ctx.draw.int(5, 120))
  return {
    ...t.bankAccount,
    holder: t.name,
    from,
    channel: msg('refunds.story.channel.registration'),
    bankHolder: t.name,
    openedOn: opened < t.birthOrIncorporation ? t.birthOrIncorporation : opened,
  }
}

/** Someone's name for an account that is not the taxpayer's. */
export function strangerName(st: PartyState): string {
  const { ctx } = st
  const sex = ctx.draw.chance(0.5) ? 'F' : 'M'
  return fullName(ctx, { firstName: ctx.fake.firstName(sex), lastName: ctx.fake.lastName(sex) })
}
