/**
 * The figures of the baseline accounts: the filing calendar slots around the reference date,
 * and what a taxpayer declares per tax type and period (with the lines of the return), drawn
 * from its turnover so the amounts fit its size and the jurisdiction's rates.
 */
import { dueDate, periodBounds, periodOf, previousPeriod } from '../rules/calendar'
import { percentOf } from '../rules/money'
import type { Jurisdiction } from '../scenario/schema'
import type { TaxType } from '../vocabulary'
import { msg, type Msg } from '../primitives/message'
import { dayOf } from './dates'
import type { Draw } from './prng'
import type { IsoDate, ReturnLine, ReturnLineKey, Taxpayer } from './types'

/** A period of the filing calendar with its due date. */
export interface Slot {
  period: string
  start: IsoDate
  end: IsoDate
  dueOn: IsoDate
  /** Day numbers (see dates.ts) of the due date and of the period's last day. */
  dueDay: number
  endDay: number
}

/** The last `count` periods of a tax due on or before `today`, oldest first. */
export function recentSlots(taxType: TaxType, today: IsoDate, count: number, j: Jurisdiction): Slot[] {
  const slots: Slot[] = []
  let period = periodOf(taxType, today)
  while (dueDate(taxType, period, j) > today) period = previousPeriod(period)
  for (let k = 0; k < count; k++) {
    const dueOn = dueDate(taxType, period, j)
    const bounds = periodBounds(period)
    slots.unshift({ period, ...bounds, dueOn, dueDay: dayOf(dueOn), endDay: dayOf(bounds.end) })
    period = previousPeriod(period)
  }
  return slots
}

/** Whole major units: declared figures are rounded the way taxpayers write them. */
function whole(minor: number, unit: number): number {
  return Math.max(0, Math.round(minor / unit) * unit)
}

/** A return's lines and its tax due, in minor units. */
export interface Declared {
  lines: ReturnLine[]
  taxDue: number
}

/** A return line's name for a reader: the form's line in their language (world.line.<key>). */
export function returnLineLabel(line: Pick<ReturnLine, 'label' | 'payer'>): Msg {
  return line.payer === undefined
    ? msg(`world.line.${line.label}`)
    : msg(`world.line.${line.label}`, { payer: line.payer })
}

const line = (label: ReturnLineKey, amount: number): ReturnLine => ({ label, amount })

/** One tax type's return at a monthly level of activity (see `declare`). */
type Declarer = (draw: Draw, t: Taxpayer, monthly: number, j: Jurisdiction, unit: number) => Declared

function vat(draw: Draw, _t: Taxpayer, monthly: number, j: Jurisdiction, unit: number): Declared {
  const sales = whole(monthly, unit)
  const purchases = whole(sales * draw.float(0.55, 0.75), unit)
  const output = percentOf(sales, j.rates.vat, j.rounding)
  const input = percentOf(purchases, j.rates.vat, j.rounding)
  return {
    lines: [
      line('vatSales', sales),
      line('vatOutput', output),
      line('vatPurchases', purchases),
      line('vatInput', input),
      line('vatNet', output - input),
    ],
    taxDue: output - input,
  }
}

function paye(draw: Draw, t: Taxpayer, monthly: number, _j: Jurisdiction, unit: number): Declared {
  const gross = whole(monthly * draw.float(0.15, 0.3), unit)
  const tax = whole(gross * draw.float(0.08, 0.14), unit)
  return {
    lines: [line('employeesPaid', t.employees ?? 0), line('grossPay', gross), line('taxWithheld', tax)],
    taxDue: tax,
  }
}

function wht(draw: Draw, _t: Taxpayer, monthly: number, _j: Jurisdiction, unit: number): Declared {
  const base = whole(monthly * draw.float(0.1, 0.25), unit)
  const tax = whole(base * 0.05, unit)
  return { lines: [line('withholdingBase', base), line('taxDue', tax)], taxDue: tax }
}

function excise(draw: Draw, _t: Taxpayer, monthly: number, _j: Jurisdiction, unit: number): Declared {
  const base = whole(monthly * draw.float(0.3, 0.6), unit)
  const tax = whole(base * draw.float(0.05, 0.2), unit)
  return { lines: [line('excisableGoods', base), line('taxDue', tax)], taxDue: tax }
}

function cit(draw: Draw, _t: Taxpayer, monthly: number, j: Jurisdiction, unit: number): Declared {
  const turnover = whole(monthly * 12, unit)
  const profit = whole(turnover * draw.float(0.03, 0.14), unit)
  const tax = percentOf(profit, j.rates.cit, j.rounding)
  return {
    lines: [line('turnover', turnover), line('taxableProfit', profit), line('taxDue', tax)],
    taxDue: tax,
  }
}

function pit(draw: Draw, _t: Taxpayer, monthly: number, _j: Jurisdiction, unit: number): Declared {
  const income = whole(monthly * 12, unit)
  const tax = whole(income * draw.float(0.04, 0.12), unit)
  return { lines: [line('grossIncome', income), line('taxDue', tax)], taxDue: tax }
}

const DECLARERS: Readonly<Record<TaxType, Declarer>> = {
  VAT: vat,
  PAYE: paye,
  WHT: wht,
  EXCISE: excise,
  CIT: cit,
  PIT: pit,
}

/**
 * What a taxpayer declares for one period at its usual level of activity (level 1; 0 for a
 * nil return). VAT: sales × rate on the value added; PAYE and WHT: a share of the wage and
 * supplier bill; CIT: the rate on a profit margin; PIT: an effective rate on income.
 */
export function declare(
  draw: Draw,
  t: Taxpayer,
  taxType: TaxType,
  level: number,
  j: Jurisdiction,
  unit: number,
): Declared {
  const monthly = (t.turnover / 12) * level * draw.float(0.85, 1.15)
  return DECLARERS[taxType](draw, t, monthly, j, unit)
}
