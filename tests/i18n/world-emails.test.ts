/**
 * Every e-mail address a Russian, French or Portuguese world gives a person or a firm is one a
 * mail server would accept and a reader would believe: an ASCII local part and domain, neither
 * empty, no "_@mail.ru"; a firm's own domain spells its name in Latin letters
 * ("ООО Алатау Строй" → alatau-stroi.kg, "Négoce du Sahel SARL" → negoce-sahel.sn), never the
 * "info.kg" a Cyrillic name once gave every firm, and accents are dropped, not the letters.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { generateWorld, type LocaleId, type Scenario } from '../../src/engine'
import { LOCALE_PROFILES } from '../../src/engine/world/locales'
import { fold } from '../../src/engine/world/names'

const { scenarios } = await loadBundledLibrary()

/** A desk and the locale its world is drawn in (the bundled one where the scenario has it). */
const WORLDS: readonly (readonly [string, LocaleId])[] = [
  ['refunds-first-claims-ru', 'ru'],
  ['registration-guichet-unique', 'ru'],
  ['registration-guichet-unique', 'fr_SN'],
  ['collection-lawful-enforcement', 'fr_SN'],
  ['filing-premieres-declarations', 'fr_SN'],
  ['registration-guichet-unique', 'pt_PT'],
  ['registration-guichet-unique', 'pt_BR'],
]

const LABEL = '[a-z0-9]+(?:-[a-z0-9]+)*'
/** A plausible address: dot-, underscore- or hyphen-separated ASCII words, a dotted domain. */
const ADDRESS = new RegExp(`^[a-z0-9]+(?:[._-][a-z0-9]+)*@${LABEL}(?:\\.${LABEL})+$`)

/** Every `email` a world stores with the name beside it: taxpayers, applications, documents. */
function emailsIn(value: unknown, into: { name: string; email: string }[] = []) {
  if (Array.isArray(value)) for (const item of value) emailsIn(item, into)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.email === 'string')
      into.push({ name: typeof record.name === 'string' ? record.name : '', email: record.email })
    for (const item of Object.values(record)) if (item && typeof item === 'object') emailsIn(item, into)
  }
  return into
}

/** The words of a name folded to ASCII, as a slug may take them. */
const wordsOf = (name: string) =>
  fold(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

describe('e-mail addresses in a world of another language', () => {
  it.each(WORLDS)(
    '%s in %s: every address is plain ASCII and a firm’s domain spells its name',
    async (id, locale) => {
      const bundled = scenarios.find((s) => s.id === id)!
      const scenario: Scenario = { ...bundled, jurisdiction: { ...bundled.jurisdiction, locale } }
      const world = await generateWorld(scenario, { seed: 1 })
      const all = emailsIn(world)
      expect(all.length).toBeGreaterThan(200)
      for (const { name, email } of all) expect(email, `${name}: ${email}`).toMatch(ADDRESS)

      // A firm's own domain, not a free mailbox people also use (mail.pt ends in .pt too).
      const own = `.${LOCALE_PROFILES[locale].businessDomain}`
      const domainOf = (email: string) => email.split('@')[1]!
      const free = new Set(
        world.taxpayers.filter((t) => t.kind === 'individual').map((t) => domainOf(t.email)),
      )
      const firms = world.taxpayers.filter(
        (t) => t.kind === 'business' && t.email.endsWith(own) && !free.has(domainOf(t.email)),
      )
      expect(firms.length).toBeGreaterThan(50)
      const domains = new Set<string>()
      for (const firm of firms) {
        const label = domainOf(firm.email).slice(0, -own.length)
        domains.add(label)
        // Each word of the domain is a word of the firm's name, romanised: not "info", not empty.
        const words = wordsOf(firm.name)
        for (const part of label.split('-')) expect(words, `${firm.name}: ${firm.email}`).toContain(part)
      }
      // Firms have domains of their own, not one shared by all.
      expect(domains.size).toBeGreaterThan(firms.length * 0.9)
    },
    120_000,
  )

  it('a Russian firm’s and person’s addresses read as their names do in Latin letters', async () => {
    const bundled = scenarios.find((s) => s.id === 'refunds-first-claims-ru')!
    const world = await generateWorld(bundled, { seed: 1 })
    const firm = world.taxpayers.find((t) => t.kind === 'business' && t.email.endsWith('.kg'))!
    expect(firm.name).toMatch(/\p{Script=Cyrillic}/u)
    expect(firm.email).toMatch(/^[a-z]+\d*@[a-z]+(-[a-z]+)*\.kg$/)
    const people = world.taxpayers.filter((t) => t.kind === 'individual')
    expect(people.length).toBeGreaterThan(50)
    // A person's address holds their romanised family name, as "ivanova.anna@mail.ru" does.
    const named = people.filter((p) => p.email.split('@')[0]!.includes(wordsOf(p.name).at(-1)!))
    expect(named.length).toBeGreaterThan(people.length * 0.6)
  })
})
