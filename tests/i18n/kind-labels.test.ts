/**
 * Every kind of case of every process has its name in every language, so the dashboard's rates
 * per kind, the debrief and the studio's preview never show a kind's code.
 */
import { describe, expect, it } from 'vitest'
import { PROCESS_FORMATS } from '../../src/engine/processes/formats'
import { kindLabel } from '../../src/engine/primitives/kind'
import { LANGUAGES } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

describe('kinds of case', () => {
  it('have a name in every language', async () => {
    const kinds = new Set(['genuine'])
    for (const format of PROCESS_FORMATS)
      for (const kind of [...format.kinds.ANOMALIES, ...format.kinds.LOOKALIKES]) kinds.add(kind)
    expect(kinds.size).toBeGreaterThan(30)
    for (const language of LANGUAGES) {
      const catalogue = await loadCatalogue(language)
      const t = createTranslator({ language, catalogue })
      for (const kind of kinds) {
        expect(catalogue, `${language}: ${kind}`).toHaveProperty([kindLabel(kind).id])
        expect(t.t(kindLabel(kind))).not.toMatch(/^[a-z]+(-[a-z]+)*$/)
      }
    }
    expect(createTranslator({ language: 'en' }).t(kindLabel('phantom-exporter'))).toBe('Phantom exporter')
  })
})
