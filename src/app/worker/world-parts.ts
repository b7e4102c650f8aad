/**
 * A large world is handed from the worker to the page in slices: one structured clone of
 * 100,000 taxpayers would freeze the page for seconds while it is read, many small messages
 * let it draw between them. Big top-level lists and registries travel as parts, the rest last.
 */
import type { World } from '../../engine/index'

/** Items (or registry entries) per message: small enough to read within a frame. */
export const PART_SIZE = 1000

export interface WorldPart {
  key: string
  kind: 'list' | 'registry'
  /** List items, or [key, value] pairs of a registry. */
  items: unknown[]
}

/** Cuts the big lists and registries of a world into parts; returns the rest (with null in their place) and the parts. */
export function splitWorld(world: World, size = PART_SIZE): { rest: Partial<World>; parts: WorldPart[] } {
  const rest: Record<string, unknown> = { ...world }
  const parts: WorldPart[] = []
  for (const [key, value] of Object.entries(world)) {
    const list = Array.isArray(value) ? value : undefined
    const entries = !list && value && typeof value === 'object' ? Object.entries(value) : undefined
    const items: unknown[] | undefined = list ?? entries
    if (!items || items.length <= size) continue
    // Left as a placeholder, so the world is rebuilt with its keys in the same order.
    rest[key] = null
    for (let i = 0; i < items.length; i += size)
      parts.push({ key, kind: list ? 'list' : 'registry', items: items.slice(i, i + size) })
  }
  return { rest: rest as Partial<World>, parts }
}

/** Puts a world back together part by part as they arrive, so no single step is long. */
export class WorldAssembly {
  #lists = new Map<string, unknown[]>()
  #registries = new Map<string, Record<string, unknown>>()

  add(part: WorldPart): void {
    if (part.kind === 'list') {
      const list = this.#lists.get(part.key) ?? []
      for (const item of part.items) list.push(item)
      this.#lists.set(part.key, list)
    } else {
      const registry = this.#registries.get(part.key) ?? {}
      for (const [key, value] of part.items as [string, unknown][]) registry[key] = value
      this.#registries.set(part.key, registry)
    }
  }

  /** The whole world: the rest with every list and registry received put back in its place. */
  finish(rest: Partial<World>): World {
    const world: Record<string, unknown> = { ...rest }
    for (const [key, list] of this.#lists) world[key] = list
    for (const [key, registry] of this.#registries) world[key] = registry
    return world as unknown as World
  }
}

/** Puts a world back together from the rest and its parts, in the order they were cut. */
export function joinWorld(rest: Partial<World>, parts: readonly WorldPart[]): World {
  const assembly = new WorldAssembly()
  for (const part of parts) assembly.add(part)
  return assembly.finish(rest)
}
