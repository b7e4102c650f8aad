/**
 * Which language the page speaks, and the glossary's matcher: whole words of the reader's
 * language only, the first appearance of each term, abbreviations in capitals only.
 */
import { describe, expect, it } from 'vitest'
import {
  glossaryIn,
  GLOSSARY_KEYS,
  splitTerms,
  type GlossaryEntry,
  type Segment,
} from '../../src/app/glossary'
import { page, t } from '../../src/app/i18n.svelte'
import { decideLanguage, LANGUAGE_KEY, readChoice } from '../../src/app/language-choice'
import { LANGUAGES, type Language } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

describe('the page language', () => {
  it("follows the scenario's language, a trainee's pick overriding it", () => {
    expect(decideLanguage({ scenario: 'fr' })).toBe('fr')
    expect(decideLanguage({ scenario: 'fr-SN' })).toBe('fr')
    expect(decideLanguage({ scenario: 'fr', chosen: 'ru' })).toBe('ru')
    expect(decideLanguage({ scenario: 'en', chosen: 'pt' })).toBe('pt')
    // A language the sandbox does not speak falls back to English.
    expect(decideLanguage({ scenario: 'sw' })).toBe('en')
  })

  it("uses the browser's language only where no scenario is open", () => {
    expect(decideLanguage({ browser: 'ru-RU' })).toBe('ru')
    expect(decideLanguage({ scenario: 'en', browser: 'ru-RU' })).toBe('en')
    expect(decideLanguage({ browser: 'de-DE' })).toBe('en')
  })

  it('keeps a stored pick only when it names a language of the sandbox', () => {
    for (const language of LANGUAGES) expect(readChoice(language)).toBe(language)
    expect(readChoice('de')).toBeUndefined()
    expect(readChoice('')).toBeUndefined()
    expect(readChoice(null)).toBeUndefined()
  })

  it('switches when the trainee picks, remembers the pick and sets <html lang>', async () => {
    page.scenario('fr_SN', { code: 'XOF', symbol: 'FCFA', minorUnits: 0 }, 'fr')
    await expect.poll(() => page.language).toBe('fr')
    expect(document.documentElement.lang).toBe('fr')
    expect(t({ money: 150_000 })).toMatch(/^150\s000\sFCFA$/)
    expect(t({ id: 'app.workspace.worklist' })).toBe('Liste des dossiers')

    await page.choose('ru')
    expect(page.language).toBe('ru')
    expect(document.documentElement.lang).toBe('ru')
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('ru')
    expect(t({ id: 'app.workspace.worklist' })).toBe('Список дел')
    // Another scenario keeps the trainee's pick.
    page.scenario('en_NG', { code: 'NGN', symbol: '₦', minorUnits: 2 }, 'en')
    await expect.poll(() => page.locale()).toBe('ru-NG')
    expect(page.language).toBe('ru')

    await page.choose('en')
    expect(t({ money: 272_565_000 })).toBe('₦2,725,650.00')
    localStorage.removeItem(LANGUAGE_KEY)
    page.chosen = undefined
    page.scenario('en_GB', undefined, 'en')
  })
})

const english: GlossaryEntry[] = glossaryIn((id) => createTranslator({ language: 'en' }).m(id))
const terms = (segments: Segment[]) => segments.flatMap((s) => ('entry' in s ? [[s.text, s.entry.key]] : []))

describe('the glossary matcher', () => {
  it('marks whole words only, the first appearance of each term', () => {
    const text = 'Check the TIN. A TIN is unique; TINs, TINTIN and tin are not terms here.'
    expect(terms(splitTerms(text, english))).toEqual([['TIN', 'tin']])
    // Nothing is lost or added: the segments put back together are the text.
    expect(
      splitTerms(text, english)
        .map((s) => s.text)
        .join(''),
    ).toBe(text)
  })

  it('matches several-word terms across spaces and case, and the longest first', () => {
    const text = 'The Demand Notice was served; the deemed\nreceipt date counts. A write-off is rare.'
    expect(terms(splitTerms(text, english))).toEqual([
      ['Demand Notice', 'demandNotice'],
      ['deemed\nreceipt', 'deemedReceipt'],
      ['write-off', 'writeOff'],
    ])
  })

  it('works in French and Russian, with accents and Cyrillic letters as parts of words', async () => {
    const fr = glossaryIn((id) => createTranslator({ language: 'fr', catalogue: french }).m(id))
    expect(
      terms(splitTerms("Envoyez une mise en demeure. L'échéancier de paiement tient ; le NIFA non.", fr)),
    ).toEqual([
      ['mise en demeure', 'demandNotice'],
      ['échéancier de paiement', 'instalmentAgreement'],
    ])
    const ru = glossaryIn((id) => createTranslator({ language: 'ru', catalogue: russian }).m(id))
    expect(terms(splitTerms('Проверьте ИНН и НДС; ИННА — имя, а не термин.', ru))).toEqual([
      ['ИНН', 'tin'],
      ['НДС', 'vat'],
    ])
  })

  it('has a term, its forms and a definition for every key in every language', async () => {
    for (const language of LANGUAGES) {
      const catalogue = await loadCatalogue(language as Language)
      const entries = glossaryIn((id) => createTranslator({ language, catalogue }).m(id))
      expect(entries.map((e) => e.key)).toEqual([...GLOSSARY_KEYS])
      for (const entry of entries) {
        expect(entry.term, `${language} ${entry.key}`).not.toMatch(/^glossary\./)
        expect(entry.definition.length, `${language} ${entry.key}`).toBeGreaterThan(40)
        // The term itself reads as a term where it appears.
        expect(terms(splitTerms(`« ${entry.forms[0]!} »`, entries))[0]?.[1]).toBe(entry.key)
      }
    }
  })
})

const french = (await loadCatalogue('fr')) as Record<string, string>
const russian = (await loadCatalogue('ru')) as Record<string, string>
