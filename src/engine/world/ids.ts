/**
 * Identifiers: TINs, national IDs, registry numbers, phone numbers and bank accounts.
 *
 * Each identifier is a keyed permutation of a "party number" (stream × 1,000,000 + index), so
 * identifiers are unique by construction, look random, differ between seeds, and do not depend
 * on the order entities were generated in.
 */

function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Party numbers: which stream an entity belongs to and its index in that stream. */
export const PARTY_STREAMS = 20
export const partyNumber = (stream: number, index: number): number => {
  if (stream < 0 || stream >= PARTY_STREAMS || index < 0 || index >= 1_000_000) {
    throw new RangeError(`Party number out of range: stream ${stream}, index ${index}`)
  }
  return stream * 1_000_000 + index
}

/** Splits a multiplier into base-1000 digits, most significant first, for mulMod. */
function chunks(a: number): number[] {
  const out: number[] = []
  do {
    out.unshift(a % 1000)
    a = Math.floor(a / 1000)
  } while (a > 0)
  return out
}

/** (a × x) mod m without leaving the exact-integer range, for m ≤ 10^12. */
function mulMod(a: readonly number[], x: number, m: number): number {
  let result = 0
  for (const d of a) result = (((result * 1000) % m) + d * x) % m
  return result
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}

/** A keyed bijection on [0, size), size ≤ 10^12. */
export class Permutation {
  readonly #size: number
  readonly #pow10: number
  readonly #width: number
  readonly #a1: number[]
  readonly #b1: number
  readonly #a2: number[]
  readonly #b2: number

  constructor(size: number, seed: number, domain: number) {
    if (!Number.isInteger(size) || size < 2 || size > 1e12)
      throw new RangeError(`Bad permutation size ${size}`)
    this.#size = size
    this.#width = String(size - 1).length
    this.#pow10 = 10 ** this.#width
    let h = mix32(mix32(seed ^ 0x5bd1e995) ^ domain)
    const draw = () => {
      h = mix32(h + 0x9e3779b9)
      const hi = h
      h = mix32(h + 0x9e3779b9)
      return (hi * 4294967296 + h) % this.#pow10
    }
    const unit = () => {
      let a = draw()
      if (a % 2 === 0) a += 1
      while (gcd(a, this.#pow10) !== 1) a += 2
      return a % this.#pow10
    }
    this.#a1 = chunks(unit())
    this.#b1 = draw()
    this.#a2 = chunks(unit())
    this.#b2 = draw()
  }

  #round(x: number): number {
    const m = this.#pow10
    let y = (mulMod(this.#a1, x, m) + this.#b1) % m
    let r = 0
    for (let i = 0; i < this.#width; i++) {
      r = r * 10 + (y % 10)
      y = Math.floor(y / 10)
    }
    return (mulMod(this.#a2, r, m) + this.#b2) % m
  }

  /** The image of x; cycle-walks so the result stays below size. */
  apply(x: number): number {
    if (x < 0 || x >= this.#size) throw new RangeError(`${x} is outside the permutation of ${this.#size}`)
    let y = this.#round(x)
    while (y >= this.#size) y = this.#round(y)
    return y
  }
}

/** The Luhn check digit for a string of digits. */
export function luhnDigit(body: string): number {
  let sum = 0
  let double = true
  for (let i = body.length - 1; i >= 0; i--) {
    let d = body.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return (10 - (sum % 10)) % 10
}

/** True when the digits end in a valid Luhn check digit. */
export function luhnValid(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && luhnDigit(digits.slice(0, -1)) === Number(digits.slice(-1))
}

/** A TIN is ten digits: nine that never start with 0, then a Luhn check digit. */
export function isValidTin(tin: string): boolean {
  return /^[1-9]\d{9}$/.test(tin) && luhnValid(tin)
}

/** TIN series: register individuals, register businesses, TINs issued during a session. */
export const TIN_SERIES = { individual: 1, business: 2, issued: 3 } as const

/**
 * Digits of a fixed width that never start with 0, unique per input number, with an optional
 * Luhn check digit appended.
 */
export class DigitCode {
  readonly #perm: Permutation
  readonly #width: number

  constructor(
    width: number,
    seed: number,
    domain: number,
    readonly checkDigit: boolean,
  ) {
    this.#width = width
    this.#perm = new Permutation(9 * 10 ** (width - 1), seed, domain)
  }

  make(n: number): string {
    const body = String(10 ** (this.#width - 1) + this.#perm.apply(n))
    return this.checkDigit ? body + luhnDigit(body) : body
  }
}

const DOMAIN = { tin: 1, nationalId: 2, registry: 3, phone: 4, bank: 5, legacyId: 6 } as const

/** Makes TINs for a world seed: unique per (series, index). */
export class TinMaker {
  readonly #code: DigitCode
  constructor(seed: number) {
    this.#code = new DigitCode(9, seed, DOMAIN.tin, true)
  }
  make(series: number, index: number): string {
    if (index >= 10_000_000) throw new RangeError(`TIN index ${index} is too large`)
    return this.#code.make(series * 10_000_000 + index)
  }
}

/** Issues the TIN for the n-th registration approved in a session (n from 0). */
export function issuedTin(worldSeed: number, n: number): string {
  return new TinMaker(worldSeed).make(TIN_SERIES.issued, n)
}

export interface IdFormats {
  nationalId: { prefix: string; digits: number }
  registry: { prefix: string; digits: number }
  bankDigits: number
  phone: {
    prefixes: readonly string[]
    subscriberDigits: number
    format: (prefix: string, subscriber: string) => string
  }
}

/** All identifier makers for one world. */
export class IdMaker {
  readonly tin: TinMaker
  readonly #national: DigitCode
  readonly #registry: DigitCode
  readonly #bank: DigitCode
  readonly #legacy: DigitCode
  readonly #phone: Permutation

  constructor(
    seed: number,
    readonly formats: IdFormats,
  ) {
    this.tin = new TinMaker(seed)
    this.#national = new DigitCode(formats.nationalId.digits - 1, seed, DOMAIN.nationalId, true)
    this.#registry = new DigitCode(formats.registry.digits, seed, DOMAIN.registry, false)
    this.#bank = new DigitCode(formats.bankDigits, seed, DOMAIN.bank, false)
    this.#legacy = new DigitCode(8, seed, DOMAIN.legacyId, false)
    this.#phone = new Permutation(10 ** formats.phone.subscriberDigits, seed, DOMAIN.phone)
  }

  nationalId(party: number): string {
    return this.formats.nationalId.prefix + this.#national.make(party)
  }
  registryNumber(party: number): string {
    return this.formats.registry.prefix + this.#registry.make(party)
  }
  bankAccount(party: number): string {
    return this.#bank.make(party)
  }
  /** An older identity document number (e.g. a driving licence) kept on legacy register records. */
  legacyId(party: number): string {
    return 'DL' + this.#legacy.make(party)
  }
  phone(party: number): string {
    // (prefix, subscriber) is a bijection of the party number: the subscriber number is a
    // permutation of party ÷ prefixes, the prefix is fixed by the remainder and the subscriber.
    const { prefixes, subscriberDigits, format } = this.formats.phone
    const subscriber = this.#phone.apply(Math.floor(party / prefixes.length))
    const prefix = prefixes[(party + subscriber) % prefixes.length] as string
    return format(prefix, String(subscriber).padStart(subscriberDigits, '0'))
  }
}
