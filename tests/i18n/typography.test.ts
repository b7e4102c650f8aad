/**
 * No line breaks where French, Russian and Portuguese typography forbid one: French sets a
 * no-break space before « : », « ; », « ! », « ? », « % », « » » and after « « »; Russian and
 * Portuguese between a number and « % ». An ordinary space there lets the browser put the colon
 * or the percent sign at the start of a line. And one apostrophe: an elided word takes the
 * typographic ’ (« l’atelier »), not a straight ' beside it on the same screen; English keeps its
 * straight one. `npx tsx scripts/typography.ts --fix` mends both.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NAMESPACES, type Catalogue } from '../../src/i18n/languages'
import { IntlMessageFormat } from 'intl-messageformat'
import { STARTERS } from '../../src/app/studio/starter'
import { nb } from './support/render'
import {
  APOSTROPHE,
  catalogueFiles,
  checkScenario,
  checkSource,
  fixMessage,
  NBSP,
  NNBSP,
  scenarioFiles,
} from '../../scripts/typography'

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

  for (const language of Object.keys(RULES))
    it(`${language}: an elided word takes the typographic apostrophe ’`, async () => {
      const found: string[] = []
      for (const ns of NAMESPACES)
        for (const [id, message] of Object.entries(await load(language, ns)))
          for (const match of prose(message).matchAll(/\p{L}'\p{L}/gu))
            found.push(`src/i18n/${language}/${ns}.ts ${id}: "${match[0]}"`)
      expect(found, 'run npx tsx scripts/typography.ts --fix').toEqual([])
    })

  it('the bundled French, Portuguese and Russian scenarios and profiles, and the studio starters, write ’', () => {
    const files = scenarioFiles()
    expect(files).toEqual(expect.arrayContaining(['scenarios/jurisdictions/sahel-coast.yaml']))
    const found = [
      ...files.flatMap((path) =>
        checkScenario(readFileSync(path, 'utf8')).offences.map((o) => `${path}:${o.line} "${o.context}"`),
      ),
      ...(['fr', 'pt', 'ru'] as const).flatMap((language) =>
        checkScenario(STARTERS[language]).offences.map((o) => `starter ${language}:${o.line} "${o.context}"`),
      ),
    ]
    expect(found, 'run npx tsx scripts/typography.ts --fix').toEqual([])
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
    expect(fixMessage("l''atelier '{' : ok", 'fr')).toBe(`l’atelier '{'${NBSP}: ok`)
  })

  it('makes a straight apostrophe between letters the typographic one, in French, Portuguese and Russian', () => {
    expect(fixMessage("Langue d'affichage ; aujourd'hui qu'il l'a", 'fr')).toBe(
      `Langue d’affichage${NNBSP}; aujourd’hui qu’il l’a`,
    )
    expect(fixMessage("copo d'água, Sant'Ana", 'pt')).toBe('copo d’água, Sant’Ana')
    expect(fixMessage("Д'Артаньян", 'ru')).toBe('Д’Артаньян')
    // Already typographic, or not between two letters (a quotation, a figure's minutes): left alone.
    expect(fixMessage("l’atelier, 'cité', 5'", 'fr')).toBe("l’atelier, 'cité', 5'")
  })

  it('leaves the apostrophes ICU reads as syntax alone, and makes an escaped one between letters ’', () => {
    // '{' and '}' quote a brace, '#' a hash inside a plural: syntax, kept.
    expect(fixMessage("'{'l'atelier'}' et {n, plural, other {'#'n'a}}", 'fr')).toBe(
      "'{'l’atelier'}' et {n, plural, other {'#'n’a}}",
    )
    // Inside a quoted stretch an apostrophe pair is one apostrophe, and a lone one would close it.
    expect(fixMessage("'{ l''a }' puis l''atelier", 'fr')).toBe("'{ l''a }' puis l’atelier")
    // Backquoted code is typed as written.
    expect(fixMessage("écrivez `l'id` pour l'id", 'fr')).toBe("écrivez `l'id` pour l’id")
  })

  it('a converted message with placeholders and plurals formats to the same words, with ’', () => {
    const source =
      "{n, plural, one {l'unique dossier de {name}} other {les # dossiers de {name}}} : aujourd'hui '{'brut'}', l''atelier, {when, select, now {qu'il parte} other {jusqu'au {day}}}"
    const converted = fixMessage(source, 'fr')
    expect(converted).not.toMatch(/\p{L}'\p{L}/u)
    for (const args of [
      { n: 1, name: 'Awa', when: 'now', day: 'lundi' },
      { n: 3, name: 'Oumar', when: 'later', day: 'mardi' },
    ]) {
      const before = new IntlMessageFormat(source, 'fr').format(args) as string
      const after = new IntlMessageFormat(converted, 'fr').format(args) as string
      expect(after).toBe(before.replace(/(?<=\p{L})'(?=\p{L})/gu, APOSTROPHE).replace(' :', `${NBSP}:`))
    }
    expect(
      new IntlMessageFormat(converted, 'fr').format({ n: 3, name: 'Awa', when: 'later', day: 'lundi' }),
    ).toBe(`les 3 dossiers de Awa${NBSP}: aujourd’hui {brut}, l’atelier, jusqu’au lundi`)
  })

  it("nb() sets a test's own French as the script sets the catalogues", () => {
    expect(nb("L'atelier n'est pas valide : « nom » ; 20 %")).toBe(
      `L’atelier n’est pas valide${NBSP}: «${NNBSP}nom${NNBSP}»${NNBSP}; 20${NNBSP}%`,
    )
  })

  it('finds and mends straight apostrophes in a French scenario, YAML quoting left alone', () => {
    const yaml = "title: 'Le guichet d''Abidjan'\nsummary: >-\n  Aujourd'hui, l'agent d'accueil.\n"
    const { offences, fixed } = checkScenario(yaml)
    expect(offences.map((o) => o.line)).toEqual([3, 3, 3])
    expect(fixed).toBe("title: 'Le guichet d''Abidjan'\nsummary: >-\n  Aujourd’hui, l’agent d’accueil.\n")
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
      ['a.b', 2],
      ['a.c', 4],
    ])
    // The escaped \' is one apostrophe in the message: both its characters become ’.
    expect(once.fixed).toContain(`'Problème${NBSP}:\\n{problems}${NNBSP}; l’atelier${NNBSP}?'`)
    // A double-quoted message left with no quote inside takes single quotes, as prettier writes it.
    expect(once.fixed).toContain(`'déjà fait${NBSP}: oui'`)
    expect(checkSource(`export default { a: "l'a" }`, 'fr').fixed).toBe(`export default { a: 'l’a' }`)
    expect(checkSource(`export default { a: "l'a 'b'" }`, 'fr').fixed).toBe(`export default { a: "l’a 'b'" }`)
    const twice = checkSource(once.fixed, 'fr')
    expect(twice.offences).toEqual([])
    expect(twice.fixed).toBe(once.fixed)
  })
})
