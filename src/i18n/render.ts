/**
 * Renders the engine's messages and typed figures in a reader's language: ICU MessageFormat
 * (intl-messageformat: plurals, selects, numbers) over one catalogue per language, with English
 * as the fallback for an id a catalogue lacks and the id itself as the last resort (the
 * catalogue test keeps both from happening). Runs unchanged in the app, the worker, the CLI and
 * the hub.
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import {
  formatDateIn,
  formatLocale,
  formatMoneyIn,
  formatNumberIn,
  type CurrencyFormat,
  type DateStyle,
} from '../engine/primitives/format'
import {
  isDate,
  isList,
  isMoney,
  isMsg,
  SLOT,
  type Arg,
  type Msg,
  type Value,
} from '../engine/primitives/message'
import type { Catalogue, Language } from './languages'
import { catalogueNow, loadCatalogue } from './load'
import { isPlainMessage } from './plain'

// In Node (the CLI, the hub, tests) every English message is there before anything renders, as
// `inEnglish` is synchronous. A page loads namespaces as it needs them (load.ts) and awaits them
// before showing their text. A worker must not wait here (messages posted to it before its
// handler exists would be lost): it starts loading English, for the rare sentence it words itself.
if (!('document' in globalThis)) {
  if ('WorkerGlobalScope' in globalThis) void loadCatalogue('en').catch(() => undefined)
  else await loadCatalogue('en')
}
const english = catalogueNow('en')

export interface TranslatorOptions {
  language: Language
  /** The catalogue of `language` (loadCatalogue); English's when omitted. */
  catalogue?: Catalogue
  /** The scenario's country, as its jurisdiction's faker locale ("fr_SN"), for figures. */
  country?: string
  currency?: CurrencyFormat
  /** Called once per id no catalogue has (tests make it throw). */
  onMissing?: (id: string) => void
  /**
   * The language trainers wrote the scenario in (its `language`) and that language's catalogue:
   * a trainer's text stays in it whatever the reader's language, so its {slots} are filled in it
   * too, never in the page's (an English note does not get a Russian field name). The reader's
   * language when omitted.
   */
  written?: { language: Language; catalogue?: Catalogue }
}

export interface Translator {
  readonly language: Language
  /** The Intl locale figures use: the reader's language in the scenario's country ("fr-NG"). */
  readonly locale: string
  /** Any text, message or figure as a string in the reader's language. */
  t(value: Value | undefined): string
  /** A catalogue entry by id. */
  m(id: string, args?: Readonly<Record<string, Arg>>): string
  money(minor: number): string
  date(iso: string, style?: DateStyle): string
  number(value: number, maximumFractionDigits?: number): string
}

/** A catalogue entry as written, or as the build precompiled it. */
type Source = string | MessageFormatElement[]

/** What renders one message: intl-messageformat's, or a plain message as it is. */
interface Formatter {
  format(args: Record<string, string | number>): unknown
}

const FALLBACK_CURRENCY: CurrencyFormat = { code: 'XXX', symbol: '¤', minorUnits: 2 }

/**
 * Negative figures are written with the minus sign (U+2212), not the hyphen most locales' Intl
 * data gives: "−52 %" and "−31 / 60" beside the report's "−11" hint cost, in every language.
 */
const MINUS = '\u2212'

function minusIn(nf: Intl.NumberFormat, value: number | bigint): string {
  return nf
    .formatToParts(value)
    .map((p) => (p.type === 'minusSign' ? MINUS : p.value))
    .join('')
}

/** A plain figure in the reader's locale, a negative one with its minus sign. */
function figure(value: number, locale: string, maximumFractionDigits?: number): string {
  const text = formatNumberIn(value || 0, locale, maximumFractionDigits)
  return value < 0 ? text.replace('-', MINUS) : text
}

const icuNumbers = new Map<string, Intl.NumberFormat>()

/**
 * What intl-messageformat formats numbers with ({n, number}, {n, number, percent}, a plural's
 * #): Intl's own, but writing the minus sign. Shared by every message, like its default cache.
 */
const FORMATTERS: Formatters = {
  getNumberFormat(locales, options) {
    const key = JSON.stringify([locales, options])
    let wrapped = icuNumbers.get(key)
    if (!wrapped) {
      const nf = new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions)
      wrapped = {
        format: (value: number | bigint) => minusIn(nf, value),
        formatToParts: (value: number | bigint) =>
          nf.formatToParts(value).map((p) => (p.type === 'minusSign' ? { ...p, value: MINUS } : p)),
        resolvedOptions: () => nf.resolvedOptions(),
      } as Intl.NumberFormat
      icuNumbers.set(key, wrapped)
    }
    return wrapped
  },
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  getPluralRules: (...args) => new Intl.PluralRules(...args),
}

/**
 * French elides "de" before a name that starts with a vowel: a catalogue writes "Hôpital général
 * de {city}" once, and the city filled in may be Thiès ("de Thiès") or Igodonu ("d’Igodonu").
 * Only before a capitalised word (a name put in a slot: the catalogue's own words are elided as
 * written); not before H (h aspiré: "de Hambourg") nor Y ("de Yaoundé"), nor an acronym.
 */
const FRENCH_DE_BEFORE_VOWEL = /(^|[\s(])([dD])e (?=[AEIOUÀÂÉÈÊËÎÏÔÖÛÜ][a-zàâçéèêëîïôöûü])/g

export const elideFrench = (text: string): string => text.replace(FRENCH_DE_BEFORE_VOWEL, '$1$2’')

export function createTranslator(options: TranslatorOptions): Translator {
  const { language } = options
  const catalogue = options.catalogue ?? english
  const locale = formatLocale(language, options.country)
  const currency = options.currency ?? FALLBACK_CURRENCY
  const compiled = new Map<string, Formatter | null>()
  const lists = new Map<string, Intl.ListFormat>()

  function format(id: string): Formatter | null {
    if (compiled.has(id)) return compiled.get(id)!
    // In the built app a message with ICU syntax arrives parsed (src/build/precompiled-messages.ts).
    const source = (catalogue[id] ?? english[id]) as Source | undefined
    // Not remembered: the catalogue may still be loading the id's namespace.
    if (source === undefined) {
      options.onMissing?.(id)
      return null
    }
    let result: Formatter | null = null
    try {
      result =
        typeof source === 'string' && isPlainMessage(source)
          ? { format: () => source }
          : new IntlMessageFormat(source, catalogue[id] !== undefined ? language : 'en', undefined, {
              ignoreTag: true,
              formatters: FORMATTERS,
            })
    } catch {
      options.onMissing?.(id)
    }
    compiled.set(id, result)
    return result
  }

  function listFormat(style: 'and' | 'or'): Intl.ListFormat {
    let lf = lists.get(style)
    if (!lf) {
      lf = new Intl.ListFormat(language, { type: style === 'or' ? 'disjunction' : 'conjunction' })
      lists.set(style, lf)
    }
    return lf
  }

  // ICU formats numbers itself ({n, number}, plurals), so they reach it as numbers.
  function arg(value: Arg): string | number {
    return typeof value === 'number' ? value : t(value)
  }

  let writer: Translator | undefined
  function inWritten(value: Arg): string {
    const { written } = options
    if (!written || written.language === language) return t(value)
    writer ??= createTranslator({ ...options, ...written, written: undefined })
    return writer.t(value)
  }

  // A trainer's text: only its {name} slots are filled, in the text's own language; the rest is
  // shown as written.
  function fill(text: string, args: Readonly<Record<string, Arg>>): string {
    return text.replace(SLOT, (whole, name: string) =>
      Object.hasOwn(args, name) ? inWritten(args[name]!) : whole,
    )
  }

  function message(value: Msg): string {
    if (value.text !== undefined) return fill(value.text, value.args ?? {})
    const f = format(value.id)
    if (!f) return value.id
    const args: Record<string, string | number> = {}
    for (const [k, v] of Object.entries(value.args ?? {})) args[k] = arg(v)
    try {
      const text = oneStop(String(f.format(args)))
      return language === 'fr' ? elideFrench(text) : text
    } catch {
      options.onMissing?.(value.id)
      return value.id
    }
  }

  function t(value: Value | undefined): string {
    if (value === undefined) return ''
    if (typeof value === 'string') return value
    if (typeof value === 'number') return figure(value, locale)
    if (isMsg(value)) return message(value)
    if (isMoney(value)) return formatMoneyIn(value.money, currency, locale)
    if (isDate(value)) return formatDateIn(value.date, locale, value.style)
    if (isList(value)) {
      const items = value.list.map((v) => String(arg(v)))
      return value.style === 'lines' ? items.join('\n') : listFormat(value.style ?? 'and').format(items)
    }
    return ''
  }

  return {
    language,
    locale,
    t,
    m: (id, args) => message(args ? { id, args } : { id }),
    money: (minor) => formatMoneyIn(minor, currency, locale),
    date: (iso, style) => formatDateIn(iso, locale, style),
    number: (value, digits) => figure(value, locale, digits),
  }
}

/**
 * A sentence that ends with an abbreviation takes one full stop: "уплачен 10 апр. 2025 г." when
 * the message is "уплачен {date}." and the date already ends in "г.". Two stops after a letter
 * are never meant; an ellipsis (three) is left alone.
 */
export function oneStop(text: string): string {
  return text.replace(/(?<=\p{L})\.\.(?!\.)/gu, '.')
}

let plainEnglish: Translator | undefined

/** English with no scenario context, for logs, the CLI's default and tests: `inEnglish(feedback.explanation)`. */
export function inEnglish(value: Value | undefined): string {
  plainEnglish ??= createTranslator({ language: 'en' })
  return plainEnglish.t(value)
}
