/**
 * The briefing's filing-deadline rule names the month as each language's sentence needs it: the
 * Russian reviewer read "до конца месяца «март» после налогового года" (the month quoted, in the
 * nominative); a Russian trainer writes "до конца марта года, следующего за налоговым".
 */
import { afterAll, describe, expect, it } from 'vitest'
import { page } from '../../src/app/i18n.svelte'
import { settingsInWords } from '../../src/app/catalog/settings-in-words'
import type { Jurisdiction } from '../../src/engine/index'

const KZT = { code: 'KZT', symbol: 'сом', minorUnits: 2 }
const j = { payments: { pitFilingMonths: 3, citFilingMonths: 6 } } as unknown as Jurisdiction

describe('the month of a filing deadline in the briefing', () => {
  afterAll(async () => {
    page.chosen = undefined
    await page.choose('en')
    page.scenario('en_GB', undefined, 'en')
  })
  it.each([
    ['ru', 'ru_KZ', 'Декларация подаётся до конца марта года, следующего за налоговым.', 'до конца июня'],
    ['fr', 'fr_SN', 'La déclaration est due fin mars', 'fin juin'],
    ['en', 'en_NG', 'The return is due at the end of March after the tax year.', 'end of June'],
    ['pt', 'pt_MZ', 'A declaração vence no fim de março após o ano fiscal.', 'fim de junho'],
  ] as const)('%s', async (language, country, pit, cit) => {
    page.scenario(country, KZT, language)
    await page.choose(language)
    await page.need()
    const texts = settingsInWords(j, 'payments').map((rule) => rule.text)
    expect(texts[0]).toContain(pit)
    expect(texts[1]).toContain(cit)
    expect(texts.join(' ')).not.toMatch(/месяца «|«март»/)
  })
})
