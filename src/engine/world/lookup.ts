/**
 * Look-ups on a generated world by TIN or id, grouped once per list. The case views ask for a
 * taxpayer's returns, ledger and third-party data at every step; a scan of the whole list each
 * time makes playing a worklist quadratic in the size of the world. Only lists marked settled
 * are grouped: a session's world, which nothing changes except that its live ledger grows at the
 * end as cases post (so the groups grow by the new items only, never regrouping the list);
 * while a world is generated its lists change anywhere, so they are scanned.
 */
const settled = new WeakSet<readonly unknown[]>()

/** Marks the lists of a world that will not change again, so look-ups on them are indexed. */
export function settle(world: {
  taxpayers: readonly unknown[]
  ledger: readonly unknown[]
  returns: readonly unknown[]
  thirdParty: readonly unknown[]
  cases: Partial<Record<string, readonly unknown[]>>
}): void {
  settled.add(world.taxpayers)
  settled.add(world.ledger)
  settled.add(world.returns)
  settled.add(world.thirdParty)
  for (const list of Object.values(world.cases)) if (list) settled.add(list)
}

/** How the part after the head of a joined list is looked up: by TIN and by id. */
export interface TailLookup<T> {
  withTin(tin: string): readonly T[]
  withId(id: string): T | undefined
}

/** Lists made by `joined` or `joinedView`: a settled head and a short tail, looked up as the two parts. */
interface Join {
  head: readonly unknown[]
  /** The head's length when joined (or last refreshed): a head that grew since no longer describes the list. */
  length: number
  tail: TailLookup<unknown>
  byTin: Map<string, readonly unknown[]>
  /** A view its owner keeps up to date in place (`refreshView`): never dropped when stale. */
  view: boolean
}
const joins = new WeakMap<readonly unknown[], Join>()

/** The join a list is, while it still describes the list; a stale view is scanned until refreshed. */
function joinOf(list: readonly unknown[]): Join | undefined {
  const join = joins.get(list)
  if (!join || join.head.length === join.length) return join
  if (!join.view) joins.delete(list)
  return undefined
}

/**
 * `[...head, ...tail]` where `head` is settled and `tail` is short (a session's ledger and
 * today's accrued charges): look-ups on it group only the tail, never the whole list again.
 */
export function joined<T>(head: readonly T[], tail: readonly T[]): T[] {
  const list = [...head, ...tail]
  settled.add(head)
  settled.add(tail)
  settled.add(list)
  joins.set(list, {
    head,
    length: head.length,
    tail: { withTin: (tin) => withTin(tail as never, tin), withId: (id) => withId(tail as never, id) },
    byTin: new Map(),
    view: false,
  })
  return list
}

/**
 * Marks `list` as its owner's in-place copy of `head` (settled, growing at the end) followed by
 * a tail the owner looks up itself (`tail`). The owner changes the list in place and then calls
 * `refreshView` with the TINs whose items changed; until then look-ups on it scan it.
 */
export function joinedView<T>(list: readonly T[], head: readonly T[], tail: TailLookup<T>): void {
  settled.add(head)
  settled.add(list)
  joins.set(list, {
    head,
    length: head.length,
    tail: tail as TailLookup<unknown>,
    byTin: new Map(),
    view: true,
  })
}

/** After its owner changed a view in place: it again holds its head as it is now, and `tins` changed. */
export function refreshView(list: readonly unknown[], tins: Iterable<string>): void {
  const join = joins.get(list)
  if (!join?.view) return
  join.length = join.head.length
  for (const tin of tins) join.byTin.delete(tin)
}

const byTinCache = new WeakMap<readonly unknown[], { length: number; groups: Map<string, unknown[]> }>()
const byIdCache = new WeakMap<readonly unknown[], { length: number; items: Map<string, number> }>()
const NONE: readonly never[] = []

/** The items of `list` whose `tin` is `tin`, in list order. */
export function withTin<T extends { tin: string }>(list: readonly T[], tin: string): readonly T[] {
  if (joins.get(list)?.view && !joinOf(list)) return list.filter((item) => item.tin === tin)
  if (!settled.has(list)) {
    const writing = grouping.get(list)
    if (!writing) return list.filter((item) => item.tin === tin)
    absorb(list, writing)
    return (writing.groups.get(tin) as T[] | undefined) ?? NONE
  }
  const join = joinOf(list)
  if (join) {
    let items = join.byTin.get(tin)
    if (!items) {
      const [head, tail] = [withTin(join.head as readonly T[], tin), join.tail.withTin(tin) as readonly T[]]
      items = tail.length ? [...head, ...tail] : head
      join.byTin.set(tin, items)
    }
    return items as readonly T[]
  }
  let cached = byTinCache.get(list)
  if (!cached || cached.length > list.length) {
    const groups = new Map<string, unknown[]>()
    for (const item of list) {
      const group = groups.get(item.tin)
      if (group) group.push(item)
      else groups.set(item.tin, [item])
    }
    cached = { length: list.length, groups }
    byTinCache.set(list, cached)
  } else if (cached.length < list.length) {
    // Items appended since: a group they join is copied, so a group handed out earlier stays as it was.
    const { groups } = cached
    for (let i = cached.length; i < list.length; i++) {
      const item = list[i]!
      groups.set(item.tin, [...(groups.get(item.tin) ?? []), item])
    }
    cached.length = list.length
  }
  return (cached.groups.get(tin) as T[] | undefined) ?? NONE
}

/** The first item of `list` with this `id`. */
export function withId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  if (!settled.has(list) || (joins.get(list)?.view && !joinOf(list)))
    return list.find((item) => item.id === id)
  const join = joinOf(list)
  if (join) return withId(join.head as readonly T[], id) ?? (join.tail.withId(id) as T | undefined)
  const at = positions(list).get(id)
  return at === undefined ? undefined : list[at]
}

/**
 * The items of `list` whose id is one of `ids`, in list order (a settled list's look-up; a scan
 * otherwise): what `list.filter((item) => ids.includes(item.id))` gives when ids are unique.
 */
export function withIds<T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] {
  if (!settled.has(list) || joins.has(list)) return list.filter((item) => ids.includes(item.id))
  const at = positions(list)
  const found = [...new Set(ids)].flatMap((id) => at.get(id) ?? [])
  return found.sort((a, b) => a - b).map((i) => list[i]!)
}

/** Where each id first appears in a settled list, extended by what was appended since. */
function positions(list: readonly { id: string }[]): Map<string, number> {
  let cached = byIdCache.get(list)
  if (!cached || cached.length > list.length) {
    cached = { length: 0, items: new Map() }
    byIdCache.set(list, cached)
  }
  for (let i = cached.length; i < list.length; i++) {
    const id = list[i]!.id
    if (!cached.items.has(id)) cached.items.set(id, i)
  }
  cached.length = list.length
  return cached.items
}

/**
 * A list a generator is writing, grouped by TIN so that reading one taxpayer's items does not
 * scan the world: it appends freely, and removes only through `dropWithTin`, whose removals
 * leave the list itself when the generator calls `stopGrouping` (nothing reads the list but
 * through `withTin` meanwhile). Groups are copied when they change, so one handed out stays as it was.
 */
interface Writing {
  seen: number
  groups: Map<string, unknown[]>
  dropped: Set<unknown>
}
const grouping = new WeakMap<readonly unknown[], Writing>()

/** Starts grouping a list while a generator writes it (see `dropWithTin`, `stopGrouping`). */
export function groupWhileWriting(list: readonly { tin: string }[]): void {
  if (!grouping.has(list)) grouping.set(list, { seen: 0, groups: new Map(), dropped: new Set() })
}

function absorb(list: readonly { tin: string }[], w: Writing) {
  for (let i = w.seen; i < list.length; i++) {
    const item = list[i]!
    w.groups.set(item.tin, [...(w.groups.get(item.tin) ?? []), item])
  }
  w.seen = list.length
}

/** Removes the items of `tin` that `drop` matches: at once from the groups, from the list at `stopGrouping`. */
export function dropWithTin<T extends { tin: string }>(
  list: T[],
  tin: string,
  drop: (item: T) => boolean,
): void {
  const w = grouping.get(list)
  if (!w) {
    removeWhere(list, (item) => item.tin === tin && drop(item))
    return
  }
  absorb(list, w)
  const group = (w.groups.get(tin) ?? []) as T[]
  if (!group.some(drop)) return
  const kept: T[] = []
  for (const item of group)
    if (drop(item)) w.dropped.add(item)
    else kept.push(item)
  w.groups.set(tin, kept)
}

/** Ends grouping: the dropped items leave the list, the rest keep their order. */
export function stopGrouping(list: { tin: string }[]): void {
  const w = grouping.get(list)
  if (!w) return
  grouping.delete(list)
  if (w.dropped.size) removeWhere(list, (item) => w.dropped.has(item))
}

/** Removes the items matching `drop` in place (the shared lists may be too long to spread). */
function removeWhere<T>(items: T[], drop: (item: T) => boolean) {
  let kept = 0
  for (const item of items) if (!drop(item)) items[kept++] = item
  items.length = kept
}
