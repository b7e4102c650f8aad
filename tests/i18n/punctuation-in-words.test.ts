/**
 * Punctuation the pages used to write around a message comes from the message, in each language's
 * way: one colon after the Russian count of files not imported (not "Не загружено файлов: 3:"),
 * and French « : » / « ; » with their space where a label and its value, or two fields, meet.
 */
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

const translator = async (language: 'fr' | 'ru') =>
  createTranslator({
    language,
    catalogue: await loadCatalogue(language),
    onMissing: (id) => {
      throw new Error(`${language}: no message ${id}`)
    },
  })

describe('punctuation in the words', () => {
  it('Russian: the files not imported, counted with one colon and the plural', async () => {
    const ru = await translator('ru')
    const said = (count: number) => ru.m('workshop.import.rejected', { count })
    expect(said(1)).toBe('Не загружен 1 файл:')
    expect(said(3)).toBe('Не загружены 3 файла:')
    expect(said(5)).toBe('Не загружено 5 файлов:')
    for (const n of [1, 2, 5, 21]) expect(said(n)).not.toMatch(/:.*:/)
  })

  it('French: a space before the colon and the semicolon', async () => {
    const fr = await translator('fr')
    expect(fr.m('common.pair', { label: '6 oct. 2025', value: '' })).toMatch(/^6 oct\. 2025\s: $/)
    expect(fr.m('common.pair', { label: 'broken.json', value: 'illisible' })).toMatch(
      /^broken\.json\s: illisible$/,
    )
    expect(fr.m('common.list.semicolons', { list: 'A', item: 'B' })).toMatch(/^A\s; B$/)
    expect(fr.m('app.decision.withFields', { label: 'Rembourser', fields: 'A' })).toBe('Rembourser (A)')
  })
})
