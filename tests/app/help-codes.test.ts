/**
 * The editor's hover sets as code what a field's help names that a trainer types as it is
 * (src/app/studio/help-codes.ts), so that, translated, the help reads in the trainer's language
 * with the YAML apart: no English word of any French, Russian or Portuguese help is left in prose.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { helpParts, keysOf, ownKeys } from '../../src/app/studio/help-codes'
import { jurisdictionJsonSchema, scenarioJsonSchema } from '../../src/engine/index'
import { ENGLISH } from '../e2e/support/english'

const keys = keysOf([scenarioJsonSchema(), jurisdictionJsonSchema()])
const code = (text: string, own: string[] = []) =>
  helpParts(text, keys, new Set(own))
    .filter((p) => p.code)
    .map((p) => p.text)

describe('the code in a field’s help', () => {
  it('is the quoted YAML, paths, keys written as identifiers and key: value pairs', () => {
    expect(code('"all" des dossiers, p. ex. { namesake: 1 } ; voir scenarios/README.md')).toEqual([
      '"all"',
      '{ namesake: 1 }',
      'scenarios/README.md',
    ])
    expect(code('requis par les tâches avec process: registration, après passMark')).toEqual([
      'process: registration',
      'passMark',
    ])
    expect(code('dans le délai deadlines.objectionDecisionDays, p. ex. amount-only-match')).toEqual([
      'deadlines.objectionDecisionDays',
      'amount-only-match',
    ])
  })

  it('is the field’s own keys where the help names them, and no prose word', () => {
    expect(
      code('un texte par appréciation (correct, acceptable, wrong, harmful)', [
        'correct',
        'acceptable',
        'wrong',
        'harmful',
      ]),
    ).toEqual(['correct', 'acceptable', 'wrong', 'harmful'])
    expect(code('Meilleure décision : rejeter ; Melhor decisão: rejeitar; the title of the task')).toEqual([])
  })

  /** Each English help text → the keys of the field it describes (the hover sets those as code). */
  const ownOf = new Map<string, Set<string>>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    if (typeof record.description === 'string') ownOf.set(record.description, ownKeys(record))
    Object.values(record).forEach(visit)
  }
  visit([scenarioJsonSchema(), jurisdictionJsonSchema()])
  /** Words of the English list that are also words of the language ("se não for entregue"). */
  const NATIVE: Record<string, string[]> = { fr: [], ru: [], pt: ['for'] }

  for (const language of ['fr', 'ru', 'pt']) {
    it(`leaves no English word in the prose of the ${language} help`, () => {
      const help = JSON.parse(readFileSync(`src/i18n/${language}/schema-help.json`, 'utf8')) as Record<
        string,
        string
      >
      const english = Object.entries(help).flatMap(([source, text]) =>
        helpParts(text, keys, ownOf.get(source))
          .filter((p) => !p.code)
          .flatMap((p) => p.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [])
          .filter((word) => ENGLISH.has(word.toLowerCase()) && !NATIVE[language]!.includes(word))
          .map((word) => `${word} in “${text}”`),
      )
      expect(english).toEqual([])
    })
  }
})
