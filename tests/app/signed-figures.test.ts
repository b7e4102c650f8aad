/**
 * Signed figures on the pages (a grade's points on the briefing, a hint's cost and an error's
 * penalty in the report, the workshop's scores and percents) go through Intl and carry the minus
 * sign, never a hyphen, in every language.
 */
import { afterEach, expect, test } from 'vitest'
import { signed } from '../../src/app/format'
import { page } from '../../src/app/i18n.svelte'
import { finishedText, percentText, scoreText } from '../../src/app/workshop/format'

afterEach(() => page.choose('en'))

test.each(['en', 'fr', 'ru', 'pt'] as const)('signed figures and percents in %s', async (language) => {
  await page.choose(language)
  expect(signed(5)).toBe('+5')
  expect(signed(-11)).toBe('\u221211')
  expect(signed(0)).toBe('0')
  expect(signed(-0)).toBe('0')
  expect(percentText(-2)).toMatch(/^\u22122\s?%$/)
  expect(scoreText({ score: -31, maxScore: 60, percent: -52 })).toMatch(/^\u221231 \/ 60 \(\u221252\s?%\)$/)
})

test('a finishing time on the import page follows the page, not the browser', async () => {
  await page.choose('fr')
  const french = finishedText('2026-12-07T10:39:43.000Z')
  expect(french).not.toMatch(/AM|PM/)
  expect(french).toMatch(/déc\.? 2026/)
  await page.choose('ru')
  expect(finishedText('2026-12-07T10:39:43.000Z')).toMatch(/дек\.? 2026/)
  expect(finishedText('not a date')).toBe('not a date')
})
