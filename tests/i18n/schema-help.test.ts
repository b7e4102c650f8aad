/**
 * The studio's field help in the trainer's language (src/i18n/schema-help.ts): every description
 * and title of the scenario and profile schemas has a translation in French, Russian and
 * Portuguese, no dictionary keeps a text the schemas no longer have (an English description
 * changed in the zod schema fails here, naming the text and the file to update), the codes a
 * trainer types, quoted in the help, come through translation unchanged, and a date's pattern
 * ("YYYY-MM-DD") is written as the studio's line for the kind of value writes it in that language
 * (`studio.help.date`: "AAAA-MM-JJ" in French), so the two lines of one tooltip agree. A pattern is
 * not a code the trainer types (they type 2025-03-03), so the rule for codes does not keep it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { jurisdictionJsonSchema, scenarioJsonSchema } from '../../src/engine/index'
import { LANGUAGES } from '../../src/i18n/languages'
import { loadSchemaHelp, schemaTexts, translateSchema } from '../../src/i18n/schema-help'
import { loadCatalogue } from '../../src/i18n/load'

const schemas = [scenarioJsonSchema(), jurisdictionJsonSchema()]
const english = new Set(schemas.flatMap((s) => [...schemaTexts(s)]))
const translated = LANGUAGES.filter((l) => l !== 'en')
const fileOf = (language: string) => `src/i18n/${language}/schema-help.json`

/** The values a trainer types that the schemas name: property names and allowed values. */
function typedWords(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => typedWords(n, into))
  else if (typeof node === 'object' && node !== null)
    for (const [key, value] of Object.entries(node)) {
      if (key === 'const' && typeof value === 'string') into.add(value)
      if (key === 'enum' && Array.isArray(value)) value.forEach((v) => into.add(String(v)))
      if (key === 'properties' && typeof value === 'object' && value !== null)
        Object.keys(value).forEach((k) => into.add(k))
      typedWords(value, into)
    }
  return into
}
const typed = typedWords(schemas)

/**
 * The codes an English help text quotes, which its translation must keep as they are: inline
 * YAML in braces, and quoted values with no space in them ("all", "jurisdiction/1", "₦") unless
 * they are a plain word the schemas do not know ("exports", "today": words a translation may
 * translate). Quoted display text with spaces ("Republic of Northland (fictional)") is prose.
 */
function codesIn(text: string): string[] {
  return [...text.matchAll(/\{[^}]*\}|"[^"]*"/g)]
    .map(([fragment]) => fragment)
    .filter((fragment) => {
      if (fragment.startsWith('{')) return true
      const inner = fragment.slice(1, -1)
      if (/\s/.test(inner)) return false
      return !/^\p{Ll}+$/u.test(inner) || typed.has(inner)
    })
}

describe("the schemas' field help", () => {
  it('has texts to translate, in both schemas', () => {
    expect(schemaTexts(scenarioJsonSchema()).size).toBeGreaterThan(100)
    expect(schemaTexts(jurisdictionJsonSchema()).size).toBeGreaterThan(50)
    expect(codesIn('write "jurisdiction/1", e.g. { namesake: 1 }; "all" or how many')).toEqual([
      '"jurisdiction/1"',
      '{ namesake: 1 }',
      '"all"',
    ])
  })

  for (const language of translated) {
    describe(`in ${language}`, () => {
      /** The dictionary, or none when its file is missing (every text is then reported untranslated). */
      let help: Readonly<Record<string, string>> = {}
      beforeAll(async () => {
        help = await loadSchemaHelp(language).catch(() => ({}))
      })

      it('translates every description and title of the scenario and profile schemas', () => {
        const missing = [...english].filter((text) => !help[text]?.trim())
        expect(
          missing,
          `${missing.length} English help texts have no translation: add them to ${fileOf(language)}`,
        ).toEqual([])
      })

      it('keeps no text the schemas no longer have', () => {
        const stale = Object.keys(help).filter((text) => !english.has(text))
        expect(
          stale,
          `${fileOf(language)} translates texts the schemas no longer have: the English changed ` +
            '(translate the new text under its new key) or the field went (remove the entry)',
        ).toEqual([])
      })

      it('keeps the codes a trainer types as they are', () => {
        const lost = Object.entries(help).flatMap(([text, translation]) =>
          codesIn(text)
            .filter((code) => !translation.includes(code))
            .map((code) => `${code} is missing from the translation of “${text}”`),
        )
        expect(lost, fileOf(language)).toEqual([])
      })

      it('writes a date’s pattern as the studio’s kind-of-value line does', async () => {
        const line = (await loadCatalogue(language))['studio.help.date'] ?? ''
        const pattern = /[^\s-]+-[^\s-]+-[^\s-]+$/u.exec(line)?.[0] ?? ''
        expect(pattern, `studio.help.date in ${language} ends with a date pattern`).not.toBe('')
        const dated = Object.entries(help).filter(([text]) => text.includes('YYYY-MM-DD'))
        expect(dated.length).toBeGreaterThan(0)
        const astray = dated
          .filter(([, translation]) => !translation.includes(pattern))
          .map(([text, translation]) => `“${translation}” (for “${text}”) does not write ${pattern}`)
        expect(astray, fileOf(language)).toEqual([])
      })

      it('gives the studio schemas whose every help text is a translation', () => {
        const translations = new Set(Object.values(help))
        for (const schema of schemas) {
          const left = [...schemaTexts(translateSchema(schema, help))].filter(
            (text) => !translations.has(text),
          )
          expect(left).toEqual([])
        }
      })
    })
  }
})

describe('translateSchema', () => {
  const schema = {
    title: 'A scenario',
    description: 'The file',
    type: 'object',
    properties: {
      title: { type: 'string', description: 'Title shown in the catalogue' },
      description: { type: 'string', description: 'Untranslated help' },
      kind: { type: 'string', enum: ['Title shown in the catalogue'], default: 'The file' },
      format: { const: 'The file', description: 'The file' },
    },
    anyOf: [{ description: 'The file' }],
  }
  const help = {
    'A scenario': 'Un scénario',
    'The file': 'Le fichier',
    'Title shown in the catalogue': 'Titre',
  }

  it('translates each description and title, keeps English where the dictionary has none', () => {
    expect(translateSchema(schema, help)).toEqual({
      title: 'Un scénario',
      description: 'Le fichier',
      type: 'object',
      properties: {
        title: { type: 'string', description: 'Titre' },
        description: { type: 'string', description: 'Untranslated help' },
        kind: { type: 'string', enum: ['Title shown in the catalogue'], default: 'The file' },
        format: { const: 'The file', description: 'Le fichier' },
      },
      anyOf: [{ description: 'Le fichier' }],
    })
  })

  it('leaves the schema it was given as it was', () => {
    const before = structuredClone(schema)
    translateSchema(schema, help)
    expect(schema).toEqual(before)
  })

  it('gives English for English (no dictionary)', async () => {
    expect(await loadSchemaHelp('en')).toEqual({})
    expect(translateSchema(schema, {})).toEqual(schema)
  })
})
