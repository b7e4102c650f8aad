/**
 * Money is an integer number of minor units in one currency. This module is the only place
 * that converts from major units or rounds; everything else adds and compares integers.
 */

export interface Currency {
  code: string
  symbol: string
  minorUnits: number
}

export type RoundingRule = 'half-up' | 'half-even'

/**
 * Rounds a non-integer number of minor units to an integer.
 * half-up: 2.5 → 3, -2.5 → -3 (away from zero); half-even: 2.5 → 2, 3.5 → 4.
 */
export function roundMinor(value: number, rule: RoundingRule = 'half-up'): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${value} to money`)
  const sign = value < 0 ? -1 : 1
  const abs = Math.abs(value)
  // Guard against binary noise such as 1.005 * 100 = 100.49999999999999.
  const nudged = Math.abs(abs - Math.round(abs)) < 1e-9 ? Math.round(abs) : abs
  const floor = Math.floor(nudged)
  const diff = nudged - floor
  let result: number
  if (Math.abs(diff - 0.5) < 1e-9) {
    result = rule === 'half-even' ? (floor % 2 === 0 ? floor : floor + 1) : floor + 1
  } else {
    result = Math.round(nudged)
  }
  return sign * result === 0 ? 0 : sign * result
}

/** Converts an amount in major units (as written in a scenario file) to minor units. */
export function toMinor(major: number, currency: Currency, rule: RoundingRule = 'half-up'): number {
  return roundMinor(major * 10 ** currency.minorUnits, rule)
}

/** Applies a percentage to an amount of minor units, rounding once. */
export function percentOf(minor: number, percent: number, rule: RoundingRule = 'half-up'): number {
  return roundMinor((minor * percent) / 100, rule)
}
