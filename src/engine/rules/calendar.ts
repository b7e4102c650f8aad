/**
 * The filing calendar: which periods a tax has and when each period's return and payment are
 * due, read from the jurisdiction profile. Monthly taxes have periods 'YYYY-MM', annual taxes
 * (CIT, PIT) the calendar year 'YYYY'. Dates are 'YYYY-MM-DD' strings.
 */
import type { Jurisdiction } from '../jurisdiction'
import type { TaxType } from '../vocabulary'
import { dateParts, type IsoDate } from '../primitives/calendar'

/** The parts of a jurisdiction profile the filing calendar reads. */
export type CalendarJurisdiction = Pick<Jurisdiction, 'deadlines'> & {
  payments: Pick<Jurisdiction['payments'], 'payeFilingDay' | 'pitFilingMonths' | 'citFilingMonths'>
}

/** True for taxes filed every month (VAT, PAYE, WHT, EXCISE); false for the annual CIT and PIT. */
export function isMonthly(taxType: TaxType): boolean {
  return taxType !== 'CIT' && taxType !== 'PIT'
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function parts(date: IsoDate): [number, number, number] {
  const found = dateParts(date)
  if (!found) throw new RangeError(`Not a calendar date: ${date}`)
  return found
}

/** Day `day` of a month, or the month's last day when the month is shorter (31 → 28 February). */
export function dayOfMonth(year: number, month: number, day: number): IsoDate {
  const y = year + Math.floor((month - 1) / 12)
  const m = ((((month - 1) % 12) + 12) % 12) + 1
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`
}

/** The same day `months` months later, clamped to the month's end (31 January + 1 → 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date)
  return dayOfMonth(y, m + months, d)
}

/** The first and last day of a period ('YYYY-MM' or 'YYYY'). */
export function periodBounds(period: string): { start: IsoDate; end: IsoDate } {
  const monthly = /^(\d{4})-(\d{2})$/.exec(period)
  if (monthly) {
    const y = Number(monthly[1])
    const m = Number(monthly[2])
    return { start: `${period}-01`, end: dayOfMonth(y, m, 31) }
  }
  if (/^\d{4}$/.test(period)) return { start: `${period}-01-01`, end: `${period}-12-31` }
  throw new RangeError(`Not a tax period: ${period} (expected YYYY-MM or YYYY)`)
}

/** The period of a tax that contains `date`. */
export function periodOf(taxType: TaxType, date: IsoDate): string {
  return isMonthly(taxType) ? date.slice(0, 7) : date.slice(0, 4)
}

/** The period just before `period` ('2024-01' → '2023-12', '2024' → '2023'). */
export function previousPeriod(period: string): string {
  const { start } = periodBounds(period)
  const [y, m] = parts(start)
  return period.length === 4 ? String(y - 1) : dayOfMonth(y, m - 1, 1).slice(0, 7)
}

/**
 * When a period's return and payment are due.
 * VAT and EXCISE: day deadlines.vatFilingDay of the following month; PAYE and WHT: day
 * payments.payeFilingDay of the following month; PIT and CIT: the last day of the
 * payments.pitFilingMonths / citFilingMonths-th month after the year ends.
 * Example (vatFilingDay 21): VAT 2024-01 → 2024-02-21; CIT 2023 with citFilingMonths 6 → 2024-06-30.
 */
export function dueDate(taxType: TaxType, period: string, j: CalendarJurisdiction): IsoDate {
  const { end } = periodBounds(period)
  const [y, m] = parts(end)
  switch (taxType) {
    case 'VAT':
    case 'EXCISE':
      return dayOfMonth(y, m + 1, j.deadlines.vatFilingDay)
    case 'PAYE':
    case 'WHT':
      return dayOfMonth(y, m + 1, j.payments.payeFilingDay)
    case 'PIT':
      return dayOfMonth(y, m + j.payments.pitFilingMonths, 31)
    case 'CIT':
      return dayOfMonth(y, m + j.payments.citFilingMonths, 31)
    default: {
      const never: never = taxType
      throw new RangeError(`Unknown tax type ${String(never)}`)
    }
  }
}

/**
 * The periods of a tax a taxpayer registered on `from` must have filed by `to`: every period
 * that ends on or after `from` and is due on or before `to`, oldest first.
 * Example (VAT, vatFilingDay 21): from 2024-02-10 to 2024-05-01 → 2024-02, 2024-03.
 */
export function periodsBetween(
  taxType: TaxType,
  from: IsoDate,
  to: IsoDate,
  j: CalendarJurisdiction,
): string[] {
  const periods: string[] = []
  let period = periodOf(taxType, from)
  while (dueDate(taxType, period, j) <= to) {
    periods.push(period)
    period = nextPeriod(period)
  }
  return periods
}

/** The period just after `period` ('2023-12' → '2024-01', '2023' → '2024'). */
export function nextPeriod(period: string): string {
  const [y, m] = parts(periodBounds(period).start)
  return period.length === 4 ? String(y + 1) : dayOfMonth(y, m + 1, 1).slice(0, 7)
}
