/**
 * Lists and introductions the pages put together themselves (the process map's list, an arrow's
 * tooltip, a risk rule's factors, the CSV's panels, the opening page's choices) are punctuated as
 * the page's language writes them: French keeps a no-break space before ";" and ":", so a line
 * never starts with the mark; the other languages write none. The marks are messages
 * (`common.list.semicolons`, `common.pair`), not a table in the code.
 */
import { afterEach, expect, test } from 'vitest'
import { colon, semicolons } from '../../src/app/format'
import { m, page } from '../../src/app/i18n.svelte'

afterEach(() => page.choose('en'))

test('French sets a no-break space before the semicolon and the colon', async () => {
  await page.choose('fr')
  expect(semicolons(['Relance', 'Mise en demeure'])).toBe('Relance\u202f; Mise en demeure')
  expect(semicolons(['a', 'b', 'c'])).toBe('a\u202f; b\u202f; c')
  expect(`${colon('Étape')} suite`).toBe('Étape\u00a0: suite')
  expect(colon('Étape', 'suite')).toBe('Étape\u00a0: suite')
})

test.each(['en', 'ru', 'pt'] as const)('%s writes the marks right after the word', async (language) => {
  await page.choose(language)
  expect(semicolons(['a', 'b', 'c'])).toBe('a; b; c')
  expect(semicolons(['a'])).toBe('a')
  expect(semicolons([])).toBe('')
  expect(`${colon('a')} b`).toBe('a: b')
  expect(colon('a', 'b')).toBe('a: b')
})

// The marks are the translators', in the catalogue: a language writes them by its messages, and
// no code holds a table of them (src/app/format.ts).
test.each(['en', 'fr', 'ru', 'pt'] as const)(
  '%s: a list and a colon are its catalogue’s messages',
  async (language) => {
    await page.choose(language)
    expect(semicolons(['x', 'y', 'z'])).toBe(
      m('common.list.semicolons', { list: m('common.list.semicolons', { list: 'x', item: 'y' }), item: 'z' }),
    )
    expect(colon('x', 'y')).toBe(m('common.pair', { label: 'x', value: 'y' }))
    expect(colon('x')).toBe(m('common.pair', { label: 'x', value: '' }).trimEnd())
  },
)
