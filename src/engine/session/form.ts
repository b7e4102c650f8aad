/**
 * A command's form as plain data: the values its fields start with, what a trainee types into
 * them, and the command the typed values make. The player's form and the scripted policies
 * both go through these functions, so a policy can only enter what a trainee can type.
 */
import type { Command, CommandSpec, FieldDefault, FieldSpec, FieldValue } from '../processes/contract'
import { isMsg, msg, type Text } from '../primitives/message'
import { toMinor, type Currency } from '../rules/money'

/** What a form field holds while the trainee edits it: text, or the ticked options. */
export type FormValue = string | string[]
export type FormValues = Record<string, FormValue>

/** A minor-unit amount as a trainee would type it: 1250.5 → "1250.50". */
export function minorToInput(minor: number, currency: Currency): string {
  const major = minor / 10 ** currency.minorUnits
  return major.toFixed(currency.minorUnits)
}

/** What the officer typed in a money field → a major-unit number, or undefined if it is not one. */
export function parseMajor(text: string): number | undefined {
  const cleaned = text.replace(/[\s,]/g, '')
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined
  return Number(cleaned)
}

/** A value as the trainee types or ticks it in `field` (money in major units). */
export function typed(field: FieldSpec, value: FieldValue | undefined, currency: Currency): FormValue {
  if (field.kind === 'multiselect') return Array.isArray(value) ? value.map(String) : []
  if (value === undefined || Array.isArray(value)) return ''
  if (field.kind === 'money' && typeof value === 'number') return minorToInput(value, currency)
  return String(value)
}

/**
 * The values a form opens with: the prefilled facts, and a letter's wording rendered by `say` in
 * the reader's language at the moment the form opens; graded fields always start empty.
 */
export function initialValues(
  spec: CommandSpec,
  defaults: Record<string, FieldDefault> | undefined,
  currency: Currency,
  say: (text: Text) => string,
): FormValues {
  const start = (field: FieldSpec): FormValue => {
    const value = field.graded ? undefined : defaults?.[field.name]
    return isMsg(value) ? say(value) : typed(field, value, currency)
  }
  return Object.fromEntries((spec.fields ?? []).map((f) => [f.name, start(f)]))
}

/** What is wrong with a form's values, for the officer. */
export interface FormProblem {
  readonly problem: Text
}

export function isFormProblem(value: Command | FormProblem): value is FormProblem {
  return 'problem' in value && !('type' in value)
}

const problem = (key: string, field: FieldSpec, extra: Record<string, string> = {}): FormProblem => ({
  problem: msg(`session.form.${key}`, { field: field.label, ...extra }),
})

/** The command the typed values make, or the first problem with them in the officer's words. */
export function buildCommand(
  spec: CommandSpec,
  values: FormValues,
  currency: Currency,
): Command | FormProblem {
  const out: Command = { type: spec.type }
  for (const field of spec.fields ?? []) {
    const raw = values[field.name] ?? ''
    if (Array.isArray(raw)) {
      if (field.required && raw.length === 0) return problem('chooseAtLeastOne', field)
      const order = field.options?.map((o) => o.value) ?? raw
      out[field.name] = order.filter((v) => raw.includes(v))
      continue
    }
    const text = raw.trim()
    if (!text) {
      if (field.required) return problem('fillIn', field)
      continue
    }
    if (field.kind === 'money') {
      const major = parseMajor(text)
      if (major === undefined) return problem('amount', field, { currency: currency.code })
      out[field.name] = toMinor(major, currency)
    } else if (field.kind === 'number') {
      const n = Number(text)
      if (!Number.isFinite(n)) return problem('number', field)
      out[field.name] = n
    } else if (field.kind === 'select') {
      if (field.options && !field.options.some((o) => o.value === text)) return problem('chooseOne', field)
      out[field.name] = text
    } else out[field.name] = text
  }
  return out
}
