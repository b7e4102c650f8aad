/**
 * The validator composes its Russian sentences from two messages rendered apart: a frame
 * ("{field}: ожидается {expected}, а не {value}") and what the field takes ("текст", "дата в
 * виде ГГГГ-ММ-ДД", "список…"). The frame's word before {expected} must agree with every value
 * it can receive: "нужно текст" or "напишите дата" is what a trainer read before. Each
 * `scenario.expect.*` entry is listed here with the gender of its head noun, each word a frame may
 * put before {expected} with the genders it takes; every frame is rendered with every value, and
 * a frame or a value this test does not know fails it until someone checks its grammar. French and
 * Portuguese frames are held to the same test (their values carry their own article, and their
 * frames' words do not agree with them).
 */
import { describe, expect, it } from 'vitest'
import { list, msg, type Msg } from '../../src/engine/primitives/message'
import { strictTranslator } from './support/render'
import russian from '../../src/i18n/ru/scenario'
import french from '../../src/i18n/fr/scenario'
import portuguese from '../../src/i18n/pt/scenario'

/** m, f, n: the head noun's gender (nominative singular); x: words that do not inflect ("true или false"). */
type Gender = 'm' | 'f' | 'n' | 'x'

/** Each expected value as the validator builds it (words.ts), with its head noun's gender. */
const EXPECTED: Record<string, { gender: Gender; samples: Msg[] }> = {
  'scenario.expect.text': { gender: 'm', samples: [msg('scenario.expect.text')] },
  'scenario.expect.date': { gender: 'f', samples: [msg('scenario.expect.date')] },
  'scenario.expect.list': { gender: 'm', samples: [msg('scenario.expect.list')] },
  'scenario.expect.map': { gender: 'm', samples: [msg('scenario.expect.map')] },
  'scenario.expect.mapOf': { gender: 'm', samples: [msg('scenario.expect.mapOf', { keys: 'day, tasks' })] },
  'scenario.expect.boolean': { gender: 'x', samples: [msg('scenario.expect.boolean')] },
  'scenario.expect.other': { gender: 'n', samples: [msg('scenario.expect.other')] },
  'scenario.expect.oneOf': { gender: 'n', samples: [msg('scenario.expect.oneOf', { values: 'en, fr, ru' })] },
  'scenario.expect.wholeOf': {
    gender: 'n',
    samples: [msg('scenario.expect.wholeOf', { values: list(['1', '2', '3'], 'or') })],
  },
  ...Object.fromEntries(
    (
      [
        ['scenario.expect.number', {}],
        ['scenario.expect.numberFromTo', { min: 1, max: 5000 }],
        ['scenario.expect.numberAtLeast', { min: 1 }],
        ['scenario.expect.numberAtMost', { max: 100 }],
      ] as const
    ).map(([id, bounds]) => [
      id,
      { gender: 'n' as Gender, samples: ['yes', 'no'].map((whole) => msg(id, { whole, ...bounds })) },
    ]),
  ),
}

const ALL: readonly Gender[] = ['m', 'f', 'n', 'x']

/** The words a frame may put right before {expected}, and the genders that read right after them. */
const GOVERNS: Record<'ru' | 'fr' | 'pt', Record<string, readonly Gender[]>> = {
  ru: {
    // "ожидается текст / дата / число / true или false": the value in the nominative.
    ожидается: ALL,
    // In brackets after the key: "(текст)", nominative as a label.
    '(': ALL,
    нужен: ['m'],
    нужна: ['f'],
    нужно: ['n', 'x'],
    // Accusative: the same as the nominative for inanimate masculine and neuter nouns only.
    напишите: ['m', 'n', 'x'],
  },
  // French and Portuguese values carry their own article ("une date", "du texte", "uma lista"),
  // and these frames' words do not agree with them.
  fr: { être: ALL, écrivez: ALL, '(': ALL },
  pt: { ser: ALL, escreva: ALL, '(': ALL },
}

const catalogues = { ru: russian, fr: french, pt: portuguese } as Record<
  keyof typeof GOVERNS,
  Record<string, string>
>

/** The messages that take an {expected} value. */
const framesOf = (language: keyof typeof GOVERNS) =>
  Object.entries(catalogues[language]).filter(([, text]) => text.includes('{expected}'))

/** The word right before {expected} in a frame ("(" when it opens a bracket). */
function governor(text: string): string {
  const before = text.slice(0, text.indexOf('{expected}')).trimEnd()
  if (before.endsWith('(')) return '('
  return /(\p{L}+)$/u.exec(before)?.[1] ?? before
}

describe('the validator’s composed messages agree with what they expect', () => {
  it('knows the gender of every expected value the catalogue has', () => {
    const ids = Object.keys(russian).filter((id) => id.startsWith('scenario.expect.'))
    expect(ids.sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it('finds the composed frames', () => {
    expect(framesOf('ru').map(([id]) => id)).toEqual(
      expect.arrayContaining(['scenario.value.wrong', 'scenario.value.empty', 'scenario.key.missing']),
    )
  })

  it.each(['ru', 'fr', 'pt'] as const)(
    'renders every %s frame with every expected value, each governed by a word that agrees with it',
    async (language) => {
      const tr = await strictTranslator(language)
      const wrong: string[] = []
      for (const [id, text] of framesOf(language)) {
        const word = governor(text)
        const takes = GOVERNS[language][word]
        expect(
          takes,
          `${id}: "${word}" before {expected} — add it to GOVERNS with the genders it takes`,
        ).toBeDefined()
        for (const [expectId, { gender, samples }] of Object.entries(EXPECTED))
          for (const expected of samples) {
            const shown = tr.t(expected)
            const sentence = tr.t(
              msg(id, {
                field: 'summary',
                parent: 'world',
                key: 'seed',
                value: '12',
                suggestion: 'seed',
                hint: msg('scenario.hint.quotes'),
                expected,
              }),
            )
            // The value is rendered whole into the frame, nothing left as an id or a slot.
            expect(sentence, id).toContain(shown)
            expect(sentence, id).not.toMatch(/[{}]|scenario\./)
            if (!takes!.includes(gender)) wrong.push(`${id} + ${expectId}: ${sentence}`)
          }
      }
      expect(wrong).toEqual([])
    },
  )

  it('says what was expected, as the reviewer saw it wrong before', async () => {
    const ru = await strictTranslator('ru')
    const sentence = ru.t(
      msg('scenario.value.wrong', { field: 'summary', expected: msg('scenario.expect.text'), value: '12' }),
    )
    expect(sentence).toBe('summary: ожидается текст, а не 12')
  })
})
