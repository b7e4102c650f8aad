/**
 * No line breaks where French, Russian and Portuguese typography forbid one: French sets a
 * no-break space before « : », « ; », « ! », « ? », « % », « » » and after « « »; Russian and
 * Portuguese between a number and « % ». An ordinary space there lets the browser put the colon
 * or the percent sign at the start of a line. `npx tsx scripts/typography.ts --fix` mends them.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NAMESPACES, type Catalogue } from '../../src/i18n/languages'
import { catalogueFiles, checkSource, fixMessage, NBSP, NNBSP } from '../../scripts/typography'

const load = async (lang: string, ns: string): Promise<Catalogue> =>
  ((await import(`../../src/i18n/${lang}/${ns}.ts`)) as { default: Catalogue }).default

/**
 * A message's words, ICU syntax left out: each literal text in order, with "{}" where an
 * argument stood ("#" for a count) and each branch of a plural or select in ⟨ ⟩. Code between backquotes is dropped: it is typed as written.
 */
function words(elements: readonly MessageFormatElement[]): string {
  let out = ''
  for (const el of elements) {
    if (el.type === TYPE.literal) out += el.value
    else if (el.type === TYPE.pound) out += '#'
    else if (el.type === TYPE.plural || el.type === TYPE.select)
      out += Object.values(el.options)
        .map((o) => `⟨${words(o.value)}⟩`)
        .join('')
    else if (el.type === TYPE.tag) out += words(el.children)
    else out += '{}'
  }
  return out
}
const prose = (message: string) => words(parse(message)).replace(/`[^`]*`/g, '``')

const RULES = {
  fr: / [:;!?%»]|« /g,
  ru: /[\d}#] %/g,
  pt: /[\d}#] %/g,
} as const

describe('no-break spaces in the catalogues', () => {
  for (const [language, rule] of Object.entries(RULES))
    it(`${language}: no ordinary space where a line must not break`, async () => {
      const found: string[] = []
      for (const ns of NAMESPACES)
        for (const [id, message] of Object.entries(await load(language, ns)))
          for (const match of prose(message).matchAll(rule))
            found.push(`src/i18n/${language}/${ns}.ts ${id}: "${match[0]}"`)
      expect(found, 'run npx tsx scripts/typography.ts --fix').toEqual([])
    })

  // A figure glued to its percent sign ("{max}%") has no space for the script to mend: these
  // languages' catalogues write one ("70 %"), so a glued sign is a slip of the translator.
  for (const language of Object.keys(RULES))
    it(`${language}: a figure is never glued to its percent sign`, async () => {
      const found: string[] = []
      for (const ns of NAMESPACES)
        for (const [id, message] of Object.entries(await load(language, ns)))
          for (const match of prose(message).matchAll(/[\d}#]%/g))
            found.push(`src/i18n/${language}/${ns}.ts ${id}: "${match[0]}"`)
      expect(found, 'write a no-break space before the percent sign').toEqual([])
    })

  it('scripts/typography.ts --check finds nothing in the catalogue files', () => {
    const found = catalogueFiles().flatMap(({ path, language }) =>
      checkSource(readFileSync(path, 'utf8'), language, path).offences.map(
        (o) => `${path}:${o.line} ${o.id}`,
      ),
    )
    expect(found).toEqual([])
  })
})

describe('scripts/typography.ts', () => {
  it('puts a no-break space before a French colon and a narrow one before ; ! ? % » and after «', () => {
    expect(fixMessage('Attention : le dossier « {id} » est clos ; sûr ? Oui ! 20 %', 'fr')).toBe(
      `Attention${NBSP}: le dossier «${NNBSP}{id}${NNBSP}» est clos${NNBSP}; sûr${NNBSP}? Oui${NNBSP}! 20${NNBSP}%`,
    )
  })

  it('leaves ICU syntax, code between backquotes and spaces elsewhere alone', () => {
    const syntax = '{n, number, ::percent} et {n, plural, offset:1 one {# cas :} other {# cas :}}'
    expect(fixMessage(syntax, 'fr')).toBe(
      `{n, number, ::percent} et {n, plural, offset:1 one {# cas${NBSP}:} other {# cas${NBSP}:}}`,
    )
    expect(fixMessage('écrivez `passMark : 70` puis `a ; b` : fini', 'fr')).toBe(
      `écrivez \`passMark : 70\` puis \`a ; b\`${NBSP}: fini`,
    )
    expect(fixMessage('voir https://exemple.org/?a=1 et l’adresse a:b', 'fr')).toBe(
      'voir https://exemple.org/?a=1 et l’adresse a:b',
    )
    expect(fixMessage("l''atelier '{' : ok", 'fr')).toBe(`l''atelier '{'${NBSP}: ok`)
  })

  it('in Russian and Portuguese, joins a number to its percent sign only', () => {
    expect(fixMessage('{rate, number} % и 5 % и {n, plural, one {# %} other {# %}}; знак « % »', 'ru')).toBe(
      `{rate, number}${NBSP}% и 5${NBSP}% и {n, plural, one {#${NBSP}%} other {#${NBSP}%}}; знак « % »`,
    )
    expect(fixMessage('taxa {percent} % : ok', 'pt')).toBe(`taxa {percent}${NBSP}% : ok`)
  })

  it('is idempotent and edits the file text where the message is, escapes included', () => {
    const source = [
      'export default {',
      "  'a.b': 'Problème :\\n{problems} ; l\\'atelier ?',",
      "  'a.c':",
      '    "déjà fait : oui",',
      '}',
      '',
    ].join('\n')
    const once = checkSource(source, 'fr')
    expect(once.offences.map((o) => [o.id, o.line])).toEqual([
      ['a.b', 2],
      ['a.b', 2],
      ['a.b', 2],
      ['a.c', 4],
    ])
    expect(once.fixed).toContain(`'Problème${NBSP}:\\n{problems}${NNBSP}; l\\'atelier${NNBSP}?'`)
    expect(once.fixed).toContain(`"déjà fait${NBSP}: oui"`)
    const twice = checkSource(once.fixed, 'fr')
    expect(twice.offences).toEqual([])
    expect(twice.fixed).toBe(once.fixed)
  })
})
