/**
 * Figures formatted the way the scenario's country writes them, through `Intl` only: grouping,
 * decimal mark, the symbol's place and spacing come from the locale; the symbol itself is the
 * jurisdiction profile's (so a profile may write "FCFA" where Intl would write "F CFA").
 * Deterministic for a given ICU data set; used for display only, never for logic.
 */

export interface CurrencyFormat {
  code: string
  symbol: string
  minorUnits: number
}

/**
 * The Intl locale for a reader's language in a scenario's country: 'fr' + faker locale 'en_NG'
 * → 'fr-NG'. Falls back to the language alone when the runtime does not know the pair.
 */
export function formatLocale(language: string, countryLocale?: string): string {
  const lang = language.split('-')[0] || 'en'
  const region = countryLocale?.split(/[_-]/)[1]
  const candidate = region && /^[A-Z]{2}$/.test(region) ? `${lang}-${region}` : lang
  try {
    return Intl.NumberFormat.supportedLocalesOf([candidate]).length ? candidate : lang
  } catch {
    return 'en'
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>()

function currencyFormat(locale: string, currency: CurrencyFormat): Intl.NumberFormat {
  const key = `${locale}|${currency.code}|${currency.minorUnits}`
  let nf = numberFormats.get(key)
  if (!nf) {
    try {
      nf = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: currency.code,
        minimumFractionDigits: currency.minorUnits,
        maximumFractionDigits: currency.minorUnits,
      })
    } catch {
      // A currency code Intl refuses: keep the locale's grouping, the profile's symbol goes in front.
      nf = new Intl.NumberFormat(locale, {
        minimumFractionDigits: currency.minorUnits,
        maximumFractionDigits: currency.minorUnits,
      })
    }
    numberFormats.set(key, nf)
  }
  return nf
}

/** Minor units as an exact decimal string ("-1234.50"), so no float rounding reaches the display. */
export function decimal(minor: number, minorUnits: number): string {
  const negative = minor < 0
  const digits = Math.abs(Math.trunc(minor))
    .toString()
    .padStart(minorUnits + 1, '0')
  const whole = minorUnits ? digits.slice(0, -minorUnits) : digits
  const fraction = minorUnits ? `.${digits.slice(-minorUnits)}` : ''
  return `${negative ? '-' : ''}${whole}${fraction}`
}

/** Minor units → "₦2,725,650.00" (en-NG), "150 000 FCFA" (fr-SN), "1 234,56 сом" (ru-KG). */
export function formatMoneyIn(minor: number, currency: CurrencyFormat, locale: string): string {
  const nf = currencyFormat(locale, currency)
  // Intl formats exact decimal strings; the type predates that overload.
  const parts = nf.formatToParts(decimal(minor, currency.minorUnits) as unknown as number)
  if (!parts.some((p) => p.type === 'currency'))
    return `${currency.symbol} ${parts.map((p) => p.value).join('')}`
  return parts
    .map((p) => (p.type === 'currency' ? currency.symbol : p.value))
    .join('')
    .trim()
}

const plainNumbers = new Map<string, Intl.NumberFormat>()

/** A count or a figure with the locale's grouping: 1234567 → "1,234,567" / "1 234 567". */
export function formatNumberIn(value: number, locale: string, maximumFractionDigits = 2): string {
  const key = `${locale}|${maximumFractionDigits}`
  let nf = plainNumbers.get(key)
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { maximumFractionDigits })
    plainNumbers.set(key, nf)
  }
  return nf.format(value)
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()

export type DateStyle = 'short' | 'medium' | 'long' | 'weekday'

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { day: 'numeric', month: 'numeric', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
}

/**
 * '2026-03-12' → "12 Mar 2026" / "12 mars 2026" / "12 мар. 2026 г."; '2025-10-01' in French →
 * "1er oct. 2025"; unknown strings pass through.
 */
export function formatDateIn(iso: string, locale: string, style: DateStyle = 'medium'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  const key = `${locale}|${style}`
  let df = dateFormats.get(key)
  if (!df) {
    df = new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[style], timeZone: 'UTC' })
    dateFormats.set(key, df)
  }
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  // French writes the first of a month as an ordinal, "1er octobre 2025", which Intl does not.
  if (m[3] === '01' && style !== 'short' && /^fr\b/i.test(locale))
    return df
      .formatToParts(date)
      .map((p) => (p.type === 'day' ? `${p.value}er` : p.value))
      .join('')
  return df.format(date)
}
