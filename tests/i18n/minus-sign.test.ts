/**
 * Negative figures carry the minus sign (U+2212) wherever a page writes them, as the report's
 * hint cost "−11" does: a score of −31, a percent of −52 in a message's {n, number}, a plural's #.
 */
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

describe('negative figures', () => {
  it.each(['en', 'fr', 'ru', 'pt'] as const)('are written with a minus sign in %s', async (language) => {
    const tr = createTranslator({ language, catalogue: await loadCatalogue(language) })
    expect(tr.t(-31)).toBe('\u221231')
    expect(tr.number(-2.5)).toMatch(/^\u22122[.,]5$/)
    expect(tr.m('app.percent', { value: -52 })).toMatch(/^\u221252\s?%$/)
    expect(tr.m('app.percent', { value: 17 })).toMatch(/^17\s?%$/)
    expect(tr.t(0)).toBe('0')
    expect(tr.t(-0)).toBe('0')
  })

  it('in a message that formats its own number, never a hyphen', async () => {
    const ru = createTranslator({ language: 'ru', catalogue: await loadCatalogue('ru') })
    const text = ru.m('app.report.score', { score: -31, max: 60, percent: -52 })
    expect(text).toContain('\u221231 / 60')
    expect(text).toMatch(/\u221252\s%/)
    expect(text).not.toMatch(/-\d/)
  })

  it('percents in Russian and Portuguese keep the space their app.percent has', async () => {
    for (const language of ['ru', 'pt'] as const) {
      const tr = createTranslator({ language, catalogue: await loadCatalogue(language) })
      expect(tr.m('workshop.results.passMark', { mark: 70 })).toMatch(/70\s%\)/)
    }
  })
})
