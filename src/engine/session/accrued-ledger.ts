/**
 * The ledger a session's cases read once the calendar has moved on: the session's own ledger
 * followed by the interest and penalties accrued on it to today (`accruals`' order), as ONE list
 * kept up to date in place. A posting appends lines to the session's ledger; the list takes them
 * in before its charges and replaces the charges of the period accounts they touch, so a posting
 * costs what it changes (plus moving the short list of charges along) instead of copying the
 * whole ledger. Look-ups by TIN and id read the session's ledger and the book of charges, each
 * indexed on its own (`joinedView`).
 *
 * The list is the same array from one posting to the next: a session hands its world to process
 * code for one call at a time, and nothing keeps it across a posting.
 */
import type { GrowingAccruals } from '../rules/accrual'
import type { LedgerEntry } from '../rules/ledger-entry'
import { joinedView, refreshView } from '../world/lookup'

/** Above this many items, an insertion moves the rest out and back instead of spreading arguments. */
const SPREAD_LIMIT = 10_000

export class AccruedLedger {
  /** The session's ledger, then the charges: what `[...ledger, ...accruals(ledger, …)]` gives. */
  readonly list: LedgerEntry[] = []
  /** How many lines of the session's ledger the list holds (the charges start there). */
  #head = 0
  /** The rank (`ChargeChange.rank`) of each charge in the list after the head, in order. */
  readonly #ranks: number[] = []

  constructor(readonly book: GrowingAccruals) {
    joinedView(this.list, book.ledger, {
      withTin: (tin) => book.chargesOf(tin),
      withId: (id) => book.charge(id),
    })
    this.update()
  }

  /** Whether the list holds charges (without them it is the session's ledger as it is). */
  get charged(): boolean {
    return this.#ranks.length > 0
  }

  /** Takes in what was appended to the session's ledger since the last update. */
  update(): void {
    const ledger = this.book.ledger
    if (this.#head === ledger.length) return
    const from = this.#head
    const tins = new Set<string>()
    const fresh = ledger.slice(from)
    for (const e of fresh) tins.add(e.tin)
    insert(this.list, from, fresh)
    this.#head = ledger.length
    for (const change of this.book.update()) {
      const at = lowerBound(this.#ranks, change.rank)
      const { before, after } = change
      this.#ranks.splice(at, before.length, ...after.map(() => change.rank))
      this.list.splice(this.#head + at, before.length, ...after)
      tins.add(change.tin)
    }
    refreshView(this.list, tins)
  }
}

function insert<T>(list: T[], at: number, items: readonly T[]): void {
  if (items.length <= SPREAD_LIMIT) {
    list.splice(at, 0, ...items)
    return
  }
  const rest = list.splice(at)
  for (const item of items) list.push(item)
  for (const item of rest) list.push(item)
}

/** The first index of `sorted` whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let [lo, hi] = [0, sorted.length]
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
