/**
 * What every part of the generator shares: the scenario, the seeded randomness, the locale's
 * data and identifier makers. Built by faker-world.ts, which owns the faker instance; the rest
 * of the generator reaches faker only through `fake`, so it never imports faker itself.
 */
import type { Scenario } from '../scenario/schema'
import type { Segment } from '../vocabulary'
import type { IdMaker } from './ids'
import type { LocaleProfile } from './locales'
import type { Draw } from './prng'
import type { IsoDate } from './types'

/** Locale data drawn through faker. */
export interface FakeSource {
  firstName(sex: 'F' | 'M'): string
  lastName(sex: 'F' | 'M'): string
  street(): string
  city(): string
  region(): string
  /** A free e-mail provider of the locale, e.g. "gmail.com". */
  emailDomain(): string
}

export interface WorldContext {
  scenario: Scenario
  seed: number
  referenceDate: IsoDate
  refDay: number
  profile: LocaleProfile
  ids: IdMaker
  draw: Draw
  fake: FakeSource
  /** Restarts the randomness at [seed, ...path] so each entity has its own stream. */
  reseed(...path: number[]): void
  /** Turnover bands (minor units) of each segment. */
  bands: Record<Segment, readonly [number, number]>
  vatThreshold: number
  /** E-mail addresses already handed out, so no two parties share one by accident. */
  emails: Set<string>
  /** Business names already registered (folded), so the company registry has no twins. */
  businessNames: Set<string>
}

/** Randomness streams: the first element of each entity's seed path after the world seed. */
export const STREAM = {
  individual: 1,
  business: 2,
  director: 3,
  application: 4,
  pick: 5,
  shuffle: 6,
} as const

/** Party numbers (see ids.ts) of people, companies and things that need unique identifiers. */
export const PARTY = {
  /** People: register individuals, directors, applicants, other people applicants involve. */
  registerPerson: 1,
  director: 2,
  applicant: 3,
  applicantOther: 4,
  /** National IDs that were never issued. */
  unissued: 5,
  /** Companies (registry numbers, phones, accounts): register businesses and new ones. */
  registerCompany: 6,
  applicantCompany: 7,
  /** Phones shared by a cluster of bogus registrations. */
  cluster: 8,
  /** Invented payers and accounting firms of the payments process's suspense items. */
  paymentsPayer: 13,
} as const
