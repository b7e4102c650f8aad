/**
 * Counting and picking among what is still free in a fixed list, in O(log n) a step.
 *
 * Generators pick the parties of their cases from the register: "the k-th business still
 * free that fits". Filtering the whole register at every pick makes a worklist quadratic in its
 * size; a Fenwick tree over the list's positions counts the free ones before any position and
 * finds the k-th, so a pick costs the same at 100 cases as at 5,000. The k-th free item is
 * exactly what `list.filter(isFree)[k]` gives, so the seeded draws (and the world) are unchanged.
 */
export class FreePositions {
  private readonly tree: Int32Array
  private free = 0

  /** `size` positions, none free yet. */
  constructor(readonly size: number) {
    this.tree = new Int32Array(size + 1)
  }

  /** How many positions are free. */
  get count(): number {
    return this.free
  }

  /** Marks `position` free (+1) or taken (-1); the caller keeps each position 0 or 1. */
  add(position: number, delta: 1 | -1): void {
    this.free += delta
    for (let i = position + 1; i <= this.size; i += i & -i) this.tree[i]! += delta
  }

  /** How many free positions come before `position`. */
  before(position: number): number {
    let sum = 0
    for (let i = position; i > 0; i -= i & -i) sum += this.tree[i]!
    return sum
  }

  /** The position of the k-th free one (0-based), in list order. */
  kth(k: number): number {
    let at = 0
    let rest = k
    for (let step = highestBit(this.size); step > 0; step >>= 1) {
      const next = at + step
      if (next <= this.size && this.tree[next]! <= rest) {
        at = next
        rest -= this.tree[next]!
      }
    }
    return at
  }
}

function highestBit(n: number): number {
  let bit = 1
  while (bit * 2 <= n) bit *= 2
  return n > 0 ? bit : 0
}

/**
 * A fixed list whose items are taken one by one (a generator claiming taxpayers): the count of
 * those left and the k-th left in list order, as `items.filter(isLeft)` would give them.
 */
export class FreeItems<T> {
  private readonly free: FreePositions
  private readonly left: Uint8Array
  private readonly at = new Map<string, number>()

  constructor(
    readonly items: readonly T[],
    key: (item: T) => string,
    isFree: (item: T) => boolean,
  ) {
    this.free = new FreePositions(items.length)
    this.left = new Uint8Array(items.length)
    items.forEach((item, i) => {
      this.at.set(key(item), i)
      if (!isFree(item)) return
      this.left[i] = 1
      this.free.add(i, 1)
    })
  }

  /** How many items are left. */
  get count(): number {
    return this.free.count
  }

  /** The k-th item left (0-based), in list order. */
  nth(k: number): T {
    return this.items[this.free.kth(k)]!
  }

  /** Takes the item with this key, if it is in the list and left. */
  take(key: string): void {
    const i = this.at.get(key)
    if (i === undefined || !this.left[i]) return
    this.left[i] = 0
    this.free.add(i, -1)
  }
}
