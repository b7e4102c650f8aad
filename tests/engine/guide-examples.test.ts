/**
 * Every YAML example in the guide (scenarios/README.md and scenarios/guide/*.md) is true: it
 * parses, a whole scenario loads without a problem, and a fragment uses only keys of the
 * published schemas and validates as the part of a task or profile it shows.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import {
  JurisdictionSchema,
  TaskSchema,
  formatIssue,
  jurisdictionJsonSchema,
  loadLibrary,
  scenarioJsonSchema,
} from '../../src/engine/scenario'
import { readSourceFiles } from '../../src/cli/files'

const pages = [
  'scenarios/README.md',
  ...readdirSync('scenarios/guide')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `scenarios/guide/${f}`),
]

const examples = pages.flatMap((page) =>
  [...readFileSync(page, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m, i) => ({
    name: `${page} example ${i + 1}`,
    text: m[1]!,
  })),
)

function keysOf(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return []
  const node = schema as Record<string, unknown>
  const own = typeof node.properties === 'object' && node.properties ? Object.keys(node.properties) : []
  return [
    ...own,
    ...Object.values(node).flatMap((child) => (Array.isArray(child) ? child.flatMap(keysOf) : keysOf(child))),
  ]
}
const known = new Set([...keysOf(scenarioJsonSchema()), ...keysOf(jurisdictionJsonSchema())])

function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn)
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)])
  return []
}

const taskKeys = Object.keys(TaskSchema.shape)
const profileKeys = Object.keys(JurisdictionSchema.shape)

describe('every YAML example in the guide', () => {
  it('there are examples', () => expect(examples.length).toBeGreaterThan(5))

  it.each(examples)('$name is valid', async ({ text }) => {
    const doc = parseDocument(text)
    expect(doc.errors.map((e) => e.message)).toEqual([])
    const data: unknown = doc.toJS()
    expect(keysIn(data).filter((k) => !known.has(k))).toEqual([])

    if (data && typeof data === 'object' && !Array.isArray(data) && 'tasks' in data && 'format' in data) {
      const { files } = await readSourceFiles(['scenarios/jurisdictions'])
      const library = loadLibrary([...files, { path: 'guide/example.yaml', text }])
      expect(library.issues.map(formatIssue)).toEqual([])
      expect(library.scenarios).toHaveLength(1)
      return
    }
    // A comment-only example (the editor's schema line) has nothing more to check.
    if (data === null) return
    if (Array.isArray(data)) {
      for (const task of data) expect(TaskSchema.safeParse(task).error?.issues ?? []).toEqual([])
      return
    }
    const keys = Object.keys(data as object)
    if (keys.every((k) => taskKeys.includes(k)))
      expect(TaskSchema.partial().safeParse(data).error?.issues ?? []).toEqual([])
    else if (keys.every((k) => profileKeys.includes(k)))
      expect(JurisdictionSchema.partial().safeParse(data).error?.issues ?? []).toEqual([])
  })
})
