/**
 * Look-ups on a generated world by TIN or id, grouped once per list. The case views ask for a
 * taxpayer's returns, ledger and third-party data at every step; a scan of the whole list each
 * time makes playing a worklist quadratic in the size of the world. Only lists marked settled
 * (a session's world, which nothing mutates; its live ledger is a new list after each posting)
 * are grouped, once; while a world is generated its lists change, so they are scanned.
 */
const settled = new WeakSet<readonly unknown[]>()

/** Marks the lists of a world that will not change again, so look-ups on them are indexed. */
export function settle(world: {
  taxpayers: readonly unknown[]
  ledger: readonly unknown[]
  returns: readonly unknown[]
  thirdParty: readonly unknown[]
}): void {
  settled.add(world.taxpayers)
  settled.add(world.ledger)
  settled.add(world.returns)
  settled.add(world.thirdParty)
}

const byTinCache = new WeakMap<readonly unknown[], { length: number; groups: Map<string, unknown[]> }>()
const byIdCache = new WeakMap<readonly unknown[], { length: number; items: Map<string, unknown> }>()
const NONE: readonly never[] = []

/** The items of `list` whose `tin` is `tin`, in list order. */
export function withTin<T extends { tin: string }>(list: readonly T[], tin: string): readonly T[] {
  if (!settled.has(list)) return list.filter((item) => item.tin === tin)
  let cached = byTinCache.get(list)
  if (cached?.length !== list.length) {
    const groups = new Map<string, unknown[]>()
    for (const item of list) {
      const group = groups.get(item.tin)
      if (group) group.push(item)
      else groups.set(item.tin, [item])
    }
    cached = { length: list.length, groups }
    byTinCache.set(list, cached)
  }
  return (cached.groups.get(tin) as T[] | undefined) ?? NONE
}

/** The first item of `list` with this `id`. */
export function withId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  if (!settled.has(list)) return list.find((item) => item.id === id)
  let cached = byIdCache.get(list)
  if (cached?.length !== list.length) {
    const items = new Map<string, unknown>()
    for (const item of list) if (!items.has(item.id)) items.set(item.id, item)
    cached = { length: list.length, items }
    byIdCache.set(list, cached)
  }
  return cached.items.get(id) as T | undefined
}
