/**
 * Two typographic rules the formatter applies in every message: a sentence that ends with an
 * abbreviation takes one full stop (Russian dates end in "г.": "уплачен 10 апр. 2025 г..", seen on
 * the waiver letters, is wrong), and French writes the first of a month "1er".
 */
import { describe, expect, it } from 'vitest'
import { msg } from '../../src/engine/index'
import { formatDateIn } from '../../src/engine/primitives/format'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, oneStop } from '../../src/i18n/render'

/** A message that ends with a slot named for a date: {on}, {paidOn}, {until}, {due}, {date}… */
const DATE_SLOT_AT_END = /\{(?:on|until|from|to|due|filed|date|\w*On|\w*Date)\}\.$/

describe('one full stop after an abbreviation', () => {
  it('a Russian message ending with a date has one full stop', async () => {
    const ru = createTranslator({ language: 'ru', catalogue: await loadCatalogue('ru'), country: 'ru_KG' })
    const catalogue = await loadCatalogue('ru')
    // Every plain Russian message that ends "{date}." (a slot named for a date): none ends in two stops.
    const endingWithDate = Object.entries(catalogue).filter(
      ([, text]) => DATE_SLOT_AT_END.test(text) && !/, (?:select|plural|number)/.test(text),
    )
    expect(endingWithDate.length).toBeGreaterThan(5)
    for (const [id, text] of endingWithDate) {
      const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
      const last = names.at(-1)!
      const args = Object.fromEntries(names.map((n) => [n, n === last ? { date: '2025-04-10' } : 'x']))
      const out = ru.t(msg(id as never, args as never))
      expect(out, id).not.toMatch(/\p{L}\.\.(?!\.)/u)
      expect(out, id).toMatch(/2025 г\.$/)
    }
  })

  it('keeps an ellipsis and a single stop as they are', () => {
    expect(oneStop('Chargement…')).toBe('Chargement…')
    expect(oneStop('wait...')).toBe('wait...')
    expect(oneStop('10 апр. 2025 г..')).toBe('10 апр. 2025 г.')
    expect(oneStop('Сумма 100 сом.. Далее')).toBe('Сумма 100 сом. Далее')
    expect(oneStop('1.2.. 3')).toBe('1.2.. 3')
  })
})

describe('the first of the month in French', () => {
  it('is "1er" in medium, long and weekday dates, and "01/10/2025" in short ones', () => {
    expect(formatDateIn('2025-10-01', 'fr-SN')).toBe('1er oct. 2025')
    expect(formatDateIn('2025-10-01', 'fr-SN', 'long')).toBe('1er octobre 2025')
    expect(formatDateIn('2025-10-01', 'fr-FR', 'weekday')).toBe('mercredi 1er octobre 2025')
    expect(formatDateIn('2025-10-01', 'fr-SN', 'short')).toBe('01/10/2025')
    expect(formatDateIn('2025-10-11', 'fr-SN')).toBe('11 oct. 2025')
    expect(formatDateIn('2025-10-01', 'en-NG')).toBe('1 Oct 2025')
    expect(formatDateIn('2025-10-01', 'ru-KG')).toBe('1 окт. 2025 г.')
  })
})
