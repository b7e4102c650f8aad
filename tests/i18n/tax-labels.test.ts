/**
 * How a tax reads in French, Russian and Portuguese: its label carries no English code ("НДФЛ с
 * зарплаты", not "… (PAYE)"), and where a Russian sentence puts it after a noun it is declined
 * ("начисление налога на прибыль", never "начисление налог на прибыль"), through the
 * `taxTypeOfLabel` form the processes pass to those sentences; after «по» (what an applicant is
 * registered for) it is in the dative, through `taxTypeForLabel` ("по налогу на прибыль", never
 * "по налог на прибыль", which the Russian studio's ground truth and the registration desk's
 * expected decision read).
 */
import { describe, expect, it } from 'vitest'
import { list, msg } from '../../src/engine/primitives/message'
import {
  segmentLabel,
  TAX_TYPES,
  taxTypeForLabel,
  taxTypeLabel,
  taxTypeOfLabel,
} from '../../src/engine/vocabulary'
import { STARTERS } from '../../src/app/studio/starter'
import { readSourceFiles } from '../../src/cli/files'
import { Session } from '../../src/engine'
import { isProfile, loadLibrary } from '../../src/engine/scenario'
import { strictTranslator, strictTranslators, TAX_CODE } from './support/render'

describe('tax labels', () => {
  it('name no tax by its English code in fr, ru or pt, in either form', async () => {
    for (const t of await strictTranslators())
      for (const code of TAX_TYPES)
        for (const label of [taxTypeLabel(code), taxTypeOfLabel(code), taxTypeForLabel(code)])
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

  it('are in the dative in Russian after «по», and read as the label elsewhere', async () => {
    const ru = await strictTranslator('ru')
    const approve = (...codes: (typeof TAX_TYPES)[number][]) =>
      ru.t(
        msg('registration.expected.approve', {
          types: list(codes.map(taxTypeForLabel)),
          segment: segmentLabel('medium'),
        }),
      )
    expect(approve('CIT', 'VAT')).toMatch(
      /^Одобрить и присвоить ИНН по налогу на прибыль и НДС \(категория «/,
    )
    expect(approve('EXCISE')).toMatch(/ИНН по акцизу \(/)
    expect(approve('WHT')).toMatch(/ИНН по налогу у источника \(/)
    for (const t of [
      await strictTranslator('fr'),
      await strictTranslator('pt'),
      await strictTranslator('en'),
    ])
      for (const code of TAX_TYPES) expect(t.t(taxTypeForLabel(code))).toBe(t.t(taxTypeLabel(code)))
  })

  it('reach the Russian registration desk’s expected decisions in the dative', async () => {
    const { files } = await readSourceFiles(['scenarios/jurisdictions'])
    const scenario = loadLibrary([...files.filter(isProfile), { path: 'studio/s.yaml', text: STARTERS.ru }])
      .scenarios[0]!
    const session = await Session.start(scenario, { seed: scenario.world.seed })
    const ru = await strictTranslator('ru')
    const expected = session.cases().map((c) => ru.t(session.truthOf(c.caseId)!.expected))
    expect(expected.filter((e) => / по налогу на прибыль/.test(e)).length).toBeGreaterThan(0)
    for (const e of expected) expect(e).not.toMatch(/ по (налог|акциз)(\s|,|$)/)
  })
})
