/**
 * Scenarios built in code for the world tests and the benchmark: an inline fictional
 * jurisdiction, a locale, a population and a registration worklist.
 */
import type { Jurisdiction, Scenario, WorldConfig } from '../../src/engine/scenario/schema'
import { testJurisdiction } from '../fixtures/jurisdiction'
import type { LocaleId } from '../../src/engine/vocabulary'

export function benchJurisdiction(
  locale: LocaleId = 'en_NG',
  overrides: Partial<Jurisdiction> = {},
): Jurisdiction {
  const franc = locale === 'fr_SN'
  return testJurisdiction({
    id: 'benchland',
    name: 'Benchland (fictional)',
    locale,
    ...(franc
      ? {
          currency: { code: 'XOF', symbol: 'CFA', minorUnits: 0 },
          thresholds: {
            vatRegistration: 50_000_000,
            largeTaxpayer: 3_000_000_000,
            mediumTaxpayer: 300_000_000,
            smallTaxpayer: 30_000_000,
          },
          rates: { vat: 18, cit: 30 },
        }
      : {}),
    ...overrides,
  })
}

/** Every anomaly and look-alike at least twice, in a worklist of `applications`. */
export const ALL_KINDS: NonNullable<WorldConfig['registration']> = {
  applications: 30,
  anomalies: {
    'duplicate-identity': 4,
    'identity-mismatch': 3,
    'bogus-registration': 2,
    'vat-threshold': 2,
    phoenix: 3,
  },
  lookalikes: { namesake: 3, 'shared-family-address': 2 },
}

export function benchScenario(
  options: {
    locale?: LocaleId
    seed?: number
    individuals?: number
    businesses?: number
    referenceDate?: string
    registration?: WorldConfig['registration'] | null
  } = {},
): Scenario {
  const registration = options.registration === null ? undefined : (options.registration ?? ALL_KINDS)
  return {
    id: 'bench-registration',
    format: 1,
    title: 'Registration desk (test)',
    summary: 'Decide registration applications against the register.',
    objectives: ['Spot duplicates'],
    difficulty: 2,
    minutes: 30,
    tadat: ['P1-1'],
    language: 'en',
    jurisdiction: benchJurisdiction(options.locale ?? 'en_NG'),
    world: {
      seed: options.seed ?? 20260301,
      referenceDate: options.referenceDate ?? '2026-03-02',
      population: { individuals: options.individuals ?? 300, businesses: options.businesses ?? 150 },
      ...(registration ? { registration } : {}),
    },
    tasks: [
      {
        id: 'desk',
        process: 'registration',
        title: 'Registration desk',
        briefing: 'Work through the queue.',
        cases: 'all',
        points: { correct: 10, acceptable: 5, wrong: 0, harmful: -5 },
        hints: [],
        feedback: {},
      },
    ],
    passMark: 60,
  }
}
