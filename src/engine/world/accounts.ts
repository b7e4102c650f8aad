/**
 * The baseline taxpayer accounts of the register: for each taxpayer, the returns of the last
 * few periods of each tax it is registered for (mostly filed and paid on time, some late,
 * dormant ones missing), the current-account entries they produced, and employers' year-end
 * PAYE certificates for wage earners. A taxpayer with arrears owes exactly `Taxpayer.arrears`
 * on its ledger, made of unpaid self-assessments and later adjustments; everyone else owes 0.
 *
 * Conventions every process can rely on: a liability is dated on the day it fell due (see
 * rules/ledger.ts); penalties and interest settled with a late payment are posted on the
 * payment date; penalties and interest still accruing on unpaid tax are not posted (the
 * processes compute them with rules/penalties.ts and rules/interest.ts). Ids: returns
 * `RET-<tin>-<tax>-<period>`, ledger lines `<return id>-<n>`, third-party `TPE-<tin>-<year>`.
 * A process that tells its own story about a taxpayer removes the baseline first
 * (`dropBaseline`); one that wants a claimed taxpayer's usual history calls `ensureAccount`.
 */
import { dropWithTin, withTin } from './lookup'
import type { TaxType } from '../vocabulary'
import { recentSlots, type Slot } from './account-figures'
import {
  HABITS,
  employerRecord,
  missing,
  nilReturn,
  ordinaryReturn,
  owedReturn,
  type Builder,
  type Habit,
  type Owed,
} from './account-history'
import type { WorldContext } from './context'
import { dayOf } from './dates'
import type { Population } from './population'
import { PROCESS_STREAM, type Accounts } from './process-world'
import { INDIVIDUAL_SECTORS } from './sectors'
import type { Taxpayer, Tin } from './types'

/** Periods of history per tax type: the last few returns an officer sees on the account. */
const HISTORY = { monthly: 3, annual: 2 } as const
/** How far back the unpaid periods of a taxpayer with arrears may go. */
const ARREARS_BACK = { monthly: 24, annual: 5 } as const
const WAGE_SECTORS: ReadonlySet<string> = new Set(
  INDIVIDUAL_SECTORS.filter((s) => s.notSales).map((s) => s.name),
)

const isMonthly = (taxType: TaxType) => taxType !== 'CIT' && taxType !== 'PIT'

/**
 * Registers up to this many taxpayers get a full history for everyone; larger ones (stress
 * tests, national-scale worlds) only for taxpayers with arrears, the others being taken as
 * compliant with nothing owed until a process asks for their history (`ensureAccount`).
 */
export const FULL_DETAIL_LIMIT = 2000

const builders = new WeakMap<
  Accounts,
  { b: Builder; pop: Population; detailed: Set<Tin>; at?: Map<Tin, number>; of?: number }
>()

/**
 * Where a TIN first appears in the register (-1 when absent): a map made once, not a scan per
 * call, which made every process that asks for many accounts quadratic in the register.
 */
function registerPosition(state: { pop: Population; at?: Map<Tin, number>; of?: number }, tin: Tin): number {
  const list = state.pop.taxpayers
  let i = state.at?.get(tin)
  if (!state.at || state.of !== list.length || (i !== undefined && list[i]?.tin !== tin)) {
    state.at = new Map()
    state.of = list.length
    for (let k = list.length - 1; k >= 0; k--) state.at.set(list[k]!.tin, k)
    i = state.at.get(tin)
  }
  return i ?? -1
}

/** Generates the baseline accounts of the register (see FULL_DETAIL_LIMIT). */
export function generateAccounts(ctx: WorldContext, pop: Population): Accounts {
  const j = ctx.scenario.jurisdiction
  const accounts: Accounts = { ledger: [], returns: [], thirdParty: [] }
  const recent = new Map<TaxType, Slot[]>()
  const older = new Map<TaxType, Slot[]>()
  for (const { code } of j.taxTypes) {
    const kind = isMonthly(code) ? 'monthly' : 'annual'
    recent.set(code, recentSlots(code, ctx.referenceDate, HISTORY[kind], j))
    older.set(code, recentSlots(code, ctx.referenceDate, ARREARS_BACK[kind], j))
  }
  const b: Builder = {
    ctx,
    j,
    unit: 10 ** j.currency.minorUnits,
    accounts,
    recent,
    older,
    employers: pop.businesses
      .map((e) => e.taxpayer)
      .filter((t) => t.status === 'active' && (t.employees ?? 0) > 0),
  }
  const detailed = new Set<Tin>()
  const full = pop.taxpayers.length <= FULL_DETAIL_LIMIT
  pop.taxpayers.forEach((t, i) => {
    if (!full && t.arrears === 0) return
    ctx.reseed(PROCESS_STREAM.accounts, i)
    accountOf(b, t)
    detailed.add(t.tin)
  })
  builders.set(accounts, { b, pop, detailed })
  return accounts
}

/**
 * Makes sure a taxpayer of the register has its baseline history in `accounts` (in a large
 * register only taxpayers with arrears have one up front). The history is the same whenever
 * it is made. Reseeds the context: reseed your own stream afterwards.
 */
export function ensureAccount(accounts: Accounts, tin: Tin): void {
  const state = builders.get(accounts)
  if (!state || state.detailed.has(tin)) return
  const i = registerPosition(state, tin)
  const t = state.pop.taxpayers[i]
  if (!t) return
  state.b.ctx.reseed(PROCESS_STREAM.accounts, i)
  state.b.accounts = accounts
  accountOf(state.b, t)
  state.detailed.add(tin)
}

/**
 * Removes a taxpayer's baseline returns, ledger lines and third-party records, so a process
 * can write its own history for a taxpayer it claimed. Returns the arrears that were removed.
 */
export function dropBaseline(accounts: Accounts, tin: Tin): number {
  const owed = withTin(accounts.ledger, tin).reduce((sum, e) => sum + e.amount, 0)
  dropWithTin(accounts.ledger, tin, () => true)
  dropWithTin(accounts.returns, tin, () => true)
  dropWithTin(accounts.thirdParty, tin, () => true)
  builders.get(accounts)?.detailed.add(tin)
  return owed
}

function accountOf(b: Builder, t: Taxpayer): void {
  if (t.status === 'deregistered' && t.arrears === 0) return
  const { draw } = b.ctx
  const habit: Habit = draw.weighted(HABITS)
  const owed = t.arrears > 0 ? arrearsPlan(b, t) : []
  const owedKeys = new Map(owed.map((o) => [`${o.taxType}|${o.slot.period}`, o]))
  // A deregistered taxpayer files no more returns; only its unpaid periods remain.
  const gone = t.status === 'deregistered'
  for (const o of owed) {
    if (gone || o.slot.dueDay < (b.recent.get(o.taxType)?.[0]?.dueDay ?? 0)) owedReturn(b, t, o)
  }
  if (gone) return
  for (const reg of t.taxTypes) {
    const from = dayOf(reg.from)
    for (const slot of b.recent.get(reg.taxType) ?? []) {
      const o = owedKeys.get(`${reg.taxType}|${slot.period}`)
      if (o) {
        owedReturn(b, t, o)
        continue
      }
      if (slot.endDay < from) continue
      if (t.status === 'dormant') {
        if (draw.chance(0.3)) nilReturn(b, t, reg.taxType, slot)
        else missing(b, t, reg.taxType, slot)
        continue
      }
      ordinaryReturn(b, t, reg.taxType, slot, habit)
    }
  }
  if (t.kind === 'individual' && t.status === 'active' && WAGE_SECTORS.has(t.sector)) employerRecord(b, t)
}

/** Where a taxpayer's arrears sit: one to three overdue periods, recent for an active taxpayer. */
function arrearsPlan(b: Builder, t: Taxpayer): Owed[] {
  const { draw } = b.ctx
  const today = b.ctx.refDay
  const active = t.status === 'active'
  const registered = t.taxTypes.map((r) => r.taxType).filter((tt) => b.older.has(tt))
  const monthly = registered.filter(isMonthly)
  const annual = registered.filter((tt) => !isMonthly(tt))
  const preferMonthly = monthly.length > 0 && (annual.length === 0 || draw.chance(active ? 0.5 : 0.2))
  const order = preferMonthly ? [...monthly, ...annual] : [...annual, ...monthly]
  let taxType: TaxType | undefined
  let candidates: Slot[] = []
  for (const tt of order) {
    const from = dayOf(t.taxTypes.find((r) => r.taxType === tt)?.from ?? t.registeredOn)
    candidates = (b.older.get(tt) ?? []).filter((s) => s.endDay >= from && s.dueDay < today)
    taxType = tt
    if (candidates.length) break
  }
  if (!taxType) return []
  if (!candidates.length) candidates = (b.older.get(taxType) ?? []).filter((s) => s.dueDay < today).slice(-1)
  // Active taxpayers fell behind lately; dormant and deregistered ones long ago.
  const window = isMonthly(taxType) ? 6 : 2
  const pool = active
    ? candidates.slice(-window)
    : candidates.slice(0, Math.max(1, candidates.length - window))
  const k = Math.min(pool.length, active ? (draw.chance(0.7) ? 1 : 2) : draw.int(1, 3))
  const picked: Slot[] = []
  const left = [...pool]
  for (let n = 0; n < k; n++) picked.push(...left.splice(draw.int(0, left.length - 1), 1))
  picked.sort((x, y) => x.dueDay - y.dueDay)
  let rest = t.arrears
  return picked.map((slot, n) => {
    const share =
      n === picked.length - 1
        ? rest
        : Math.max(1, Math.round((rest * draw.float(0.3, 0.7)) / b.unit) * b.unit)
    const amount = Math.min(share, rest - (picked.length - 1 - n))
    rest -= amount
    return { taxType: taxType as TaxType, slot, amount }
  })
}
