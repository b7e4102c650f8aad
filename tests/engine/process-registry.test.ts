/**
 * A bundled process is one folder and one line of the list of processes (PROCESS_FORMATS in
 * src/engine/processes/formats.ts): `npm run processes` writes the imports of formats.ts and
 * registry.ts and the registry's table from that list (scripts/process-registry.ts). These tests
 * fail, naming the command, when the files are stale, and show that a copy of the list with one
 * more line gives a registry that lists the new process.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  COMMAND,
  formatted,
  listedProcesses,
  ListError,
  regenerate,
  regenerateNamespaces,
} from '../../scripts/process-registry'

const folder = join(import.meta.dirname, '../../src/engine/processes')
const FILES = { formats: join(folder, 'formats.ts'), registry: join(folder, 'registry.ts') }
const now = {
  formats: await readFile(FILES.formats, 'utf8'),
  registry: await readFile(FILES.registry, 'utf8'),
}
const LANGUAGES = join(import.meta.dirname, '../../src/i18n/languages.ts')
const languages = await readFile(LANGUAGES, 'utf8')

/** The files as the command would write them. */
async function written(files: typeof now) {
  const next = regenerate(files)
  return {
    formats: await formatted(next.formats, FILES.formats),
    registry: await formatted(next.registry, FILES.registry),
    listed: next.listed,
  }
}

describe('the generated lines of formats.ts and registry.ts', () => {
  it('are what the command writes from the list (run it after changing the list)', async () => {
    const next = await written(now)
    expect(next.formats, `src/engine/processes/formats.ts is stale: run \`${COMMAND}\``).toBe(now.formats)
    expect(next.registry, `src/engine/processes/registry.ts is stale: run \`${COMMAND}\``).toBe(now.registry)
  })

  it('list a process added to a copy of the list with one line, after the others, under its id', async () => {
    const list = now.formats.indexOf('export const PROCESS_FORMATS = [')
    const last = now.formats.indexOf('  objections,\n', list)
    expect(last).toBeGreaterThan(list)
    const withOneMore = {
      ...now,
      formats: `${now.formats.slice(0, last)}  objections,\n  taxClearance,\n${now.formats.slice(last + 14)}`,
    }
    const next = await written(withOneMore)
    expect(next.listed.map((p) => p.folder).slice(-2)).toEqual(['objections', 'tax-clearance'])
    expect(next.formats).toContain(
      "import { format as objections } from './objections/format'\nimport { format as taxClearance } from './tax-clearance/format'\n",
    )
    expect(next.registry).toContain(
      "import { definition as objections } from './objections/definition'\nimport { definition as taxClearance } from './tax-clearance/definition'\n",
    )
    expect(next.registry).toContain("  objections,\n  'tax-clearance': taxClearance,\n} satisfies")
    // Nothing else changes: the new lines are the only difference from today's files.
    const added = (before: string, after: string) => {
      const old = new Set(before.split('\n'))
      return after.split('\n').filter((line) => !old.has(line))
    }
    expect(added(now.formats, next.formats)).toEqual([
      "import { format as taxClearance } from './tax-clearance/format'",
      '  taxClearance,',
    ])
    expect(added(now.registry, next.registry)).toEqual([
      "import { definition as taxClearance } from './tax-clearance/definition'",
      "  'tax-clearance': taxClearance,",
    ])
    expect(next.formats.split('\n').length).toBe(now.formats.split('\n').length + 2)
    expect(next.registry.split('\n').length).toBe(now.registry.split('\n').length + 2)
  })

  it('take the list in its order: moving a line moves the import and the table line', async () => {
    const swapped = {
      ...now,
      formats: now.formats.replace('  audit,\n  refunds,\n', '  refunds,\n  audit,\n'),
    }
    const next = await written(swapped)
    expect(next.listed.map((p) => p.name)).toEqual([
      'registration',
      'filing',
      'payments',
      'collection',
      'refunds',
      'audit',
      'objections',
    ])
    expect(next.registry).toContain('  refunds,\n  audit,\n')
    expect(next.registry.indexOf("from './refunds/definition'")).toBeLessThan(
      next.registry.indexOf("from './audit/definition'"),
    )
  })

  it('refuse a list they cannot read, saying where', () => {
    const list = (entries: string) => `export const PROCESS_FORMATS = [\n${entries}\n] as const\n`
    expect(() => listedProcesses(list('  filing,\n  filing,'))).toThrow(
      new ListError('formats.ts:3:3: "filing" is listed twice.'),
    )
    expect(() => listedProcesses(list('  filing,\n  Payments,'))).toThrow(/^formats\.ts:3:3: each entry/)
    expect(() => listedProcesses(list("  './filing',"))).toThrow(/^formats\.ts:2:3: each entry/)
    expect(() => listedProcesses('export const PROCESSES = []\n')).toThrow(/no `export const PROCESS_FORMATS/)
    const marked = `// <processes>\n// </processes>\n${list('  filing,')}`
    expect(() => regenerate({ formats: marked, registry: 'export {}\n' })).toThrow(
      /registry\.ts: the lines .* are missing/,
    )
  })

  it('give each process its message namespace in src/i18n/languages.ts, a new one after the others', async () => {
    const here = await formatted(regenerateNamespaces(languages, listedProcesses(now.formats)), LANGUAGES)
    expect(here, `src/i18n/languages.ts is stale: run \`${COMMAND}\``).toBe(languages)
    const list = listedProcesses(now.formats.replace('  objections,\n', '  objections,\n  taxClearance,\n'))
    const next = await formatted(regenerateNamespaces(languages, list), LANGUAGES)
    const old = new Set(languages.split('\n'))
    expect(next.split('\n').filter((line) => !old.has(line))).toEqual(["  'tax-clearance',"])
    expect(next).toContain("  'objections',\n  'tax-clearance',\n  // </processes>")
  })
})
