/**
 * A small seeded PRNG (SFC32) that faker uses as its randomizer. Faker's default Mersenne
 * Twister costs about as much to reseed as to draw a whole record, and the world reseeds for
 * every entity (so adding an entity or a field never reshuffles the others); SFC32 reseeds in
 * a handful of integer operations. All arithmetic is 32-bit, so every JS engine agrees.
 */

/** The shape faker expects of a randomizer (structurally faker's `Randomizer`). */
export interface SeededRandomizer {
  /** A float in [0, 1) with 53 random bits. */
  next(): number
  /** Restarts the sequence from a seed or a seed path such as [worldSeed, stream, index]. */
  seed(seed: number | number[]): void
}

function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** SFC32 as faker wants it: `next` and `seed` are called detached, so they are closures. */
export class Sfc32 implements SeededRandomizer {
  readonly next: () => number
  readonly seed: (seed: number | number[]) => void

  constructor(initial: number | number[] = 0) {
    let a = 0
    let b = 0
    let c = 0
    let d = 1
    const u32 = () => {
      const t = (((a + b) | 0) + d) | 0
      d = (d + 1) | 0
      a = b ^ (b >>> 9)
      b = (c + (c << 3)) | 0
      c = (c << 21) | (c >>> 11)
      c = (c + t) | 0
      return t >>> 0
    }
    this.next = () => ((u32() >>> 5) * 67108864 + (u32() >>> 6)) / 9007199254740992
    this.seed = (seed) => {
      const parts = typeof seed === 'number' ? [seed] : seed
      let h = 0x9e3779b9 ^ parts.length
      for (const part of parts) {
        h = mix32(h ^ (part | 0)) + 0x6d2b79f5
        h = mix32(h ^ (Math.floor(part / 0x100000000) | 0)) + 0x1b873593
      }
      a = mix32(h ^ 0x243f6a88)
      b = mix32(h ^ 0x85a308d3)
      c = mix32(h ^ 0x13198a2e)
      d = 1
      for (let i = 0; i < 12; i++) u32()
    }
    this.seed(initial)
  }
}

/** Convenience draws on a randomizer; every one consumes a fixed number of values. */
export class Draw {
  constructor(readonly rng: SeededRandomizer) {}

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.rng.next() * (max - min + 1))
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.rng.next() * (max - min)
  }

  chance(p: number): boolean {
    return this.rng.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list')
    return items[Math.floor(this.rng.next() * items.length)] as T
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, w] of items) total += w
    let r = this.rng.next() * total
    for (const [item, w] of items) {
      r -= w
      if (r < 0) return item
    }
    return (items[items.length - 1] as readonly [T, number])[0]
  }

  /** Log-uniform in [min, max): the right shape for turnover, where small firms outnumber big ones. */
  logUniform(min: number, max: number): number {
    if (max <= min) return min
    return Math.exp(Math.log(min) + this.rng.next() * (Math.log(max) - Math.log(min)))
  }

  /** A Fisher–Yates shuffle into a new array. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice()
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.rng.next() * (i + 1))
      const tmp = out[i] as T
      out[i] = out[j] as T
      out[j] = tmp
    }
    return out
  }
}
