/**
 * The authoring guide stays true to the format: every field and every value of a closed list
 * is documented, and the annotated example loads.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readSourceFiles } from '../../src/cli/files'
import {
  formatIssue,
  jurisdictionJsonSchema,
  loadLibrary,
  loadScenario,
  scenarioJsonSchema,
} from '../../src/engine/scenario'
import { LOCALES, TADAT_CODES, TAX_TYPES } from '../../src/engine/vocabulary'
import { PROCESSES } from '../../src/engine/processes/formats'
import {
  ANOMALIES as REGISTRATION_ANOMALIES,
  LOOKALIKES as REGISTRATION_LOOKALIKES,
} from '../../src/engine/processes/registration/kinds'

/** The guide is scenarios/README.md plus one page per process in scenarios/guide/. */
const guide = [
  readFileSync('scenarios/README.md', 'utf8'),
  ...readdirSync('scenarios/guide')
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(`scenarios/guide/${f}`, 'utf8')),
].join('\n')

/** Every property name anywhere in a JSON Schema. */
function keysOf(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return []
  const node = schema as Record<string, unknown>
  const own = typeof node.properties === 'object' && node.properties ? Object.keys(node.properties) : []
  return [
    ...own,
    ...Object.values(node).flatMap((child) => (Array.isArray(child) ? child.flatMap(keysOf) : keysOf(child))),
  ]
}

describe('scenarios/README.md', () => {
  it.each([...new Set([...keysOf(scenarioJsonSchema()), ...keysOf(jurisdictionJsonSchema())])])(
    'documents the key %s',
    (key) => {
      expect(guide).toContain(`\`${key}\``)
    },
  )

  it('lists every value of the closed lists', () => {
    const values = [
      ...PROCESSES,
      ...LOCALES,
      ...TAX_TYPES,
      ...TADAT_CODES,
      ...REGISTRATION_ANOMALIES,
      ...REGISTRATION_LOOKALIKES,
    ]
    expect(values.filter((v) => !guide.includes(`\`${v}\``))).toEqual([])
  })

  it('has a complete example that loads', async () => {
    const section = guide.slice(guide.indexOf('## A complete example'))
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
    const { files } = await readSourceFiles(['scenarios/jurisdictions'])
    const profiles = new Map(loadLibrary(files).jurisdictions.map((j) => [j.id, j]))
    const result = loadScenario({ path: 'scenarios/example.yaml', text: example }, profiles)
    expect(result.ok ? result.warnings.map(formatIssue) : result.issues.map(formatIssue)).toEqual([])
  })

  it('keeps the catalogue heading for the table of bundled scenarios', () => {
    expect(guide).toMatch(/^## Catalogue$/m)
  })
})
