/**
 * The figures of the baseline accounts: the filing calendar slots around the reference date,
 * and what a taxpayer declares per tax type and period (with the lines of the return), drawn
 * from its turnover so the amounts fit its size and the jurisdiction's rates.
 */
import { dueDate, periodBounds, periodOf, previousPeriod } from '../rules/calendar'
import { percentOf } from '../rules/money'
import type { Jurisdiction } from '../scenario/schema'
import type { TaxType } from '../vocabulary'
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
  const r = j.rounding
  switch (taxType) {
    case 'VAT': {
      const sales = whole(monthly, unit)
      const purchases = whole(sales * draw.float(0.55, 0.75), unit)
      const output = percentOf(sales, j.rates.vat, r)
      const input = percentOf(purchases, j.rates.vat, r)
      return {
        lines: [
          { label: 'Taxable sales (excl. VAT)', amount: sales },
          { label: 'Output VAT', amount: output },
          { label: 'Taxable purchases and imports (excl. VAT)', amount: purchases },
          { label: 'Deductible input VAT', amount: input },
          { label: 'Net VAT payable', amount: output - input },
        ],
        taxDue: output - input,
      }
    }
    case 'PAYE': {
      const gross = whole(monthly * draw.float(0.15, 0.3), unit)
      const tax = whole(gross * draw.float(0.08, 0.14), unit)
      return {
        lines: [
          { label: 'Employees paid', amount: t.employees ?? 0 },
          { label: 'Gross pay', amount: gross },
          { label: 'Tax withheld', amount: tax },
        ],
        taxDue: tax,
      }
    }
    case 'WHT':
    case 'EXCISE': {
      const base = whole(monthly * (taxType === 'WHT' ? draw.float(0.1, 0.25) : draw.float(0.3, 0.6)), unit)
      const tax = whole(base * (taxType === 'WHT' ? 0.05 : draw.float(0.05, 0.2)), unit)
      const label = taxType === 'WHT' ? 'Payments subject to withholding' : 'Excisable goods released'
      return {
        lines: [
          { label, amount: base },
          { label: 'Tax due', amount: tax },
        ],
        taxDue: tax,
      }
    }
    case 'CIT': {
      const turnover = whole(monthly * 12, unit)
      const profit = whole(turnover * draw.float(0.03, 0.14), unit)
      const tax = percentOf(profit, j.rates.cit, r)
      return {
        lines: [
          { label: 'Turnover', amount: turnover },
          { label: 'Taxable profit', amount: profit },
          { label: 'Tax due', amount: tax },
        ],
        taxDue: tax,
      }
    }
    case 'PIT': {
      const income = whole(monthly * 12, unit)
      const tax = whole(income * draw.float(0.04, 0.12), unit)
      return {
        lines: [
          { label: 'Gross income', amount: income },
          { label: 'Tax due', amount: tax },
        ],
        taxDue: tax,
      }
    }
    default: {
      const never: never = taxType
      throw new RangeError(`Unknown tax type ${String(never)}`)
    }
  }
}
