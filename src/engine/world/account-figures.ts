/**
 * The figures of the baseline accounts: the filing calendar slots around the reference date,
 * and what a taxpayer declares per tax type and period (with the lines of the return), drawn
 * from its turnover so the amounts fit its size and the jurisdiction's rates.
 */
import { dueDate, periodBounds, periodOf, previousPeriod } from '../rules/calendar'
import { percentOf } from '../rules/money'
import type { Jurisdiction } from '../scenario/schema'
import type { TaxType } from '../vocabulary'
import { msg, type Text } from '../primitives/message'
import { dayOf } from './dates'
import type { Draw } from './prng'
import type { IsoDate, ReturnLine, Taxpayer } from './types'

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

/**
 * The names of the lines of the baseline returns. A return keeps the form's English name as the
 * line's key (rules find lines by it and the world's digest depends on it); a reader sees the
 * line through `returnLineLabel`, in the `world` namespace (`world.line.<key>`).
 */
const LINE_KEYS = {
  'Taxable sales (excl. VAT)': 'vatSales',
  'Output VAT': 'vatOutput',
  'Taxable purchases and imports (excl. VAT)': 'vatPurchases',
  'Deductible input VAT': 'vatInput',
  'Net VAT payable': 'vatNet',
  'Employees paid': 'employeesPaid',
  'Gross pay': 'grossPay',
  'Tax withheld': 'taxWithheld',
  'Payments subject to withholding': 'withholdingBase',
  'Excisable goods released': 'excisableGoods',
  'Tax due': 'taxDue',
  Turnover: 'turnover',
  'Taxable profit': 'taxableProfit',
  'Gross income': 'grossIncome',
} as const
type LineName = keyof typeof LINE_KEYS

/** A return line's name for a reader: the form's line in their language, or the name as filed. */
export function returnLineLabel(label: string): Text {
  const key = (LINE_KEYS as Readonly<Record<string, string>>)[label]
  return key ? msg(`world.line.${key}`) : label
}

const line = (label: LineName, amount: number): ReturnLine => ({ label, amount })

/** One tax type's return at a monthly level of activity (see `declare`). */
type Declarer = (draw: Draw, t: Taxpayer, monthly: number, j: Jurisdiction, unit: number) => Declared

function vat(draw: Draw, _t: Taxpayer, monthly: number, j: Jurisdiction, unit: number): Declared {
  const sales = whole(monthly, unit)
  const purchases = whole(sales * draw.float(0.55, 0.75), unit)
  const output = percentOf(sales, j.rates.vat, j.rounding)
  const input = percentOf(purchases, j.rates.vat, j.rounding)
  return {
    lines: [
      line('Taxable sales (excl. VAT)', sales),
      line('Output VAT', output),
      line('Taxable purchases and imports (excl. VAT)', purchases),
      line('Deductible input VAT', input),
      line('Net VAT payable', output - input),
    ],
    taxDue: output - input,
  }
}

function paye(draw: Draw, t: Taxpayer, monthly: number, _j: Jurisdiction, unit: number): Declared {
  const gross = whole(monthly * draw.float(0.15, 0.3), unit)
  const tax = whole(gross * draw.float(0.08, 0.14), unit)
  return {
    lines: [line('Employees paid', t.employees ?? 0), line('Gross pay', gross), line('Tax withheld', tax)],
    taxDue: tax,
  }
}

function wht(draw: Draw, _t: Taxpayer, monthly: number, _j: Jurisdiction, unit: number): Declared {
  const base = whole(monthly * draw.float(0.1, 0.25), unit)
  const tax = whole(base * 0.05, unit)
  return { lines: [line('Payments subject to withholding', base), line('Tax due', tax)], taxDue: tax }
}

function excise(draw: Draw, _t: Taxpayer, monthly: number, _j: Jurisdiction, unit: number): Declared {
  const base = whole(monthly * draw.float(0.3, 0.6), unit)
  const tax = whole(base * draw.float(0.05, 0.2), unit)
  return { lines: [line('Excisable goods released', base), line('Tax due', tax)], taxDue: tax }
}

function cit(draw: Draw, _t: Taxpayer, monthly: number, j: Jurisdiction, unit: number): Declared {
  const turnover = whole(monthly * 12, unit)
  const profit = whole(turnover * draw.float(0.03, 0.14), unit)
  const tax = percentOf(profit, j.rates.cit, j.rounding)
  return {
    lines: [line('Turnover', turnover), line('Taxable profit', profit), line('Tax due', tax)],
    taxDue: tax,
  }
}

function pit(draw: Draw, _t: Taxpayer, monthly: number, _j: Jurisdiction, unit: number): Declared {
  const income = whole(monthly * 12, unit)
  const tax = whole(income * draw.float(0.04, 0.12), unit)
  return { lines: [line('Gross income', income), line('Tax due', tax)], taxDue: tax }
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
