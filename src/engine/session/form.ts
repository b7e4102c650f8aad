/**
 * A command's form as plain data: the values its fields start with, what a trainee types into
 * them, and the command the typed values make. The player's form and the scripted policies
 * both go through these functions, so a policy can only enter what a trainee can type.
 */
import type { Command, CommandSpec, FieldDefault, FieldSpec, FieldValue } from '../processes/contract'
import { isMsg, msg, type Arg, type Text } from '../primitives/message'
import { decimal } from '../primitives/format'
import { type Currency } from '../rules/money'

/** What a form field holds while the trainee edits it: text, or the ticked options. */
export type FormValue = string | string[]
export type FormValues = Record<string, FormValue>

/**
 * A minor-unit amount as a trainee would type it: in the locale's own form when one is given
 * (125050 → "1,250.50" en-NG, "1 250,50" ru-KG; 1250 → "1 250" fr-SN with FCFA), with the
 * currency's minor digits; without one, plainly: "1250.50".
 */
export function minorToInput(minor: number, currency: Currency, locale?: string): string {
  if (locale === undefined) {
    const major = minor / 10 ** currency.minorUnits
    return major.toFixed(currency.minorUnits)
  }
  // Intl formats exact decimal strings; the type predates that overload.
  return inputFormat(locale, currency.minorUnits).format(
    decimal(Math.round(minor), currency.minorUnits) as unknown as number,
  )
}

/** What the officer is shown as an example amount: "1,250.50", "1 250,50", "1 250" (no minor unit). */
export function amountExample(currency: Currency, locale?: string): string {
  return minorToInput(Math.floor((125050 * 10 ** currency.minorUnits) / 100), currency, locale)
}

const inputFormats = new Map<string, Intl.NumberFormat>()

function inputFormat(locale: string, minorUnits: number): Intl.NumberFormat {
  const key = `${locale}|${minorUnits}`
  let nf = inputFormats.get(key)
  if (!nf) {
    nf = new Intl.NumberFormat(locale, {
      minimumFractionDigits: minorUnits,
      maximumFractionDigits: minorUnits,
      // Typed with the keyboard's digits, whatever digits the locale writes.
      numberingSystem: 'latn',
    })
    inputFormats.set(key, nf)
  }
  return nf
}

/**
 * How a locale writes a number: its decimal mark, and its grouping mark unless that is a space
 * (spaces of every width are taken out of what is typed anyway). No locale: "1,250.50".
 */
function marksOf(locale: string | undefined): { decimal: string; group: string } {
  if (locale === undefined) return { decimal: '.', group: ',' }
  const parts = inputFormat(locale, 1).formatToParts(1234567.5)
  const group = parts.find((p) => p.type === 'group')?.value ?? ''
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: /\s/.test(group) ? '' : group,
  }
}

/** One way of reading the typed digits: minor units, 'decimals' (more than the currency has), or not a number. */
type Reading = number | 'decimals' | undefined

function read(text: string, decimalMark: string, group: string, minorUnits: number): Reading {
  let whole = text
  let fraction = ''
  const at = text.indexOf(decimalMark)
  if (at >= 0) {
    if (text.includes(decimalMark, at + 1)) return undefined
    whole = text.slice(0, at)
    fraction = text.slice(at + 1)
    if (!/^\d+$/.test(fraction)) return undefined
  }
  if (group && whole.includes(group)) {
    const [first = '', ...rest] = whole.split(group)
    // Grouped as written: 1,250,000 (1 to 3 digits, then threes), never 12,50.
    if (!/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return undefined
    whole = first + rest.join('')
  }
  if (!/^\d*$/.test(whole) || (whole === '' && fraction === '')) return undefined
  if (fraction.length > minorUnits) return 'decimals'
  return Number(whole || '0') * 10 ** minorUnits + Number(fraction.padEnd(minorUnits, '0') || '0')
}

/** What an amount typed in a money field is: minor units, or why it is not one. */
export type AmountReading = { minor: number } | { problem: 'amount' | 'decimals' }

/**
 * What the officer typed in a money field, read the way `locale` writes numbers ("1 250,50" in
 * Russian, "1,250.50" in English; spaces of any width group digits). A plain "1250.50" is read
 * too where the locale's own reading does not say otherwise; an amount both readings take, with
 * different values, is refused rather than guessed, as are more decimals than the currency has
 * ("1,250" in fr-SN, where FCFA has none). No locale: read as "1,250.50" is.
 */
export function readAmount(text: string, currency: Currency, locale?: string): AmountReading {
  let digits = text.replace(/\s/g, '')
  const negative = /^[-\u2212]/.test(digits)
  if (negative) digits = digits.slice(1)
  const marks = marksOf(locale)
  const mu = currency.minorUnits
  const own = read(digits, marks.decimal, marks.group, mu)
  const plain = marks.decimal === '.' ? own : read(digits, '.', '', mu)
  const values = [own, plain].filter((r): r is number => typeof r === 'number')
  if (values.length === 0)
    return { problem: own === 'decimals' || plain === 'decimals' ? 'decimals' : 'amount' }
  if (values.some((v) => v !== values[0])) return { problem: 'amount' }
  const minor = values[0]!
  return { minor: negative && minor ? -minor : minor }
}

/** What the officer typed in a money field → a major-unit number, or undefined if it is not one. */
export function parseMajor(text: string, currency: Currency, locale?: string): number | undefined {
  const reading = readAmount(text, currency, locale)
  return 'minor' in reading ? reading.minor / 10 ** currency.minorUnits : undefined
}

/** A value as the trainee types or ticks it in `field` (money in major units). */
export function typed(
  field: FieldSpec,
  value: FieldValue | undefined,
  currency: Currency,
  locale?: string,
): FormValue {
  if (field.kind === 'multiselect') return Array.isArray(value) ? value.map(String) : []
  if (value === undefined || Array.isArray(value)) return ''
  if (field.kind === 'money' && typeof value === 'number') return minorToInput(value, currency, locale)
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
  locale?: string,
): FormValues {
  const start = (field: FieldSpec): FormValue => {
    const value = field.graded ? undefined : defaults?.[field.name]
    return isMsg(value) ? say(value) : typed(field, value, currency, locale)
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

const problem = (key: string, field: FieldSpec, extra: Record<string, Arg> = {}): FormProblem => ({
  problem: msg(`session.form.${key}`, { field: field.label, ...extra }),
})

/**
 * The command the typed values make, or the first problem with them in the officer's words;
 * amounts are read as `locale` writes them (see readAmount).
 */
export function buildCommand(
  spec: CommandSpec,
  values: FormValues,
  currency: Currency,
  locale?: string,
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
      const amount = readAmount(text, currency, locale)
      if ('problem' in amount)
        return problem(amount.problem === 'decimals' ? 'amountDecimals' : 'amount', field, {
          currency: currency.symbol,
          example: amountExample(currency, locale),
          digits: currency.minorUnits,
        })
      out[field.name] = amount.minor
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
