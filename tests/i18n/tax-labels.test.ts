/**
 * How a tax reads in French, Russian and Portuguese: its label carries no English code ("НДФЛ с
 * зарплаты", not "… (PAYE)"), and where a Russian sentence puts it after a noun it is declined
 * ("начисление налога на прибыль", never "начисление налог на прибыль"), through the
 * `taxTypeOfLabel` form the processes pass to those sentences.
 */
import { describe, expect, it } from 'vitest'
import { msg } from '../../src/engine/primitives/message'
import { TAX_TYPES, taxTypeLabel, taxTypeOfLabel } from '../../src/engine/vocabulary'
import { strictTranslator, strictTranslators, TAX_CODE } from './support/render'

describe('tax labels', () => {
  it('name no tax by its English code in fr, ru or pt, in either form', async () => {
    for (const t of await strictTranslators())
      for (const code of TAX_TYPES)
        for (const label of [taxTypeLabel(code), taxTypeOfLabel(code)])
          expect(t.t(label), `${t.language} ${label.id}`).not.toMatch(TAX_CODE)
  })

  it('decline in Russian after a noun, and read as the label elsewhere', async () => {
    const ru = await strictTranslator('ru')
    const title = (code: (typeof TAX_TYPES)[number]) =>
      ru.t(
        msg('objections.story.title', { name: 'ООО «Заря»', taxType: taxTypeOfLabel(code), period: '2023' }),
      )
    expect(title('CIT')).toBe('ООО «Заря»: начисление налога на прибыль за 2023')
    expect(title('EXCISE')).toBe('ООО «Заря»: начисление акциза за 2023')
    expect(title('WHT')).toBe('ООО «Заря»: начисление налога у источника за 2023')
    expect(
      ru.t(msg('objections.panel.account.balance', { taxType: taxTypeOfLabel('CIT'), period: '2024' })),
    ).toBe('Сальдо налога на прибыль 2024')
    expect(ru.t(taxTypeLabel('CIT'))).toBe('налог на прибыль')
    const fr = await strictTranslator('fr')
    for (const code of TAX_TYPES) expect(fr.t(taxTypeOfLabel(code))).toBe(fr.t(taxTypeLabel(code)))
  })
})
