/**
 * Interest and late-payment penalties that accrue while the simulated calendar moves on
 * (docs/domain.md §Accruals). The generated ledger holds every charge up to the exercise's
 * start; from then on the charges on each period's unpaid tax are a pure function of the
 * ledger and today's date, so a replay never has to remember what was posted when.
 *
 * Each part of a period's tax that was still unpaid at the start bears charges from the start
 * until the day it is paid (a payment, an offset) or until today when still unpaid: a partial
 * payment made late carries the charges of its own days. Interest follows the profile's rate,
 * basis (daily or by month and part-month) and compounding; a percent-per-month penalty its
 * grace months and cap; a fixed or flat penalty is charged once, when the tax first falls late.
 * Each period's accrual is rounded once, as an officer would compute it by hand. A write-off ends
 * the accrual like a payment; an instalment agreement lowers the percent-per-month penalty from
 * the day it is granted by the profile's agreementPenaltyFactor, and interest runs on.
 */
import type { Jurisdiction, PenaltyRule } from '../jurisdiction'
import { daysBetween } from '../primitives/calendar'
import { day, msg } from '../primitives/message'
import type { IsoDate } from '../primitives/calendar'
import type { Tin } from '../primitives/identifiers'
import type { LedgerEntry } from './ledger-entry'
import { componentOf } from './ledger'
import { DAYS_PER_YEAR } from './interest'
import { roundMinor } from './money'
import { applyPenaltyRule, monthsLate } from './penalties'

export type AccrualJurisdiction = Pick<Jurisdiction, 'interest' | 'rounding' | 'currency' | 'penalties'> & {
  payments: Pick<Jurisdiction['payments'], 'interestCompounding' | 'agreementPenaltyFactor'>
}

/** Unrounded interest a `principal` bears between `from` and `to`, on tax due on `due`. */
export function interestBetween(
  principal: number,
  due: IsoDate,
  from: IsoDate,
  to: IsoDate,
  j: AccrualJurisdiction,
): number {
  if (principal <= 0 || to <= from) return 0
  const daily = j.interest.basis === 'daily'
  const steps = (on: IsoDate) => (daily ? Math.max(0, daysBetween(due, on)) : monthsLate(due, on))
  const rate = (daily ? (j.interest.percentPerMonth * 12) / DAYS_PER_YEAR : j.interest.percentPerMonth) / 100
  const [a, b] = [steps(from), steps(to)]
  if (b <= a) return 0
  if (j.payments.interestCompounding === 'compound') return principal * ((1 + rate) ** b - (1 + rate) ** a)
  return principal * rate * (b - a)
}

/**
 * Unrounded late-payment penalty that `principal` adds between `from` and `to` under `rule`.
 * From `agreement.on` (an instalment agreement granted) a percent-per-month rate is multiplied by
 * `agreement.factor`; the cap still counts every month's percent together.
 */
export function penaltyBetween(
  rule: PenaltyRule,
  principal: number,
  due: IsoDate,
  from: IsoDate,
  to: IsoDate,
  j: Pick<Jurisdiction, 'currency' | 'rounding'>,
  agreement?: { on: IsoDate; factor: number },
): number {
  if (principal <= 0 || to <= from) return 0
  const [a, b] = [monthsLate(due, from), monthsLate(due, to)]
  if (b <= a) return 0
  if (rule.type === 'percent-per-month') {
    const g = agreement ? monthsLate(due, agreement.on) : Infinity
    const factor = agreement?.factor ?? 1
    const grace = rule.graceMonths
    const pct = (m: number) =>
      Math.min(
        rule.percent * Math.max(0, Math.min(m, g) - grace) +
          factor * rule.percent * Math.max(0, m - Math.max(g, grace)),
        rule.maxPercent,
      )
    return (principal * (pct(b) - pct(a))) / 100
  }
  // A fixed or flat penalty is charged once: when the tax first falls late within the window.
  return a === 0 ? applyPenaltyRule(rule, principal, b, j) : 0
}

/** One period's principal: when it fell due, and the parts still unpaid at `start` with the day each was paid. */
interface PeriodDebt {
  tin: Tin
  taxType: LedgerEntry['taxType']
  period: string
  due: IsoDate
  /** The day charges start accruing: the exercise's start, or the period's last generated charge. */
  from: IsoDate
  /** [amount, paid on (undefined: still unpaid)] for the principal unpaid at the start. */
  parts: [number, IsoDate | undefined][]
  /** The day an instalment agreement covering the period was granted. */
  agreedOn?: IsoDate
}

/** The lines of the ledger dated on or before `today`, grouped by period account in order of first appearance. */
function periodGroups(ledger: readonly LedgerEntry[], today: IsoDate) {
  const groups = new Map<string, LedgerEntry[]>()
  for (const e of ledger) {
    if (e.date > today) continue
    const key = `${e.tin}|${e.taxType}|${e.period}`
    const list = groups.get(key)
    if (list) list.push(e)
    else groups.set(key, [e])
  }
  return groups
}

/** One period account's debt still bearing charges after `start`, if any. */
function periodDebt(list: readonly LedgerEntry[], start: IsoDate): PeriodDebt | undefined {
  const principal = list.filter(
    (e) => e.amount > 0 && componentOf(e.kind) === 'principal' && e.kind !== 'offset-out',
  )
  if (!principal.length) return undefined
  const due = principal.reduce((min, e) => (e.date < min ? e.date : min), principal[0]!.date)
  // Credits pay the tax first (charges are a separate account of the period here): what a
  // credit dated on or before the start paid is settled history, later credits pay the rest.
  // A write-off is such a credit: written-off tax bears nothing after the day it is written off.
  const owedAtStart = principal.filter((e) => e.date <= start).reduce((s, e) => s + e.amount, 0)
  const laterDebits = principal.filter((e) => e.date > start)
  const credits = list
    .filter((e) => e.amount < 0 && e.kind !== 'abatement')
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
  let unpaid = owedAtStart - credits.filter((c) => c.date <= start).reduce((s, c) => s - c.amount, 0)
  const parts: [number, IsoDate | undefined][] = []
  const pending: [number, IsoDate][] = laterDebits.map((e) => [e.amount, e.date])
  for (const c of credits.filter((x) => x.date > start)) {
    let left = -c.amount
    const paid = Math.min(Math.max(0, unpaid), left)
    if (paid > 0) parts.push([paid, c.date])
    unpaid -= paid
    left -= paid
    // A later assessment the credit pays bears charges from its own date to the payment.
    while (left > 0 && pending.length) {
      const head = pending[0]!
      if (head[1] > c.date) break
      const cut = Math.min(left, head[0])
      head[0] -= cut
      left -= cut
      if (head[0] === 0) pending.shift()
    }
  }
  if (unpaid > 0) parts.push([unpaid, undefined])
  if (!parts.length) return undefined
  const first = list[0]!
  // A period whose history was written later than the start (a task that starts later in the
  // story) already holds its charges up to its last one: accrue from there.
  const charged = list.filter((e) => e.kind === 'interest' || e.kind === 'penalty').map((e) => e.date)
  const from = charged.reduce((max, d) => (d > max ? d : max), start)
  // An instalment agreement covering the period lowers the late-payment penalty from the day
  // it is granted; interest runs on (docs/domain.md §Accruals).
  const agreed = list.filter((e) => e.kind === 'agreement').map((e) => e.date)
  const agreedOn = agreed.length ? agreed.reduce((min, d) => (d < min ? d : min)) : undefined
  return {
    tin: first.tin,
    taxType: first.taxType,
    period: first.period,
    due,
    from,
    parts,
    ...(agreedOn ? { agreedOn } : {}),
  }
}

/** Whether a ledger line is an accrual computed for the session's date (not generated or posted). */
export function isAccrual(entry: LedgerEntry): boolean {
  return entry.id.startsWith('ACC-')
}

/**
 * The charges accrued from `start` (the exercise's first day) to `today` on every period's
 * unpaid tax: one interest and one penalty entry per period, dated today. Pure: the same ledger
 * and dates give the same entries, with ids that say what they cover.
 */
export function accruals(
  ledger: readonly LedgerEntry[],
  start: IsoDate,
  today: IsoDate,
  j: AccrualJurisdiction,
): LedgerEntry[] {
  if (today <= start) return []
  return [...periodGroups(ledger, today).values()].flatMap((list) => periodCharges(list, start, today, j))
}

/** The interest and penalty one period account has accrued from `start` to `today`. */
function periodCharges(
  list: readonly LedgerEntry[],
  start: IsoDate,
  today: IsoDate,
  j: AccrualJurisdiction,
): LedgerEntry[] {
  const d = periodDebt(list, start)
  if (!d) return []
  const out: LedgerEntry[] = []
  let interest = 0
  let penalty = 0
  for (const [amount, paidOn] of d.parts) {
    const to = paidOn ?? today
    interest += interestBetween(amount, d.due, d.from, to, j)
    const agreement = d.agreedOn ? { on: d.agreedOn, factor: j.payments.agreementPenaltyFactor } : undefined
    penalty += penaltyBetween(j.penalties.latePayment, amount, d.due, d.from, to, j, agreement)
  }
  const base = {
    tin: d.tin,
    taxType: d.taxType,
    period: d.period,
    date: today,
    // A reference is shown as written in every language: the dates, no word.
    ref: `${start}–${today}`,
  }
  const int = roundMinor(interest, j.rounding)
  const pen = roundMinor(penalty, j.rounding)
  const id = `ACC-${d.tin}-${d.taxType}-${d.period}-${today}`
  if (int > 0)
    out.push({
      ...base,
      id: `${id}-INT`,
      kind: 'interest',
      amount: int,
      note: msg('common.ledgerNote.interestFrom', { from: day(start) }),
    })
  if (pen > 0)
    out.push({
      ...base,
      id: `${id}-PEN`,
      kind: 'penalty',
      amount: pen,
      note: msg('common.ledgerNote.penaltyFrom', { from: day(start) }),
    })
  return out
}

/** What one period account's charges became after new lines: `rank` is its place in `accruals`' order. */
export interface ChargeChange {
  rank: number
  tin: Tin
  before: readonly LedgerEntry[]
  after: readonly LedgerEntry[]
}

const NO_CHARGES: readonly LedgerEntry[] = []

/**
 * `accruals` for one `today` over a ledger that only grows at the end (a session's, as cases
 * post): each update reads the lines appended since the last and recomputes only the period
 * accounts they touch, so a posting costs what it changes rather than the whole ledger. The
 * charges it holds are exactly what `accruals` gives on the whole list, in the same order (the
 * period accounts in order of first appearance), and can be read per TIN or by id.
 */
export class GrowingAccruals {
  readonly #groups = new Map<string, LedgerEntry[]>()
  /** Per period account, in order of first appearance: its rank in that order and its charges. */
  readonly #accounts = new Map<string, { rank: number; charges: readonly LedgerEntry[] }>()
  /** Each TIN's period accounts, in order of first appearance. */
  readonly #keysByTin = new Map<string, string[]>()
  readonly #byId = new Map<string, LedgerEntry>()
  #seen = 0
  #out: LedgerEntry[] | undefined

  constructor(
    readonly ledger: readonly LedgerEntry[],
    readonly start: IsoDate,
    readonly today: IsoDate,
    readonly j: AccrualJurisdiction,
  ) {}

  /**
   * Reads the lines appended since the last update and recomputes the period accounts they
   * touch: the accounts whose charges were or are now non-empty, in order of rank.
   */
  update(): ChargeChange[] {
    const end = this.ledger.length
    if (this.today <= this.start) {
      this.#seen = end
      return []
    }
    const touched = new Set<string>()
    for (let i = this.#seen; i < end; i++) {
      const e = this.ledger[i]!
      if (e.date > this.today) continue
      const key = `${e.tin}|${e.taxType}|${e.period}`
      const list = this.#groups.get(key)
      if (list) list.push(e)
      else {
        this.#groups.set(key, [e])
        this.#accounts.set(key, { rank: this.#accounts.size, charges: NO_CHARGES })
        const keys = this.#keysByTin.get(e.tin)
        if (keys) keys.push(key)
        else this.#keysByTin.set(e.tin, [key])
      }
      touched.add(key)
    }
    this.#seen = end
    const changes: ChargeChange[] = []
    for (const key of touched) {
      const list = this.#groups.get(key)!
      const account = this.#accounts.get(key)!
      const before = account.charges
      const after = periodCharges(list, this.start, this.today, this.j)
      if (!before.length && !after.length) continue
      for (const c of before) this.#byId.delete(c.id)
      for (const c of after) this.#byId.set(c.id, c)
      account.charges = after
      changes.push({ rank: account.rank, tin: list[0]!.tin, before, after })
    }
    return changes.sort((a, b) => a.rank - b.rank)
  }

  /** The charges on the ledger as it stands now (a new list when they changed). */
  charges(): readonly LedgerEntry[] {
    if (this.today <= this.start) return []
    const changed = this.update().length > 0
    if (this.#out && !changed) return this.#out
    const out: LedgerEntry[] = []
    for (const { charges } of this.#accounts.values()) for (const c of charges) out.push(c)
    this.#out = out
    return out
  }

  /** The charges of one TIN as of the last update, in `accruals`' order. */
  chargesOf(tin: string): LedgerEntry[] {
    const keys = this.#keysByTin.get(tin)
    if (!keys) return []
    const out: LedgerEntry[] = []
    for (const key of keys) for (const c of this.#accounts.get(key)!.charges) out.push(c)
    return out
  }

  /** The charge with this id as of the last update. */
  charge(id: string): LedgerEntry | undefined {
    return this.#byId.get(id)
  }
}
