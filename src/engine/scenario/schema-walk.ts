/**
 * Reads the zod schema itself to word messages: which keys are allowed at a place, what a
 * field means (its description) and what kind of value it takes. The schema stays the one
 * source of truth; nothing here repeats it.
 */
import '../zod-jitless'
import { z } from 'zod'
import { joinOr } from './did-you-mean'
import type { DataPath } from './yaml-source'

type Schema = z.core.$ZodType

interface Def {
  type: string
  shape?: Record<string, Schema>
  element?: Schema
  options?: Schema[]
  discriminator?: string
  innerType?: Schema
  in?: Schema
  keyType?: Schema
  valueType?: Schema
  entries?: Record<string, string | number>
  values?: unknown[]
  format?: string
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'])

const defOf = (schema: Schema) => schema._zod.def as unknown as Def

/** Removes optional/default/… wrappers. */
export function unwrap(schema: Schema): Schema {
  let current = schema
  for (let d = defOf(current); ; d = defOf(current)) {
    if (WRAPPERS.has(d.type) && d.innerType) current = d.innerType
    else if (d.type === 'pipe' && d.in) current = d.in
    else return current
  }
}

/** The trainer-facing description of a field, from `.meta({ description })`. */
export function descriptionOf(schema: Schema | undefined): string | undefined {
  let current = schema
  while (current) {
    const description = z.globalRegistry.get(current)?.description
    if (description) return description
    const d = defOf(current)
    current = WRAPPERS.has(d.type) ? d.innerType : d.type === 'pipe' ? d.in : undefined
  }
  return undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The value at `path` in plain data; `present` tells a missing key from an empty value. */
export function valueAt(data: unknown, path: DataPath): { present: boolean; value: unknown } {
  let value = data
  for (const segment of path) {
    const key = String(segment)
    if (!(isRecord(value) || Array.isArray(value)) || !Object.hasOwn(value, key))
      return { present: false, value: undefined }
    value = (value as Record<string, unknown>)[key]
  }
  return { present: true, value }
}

/** For a discriminated union, the option whose tag matches the value's, if any. */
function byDiscriminator(d: Def, value: unknown): Schema | undefined {
  const key = d.discriminator
  if (!key || !isRecord(value)) return undefined
  return d.options?.map(unwrap).find((option) => {
    const tag = defOf(option).shape?.[key]
    return tag !== undefined && (defOf(unwrap(tag)).values ?? []).includes(value[key])
  })
}

/** For a union, the option that fits the value best (by discriminator, then by shape). */
function choose(schema: Schema, value: unknown): Schema {
  const s = unwrap(schema)
  const d = defOf(s)
  if (d.type !== 'union' || !d.options?.length) return s
  const objectLike = (o: Schema) => ['object', 'record'].includes(defOf(o).type)
  const options = d.options.map(unwrap)
  return byDiscriminator(d, value) ?? options.find((o) => objectLike(o) === isRecord(value)) ?? s
}

/** The schema that validates the value at `path`, or undefined when the path leaves it. */
export function schemaAt(root: Schema, path: DataPath, data: unknown): Schema | undefined {
  let schema: Schema | undefined = root
  let value: unknown = data
  for (const segment of path) {
    if (!schema) return undefined
    const d = defOf(choose(schema, value))
    if (d.type === 'object') schema = d.shape?.[String(segment)]
    else if (d.type === 'array') schema = d.element
    else if (d.type === 'record') schema = d.valueType
    else return undefined
    value = valueAt(value, [segment]).value
  }
  return schema
}

/** Keys allowed in the mapping at `path` (for a union without a match: all options' keys). */
export function allowedKeys(root: Schema, path: DataPath, data: unknown): string[] {
  const schema = schemaAt(root, path, data)
  if (!schema) return []
  const { value } = valueAt(data, path)
  const s = unwrap(schema)
  const d = defOf(s)
  if (d.type === 'union' && d.discriminator) return keysOf(byDiscriminator(d, value) ?? s)
  return keysOf(choose(s, value))
}

function keysOf(schema: Schema): string[] {
  const d = defOf(schema)
  if (d.type === 'object') return Object.keys(d.shape ?? {})
  if (d.type === 'record' && d.keyType)
    return Object.values(defOf(unwrap(d.keyType)).entries ?? {}).map(String)
  if (d.type === 'union') return [...new Set((d.options ?? []).flatMap((o) => keysOf(unwrap(o))))]
  return []
}

export const showLiteral = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : String(value)

/** What kind of value a schema takes, in words: "a whole number from 1 to 600". */
export function expectedText(schema: Schema | undefined): string {
  if (!schema) return 'something else'
  const s = unwrap(schema)
  const d = defOf(s)
  switch (d.type) {
    case 'union':
      return joinOr([...new Set((d.options ?? []).map(expectedText))])
    case 'literal':
      return valuesText(d.values ?? [])
    case 'enum':
      return valuesText(Object.values(d.entries ?? {}))
    case 'number':
      return numberText(s as unknown as z.ZodNumber)
    case 'string':
      return d.format === 'date' ? 'a date written YYYY-MM-DD' : 'text'
    case 'boolean':
      return 'true or false'
    case 'array':
      return 'a list (lines starting with "-")'
    case 'object': {
      const keys = Object.keys(d.shape ?? {})
      return keys.length <= 6 ? `a set of keys and values (${keys.join(', ')})` : 'a set of keys and values'
    }
    case 'record':
      return 'a set of keys and values'
    default:
      return 'something else'
  }
}

/** "1", "a whole number 1, 2 or 3", "one of: en, fr" */
export function valuesText(values: readonly unknown[]): string {
  if (values.length === 1) return showLiteral(values[0])
  if (values.every((v) => Number.isInteger(v))) return `a whole number ${joinOr(values.map(String))}`
  if (values.length === 2) return joinOr(values.map(showLiteral))
  return `one of: ${values.map(String).join(', ')}`
}

function numberText(schema: z.ZodNumber): string {
  const noun = schema.isInt ? 'a whole number' : 'a number'
  const bound = (v: number | null | undefined) =>
    typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined
  const min = bound(schema.minValue)
  const max = bound(schema.maxValue)
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`
  if (min !== undefined) return `${noun} of at least ${min}`
  if (max !== undefined) return `${noun} of at most ${max}`
  return noun
}
