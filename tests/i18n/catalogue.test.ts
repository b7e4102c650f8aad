/**
 * One catalogue per language, checked: every id exists in every language, its placeholders match
 * English's, every message parses as ICU MessageFormat, ids live in their namespace's file
 * (src/i18n/namespace-of.ts), and every id the code names literally exists in English.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, NAMESPACES, type Catalogue } from '../../src/i18n/languages'
import { namespaceOf } from '../../src/i18n/namespace-of'

const load = async (lang: string, ns: string): Promise<Catalogue> =>
  ((await import(`../../src/i18n/${lang}/${ns}.ts`)) as { default: Catalogue }).default

function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (
      el.type === TYPE.argument ||
      el.type === TYPE.number ||
      el.type === TYPE.date ||
      el.type === TYPE.time
    )
      into.add(el.value)
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value)
      for (const option of Object.values(el.options)) placeholders(option.value, into)
    }
    if (el.type === TYPE.tag) placeholders(el.children, into)
  }
  return into
}

const sorted = (s: Set<string>) => [...s].sort()

describe('the language catalogues', () => {
  for (const ns of NAMESPACES) {
    it(`namespace "${ns}" has the same ids and placeholders in every language`, async () => {
      const en = await load('en', ns)
      for (const lang of LANGUAGES) {
        const cat = await load(lang, ns)
        const elsewhere = Object.keys(cat)
          .filter((id) => namespaceOf(id) !== ns)
          .map((id) => `${id} → ${namespaceOf(id) ?? 'a group not listed in src/i18n/namespace-of.ts'}`)
        expect(elsewhere, `${lang}/${ns}.ts holds ids of other files: run npm run i18n:namespaces`).toEqual(
          [],
        )
        expect(Object.keys(cat).sort(), `${lang}/${ns}.ts ids`).toEqual(Object.keys(en).sort())
        for (const [id, source] of Object.entries(cat)) {
          let parsed: MessageFormatElement[]
          try {
            parsed = parse(source, { ignoreTag: true })
          } catch (e) {
            throw new Error(
              `${lang}/${ns}.ts "${id}" is not valid ICU MessageFormat: ${(e as Error).message}`,
            )
          }
          expect(sorted(placeholders(parsed)), `${lang} ${id} placeholders`).toEqual(
            sorted(placeholders(parse(en[id]!, { ignoreTag: true }))),
          )
        }
      }
    })
  }

  it('has every id the code names literally', async () => {
    const en: Record<string, string> = {}
    for (const ns of NAMESPACES) Object.assign(en, await load('en', ns))
    const missing: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) {
          if (name !== 'i18n') walk(path)
        } else if (/\.(ts|svelte)$/.test(name)) {
          const text = readFileSync(path, 'utf8')
          for (const match of text.matchAll(/\b(?:msg|m)\(\s*'((?:[a-z]+)\.[A-Za-z0-9_.-]+)'/g))
            if (!(match[1]! in en)) missing.push(`${path}: ${match[1]!}`)
        }
      }
    }
    walk('src')
    expect(missing).toEqual([])
  })

  it('keeps a French figure with its percent sign: a no-break space between, never a line break', async () => {
    const glued: string[] = []
    for (const ns of NAMESPACES)
      for (const [id, text] of Object.entries(await load('fr', ns)))
        for (const match of text.matchAll(/[\d}](?: ?)%/g))
          glued.push(`src/i18n/fr/${ns}.ts ${id}: "${match[0]}"`)
    expect(glued, 'write "{n, number}\u202f%" (narrow no-break space, as Intl writes it)').toEqual([])
  })
})
