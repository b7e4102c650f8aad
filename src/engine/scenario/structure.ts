/**
 * Pass 1: the shape of the file. Turns zod's issues into findings a trainer can act on,
 * each tied to a data path that yaml-source.ts turns into line:col.
 */
import '../zod-jitless'
import type { z } from 'zod'
import { didYouMean } from './did-you-mean'
import { allowedKeys, descriptionOf, expectedText, schemaAt, valueAt, valuesText } from './schema-walk'
import type { Anchor, DataPath } from './yaml-source'

type Schema = z.core.$ZodType
type ZodIssue = z.core.$ZodIssue

/** A problem tied to a place in the data, before it has a line and column. */
export interface Finding {
  path: DataPath
  message: string
  severity: 'error' | 'warning'
  anchor?: Anchor
}

interface Context {
  schema: Schema
  data: unknown
}

/** Validates `data` against `schema`; returns the parsed value or every problem found. */
export function checkStructure<S extends z.ZodType>(
  schema: S,
  data: unknown,
): { ok: true; value: z.output<S> } | { ok: false; findings: Finding[] } {
  const result = schema.safeParse(data)
  if (result.success) return { ok: true, value: result.data }
  const context: Context = { schema, data }
  const findings = withoutSafeRange(result.error.issues).flatMap((issue) => convert(issue, [], context))
  return { ok: false, findings: withoutSuggestedMissing(findings) }
}

/** zod adds "within the safe integer range" next to the field's own limit; keep the useful one. */
function withoutSafeRange(issues: readonly ZodIssue[]): ZodIssue[] {
  const isSafeRange = (i: ZodIssue) =>
    (i.code === 'too_big' && Number(i.maximum) >= Number.MAX_SAFE_INTEGER) ||
    (i.code === 'too_small' && Number(i.minimum) <= Number.MIN_SAFE_INTEGER)
  const samePath = (a: ZodIssue, b: ZodIssue) => a.path.join('\u0000') === b.path.join('\u0000')
  return issues.filter((i) => !isSafeRange(i) || !issues.some((other) => other !== i && samePath(i, other)))
}

/** When "dificulty" is unknown and "difficulty" is missing, the first message says it all. */
function withoutSuggestedMissing(findings: Finding[]): Finding[] {
  const suggested = new Set(
    findings.flatMap((f) => {
      const match = /^unknown key ".*" — did you mean "(.*)"\?$/.exec(f.message)
      return match ? [[...f.path.slice(0, -1), match[1]].join('\u0000')] : []
    }),
  )
  return findings.filter(
    (f) => !(f.message.startsWith('missing key') && suggested.has(f.path.join('\u0000'))),
  )
}

function convert(issue: ZodIssue, prefix: DataPath, context: Context): Finding[] {
  const path = [...prefix, ...issue.path]
  const { present, value } = valueAt(context.data, path)
  const name = fieldName(path)
  const error = (message: string, at: DataPath = path, anchor: Anchor = 'value'): Finding[] => [
    { path: at, message, severity: 'error', anchor },
  ]
  if (!present && path.length > 0 && issue.code !== 'unrecognized_keys') {
    const options = issue.code === 'invalid_union' && 'options' in issue ? issue.options : undefined
    return missing(path, context, options ? `one of: ${options.join(', ')}` : undefined)
  }

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.flatMap((key) => unknownKey(key, path, context))
    case 'invalid_type':
    case 'invalid_value': {
      const expected =
        issue.code === 'invalid_value'
          ? valuesText(issue.values)
          : expectedText(schemaAt(context.schema, path, context.data))
      const options = issue.code === 'invalid_value' ? issue.values : []
      const description = descriptionOf(schemaAt(context.schema, path, context.data))
      return error(wrongValue(name, expected, value, options, description))
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const options = 'options' in issue ? (issue.options ?? []) : []
        return error(wrongValue(name, valuesText(options), value, options))
      }
      const branch = bestBranch(issue.errors)
      if (branch) return withoutSafeRange(branch).flatMap((sub) => convert(sub, path, context))
      return error(wrongValue(name, expectedText(schemaAt(context.schema, path, context.data)), value, []))
    }
    case 'too_big':
    case 'too_small':
      return error(outOfRange(issue, name, value))
    case 'invalid_format':
      if (issue.format === 'date') {
        return error(`${name} must be a real date written YYYY-MM-DD, such as 2025-03-03, not ${show(value)}`)
      }
      if (issue.format === 'regex' && !issue.message.startsWith('Invalid')) {
        return error(`${name} ${show(value)} is not allowed: ${issue.message}`)
      }
      return error(`${name} ${show(value)} is not written correctly (${issue.format} expected)`)
    case 'not_multiple_of':
      return error(`${name} must be a multiple of ${issue.divisor}, not ${show(value)}`)
    case 'invalid_key':
      return error(`${name} has a key that is not allowed: ${issue.issues[0]?.message ?? issue.message}`)
    case 'invalid_element':
    case 'custom':
      return error(`${name}: ${issue.message}`)
    default: {
      const unexpected: never = issue
      return error(`${name}: ${(unexpected as ZodIssue).message}`)
    }
  }
}

/**
 * In a union (e.g. "an id or a whole profile"), the branches that failed only because the
 * value has another type say nothing; report the one branch that fits, if there is one.
 */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  const wrongType = (branch: readonly ZodIssue[]) =>
    branch.every((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'))
  const fitting = branches.filter((b) => b.length > 0 && !wrongType(b))
  return fitting.sort((a, b) => a.length - b.length)[0]
}

function missing(path: DataPath, context: Context, what?: string): Finding[] {
  const key = String(path[path.length - 1])
  const parent = path.slice(0, -1)
  const where = parent.length > 0 ? ` in ${fieldName(parent)}` : ''
  const schema = schemaAt(context.schema, path, context.data)
  const description = what ?? descriptionOf(schema) ?? expectedText(schema)
  return [
    { path, message: `missing key "${key}"${where} (${description})`, severity: 'error', anchor: 'value' },
  ]
}

function unknownKey(key: string, parent: DataPath, context: Context): Finding[] {
  const allowed = allowedKeys(context.schema, parent, context.data)
  const suggestion = didYouMean(key, allowed)
  const message = suggestion
    ? `unknown key "${key}" — did you mean "${suggestion}"?`
    : allowed.length > 0
      ? `unknown key "${key}" — the keys allowed here are: ${allowed.join(', ')}`
      : `unknown key "${key}" — no keys are allowed here`
  return [{ path: [...parent, key], message, severity: 'error', anchor: 'key' }]
}

function wrongValue(
  name: string,
  expected: string,
  value: unknown,
  options: readonly unknown[],
  description?: string,
): string {
  if (value === null) return `${name} is empty: write ${expected}${description ? ` (${description})` : ''}`
  const strings = options.filter((o): o is string => typeof o === 'string')
  const suggestion = typeof value === 'string' ? didYouMean(value, strings) : undefined
  const tail = suggestion ? ` — did you mean "${suggestion}"?` : numberHint(expected, value)
  return `${name} must be ${expected}, not ${show(value)}${tail}`
}

/** Trainers often write amounts as they would on paper. */
function numberHint(expected: string, value: unknown): string {
  if (typeof value !== 'string' || !expected.includes('number')) return ''
  if (/^\s*-?[\d.,\s]+%\s*$/.test(value)) return ' (write the number without "%")'
  if (/^\s*-?\d{1,3}([,\s'_]\d{3})+(\.\d+)?\s*$/.test(value))
    return ' (write the number without separators, e.g. 5000000)'
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return ' (remove the quotes around the number)'
  return ''
}

function outOfRange(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  name: string,
  value: unknown,
): string {
  const big = issue.code === 'too_big'
  const limit = Number(
    big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum,
  )
  const exclusive = issue.inclusive === false
  switch (issue.origin) {
    case 'string':
      if (!big && limit <= 1) return `${name} must not be empty`
      return `${name} must be ${big ? 'at most' : 'at least'} ${limit} characters long`
    case 'array':
    case 'set': {
      const entries = `${limit} ${limit === 1 ? 'entry' : 'entries'}`
      return big ? `${name} can have at most ${entries}` : `${name} needs at least ${entries}`
    }
    default: {
      const bound = big ? (exclusive ? 'less than' : 'at most') : exclusive ? 'more than' : 'at least'
      return `${name} must be ${bound} ${limit}, not ${show(value)}`
    }
  }
}

/** "minutes", "tadat entry 2" — the last key in the path, as the trainer wrote it. */
export function fieldName(path: DataPath): string {
  let i = path.length - 1
  while (i >= 0 && typeof path[i] === 'number') i--
  const key = i >= 0 ? String(path[i]) : 'the file'
  const index = path[i + 1]
  return typeof index === 'number' ? `${key} entry ${index + 1}` : key
}

/** A value as the trainer would recognise it in their file. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '"not a number"'
    return Number.isFinite(value) ? String(value) : 'infinity'
  }
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a set of keys and values'
  // YAML and JSON give nothing else; a function or symbol is named by its kind, not its source.
  return typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : typeof value
}
