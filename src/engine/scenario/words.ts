/**
 * The validator's findings as catalogue entries (src/i18n/<language>/scenario.ts), for a trainer
 * who reads the studio in another language than English. The English `message` of a finding is
 * worded next to these; a value from the file (a key, a text, an id) is cited as written.
 */
import '../zod-jitless'
import type { z } from 'zod'
import { list, msg, type Arg, type Msg } from '../primitives/message'
import { unwrap } from './schema-walk'
import type { DataPath } from './yaml-source'

type Schema = z.core.$ZodType

interface Def {
  type: string
  shape?: Record<string, Schema>
  options?: Schema[]
  entries?: Record<string, string | number>
  values?: unknown[]
  format?: string
}

const defOf = (schema: Schema) => schema._zod.def as unknown as Def

/** "minutes", "tadat entry 2": the last key in the path, as the trainer wrote it. */
export function fieldArg(path: DataPath): Arg {
  let i = path.length - 1
  while (i >= 0 && typeof path[i] === 'number') i--
  if (i < 0) return msg('scenario.field.file')
  const key = String(path[i])
  const index = path[i + 1]
  return typeof index === 'number' ? msg('scenario.field.entry', { key, n: index + 1 }) : key
}

/** A value as the trainer would recognise it in their file. */
export function shownArg(value: unknown): Arg {
  // Text the trainer wrote, in the reader's quotation marks ("quinze", « quinze », «quinze»), with
  // JSON's escapes so a tab or a line break in it stays visible.
  if (typeof value === 'string')
    return msg('scenario.shown.text', {
      text: JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value).slice(1, -1),
    })
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return msg('scenario.shown.notNumber')
    return Number.isFinite(value) ? String(value) : msg('scenario.shown.infinity')
  }
  if (value === null || value === undefined) return msg('scenario.shown.empty')
  if (Array.isArray(value)) return msg('scenario.shown.list')
  if (typeof value === 'object') return msg('scenario.shown.map')
  return typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : typeof value
}

const literal = (value: unknown): Arg => (typeof value === 'string' ? JSON.stringify(value) : String(value))

/** "1", "a whole number 1, 2 or 3", "one of: en, fr" */
export function valuesArg(values: readonly unknown[]): Arg {
  if (values.length === 1) return literal(values[0])
  if (values.every((v) => Number.isInteger(v)))
    return msg('scenario.expect.wholeOf', { values: list(values.map(String), 'or') })
  if (values.length === 2) return list(values.map(literal), 'or')
  return msg('scenario.expect.oneOf', { values: values.map(String).join(', ') })
}

/** What kind of value a schema takes: "a whole number from 1 to 600". */
export function expectedArg(schema: Schema | undefined): Arg {
  if (!schema) return msg('scenario.expect.other')
  const s = unwrap(schema)
  const d = defOf(s)
  switch (d.type) {
    case 'union': {
      const options = (d.options ?? []).map(expectedArg)
      const unique = options.filter((o, i) => options.findIndex((p) => same(o, p)) === i)
      return unique.length === 1 ? unique[0]! : list(unique, 'or')
    }
    case 'literal':
      return valuesArg(d.values ?? [])
    case 'enum':
      return valuesArg(Object.values(d.entries ?? {}))
    case 'number':
      return numberArg(s as unknown as z.ZodNumber)
    case 'string':
      return msg(d.format === 'date' ? 'scenario.expect.date' : 'scenario.expect.text')
    case 'boolean':
      return msg('scenario.expect.boolean')
    case 'array':
      return msg('scenario.expect.list')
    case 'object': {
      const keys = Object.keys(d.shape ?? {})
      return keys.length <= 6
        ? msg('scenario.expect.mapOf', { keys: keys.join(', ') })
        : msg('scenario.expect.map')
    }
    case 'record':
      return msg('scenario.expect.map')
    default:
      return msg('scenario.expect.other')
  }
}

const same = (a: Arg, b: Arg) => JSON.stringify(a) === JSON.stringify(b)

function numberArg(schema: z.ZodNumber): Msg {
  const whole = schema.isInt ? 'yes' : 'no'
  const bound = (v: number | null | undefined) =>
    typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined
  const min = bound(schema.minValue)
  const max = bound(schema.maxValue)
  if (min !== undefined && max !== undefined) return msg('scenario.expect.numberFromTo', { whole, min, max })
  if (min !== undefined) return msg('scenario.expect.numberAtLeast', { whole, min })
  if (max !== undefined) return msg('scenario.expect.numberAtMost', { whole, max })
  return msg('scenario.expect.number', { whole })
}
