/**
 * Whatever a trainer types, the loader answers: a scenario, or issues that each point at a
 * real line and column. It never throws.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { loadJurisdiction, loadScenario, type Jurisdiction, type SourceFile } from '../../src/engine/scenario'
import { keyPaths } from './robust/key-paths'

const PATH = 'scenarios/fuzz.yaml'
const minimalText = readFileSync('tests/fixtures/scenarios/valid/minimal.yaml', 'utf8')
const profile = loadJurisdiction({
  path: 'testland.yaml',
  text: readFileSync('tests/fixtures/scenarios/valid/jurisdictions/testland.yaml', 'utf8'),
})
const PROFILES: ReadonlyMap<string, Jurisdiction> = new Map(profile.ok ? [['testland', profile.value]] : [])

function answersSanely(
  text: string,
  load: (file: SourceFile) => ReturnType<typeof loadScenario> = (f) => loadScenario(f, PROFILES),
) {
  const result = load({ path: PATH, text })
  if (result.ok) {
    expect(result.value).toBeDefined()
    return
  }
  expect(result.issues.length).toBeGreaterThan(0)
  const lines = text.split(/\r\n|\r|\n/).length
  for (const issue of result.issues) {
    expect(issue.path).toBe(PATH)
    expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines + 1).toBe(true)
    expect(Number.isInteger(issue.col) && issue.col >= 1).toBe(true)
    expect(issue.message.length).toBeGreaterThan(0)
  }
}

/** Characters that matter to YAML, so random text hits its corners often. */
const yamlChars = fc.string({
  unit: fc.constantFrom(
    ':',
    '-',
    ' ',
    '  ',
    '\n',
    '\t',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    '#',
    '&a',
    '*a',
    '!',
    '|',
    '>',
    '?',
    ',',
    'a',
    '1',
    '---',
    'é',
    '\r\n',
  ),
  maxLength: 60,
})

const minimal = parse(minimalText) as Record<string, unknown>
/** Every path into the minimal scenario, to replace with random values. */
const PATHS = keyPaths(minimal).map((p) => p.path)

/** The minimal scenario with the value at each path replaced; paths that no longer exist are skipped. */
function mutated(mutations: readonly (readonly [(string | number)[], unknown])[]): unknown {
  const copy = structuredClone(minimal)
  for (const [at, by] of mutations) {
    let target: unknown = copy
    for (const key of at.slice(0, -1))
      target =
        typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined
    if (typeof target === 'object' && target !== null)
      (target as Record<string, unknown>)[at[at.length - 1] as string] = by
  }
  return copy
}

describe('loadScenario never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), yamlChars), (text) =>
        answersSanely(text),
      ),
      {
        numRuns: 400,
      },
    )
  })

  it('on arbitrary JSON-like values written as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => answersSanely(stringify(value))),
      { numRuns: 300 },
    )
  })

  it('on the minimal scenario with parts replaced by arbitrary values', () => {
    const mutation = fc.tuple(fc.constantFrom(...PATHS), fc.jsonValue({ maxDepth: 3 }))
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const value = mutated(mutations)
        answersSanely(stringify(value))
        answersSanely(stringify(value, { collectionStyle: 'flow' }))
      }),
      { numRuns: 150 },
    )
  })

  it('on the minimal scenario with random text spliced in', () => {
    fc.assert(
      fc.property(fc.nat(minimalText.length), yamlChars, (at, insert) => {
        answersSanely(minimalText.slice(0, at) + insert + minimalText.slice(at))
      }),
      { numRuns: 250 },
    )
  })

  it('loadJurisdiction too', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          yamlChars,
          fc.jsonValue({ maxDepth: 3 }).map((v) => stringify(v)),
        ),
        (text) => {
          answersSanely(text, (file) => loadJurisdiction(file) as unknown as ReturnType<typeof loadScenario>)
        },
      ),
      { numRuns: 300 },
    )
  })
})
