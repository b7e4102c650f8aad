/** Figures follow the scenario's locale through Intl: grouping, decimals and the symbol's place. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Jurisdiction } from '../../src/engine/jurisdiction'
import { formatLocale, formatMoneyIn } from '../../src/engine/primitives/format'
import { loadJurisdiction } from '../../src/engine/scenario'
import { day, filled, list, money, msg } from '../../src/engine/primitives/message'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

// Intl separates groups with narrow or ordinary no-break spaces depending on the locale.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

/** A bundled profile as a scenario gets it: the figures below are what trainees see. */
function bundled(id: string): Jurisdiction {
  const path = `scenarios/jurisdictions/${id}.yaml`
  const loaded = loadJurisdiction({ path, text: readFileSync(path, 'utf8') })
  if (!loaded.ok) throw new Error(`${path} does not load`)
  return loaded.value
}
const sahel = bundled('sahel-coast')
const alatau = bundled('alatau')
const northland = bundled('northland')
const archipelago = bundled('archipelago')

describe('money by the locale', () => {
  it('writes francs CFA the francophone way, with no minor units', () => {
    expect(plain(formatMoneyIn(150_000, sahel.currency, 'fr-SN'))).toBe('150 000 FCFA')
  })
  it('groups roubles-style amounts with spaces and a decimal comma in Russian', () => {
    expect(plain(formatMoneyIn(123_456, alatau.currency, 'ru-KG'))).toBe('1 234,56 сом')
  })
  it('writes naira the Nigerian English way', () => {
    expect(formatMoneyIn(272_565_000, northland.currency, 'en-NG')).toBe('₦2,725,650.00')
  })
  it('keeps negative amounts and exact minor units', () => {
    expect(formatMoneyIn(-5, northland.currency, 'en-NG')).toBe('-₦0.05')
    expect(formatMoneyIn(900_719_925_474_099, northland.currency, 'en-NG')).toBe('₦9,007,199,254,740.99')
  })
  it('writes rupiah the Indonesian way', () => {
    expect(plain(formatMoneyIn(1_234_500, archipelago.currency, 'id-ID'))).toBe('Rp 12.345,00')
  })
  it("puts the reader's language in the scenario's country", () => {
    expect(formatLocale('fr', 'en_NG')).toBe('fr-NG')
    expect(formatLocale('en', undefined)).toBe('en')
  })
})

describe('the translator', () => {
  it('formats typed arguments for the reader and falls back to the id when nothing knows it', () => {
    const t = createTranslator({ language: 'fr', country: sahel.locale, currency: sahel.currency })
    expect(plain(t.t(money(150_000)))).toBe('150 000 FCFA')
    expect(t.t(day('2026-03-12'))).toBe('12 mars 2026')
    expect(t.t(list(['a', 'b', 'c']))).toBe('a, b et c')
    expect(t.t('Amadou Diallo')).toBe('Amadou Diallo')
    const missing: string[] = []
    const strict = createTranslator({ language: 'en', onMissing: (id) => missing.push(id) })
    expect(strict.t(msg('nowhere.id'))).toBe('nowhere.id')
    expect(missing).toEqual(['nowhere.id'])
  })
  it('renders plurals and nested messages with ICU', () => {
    const t = createTranslator({
      language: 'ru',
      catalogue: { 'x.cases': '{n, plural, one {# дело} few {# дела} many {# дел} other {# дела}} — {who}' },
    })
    const who = { id: 'x.who' }
    expect(t.t(msg('x.cases', { n: 3, who }))).toBe('3 дела — x.who')
    expect(t.t(msg('x.cases', { n: 5, who }))).toBe('5 дел — x.who')
  })
})

describe("a trainer's text", () => {
  const note = 'The {matched} match TIN {tin}; the refund was {amount}.'
  const args = {
    matched: list([msg('registration.shared.nationalId'), msg('registration.shared.birthDate')]),
    tin: '1002003004',
    amount: money(150_000),
  }
  const teaching = filled('session.feedback.teaching', note, args)

  it("fills its slots in the scenario's language, not the page's", async () => {
    const russian = createTranslator({
      language: 'ru',
      catalogue: await loadCatalogue('ru'),
      country: northland.locale,
      currency: northland.currency,
      written: { language: 'en', catalogue: await loadCatalogue('en') },
    })
    expect(russian.t(teaching)).toBe(
      'The national ID and date of birth match TIN 1002003004; the refund was ₦1,500.00.',
    )
    // The page's own messages stay in the reader's language.
    expect(russian.m('registration.shared.nationalId')).not.toBe('national ID')
  })

  it("in the reader's language when the scenario is written in it", async () => {
    const french = await loadCatalogue('fr')
    const page = {
      language: 'fr' as const,
      catalogue: french,
      country: sahel.locale,
      currency: sahel.currency,
    }
    const frenchNote = filled('session.feedback.teaching', 'Le {matched} concorde.', {
      matched: msg('registration.shared.nationalId'),
    })
    const expected = 'Le numéro d’identité nationale concorde.'
    expect(createTranslator({ ...page, written: { language: 'fr', catalogue: french } }).t(frenchNote)).toBe(
      expected,
    )
    expect(createTranslator(page).t(frenchNote)).toBe(expected)
  })
})
