/**
 * Pass 1: the shape of the file. Turns zod's issues into findings a trainer can act on,
 * each tied to a data path that yaml-source.ts turns into line:col.
 */
import '../zod-jitless'
import type { z } from 'zod'
import { didYouMean } from './did-you-mean'
import { allowedKeys, descriptionOf, expectedText, schemaAt, valueAt, valuesText } from './schema-walk'
import type { Anchor, DataPath } from './yaml-source'
import { msg, type Arg, type Msg } from '../primitives/message'
import { expectedArg, fieldArg, shownArg, valuesArg } from './words'

type Schema = z.core.$ZodType
type ZodIssue = z.core.$ZodIssue

/** A problem tied to a place in the data, before it has a line and column. */
export interface Finding {
  path: DataPath
  message: string
  /** The message as a catalogue entry, for a reader in another language (`message` is its English). */
  text: Msg
  severity: 'error' | 'warning'
  anchor?: Anchor
}

/** A finding of the semantic and content checks: at the value of `path` unless `anchor` says its key. */
export const findingAt =
  (severity: Finding['severity']) =>
  (path: DataPath, message: string, text: Msg, anchor: Finding['anchor'] = 'value'): Finding => ({
    path,
    message,
    text,
    severity,
    anchor,
  })

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
  const field = fieldArg(path)
  const shown = shownArg(value)
  const error = ([message, text]: Worded): Finding[] => [
    { path, message, text, severity: 'error', anchor: 'value' },
  ]
  if (!present && path.length > 0 && issue.code !== 'unrecognized_keys') {
    const options = issue.code === 'invalid_union' && 'options' in issue ? issue.options : undefined
    return missing(path, context, options)
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
      const schema = schemaAt(context.schema, path, context.data)
      const description = descriptionOf(schema)
      const expects = issue.code === 'invalid_value' ? valuesArg(issue.values) : expectedArg(schema)
      return error(wrongValue(name, expected, value, options, description, expects, field))
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const options = 'options' in issue ? (issue.options ?? []) : []
        return error(
          wrongValue(name, valuesText(options), value, options, undefined, valuesArg(options), field),
        )
      }
      const branch = bestBranch(issue.errors)
      if (branch) return withoutSafeRange(branch).flatMap((sub) => convert(sub, path, context))
      const schema = schemaAt(context.schema, path, context.data)
      return error(wrongValue(name, expectedText(schema), value, [], undefined, expectedArg(schema), field))
    }
    case 'too_big':
    case 'too_small':
      return error(outOfRange(issue, name, value, field, shown))
    case 'invalid_format':
      return error(formatProblem(issue, name, value, field, shown))
    case 'not_multiple_of':
      return error([
        `${name} must be a multiple of ${issue.divisor}, not ${show(value)}`,
        msg('scenario.value.multipleOf', { field, divisor: Number(issue.divisor), value: shown }),
      ])
    case 'invalid_key':
      return error([
        `${name} has a key that is not allowed: ${issue.issues[0]?.message ?? issue.message}`,
        msg('scenario.key.notAllowed', { field }),
      ])
    case 'invalid_element':
    case 'custom':
      return error([
        `${name}: ${issue.message}`,
        msg(RULES[issue.message] ?? 'scenario.value.invalid', { field, value: shown }),
      ])
    default: {
      const unexpected: never = issue
      return error([
        `${name}: ${(unexpected as ZodIssue).message}`,
        msg('scenario.value.invalid', { field, value: shown }),
      ])
    }
  }
}

/** A value that is not written the way its field wants (a date, a pattern). */
function formatProblem(
  issue: z.core.$ZodIssueInvalidStringFormat,
  name: string,
  value: unknown,
  field: Arg,
  shown: Arg,
): Worded {
  if (issue.format === 'date') {
    return [
      `${name} must be a real date written YYYY-MM-DD, such as 2025-03-03, not ${show(value)}`,
      msg('scenario.value.notDate', { field, value: shown }),
    ]
  }
  if (issue.format === 'regex' && !issue.message.startsWith('Invalid')) {
    return [
      `${name} ${show(value)} is not allowed: ${issue.message}`,
      msg(RULES[issue.message] ?? 'scenario.value.notAllowed', { field, value: shown }),
    ]
  }
  return [
    `${name} ${show(value)} is not written correctly (${issue.format} expected)`,
    msg('scenario.value.badFormat', { field, value: shown, format: issue.format }),
  ]
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

/** The schema's own words for a rule (regex and refinements), as catalogue entries. */
const RULES: Readonly<Record<string, string>> = {
  'use a case kind such as "duplicate-applicant"': 'scenario.rule.caseKind',
  'not a kind of case; use a kind listed under world': 'scenario.rule.notCaseKind',
  'use a language code such as "en" or "fr"': 'scenario.rule.languageCode',
  'write a relative path to the profile file, e.g. "./my-country.yaml"': 'scenario.rule.profilePath',
  'use only lower-case letters, digits and hyphens (no spaces), e.g. "first-week"': 'scenario.rule.slug',
  'use a three-letter ISO 4217 code such as "NGN" or "XOF"': 'scenario.rule.currencyCode',
  'each risk rule may be listed once; remove the second entry': 'scenario.rule.riskRuleOnce',
}

/** A finding's English message and the same as a catalogue entry. */
type Worded = readonly [string, Msg]

function missing(path: DataPath, context: Context, options?: readonly unknown[]): Finding[] {
  const key = String(path[path.length - 1])
  const parent = path.slice(0, -1)
  const where = parent.length > 0 ? ` in ${fieldName(parent)}` : ''
  const schema = schemaAt(context.schema, path, context.data)
  const what = options ? `one of: ${options.join(', ')}` : undefined
  const description = what ?? descriptionOf(schema) ?? expectedText(schema)
  const expected = options
    ? msg('scenario.expect.oneOf', { values: options.join(', ') })
    : expectedArg(schema)
  const text =
    parent.length > 0
      ? msg('scenario.key.missingIn', { key, parent: fieldArg(parent), expected })
      : msg('scenario.key.missing', { key, expected })
  return [
    {
      path,
      message: `missing key "${key}"${where} (${description})`,
      text,
      severity: 'error',
      anchor: 'value',
    },
  ]
}

function unknownKey(key: string, parent: DataPath, context: Context): Finding[] {
  const allowed = allowedKeys(context.schema, parent, context.data)
  const suggestion = didYouMean(key, allowed)
  const [message, text] = suggestion
    ? [
        `unknown key "${key}" — did you mean "${suggestion}"?`,
        msg('scenario.key.unknownDidYouMean', { key, suggestion }),
      ]
    : allowed.length > 0
      ? [
          `unknown key "${key}" — the keys allowed here are: ${allowed.join(', ')}`,
          msg('scenario.key.unknownAllowed', { key, allowed: allowed.join(', ') }),
        ]
      : [`unknown key "${key}" — no keys are allowed here`, msg('scenario.key.unknownNone', { key })]
  return [{ path: [...parent, key], message, text, severity: 'error', anchor: 'key' }]
}

function wrongValue(
  name: string,
  expected: string,
  value: unknown,
  options: readonly unknown[],
  description: string | undefined,
  expects: Arg,
  field: Arg,
): Worded {
  if (value === null)
    return [
      `${name} is empty: write ${expected}${description ? ` (${description})` : ''}`,
      msg('scenario.value.empty', { field, expected: expects }),
    ]
  const strings = options.filter((o): o is string => typeof o === 'string')
  const suggestion = typeof value === 'string' ? didYouMean(value, strings) : undefined
  const [tail, hint] = suggestion
    ? [` — did you mean "${suggestion}"?`, undefined]
    : numberHint(expected, value)
  const shown = shownArg(value)
  return [
    `${name} must be ${expected}, not ${show(value)}${tail}`,
    suggestion
      ? msg('scenario.value.wrongDidYouMean', { field, expected: expects, value: shown, suggestion })
      : hint
        ? msg('scenario.value.wrongHint', { field, expected: expects, value: shown, hint })
        : msg('scenario.value.wrong', { field, expected: expects, value: shown }),
  ]
}

/** Trainers often write amounts as they would on paper. */
function numberHint(expected: string, value: unknown): [string, Msg | undefined] {
  if (typeof value !== 'string' || !expected.includes('number')) return ['', undefined]
  if (/^\s*-?[\d.,\s]+%\s*$/.test(value))
    return [' (write the number without "%")', msg('scenario.hint.percent')]
  if (/^\s*-?\d{1,3}([,\s'_]\d{3})+(\.\d+)?\s*$/.test(value))
    return [' (write the number without separators, e.g. 5000000)', msg('scenario.hint.separators')]
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(value))
    return [' (remove the quotes around the number)', msg('scenario.hint.quotes')]
  return ['', undefined]
}

function outOfRange(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  name: string,
  value: unknown,
  field: Arg,
  shown: Arg,
): Worded {
  const big = issue.code === 'too_big'
  const limit = Number(
    big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum,
  )
  const exclusive = issue.inclusive === false
  switch (issue.origin) {
    case 'string':
      if (!big && limit <= 1) return [`${name} must not be empty`, msg('scenario.range.textEmpty', { field })]
      return [
        `${name} must be ${big ? 'at most' : 'at least'} ${limit} characters long`,
        msg(big ? 'scenario.range.textAtMost' : 'scenario.range.textAtLeast', { field, limit }),
      ]
    case 'array':
    case 'set': {
      const entries = `${limit} ${limit === 1 ? 'entry' : 'entries'}`
      return big
        ? [`${name} can have at most ${entries}`, msg('scenario.range.listAtMost', { field, limit })]
        : [`${name} needs at least ${entries}`, msg('scenario.range.listAtLeast', { field, limit })]
    }
    default: {
      const bound = big ? (exclusive ? 'less than' : 'at most') : exclusive ? 'more than' : 'at least'
      const id = big ? (exclusive ? 'lessThan' : 'atMost') : exclusive ? 'moreThan' : 'atLeast'
      return [
        `${name} must be ${bound} ${limit}, not ${show(value)}`,
        msg(`scenario.range.${id}`, { field, limit, value: shown }),
      ]
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
