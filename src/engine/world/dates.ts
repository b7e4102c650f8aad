/**
 * Calendar dates as day numbers (days since 1970-01-01), computed in UTC so the world is the
 * same in every time zone.
 */
import { dateParts } from '../primitives/calendar'
import type { IsoDate } from './types'

const DAY_MS = 86_400_000

export function dayOf(date: IsoDate): number {
  const parts = dateParts(date)
  if (!parts) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`)
  return Math.floor(Date.UTC(parts[0], parts[1] - 1, parts[2]) / DAY_MS)
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

/** The date of a day number (proleptic Gregorian, Hinnant's civil-from-days; years 0–9999). */
export function isoOf(day: number): IsoDate {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`
}

/** The date `years` whole years before `date` (29 February falls back to 28 February). */
export function yearsBefore(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) - years
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5)
  return `${String(year).padStart(4, '0')}-${monthDay}`
}

/** Age in whole years on a date. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4))
  return on.slice(5) < birth.slice(5) ? years - 1 : years
}
