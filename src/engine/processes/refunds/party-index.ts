/**
 * The refund generator's view of the register's free businesses, indexed so a pick costs about
 * the same at 5,000 cases as at 100. Each query answers exactly what filtering the register in
 * its order would (the same list length and the same k-th item), so the seeded draws and the
 * world do not change; only the time does.
 *
 * Free means active and claimed by no process when the refund generator starts, and not claimed
 * by it since. What the filters read (VAT registration, sector, registration date, arrears,
 * turnover, segment) only changes on a taxpayer after it is claimed, so it is read once.
 */
import { FreePositions } from '../../world/free-pool'
import type { Company, IsoDate, Taxpayer, Tin } from '../../world/types'

export interface Candidate {
  taxpayer: Taxpayer
  company: Company
  /** Place in the register's business list among the free ones: the order every filter keeps. */
  pos: number
  vat: boolean
  arrearsFree: boolean
}

/** A filter that does not depend on the claim: counted per position, shrunk as claims are made. */
interface StaticSet {
  test: (c: Candidate) => boolean
  free: FreePositions
}

/** Free candidates of one static kind, sorted by turnover, for the nearest-turnover search. */
class ByTurnover {
  readonly items: Candidate[]
  /** Union-find over dead items: `right[i]` leads to the next live item at or after i. */
  private readonly right: Int32Array
  /** The same leftwards, shifted by one so that 0 means "none". */
  private readonly left: Int32Array
  private readonly at = new Map<number, number>()

  constructor(items: Candidate[]) {
    this.items = items.sort((a, b) => a.taxpayer.turnover - b.taxpayer.turnover || a.pos - b.pos)
    const n = items.length
    this.right = Int32Array.from({ length: n + 1 }, (_, i) => i)
    this.left = Int32Array.from({ length: n + 1 }, (_, i) => i)
    items.forEach((c, i) => this.at.set(c.pos, i))
  }

  remove(pos: number) {
    const i = this.at.get(pos)
    if (i === undefined) return
    this.right[i] = i + 1
    this.left[i + 1] = i
  }

  /** The first live index at or after `i` (items.length when none). */
  next(i: number): number {
    const { right } = this
    let root = i
    while (right[root] !== root) root = right[root]!
    while (right[i] !== root) [i, right[i]] = [right[i]!, root]
    return root
  }

  /** The last live index at or before `i` (-1 when none). */
  prev(i: number): number {
    const { left } = this
    let j = i + 1
    let root = j
    while (left[root] !== root) root = left[root]!
    while (left[j] !== root) [j, left[j]] = [left[j]!, root]
    return root - 1
  }

  /**
   * The `limit` live items nearest by `distance` that pass `ok`, with every item as near as the
   * last of them: walking out from `wanted` in turnover order, where the distance only grows.
   */
  nearest(
    wanted: number,
    distance: (t: Taxpayer) => number,
    ok: (c: Candidate) => boolean,
    limit: number,
  ): { c: Candidate; d: number }[] {
    const { items } = this
    const floor = Math.max(1, wanted)
    let lo = 0
    let hi = items.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (Math.max(1, items[mid]!.taxpayer.turnover) < floor) lo = mid + 1
      else hi = mid
    }
    let l = this.prev(lo - 1)
    let r = this.next(lo)
    const seekLeft = () => {
      while (l >= 0 && !ok(items[l]!)) l = this.prev(l - 1)
    }
    const seekRight = () => {
      while (r < items.length && !ok(items[r]!)) r = this.next(r + 1)
    }
    seekLeft()
    seekRight()
    const found: { c: Candidate; d: number }[] = []
    let bound = Infinity
    for (;;) {
      const dl = l >= 0 ? distance(items[l]!.taxpayer) : Infinity
      const dr = r < items.length ? distance(items[r]!.taxpayer) : Infinity
      const d = Math.min(dl, dr)
      if (d === Infinity || (found.length >= limit && d > bound)) break
      if (dl <= dr) {
        found.push({ c: items[l]!, d })
        l = this.prev(l - 1)
        seekLeft()
      } else {
        found.push({ c: items[r]!, d })
        r = this.next(r + 1)
        seekRight()
      }
      if (found.length === limit) bound = d
    }
    return found
  }
}

export class PartyIndex {
  readonly candidates: Candidate[]
  private readonly byTin = new Map<Tin, Candidate>()
  private readonly sets = new Map<string, StaticSet>()
  private readonly lists = new Map<string, ByTurnover>()
  private readonly live: Uint8Array
  /** Registration dates between these two depend on the claim's date; outside they never do. */
  readonly oldFrom: IsoDate
  readonly oldTo: IsoDate
  /** Candidates registered in (oldFrom, oldTo], in register order. */
  private readonly borderline: Candidate[]

  constructor(
    businesses: readonly { taxpayer: Taxpayer; company: Company }[],
    oldFrom: IsoDate,
    oldTo: IsoDate,
  ) {
    this.candidates = []
    for (const { taxpayer, company } of businesses) {
      const c: Candidate = {
        taxpayer,
        company,
        pos: this.candidates.length,
        vat: taxpayer.taxTypes.some((r) => r.taxType === 'VAT'),
        arrearsFree: taxpayer.arrears === 0,
      }
      this.candidates.push(c)
      this.byTin.set(taxpayer.tin, c)
    }
    this.live = new Uint8Array(this.candidates.length).fill(1)
    this.oldFrom = oldFrom
    this.oldTo = oldTo
    this.borderline = this.candidates.filter(
      (c) => c.taxpayer.registeredOn > oldFrom && c.taxpayer.registeredOn <= oldTo,
    )
  }

  /** Whether a taxpayer is still free for this process. */
  isFree(tin: Tin): boolean {
    const c = this.byTin.get(tin)
    return c !== undefined && this.live[c.pos] === 1
  }

  /** Takes a taxpayer out of every list (a no-op for one that was never free). */
  claim(tin: Tin): void {
    const c = this.byTin.get(tin)
    if (!c || !this.live[c.pos]) return
    this.live[c.pos] = 0
    for (const s of this.sets.values()) if (s.test(c)) s.free.add(c.pos, -1)
    for (const list of this.lists.values()) list.remove(c.pos)
  }

  /** The live candidates passing a static filter, as a counted set (made on first use). */
  set(key: string, test: (c: Candidate) => boolean): FreePositions {
    let s = this.sets.get(key)
    if (!s) {
      s = { test, free: new FreePositions(this.candidates.length) }
      for (const c of this.candidates) if (this.live[c.pos] && test(c)) s.free.add(c.pos, 1)
      this.sets.set(key, s)
    }
    return s.free
  }

  /** The live candidates passing a static filter, by turnover (made on first use). */
  list(key: string, test: (c: Candidate) => boolean): ByTurnover {
    let list = this.lists.get(key)
    if (!list) {
      list = new ByTurnover(this.candidates.filter((c) => this.live[c.pos] && test(c)))
      this.lists.set(key, list)
    }
    return list
  }

  /** Whether the claim date's threshold `old` falls where the borderline list answers it. */
  covers(old: IsoDate): boolean {
    return old >= this.oldFrom && old <= this.oldTo
  }

  /** The free borderline candidates registered on or before `old` that pass `extra`, in register order. */
  borderlineBy(old: IsoDate, extra: (c: Candidate) => boolean): Candidate[] {
    return this.borderline.filter((c) => this.live[c.pos] && c.taxpayer.registeredOn <= old && extra(c))
  }

  /**
   * The free candidates of `sure` (registered on or before oldFrom) together with the borderline
   * ones that pass `extra` and were registered on or before `old`: their count, and the k-th in
   * register order.
   */
  withBorderline(sure: FreePositions, old: IsoDate, extra: (c: Candidate) => boolean) {
    const more = this.borderlineBy(old, extra)
    return {
      count: sure.count + more.length,
      at: (k: number): Candidate => {
        let j = 0
        for (; j < more.length; j++) {
          const place = sure.before(more[j]!.pos) + j
          if (k < place) break
          if (k === place) return more[j]!
        }
        return this.candidates[sure.kth(k - j)]!
      },
    }
  }

  /** The k-th live candidate of a counted set, in register order. */
  at(set: FreePositions, k: number): Candidate {
    return this.candidates[set.kth(k)]!
  }
}
