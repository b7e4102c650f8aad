import { describe, expect, test } from 'vitest'
import { requiredTaxTypes, segmentFor, vatThresholdMinor } from '../../src/engine/rules/registration'
import { benchJurisdiction } from '../bench/scenarios'

// Benchland (NGN, 2 minor digits): VAT from ₦25m, small from ₦10m, medium from ₦100m, large from ₦1bn.
const ng = benchJurisdiction('en_NG')
// Senegal-like (XOF, no minor units): VAT from 50m, small 30m, medium 300m, large 3bn.
const sn = benchJurisdiction('fr_SN')
const noVat = benchJurisdiction('en_NG', {
  taxTypes: [
    { code: 'CIT', name: 'CIT' },
    { code: 'PIT', name: 'PIT' },
  ],
})
const naira = (major: number) => major * 100

describe('segmentFor', () => {
  test.each([
    // turnover (minor units)       jurisdiction  segment
    [0, ng, 'micro'],
    [999_999_999, ng, 'micro'], // one kobo under the small threshold
    [naira(10_000_000), ng, 'small'], // exactly the small threshold
    [naira(99_999_999), ng, 'small'],
    [naira(100_000_000), ng, 'medium'],
    [naira(1_000_000_000), ng, 'large'],
    [29_999_999, sn, 'micro'], // XOF has no minor units
    [30_000_000, sn, 'small'],
    [3_000_000_000, sn, 'large'],
  ] as const)('%d → %s', (turnover, jurisdiction, segment) => {
    expect(segmentFor(turnover, jurisdiction)).toBe(segment)
  })
})

describe('requiredTaxTypes', () => {
  test.each([
    // kind          turnover (minor)          staff  jurisdiction  required
    ['business', naira(5_000_000), 0, ng, ['CIT']], // small company, no staff
    ['business', naira(5_000_000), 3, ng, ['CIT', 'PAYE']], // staff → PAYE
    ['business', naira(25_000_000), 0, ng, ['CIT', 'VAT']], // exactly the VAT threshold
    ['business', 2_499_999_999, 0, ng, ['CIT']], // a kobo under it
    ['individual', naira(30_000_000), 2, ng, ['PIT', 'VAT', 'PAYE']], // sole trader above VAT with staff
    ['individual', naira(1_000_000), 0, ng, ['PIT']],
    ['business', 50_000_000, 0, sn, ['CIT', 'VAT']], // XOF threshold, no minor units
    ['business', naira(90_000_000), 4, noVat, ['CIT']], // VAT and PAYE not administered
  ] as const)('%s, %d, %d staff', (kind, turnoverMinor, employees, jurisdiction, expected) => {
    expect(requiredTaxTypes({ kind, turnoverMinor, employees }, jurisdiction)).toEqual(expected)
  })

  test('the VAT threshold is converted to minor units once', () => {
    expect(vatThresholdMinor(ng)).toBe(2_500_000_000)
    expect(vatThresholdMinor(sn)).toBe(50_000_000)
  })
})
