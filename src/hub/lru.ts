/**
 * A map that keeps at most `max` entries and forgets the one used longest ago when a new one
 * comes in. The hub keeps its generated worlds and replayed sessions in these, so a hub that
 * runs for days with many rooms, variants and scenarios holds a bounded number of them; what it
 * forgets it rebuilds from the database and the scenario when it is needed again.
 */
export class Lru<K, V> {
  readonly max: number
  #map = new Map<K, V>()
  #evicted = 0

  constructor(max: number) {
    if (!Number.isInteger(max) || max < 1)
      throw new RangeError(`An LRU cache needs room for 1 entry or more, not ${max}.`)
    this.max = max
  }

  get size(): number {
    return this.#map.size
  }

  /** How many entries were forgotten to make room (tests and the benchmark read it). */
  get evicted(): number {
    return this.#evicted
  }

  has(key: K): boolean {
    return this.#map.has(key)
  }

  /** The value, without counting it as used (a look that should not keep it in memory). */
  peek(key: K): V | undefined {
    return this.#map.get(key)
  }

  /** The value, now counted as the most recently used. */
  get(key: K): V | undefined {
    if (!this.#map.has(key)) return undefined
    const value = this.#map.get(key)!
    // A Map iterates in insertion order: re-inserting moves the key to the young end.
    this.#map.delete(key)
    this.#map.set(key, value)
    return value
  }

  set(key: K, value: V): void {
    this.#map.delete(key)
    this.#map.set(key, value)
    while (this.#map.size > this.max) {
      const oldest = this.#map.keys().next().value as K
      this.#map.delete(oldest)
      this.#evicted += 1
    }
  }

  delete(key: K): boolean {
    return this.#map.delete(key)
  }

  clear(): void {
    this.#map.clear()
  }
}
