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
import { PartyIndex, type Candidate } from './party-index'
import { dropWithTin, groupWhileWriting, stopGrouping } from '../../world/lookup'

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

/** The free businesses passing `extra`, in register order: what every index query must equal. */
function unclaimed(st: PartyState, extra: (t: Taxpayer, c: Company) => boolean = () => true) {
  return st.pop.businesses.filter(
    ({ taxpayer: t, company: c }) => t.status === 'active' && !st.claimed.has(t.tin) && extra(t, c),
  )
}

interface Picking {
  index: PartyIndex
  /** Where each reused supplier sits in `PartyState.pool`. */
  poolAt: Map<Tin, number>
}
const picking = new WeakMap<PartyState, Picking>()

/**
 * The index of the businesses free when this process starts (made at its first pick, before it
 * claims anyone). Claims are lodged in the 150 days before the reference date, so "registered two
 * years before the claim" only depends on the claim for registrations in this window.
 */
function pickingOf(st: PartyState): Picking {
  let p = picking.get(st)
  if (!p) {
    const free = unclaimed(st)
    const index = new PartyIndex(free, isoOf(st.ctx.refDay - 881), isoOf(st.ctx.refDay - 729))
    p = { index, poolAt: new Map() }
    picking.set(st, p)
    for (const list of listsOf(st)) groupWhileWriting(list)
  }
  return p
}

const listsOf = (st: PartyState) => [
  st.accounts.ledger,
  st.accounts.returns,
  st.accounts.thirdParty,
  st.pop.taxpayers,
]

/**
 * Ends the process's picking: what `clearHistory` removed leaves the shared lists (until then
 * only the TIN groups that the claims' truth reads know it is gone).
 */
export function finishPicking(st: PartyState): void {
  for (const list of listsOf(st)) stopGrouping(list)
  picking.delete(st)
}

/** Claims a business for this process and takes it out of the index. */
function claim(st: PartyState, t: Taxpayer) {
  st.claimed.add(t.tin)
  pickingOf(st).index.claim(t.tin)
}

/** A seeded pick among `count` items, the same draw as `draw.pick` on a list that long. */
const pickIndex = (st: PartyState, count: number) => st.ctx.draw.int(0, count - 1)

/** Whether a `not` list names a free business (then the index cannot answer for it). */
const namesFree = (st: PartyState, not: readonly Tin[]) => not.some((tin) => pickingOf(st).index.isFree(tin))

const sectorKey = (sectors: readonly string[]) => sectors.join('\u0000')

function tooFew(): never {
  throw new WorldShortfall(BUSINESSES, msg('session.shortfall.refunds'))
}

/**
 * Removes what other generators wrote about a taxpayer that this process's story replaces:
 * everything (for a company re-dated as new), or the VAT periods given and their third-party data.
 */
export function clearHistory(st: PartyState, tin: Tin, vatPeriods?: ReadonlySet<string>) {
  const a = st.accounts
  const replaced = (taxType: string, period: string) =>
    !vatPeriods || (taxType === 'VAT' && vatPeriods.has(period))
  dropWithTin(a.ledger, tin, (e) => replaced(e.taxType, e.period))
  dropWithTin(a.returns, tin, (r) => replaced(r.taxType, r.period))
  dropWithTin(
    a.thirdParty,
    tin,
    (r) =>
      !vatPeriods ||
      (vatPeriods.has(r.period) && ['customs', 'bank', 'supplier-declaration'].includes(r.source)),
  )
}

/** Removes another tax type's period before this process writes its own story for it. */
export function clearPeriod(st: PartyState, tin: Tin, taxType: string, period: string) {
  const a = st.accounts
  dropWithTin(a.ledger, tin, (e) => e.taxType === taxType && e.period === period)
  dropWithTin(a.returns, tin, (r) => r.taxType === taxType && r.period === period)
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
  const { index } = pickingOf(st)
  const old = addDays(lodgedOn, -730)
  const distance = (t: Taxpayer) => Math.abs(Math.log(Math.max(1, t.turnover) / Math.max(1, wantedTurnover)))
  const t = index.covers(old)
    ? nearestByIndex(index, { wantedTurnover, sectors, old, arrearsOk, distance })
    : nearestByScan(st, { wantedTurnover, sectors, old, arrearsOk, distance })
  claim(st, t)
  ensureVat(t)
  return t

  function nearestByIndex(index: PartyIndex, q: Nearness): Taxpayer {
    const arrears = q.arrearsOk ? [true, false] : [true]
    const oldFrom = index.oldFrom
    // Lists of those registered on or before oldFrom (old enough for any claim date); the few
    // registered between oldFrom and oldTo are checked against this claim's date one by one.
    const oldLists = (sector?: string) =>
      arrears.map((free) =>
        index.list(`old|vat|${free}${sector === undefined ? '' : `|=${sector}`}`, (c) => {
          const inSector = sector === undefined || c.taxpayer.sector === sector
          return c.taxpayer.registeredOn <= oldFrom && c.vat && c.arrearsFree === free && inSector
        }),
      )
    const arrearsFits = (c: Candidate) => q.arrearsOk || c.arrearsFree
    // The same tiers as filtering the register: preferred sectors, any sector, not VAT-registered, any age.
    const tiers = [
      {
        lists: () => [...new Set(q.sectors)].flatMap(oldLists),
        borderline: (c: Candidate) => c.vat && arrearsFits(c) && q.sectors.includes(c.taxpayer.sector),
      },
      { lists: () => oldLists(), borderline: (c: Candidate) => c.vat && arrearsFits(c) },
      {
        lists: () => [index.list('old', (c) => c.taxpayer.registeredOn <= oldFrom)],
        borderline: () => true,
      },
      { lists: () => [index.list('all', () => true)] },
    ]
    for (const tier of tiers) {
      const found = tier.lists().flatMap((list) => list.nearest(q.wantedTurnover, q.distance, () => true, 5))
      if (tier.borderline)
        for (const c of index.borderlineBy(q.old, tier.borderline))
          found.push({ c, d: q.distance(c.taxpayer) })
      if (!found.length) continue
      const nearest = found.sort((a, b) => a.d - b.d || a.c.pos - b.c.pos).slice(0, 5)
      return nearest[pickIndex(st, nearest.length)]!.c.taxpayer
    }
    return tooFew()
  }
}

interface Nearness {
  wantedTurnover: number
  sectors: readonly string[]
  old: IsoDate
  arrearsOk: boolean
  distance: (t: Taxpayer) => number
}

/** `establishedClaimant` by filtering the register: what the index answers, for claim dates it does not cover. */
function nearestByScan(st: PartyState, q: Nearness): Taxpayer {
  const fits = (t: Taxpayer) =>
    vatRegistered(t) && t.registeredOn <= q.old && (q.arrearsOk || t.arrears === 0)
  const tiers = [
    unclaimed(st, (t) => fits(t) && q.sectors.includes(t.sector)),
    unclaimed(st, fits),
    unclaimed(st, (t) => t.registeredOn <= q.old),
    unclaimed(st),
  ]
  const candidates = tiers.find((list) => list.length > 0) ?? tooFew()
  const nearest = [...candidates].sort((a, b) => q.distance(a.taxpayer) - q.distance(b.taxpayer)).slice(0, 5)
  return st.ctx.draw.pick(nearest).taxpayer
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
  const { index } = pickingOf(st)
  let set = index.set(`sector|${sectorKey(sectors)}`, (c) => sectors.includes(c.taxpayer.sector))
  if (!set.count) set = index.set('any', () => true)
  if (!set.count) tooFew()
  const t = index.at(set, pickIndex(st, set.count)).taxpayer
  claim(st, t)
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
  const { index } = pickingOf(st)
  let chosen: Taxpayer | undefined
  if (index.covers(old) && !namesFree(st, not)) {
    const oldFrom = index.oldFrom
    const inSectors = (c: Candidate) => sectors.includes(c.taxpayer.sector)
    const sure = (c: Candidate) => c.vat && c.taxpayer.registeredOn <= oldFrom
    let list = index.withBorderline(
      index.set(`vat-old|${sectorKey(sectors)}`, (c) => sure(c) && inSectors(c)),
      old,
      (c) => c.vat && inSectors(c),
    )
    if (!list.count) list = index.withBorderline(index.set('vat-old', sure), old, (c) => c.vat)
    if (list.count) chosen = list.at(pickIndex(st, list.count)).taxpayer
  } else {
    const fits = (t: Taxpayer) => vatRegistered(t) && !not.includes(t.tin) && t.registeredOn <= old
    const preferred = unclaimed(st, (t) => fits(t) && sectors.includes(t.sector))
    const list = preferred.length ? preferred : unclaimed(st, fits)
    if (list.length) chosen = st.ctx.draw.pick(list).taxpayer
  }
  if (chosen) {
    claim(st, chosen)
    pickingOf(st).poolAt.set(chosen.tin, st.pool.length)
    st.pool.push(chosen)
    return chosen
  }
  return reusedSupplier(st, not)
}

/** A supplier this process already uses, other than those in `not`: `pool.filter(…)` picked from, without the filter. */
function reusedSupplier(st: PartyState, not: readonly Tin[]): Taxpayer {
  const { poolAt } = pickingOf(st)
  const skipped = [...new Set(not)].flatMap((tin) => poolAt.get(tin) ?? []).sort((a, b) => a - b)
  const count = st.pool.length - skipped.length
  if (count <= 0) return tooFew()
  let k = pickIndex(st, count)
  for (const at of skipped) if (at <= k) k++
  return st.pool[k]!
}

/** An invoice mill: a small, recently registered business that sells invoices, not goods. */
export function millSupplier(st: PartyState, lodgedOn: IsoDate, not: readonly Tin[]): Taxpayer {
  const t = namesFree(st, not) ? millByScan(st, not) : millByIndex(st)
  claim(st, t)
  makeNew(st, t, addDays(lodgedOn, -st.ctx.draw.int(40, 200)))
  return t
}

function millByIndex(st: PartyState): Taxpayer {
  const { index } = pickingOf(st)
  let set = index.set('small', (c) => c.taxpayer.segment === 'micro' || c.taxpayer.segment === 'small')
  if (!set.count) set = index.set('any', () => true)
  if (!set.count) tooFew()
  return index.at(set, pickIndex(st, set.count)).taxpayer
}

function millByScan(st: PartyState, not: readonly Tin[]): Taxpayer {
  const small = unclaimed(st, (t) => !not.includes(t.tin) && (t.segment === 'micro' || t.segment === 'small'))
  const list = small.length ? small : unclaimed(st, (t) => !not.includes(t.tin))
  return st.ctx.draw.pick(list.length ? list : tooFew()).taxpayer
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
