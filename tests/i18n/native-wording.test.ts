/**
 * What a native trainer corrected in the French and Russian crawl of session 23: each message is
 * rendered the way its page renders it, and each test fails on the text the reviewer found.
 */
import { describe, expect, it } from 'vitest'
import { msg } from '../../src/engine/primitives/message'
import { nb, strictTranslator } from './support/render'

describe('an empty multi-choice field on the results page and in the CSV', () => {
  // describe.ts: "label: value" through common.pair, an empty list as app.report.noneChosen.
  const cases = [
    ['en', 'Items allowed: none'],
    ['fr', nb('Chefs admis : aucun')],
    ['ru', 'Удовлетворённые пункты: ни одного'],
    ['pt', 'Pontos deferidos: nenhum'],
  ] as const
  it.each(cases)('%s agrees with the field it answers', async (language, expected) => {
    const t = await strictTranslator(language)
    const text = t.t(
      msg('common.pair', {
        label: msg('objections.field.allowedItems'),
        value: msg('app.report.noneChosen'),
      }),
    )
    expect(text).toBe(expected)
  })
})
