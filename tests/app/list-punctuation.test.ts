/**
 * Lists and introductions the pages put together themselves (the process map's list, an arrow's
 * tooltip, a risk rule's factors, the CSV's panels, the opening page's choices) are punctuated as
 * the page's language writes them: French keeps a no-break space before ";" and ":", so a line
 * never starts with the mark; the other languages write none.
 */
import { afterEach, expect, test } from 'vitest'
import { colon, semicolons } from '../../src/app/format'
import { page } from '../../src/app/i18n.svelte'

afterEach(() => page.choose('en'))

test('French sets a no-break space before the semicolon and the colon', async () => {
  await page.choose('fr')
  expect(semicolons(['Relance', 'Mise en demeure'])).toBe('Relance\u202f; Mise en demeure')
  expect(`Étape${colon()}suite`).toBe('Étape\u00a0: suite')
})

test.each(['en', 'ru', 'pt'] as const)('%s writes the marks right after the word', async (language) => {
  await page.choose(language)
  expect(semicolons(['a', 'b', 'c'])).toBe('a; b; c')
  expect(semicolons(['a'])).toBe('a')
  expect(`a${colon()}b`).toBe('a: b')
})
