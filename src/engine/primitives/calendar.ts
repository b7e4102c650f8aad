/** The simulated calendar: plain 'YYYY-MM-DD' strings, computed in UTC, never the wall clock. */

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string

const DAY_MS = 86_400_000

/** Year, month (1–12) and day of a 'YYYY-MM-DD' string, or undefined: the one date parser. */
export function dateParts(date: string): [year: number, month: number, day: number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}

function toUtc(date: string): number {
  const parts = dateParts(date)
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`)
  return Date.UTC(parts[0], parts[1] - 1, parts[2])
}

/** The date `days` calendar days after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS)
}

export function laterOf(a: string, b: string): string {
  return a >= b ? a : b
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
/** English month names, for the engine's own messages and the briefing's settings in words. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** '2026-01-13' → 'Tuesday 13 January 2026', for the engine's own messages. */
export function longDay(date: string): string {
  const day = new Date(toUtc(date))
  return `${WEEKDAYS[day.getUTCDay()]!} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]!} ${day.getUTCFullYear()}`
}
