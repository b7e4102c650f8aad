/**
 * The JSON Schemas in public/ are generated from the zod schema; this test fails when they
 * are stale, so editors never autocomplete a format the validator rejects.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { schemaFiles } from '../../src/cli/files'
import { jurisdictionJsonSchema, scenarioJsonSchema } from '../../src/engine/scenario'

describe('published JSON Schemas', () => {
  it.each(schemaFiles().map((f) => [f.path, f.text] as const))('%s is up to date', (path, generated) => {
    let onDisk = ''
    try {
      onDisk = readFileSync(path, 'utf8')
    } catch {
      // Reported below as stale.
    }
    expect(
      onDisk === generated,
      `${path} is out of date with src/engine/scenario/schema.ts: run \`npm run schema\``,
    ).toBe(true)
  })

  it('are draft-07 with an id and a title, for the VS Code YAML extension', () => {
    expect(scenarioJsonSchema()).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'scenario.schema.json',
      title: 'TAMIS Sandbox scenario',
      type: 'object',
      additionalProperties: false,
    })
    expect(jurisdictionJsonSchema()).toMatchObject({
      $id: 'jurisdiction.schema.json',
      title: 'TAMIS Sandbox jurisdiction profile',
    })
  })

  it('describe the input a trainer writes: fields with defaults are optional', () => {
    const schema = scenarioJsonSchema() as {
      required: string[]
      properties: Record<string, { description?: string }>
    }
    expect(schema.required).not.toContain('debrief')
    expect(schema.required).toContain('world')
    for (const [key, property] of Object.entries(schema.properties))
      expect(property.description, key).toBeTruthy()
  })
})
