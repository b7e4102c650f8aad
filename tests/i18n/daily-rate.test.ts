/**
 * The payments computation panel's daily interest rate is a figure the language writes, not a
 * string the engine made with a decimal point ("0,032877 % par jour" in French, not "0.032877").
 */
import { expect, it } from 'vitest'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

const rule = { percent: 1, basis: 'daily', daily: 0.032877, compounding: 'simple' }

it.each([
  ['en', 'en-NG', '(0.032877 % a day)'],
  ['fr', 'fr-SN', '(0,032877\u202f% par jour)'],
  ['ru', 'ru-KG', '(0,032877\u00a0% в день)'],
  ['pt', 'pt-PT', '(0,032877\u00a0% ao dia)'],
] as const)('%s writes the daily rate with its own decimal mark', async (language, country, expected) => {
  const tr = createTranslator({ language, catalogue: await loadCatalogue(language), country })
  expect(tr.m('payments.panel.computation.interestRuleValue', rule)).toContain(expected)
})
