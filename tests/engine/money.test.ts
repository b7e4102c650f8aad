import { describe, expect, it } from 'vitest'
import { percentOf, roundMinor, toMinor } from '../../src/engine/rules/money'

const naira = { code: 'NGN', symbol: '₦', minorUnits: 2 }
const cfa = { code: 'XOF', symbol: 'CFA', minorUnits: 0 }

describe('money: one place for rounding', () => {
  it.each([
    // value, half-up, half-even
    [2.5, 3, 2], // the tie that tells the rules apart
    [3.5, 4, 4],
    [-2.5, -3, -2], // half-up rounds ties away from zero
    [2.4999, 2, 2],
    [1.005 * 100, 101, 100], // 100.49999999999999 in binary, but 1.005 × 100 is a tie in decimal
    [0, 0, 0],
  ])('rounds %d to %d (half-up) and %d (half-even)', (value, up, even) => {
    expect(roundMinor(value, 'half-up')).toBe(up)
    expect(roundMinor(value, 'half-even')).toBe(even)
  })

  it.each([
    [25_000_000, naira, 2_500_000_000], // ₦25m → kobo
    [1234.565, naira, 123457], // half-up on the third decimal
    [150_000, cfa, 150_000], // no minor units
  ])('converts %d major units to minor units', (major, currency, minor) => {
    expect(toMinor(major, currency)).toBe(minor)
  })

  it('takes a percentage with one rounding', () => {
    expect(percentOf(1_000_05, 7.5)).toBe(7_500) // 7500.375 → 7500
    expect(percentOf(333, 50, 'half-even')).toBe(166) // 166.5 → 166
  })

  it('refuses to round what is not a number', () => {
    expect(() => roundMinor(Number.NaN)).toThrow(RangeError)
  })
})
