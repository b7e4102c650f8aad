/**
 * One colon a sentence in what every trainee reads on the briefing: each rule's worked example
 * behind the "Example" label (the examples themselves say "On 1,000,000 of tax: …"), and the
 * cases and points of each task of a multi-task scenario behind the trainer's task title (which is
 * often "Desk: what to do"). The briefing builds these lines with the app's own `m`, so this
 * checks the very strings the page shows, for every bundled scenario in every language.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { loadLibrary } from '../../src/engine/index'
import { jurisdictionInWords } from '../../src/app/catalog/rules-in-words'
import { m, page } from '../../src/app/i18n.svelte'
import { LANGUAGES } from '../../src/i18n/languages'
import { bundledFiles } from '../e2e/support/engine'

const scenarios = loadLibrary(bundledFiles()).scenarios

/** The sentences of a text that hold more than one colon (a quotation, a time "10:30" aside). */
function doubleColons(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n/)
    .filter(
      (sentence) =>
        (sentence.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '«…»').match(/(?<!\d):|:(?!\d)/g) ?? []).length > 1,
    )
}

describe('the briefing: one colon a sentence', () => {
  afterAll(() => page.use('en'))

  it('the check finds what the briefing used to show', () => {
    expect(doubleColons('Exemple : Sur 1 000 000 FCFA d’impôt : 10 % représente 100 000 FCFA.')).toHaveLength(
      1,
    )
    expect(doubleColons('Exemple. Sur 1 000 000 FCFA d’impôt : 10 % représente 100 000 FCFA.')).toEqual([])
  })

  for (const language of LANGUAGES)
    it(`${language}: every rule's example and every task's cases line`, async () => {
      await page.use(language)
      const found: string[] = []
      let examples = 0
      for (const scenario of scenarios) {
        const shown: string[] = []
        for (const rule of jurisdictionInWords(scenario.jurisdiction).flatMap((g) => g.rules))
          if (rule.example) shown.push(m('app.briefing.example', { example: rule.example }))
        examples += shown.length
        if (scenario.tasks.length > 1)
          for (const task of scenario.tasks)
            shown.push(
              m('app.briefing.casesOfTask', {
                title: task.title,
                cases: m('app.briefing.cases', { n: 2, max: 21 }),
              }),
            )
        for (const text of shown)
          for (const sentence of doubleColons(text)) found.push(`${scenario.id}: ${sentence}`)
      }
      expect(examples).toBeGreaterThan(scenarios.length)
      expect(scenarios.some((s) => s.tasks.length > 1)).toBe(true)
      expect(found).toEqual([])
    })

  it('ru: "up to N points" agrees with N after «до»', async () => {
    await page.use('ru')
    expect(m('app.briefing.cases', { n: 2, max: 21 })).toBe('2 дела, до 21 балла.')
    expect(m('app.briefing.cases', { n: 5, max: 25 })).toBe('5 дел, до 25 баллов.')
    expect(m('app.briefing.cases', { n: 1, max: 3 })).toBe('1 дело, до 3 баллов.')
  })
})
