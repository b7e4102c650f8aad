/**
 * A term reads the same on every page of a language: a process has one name (the dashboard's and
 * the catalogue's were "Риски нарушений…" and "Риски несоблюдения…"), and Russian says
 * "проходной балл" for the pass mark everywhere (the studio's path test said "проходной порог").
 */
import { describe, expect, it } from 'vitest'
import { PROCESSES } from '../../src/engine'
import { loadCatalogue } from '../../src/i18n/load'
import { LANGUAGES } from '../../src/i18n/languages'

const catalogues = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(async (l) => [l, (await loadCatalogue(l)) as Record<string, string>] as const),
  ),
)

describe('one wording per term', () => {
  it.each(LANGUAGES)("a process's name and its long name agree where English's do (%s)", (language) => {
    const en = catalogues.en!
    const words = catalogues[language]!
    for (const p of PROCESSES)
      if (en[`common.process.${p}`] === en[`common.process.long.${p}`])
        expect(words[`common.process.long.${p}`], p).toBe(words[`common.process.${p}`])
  })

  it('Russian calls the pass mark "проходной балл" in every message', () => {
    const said = Object.entries(catalogues.ru!).filter(([, text]) => /проходн/.test(text))
    expect(said.length).toBeGreaterThan(3)
    for (const [id, text] of said) expect(text, id).toMatch(/проходн(ой|ого) балл/)
  })
})
