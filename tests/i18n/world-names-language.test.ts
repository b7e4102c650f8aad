/**
 * A world of a French, Portuguese or Russian locale names its firms in that language: trading
 * names ("Boulangerie Diarra SARL", "Construções Sousa Lda"), the mailboxes of their e-mail
 * addresses, the names a phoenix firm takes and the buyers abroad of an exporter carry none of
 * the English words an English world draws ("Trading", "Golden", "accounts@", "Holdings",
 * "Import & Export Co."). A word both languages write alike ("Delta", "Capital") may stay. The
 * bundled registration, refunds and collection desks are generated in each locale.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { generateWorld, type LocaleId, type Scenario } from '../../src/engine'
import { LOCALE_PROFILES } from '../../src/engine/world/locales'
import { BUSINESS_SECTORS, INDIVIDUAL_SECTORS } from '../../src/engine/world/sectors'

const { scenarios } = await loadBundledLibrary()
const DESKS = [
  'registration-guichet-unique',
  'refunds-first-claims-ru',
  'collection-lawful-enforcement',
  'filing-premieres-declarations',
]
const LOCALES: readonly LocaleId[] = ['fr_SN', 'fr', 'fr_BE', 'pt_PT', 'pt_BR', 'ru']

/** Every word an English world builds names and mailboxes from (companies.ts, claims.ts). */
const ENGLISH_WORDS = [
  ...['Golden', 'Royal', 'Prime', 'United', 'Sunrise', 'Crystal', 'Evergreen', 'Unity', 'Pinnacle'],
  ...['Summit', 'Delta', 'Atlantic', 'Diamond', 'Victory', 'Heritage', 'Bright', 'Premier', 'Grace'],
  ...['Horizon', 'Cornerstone', 'Enterprises'],
  ...['Global', 'International', 'Holdings', 'Resources', 'New', 'Plus'],
  ...['accounts', 'admin'],
  ...['Trading', 'Imports', 'Commodities', 'Import', 'Export', 'Foods'],
  ...[...BUSINESS_SECTORS, ...INDIVIDUAL_SECTORS].flatMap((s) => s.nouns),
]

/** The words of a name or a mailbox: letters and hyphens between spaces, dots, commas and "&". */
const wordsOf = (text: string): string[] => text.split(/[\s.,&@]+/u).filter(Boolean)

/** The names, buyers and mailboxes a world stores, wherever they are (register, cases, documents). */
function namesIn(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) namesIn(item, into)
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && ['name', 'legalName', 'buyer', 'tradingName'].includes(key))
        into.push(item)
      else if (typeof item === 'string' && key === 'email') into.push(item.split('@')[0]!)
      else namesIn(item, into)
    }
  return into
}

describe('firm names in the world’s language', () => {
  it.each(LOCALES.map((l) => [l] as const))(
    '%s: no English word in a name, buyer or mailbox',
    async (locale) => {
      const own = LOCALE_PROFILES[locale].words
      expect(own, `${locale} has its own words`).toBeDefined()
      const shared = new Set(
        [
          ...own!.adjectives,
          ...Object.values(own!.nouns).flat(),
          ...(own!.rebirth ?? []),
          ...(own!.mailboxes ?? []),
        ]
          .flatMap(wordsOf)
          .map((w) => w.toLowerCase()),
      )
      const english = new Set(
        ENGLISH_WORDS.flatMap(wordsOf)
          .map((w) => w.toLowerCase())
          .filter((w) => !shared.has(w)),
      )
      let firms = 0
      for (const id of DESKS) {
        const bundled = scenarios.find((s) => s.id === id)!
        const scenario: Scenario = { ...bundled, jurisdiction: { ...bundled.jurisdiction, locale } }
        const world = await generateWorld(scenario, { seed: 1 })
        const names = namesIn(world)
        firms += world.taxpayers.filter((t) => t.kind === 'business').length
        for (const name of names) {
          const found = wordsOf(name).filter((w) => english.has(w.toLowerCase()))
          expect(found, `${locale} ${id}: ${name}`).toEqual([])
        }
      }
      expect(firms).toBeGreaterThan(100)
    },
    120_000,
  )

  it('a French world reads as French shop fronts: the trade first, then the name or place', async () => {
    const bundled = scenarios.find((s) => s.id === 'registration-guichet-unique')!
    const world = await generateWorld(bundled, { seed: 1 })
    const names = world.taxpayers.filter((t) => t.kind === 'business').map((t) => t.name)
    const trades = new Set(Object.values(LOCALE_PROFILES.fr_SN.words!.nouns).flat())
    const tradeFirst = names.filter((n) => [...trades].some((trade) => n.startsWith(`${trade} `)))
    // Every firm's name starts with its trade, except a phoenix's or a name drawn again.
    expect(tradeFirst.length / names.length).toBeGreaterThan(0.9)
    expect(names.every((n) => / (SARL|SA)$/.test(n))).toBe(true)
  })
})

describe('the words a French, Portuguese or Russian locale draws from', () => {
  /** Every string of a value, however deep (a profile's banks, trades, places, mailboxes). */
  const stringsIn = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(stringsIn)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(stringsIn)
          : []

  it.each(LOCALES.map((l) => [l] as const))(
    '%s: an elided word takes the typographic apostrophe (« Caisse d’Épargne »)',
    (locale) => {
      const profile = LOCALE_PROFILES[locale]
      expect(profile.banks.length).toBeGreaterThan(0)
      const straight = stringsIn(profile).filter((text) => /\p{L}'\p{L}/u.test(text))
      expect(straight, locale).toEqual([])
    },
  )
})
