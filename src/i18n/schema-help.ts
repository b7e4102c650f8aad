/**
 * The help a trainer's editor shows for each field of a scenario or profile file (the JSON
 * Schema's `description` and `title`, written in English in the zod schema with `.meta()`), in
 * the studio's language. Gettext style: the English text is the key, so the English schema stays
 * the one source and `public/*.schema.json` stay English for editors like VS Code.
 *
 * Each language's dictionary is `src/i18n/<language>/schema-help.json` (English → translation;
 * English has none), loaded on demand: only the studio's editor wants it, never the first page.
 * The texts are shown as written, never parsed as ICU messages: they quote YAML such as
 * `{ namesake: 1 }` and `"all"`, which a trainer types as it is.
 * tests/i18n/schema-help.test.ts fails when an English description has no translation, or a
 * dictionary keeps one the schemas no longer have.
 */
import type { Language } from './languages'

/** English text of a description or title → its translation. */
export type SchemaHelp = Readonly<Record<string, string>>

const loaded = new Map<Language, Promise<SchemaHelp>>()

/**
 * The dictionary of `language` (empty for English, the schemas' own language). A failed fetch
 * (offline before the first visit) rejects, and the next call tries again.
 */
export function loadSchemaHelp(language: Language): Promise<SchemaHelp> {
  if (language === 'en') return Promise.resolve({})
  let help = loaded.get(language)
  if (!help) {
    help = (import(`./${language}/schema-help.json`) as Promise<{ default: SchemaHelp }>).then(
      (module) => module.default,
      (error: unknown) => {
        loaded.delete(language)
        throw error
      },
    )
    loaded.set(language, help)
  }
  return help
}

/** Keys whose value is data a trainer types (a default, an allowed value), never help to translate. */
const DATA_KEYS = new Set(['default', 'examples', 'const', 'enum'])
/** Keys whose value maps names (a field's, a definition's) to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs'])

/**
 * A copy of a JSON Schema with every `description` and `title` replaced by its translation in
 * `help`, or kept in English where `help` has none. The schema given is not changed.
 */
export function translateSchema<T>(schema: T, help: SchemaHelp): T {
  return translated(schema, help) as T
}

function translated(node: unknown, help: SchemaHelp): unknown {
  if (Array.isArray(node)) return node.map((item) => translated(item, help))
  if (typeof node !== 'object' || node === null) return node
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'description' || key === 'title') && typeof value === 'string')
      copy[key] = Object.hasOwn(help, value) && help[value] ? help[value] : value
    else if (DATA_KEYS.has(key)) copy[key] = value
    else if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value))
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, translated(s, help)]))
    else copy[key] = translated(value, help)
  }
  return copy
}

/** Every `description` and `title` of a JSON Schema (the English a dictionary translates). */
export function schemaTexts(schema: unknown): Set<string> {
  const texts = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'description' || key === 'title') && typeof value === 'string') texts.add(value)
      else if (DATA_KEYS.has(key)) continue
      else if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null)
        Object.values(value).forEach(visit)
      else visit(value)
    }
  }
  visit(schema)
  return texts
}
