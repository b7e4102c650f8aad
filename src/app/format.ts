/** Display helpers: dates, money and labels. Formatting only; no rules live here. */
import type { Grade, Scenario } from '../engine/index'
// The money module itself, not the index: format.ts is on the first page (see catalog/engine-lite.ts).
import { dateParts, formatMoney, toMinor } from '../engine/lite'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

const weekdayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

function utc(iso: string): Date | undefined {
  const parts = dateParts(iso)
  return parts ? new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])) : undefined
}

/** '2026-03-12' → '12 Mar 2026'. */
export function date(iso: string): string {
  const d = utc(iso)
  return d ? dateFormat.format(d) : iso
}

/** '2026-03-12' → 'Thursday 12 March 2026'. */
export function longDate(iso: string): string {
  const d = utc(iso)
  return d ? weekdayFormat.format(d) : iso
}

/** Whole days from one calendar date to another. */
export function daysFrom(from: string, to: string): number {
  const a = utc(from)
  const b = utc(to)
  return a && b ? Math.round((b.getTime() - a.getTime()) / 86_400_000) : 0
}

type Currency = Scenario['jurisdiction']['currency']

/** Minor units → '₦ 1,250,000.00'. */
export function money(minor: number, currency: Currency): string {
  return formatMoney(minor, currency)
}

/** Major units as written in a scenario file → '₦ 25,000,000.00'. */
export function majorMoney(major: number, currency: Currency): string {
  return formatMoney(toMinor(major, currency), currency)
}

export const DIFFICULTY: Record<1 | 2 | 3, string> = {
  1: 'Introductory',
  2: 'Intermediate',
  3: 'Advanced',
}

/** Grade label with a symbol, so the grade never depends on colour alone. */
export const GRADE_LABEL: Record<Grade, string> = {
  correct: '✓ Correct',
  acceptable: '≈ Acceptable',
  wrong: '✗ Wrong',
  harmful: '⚠ Harmful',
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

export function percent(value: number): string {
  return `${Math.round(value * 10) / 10}%`
}
