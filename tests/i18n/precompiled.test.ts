/**
 * The built app ships its messages parsed (src/build/precompiled-messages.ts) and no ICU parser:
 * every message of every catalogue must read the same from its parsed form as from its source,
 * and a message kept as a string must be one that needs no parsing.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { precompile } from '../../src/build/precompiled-messages'
import { LANGUAGES, type Catalogue } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { isPlainMessage } from '../../src/i18n/plain'
import { createTranslator } from '../../src/i18n/render'

/** Every argument a message names, each given a count (plurals and numbers take it; a select reads "other"). */
function sampleArgs(elements: readonly MessageFormatElement[], args: Record<string, number> = {}) {
  for (const el of elements) {
    if ('value' in el && el.type !== TYPE.literal) args[el.value] = 2
    if ('options' in el) for (const option of Object.values(el.options)) sampleArgs(option.value, args)
    if ('children' in el) sampleArgs(el.children, args)
  }
  return args
}

describe('precompiled messages', () => {
  it('keep as strings only messages that read as written', () => {
    for (const source of ["l'atelier", 'Plain text.', '']) {
      expect(isPlainMessage(source)).toBe(true)
      expect(
        parse(source, { ignoreTag: true })
          .map((el) => ('value' in el ? el.value : ''))
          .join(''),
      ).toBe(source)
    }
    for (const source of ['{n} cases', "it''s", '{n, plural, one {# case} other {# cases}}'])
      expect(isPlainMessage(source)).toBe(false)
  })

  it.each(LANGUAGES)('render every %s message as its source does', async (language) => {
    const source = await loadCatalogue(language)
    const compiled = precompile(source)
    const fromSource = createTranslator({ language, catalogue: source })
    const fromCompiled = createTranslator({ language, catalogue: compiled as unknown as Catalogue })
    for (const [id, message] of Object.entries(source)) {
      const kept = compiled[id]
      if (typeof kept === 'string') {
        expect(kept, id).toBe(message)
        // A string the build keeps is shown as it is: its parse is that very text.
        expect(parse(message, { ignoreTag: true }), id).toEqual(
          message ? [{ type: TYPE.literal, value: message }] : [],
        )
      }
      const args = sampleArgs(parse(message, { ignoreTag: true }))
      expect(fromCompiled.m(id, args), id).toBe(fromSource.m(id, args))
    }
  })
})
