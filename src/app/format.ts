/** Display helpers: dates, money and labels. Formatting only; no rules live here. */
import type { Grade, Scenario } from '../engine/index'
// The money module itself, not the index: format.ts is on the first page (see catalog/engine-lite.ts).
import { dateParts, formatMoneyIn, toMinor } from '../engine/lite'
import { m, page } from './i18n.svelte'

function utc(iso: string): Date | undefined {
  const parts = dateParts(iso)
  return parts ? new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])) : undefined
}

/** '2026-03-12' → '12 Mar 2026' / '12 mars 2026', in the page's language and the scenario's country. */
export function date(iso: string): string {
  return page.translator.date(iso)
}

/** '2026-03-12' → 'Thursday 12 March 2026' / 'jeudi 12 mars 2026'. */
export function longDate(iso: string): string {
  return page.translator.date(iso, 'weekday')
}

/** Whole days from one calendar date to another. */
export function daysFrom(from: string, to: string): number {
  const a = utc(from)
  const b = utc(to)
  return a && b ? Math.round((b.getTime() - a.getTime()) / 86_400_000) : 0
}

type Currency = Scenario['jurisdiction']['currency']

/** Minor units → '₦2,725,650.00' (en-NG), '150 000 FCFA' (fr-SN): the page's language, the currency's country. */
export function money(minor: number, currency: Currency): string {
  return formatMoneyIn(minor, currency, page.translator.locale)
}

/** Major units as written in a scenario file → '₦25,000,000.00'. */
export function majorMoney(major: number, currency: Currency): string {
  return money(toMinor(major, currency), currency)
}

// On the first page with the catalogue's labels, not with the helpers here.
export { difficulty } from './catalog/labels'

/** Grade label with a symbol, so the grade never depends on colour alone. */
export function gradeLabel(grade: Grade): string {
  return m(`app.grade.${grade}`)
}

/** 'pendingVerification' → 'Pending verification'. */
export function humanize(id: string): string {
  const words = id
    .replace(/[-_.]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim()
    .replace(/\b(id|tin|vat)\b/g, (w) => w.toUpperCase())
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A signed figure as the page's locale writes it, with a minus sign (U+2212): "+5", "−11", "0". */
export function signed(n: number): string {
  return new Intl.NumberFormat(page.translator.locale, { signDisplay: 'exceptZero' })
    .formatToParts(n || 0)
    .map((p) => (p.type === 'minusSign' ? '\u2212' : p.value))
    .join('')
}

export function percent(value: number): string {
  return m('app.percent', { value: Math.round(value * 10) / 10 })
}

/** A rate as a profile writes it (up to 3 decimals): 2.5 → "2.5%" / "2,5 %". */
export function rate(n: number): string {
  return m('app.percent', { value: Math.round(n * 1000) / 1000 })
}

/**
 * Items of one list joined by semicolons as the page's language writes them, one item at a time
 * through `common.list.semicolons` ("{list}; {item}"): French sets a narrow no-break space before
 * the semicolon ("a ; b"), the other languages none ("a; b"). The translators' catalogue holds the
 * punctuation, not this code (Intl.ListFormat has no list joined by semicolons).
 */
export function semicolons(items: readonly string[]): string {
  const [first = '', ...rest] = items
  return rest.reduce((list, item) => m('common.list.semicolons', { list, item }), first)
}

/**
 * A label and what it introduces, joined by a colon as the page's language writes it
 * (`common.pair`, "{label}: {value}"): "Étape : suite" in French, "Step: next" elsewhere. Without
 * a value, the label and its colon alone ("Étape :"), for markup that sets the value beside it.
 */
export function colon(label: string, value = ''): string {
  const pair = m('common.pair', { label, value })
  return value ? pair : pair.trimEnd()
}
