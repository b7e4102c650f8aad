/**
 * The JSON Schemas that trainers' editors use for autocomplete and tooltips, generated from
 * the zod schema so they cannot drift. Draft-07 because that is what the VS Code YAML
 * extension (yaml-language-server) fully supports.
 */
import '../zod-jitless'
import { z } from 'zod'
import { JurisdictionSchema, ScenarioSchema } from './schema'

function generate(schema: z.ZodType, id: string, description: string): object {
  const { $schema, title, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-07' })
  return { $schema, $id: id, title, description, ...rest }
}

/** JSON Schema for files in scenarios/ (published as public/scenario.schema.json). */
export function scenarioJsonSchema(): object {
  return generate(
    ScenarioSchema,
    'scenario.schema.json',
    'A TAMIS Sandbox training scenario. See scenarios/README.md for a guide to every field.',
  )
}

/** JSON Schema for files in scenarios/jurisdictions/ (published as public/jurisdiction.schema.json). */
export function jurisdictionJsonSchema(): object {
  return generate(
    JurisdictionSchema,
    'jurisdiction.schema.json',
    'A fictional jurisdiction profile: currency, taxes, thresholds, deadlines and penalties. Illustrative only.',
  )
}
