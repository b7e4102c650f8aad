/**
 * Rules only the filing process uses: the VAT return's arithmetic, the recomputation the
 * validation step runs, the default-assessment estimate and its reasonable range, the
 * third-party mismatch test and the notice deadlines. Every figure comes from the profile.
 */
import { addDays } from '../../primitives/calendar'
import type { Jurisdiction } from '../../scenario/schema'
import { percentOf, roundMinor } from '../../rules/money'
import type { IsoDate, ReturnLine, ReturnLineKey, TaxReturn } from '../../world/types'
import { returnLineLabel } from '../../world/account-figures'
import { msg, type Msg, type Text } from '../../primitives/message'

/** The lines of a VAT return, in the order of the form. */
export const VAT_LINE = {
  sales: 'vatSales',
  output: 'vatOutput',
  purchases: 'vatPurchases',
  input: 'vatInput',
  net: 'vatNet',
} as const satisfies Record<string, ReturnLineKey>
export type VatLineKey = keyof typeof VAT_LINE

/** The lines' names on the VAT return form, in the reader's language. */
export const VAT_LINE_LABEL: Record<VatLineKey, Msg> = {
  sales: msg('filing.line.sales'),
  output: msg('filing.line.output'),
  purchases: msg('filing.line.purchases'),
  input: msg('filing.line.input'),
  net: msg('filing.line.net'),
}

/** A return line's name as a reader sees it: the VAT form's line, or the world's name for it. */
export function lineLabel(line: ReturnLine): Text {
  const key = (Object.keys(VAT_LINE) as VatLineKey[]).find((k) => VAT_LINE[k] === line.label)
  return key ? VAT_LINE_LABEL[key] : returnLineLabel(line)
}

type RateJurisdiction = Pick<Jurisdiction, 'rates' | 'rounding'>

/** The amount on a line of a return (0 when the line is missing). */
export function lineAmount(lines: readonly ReturnLine[], key: VatLineKey): number {
  return lines.find((l) => l.label === VAT_LINE[key])?.amount ?? 0
}

/**
 * A VAT return as the taxpayer fills it in: output and input VAT at the standard rate, net =
 * output − input. `declaredNet` replaces the net line (an arithmetic error).
 * Example (18 %): sales 10,000,000, purchases 6,000,000 → 1,800,000 − 1,080,000 = 720,000.
 */
export function vatLines(
  sales: number,
  purchases: number,
  j: RateJurisdiction,
  declaredNet?: number,
): ReturnLine[] {
  const output = percentOf(sales, j.rates.vat, j.rounding)
  const input = percentOf(purchases, j.rates.vat, j.rounding)
  return [
    { label: VAT_LINE.sales, amount: sales },
    { label: VAT_LINE.output, amount: output },
    { label: VAT_LINE.purchases, amount: purchases },
    { label: VAT_LINE.input, amount: input },
    { label: VAT_LINE.net, amount: declaredNet ?? output - input },
  ]
}

export interface RecomputedLine {
  key: VatLineKey
  /** False when the line was left blank. */
  present: boolean
  declared: number
  recomputed: number
}

export interface Recomputation {
  /** Defects that make the return invalid (reject only for these). */
  structural: Msg[]
  lines: RecomputedLine[]
  /** The net VAT the declared figures give. */
  taxDue: number
  /** Declared net minus recomputed net: 0 when the arithmetic is right. */
  difference: number
}

/**
 * The validation step: structure first (every line present, no negative amounts), then the
 * arithmetic of the derived lines from the declared bases.
 * Example (18 %): sales 10,000,000, output 1,800,000, purchases 6,000,000, input 1,080,000,
 * net declared 810,000 → recomputed 720,000, difference +90,000.
 */
export function recompute(lines: readonly ReturnLine[], j: RateJurisdiction): Recomputation {
  const structural: Msg[] = []
  for (const key of Object.keys(VAT_LINE) as VatLineKey[]) {
    const line = lines.find((l) => l.label === VAT_LINE[key])
    if (!line) structural.push(msg('filing.validation.blank', { line: VAT_LINE_LABEL[key] }))
    else if (line.amount < 0)
      structural.push(msg('filing.validation.negative', { line: VAT_LINE_LABEL[key] }))
  }
  const sales = lineAmount(lines, 'sales')
  const purchases = lineAmount(lines, 'purchases')
  const output = percentOf(sales, j.rates.vat, j.rounding)
  const input = percentOf(purchases, j.rates.vat, j.rounding)
  const recomputed: Record<VatLineKey, number> = { sales, output, purchases, input, net: output - input }
  const declaredNet = lineAmount(lines, 'net')
  return {
    structural,
    lines: (Object.keys(VAT_LINE) as VatLineKey[]).map((key) => ({
      key,
      present: lines.some((l) => l.label === VAT_LINE[key]),
      declared: lineAmount(lines, key),
      recomputed: recomputed[key],
    })),
    taxDue: recomputed.net,
    difference: declaredNet - recomputed.net,
  }
}

/**
 * The prior-returns basis of a default assessment: the average tax due of the last `n` filed
 * returns before `period`, rounded once. Example: 1,150,000 + 1,240,000 + 1,080,000 +
 * 1,310,000 + 1,190,000 + 1,230,000 over 6 → 1,200,000.
 */
export function priorAverage(
  returns: readonly TaxReturn[],
  period: string,
  n: number,
  j: Pick<Jurisdiction, 'rounding'>,
): { average: number; periods: string[] } {
  const filed = returns
    .filter((r) => r.filedOn !== null && r.period < period)
    .sort((a, b) => (a.period < b.period ? 1 : -1))
    .slice(0, n)
  if (filed.length === 0) return { average: 0, periods: [] }
  const sum = filed.reduce((s, r) => s + r.taxDue, 0)
  return { average: roundMinor(sum / filed.length, j.rounding), periods: filed.map((r) => r.period) }
}

/**
 * The third-party basis: output VAT on the e-invoiced sales minus the VAT paid at customs on
 * imports (never below zero). Example (18 %): e-invoices 9,500,000 → 1,710,000; imports
 * 2,800,000 → 504,000; estimate 1,206,000.
 */
export function thirdPartyEstimate(invoicedSales: number, imports: number, j: RateJurisdiction): number {
  return Math.max(
    0,
    percentOf(invoicedSales, j.rates.vat, j.rounding) - percentOf(imports, j.rates.vat, j.rounding),
  )
}

/**
 * The range of default assessments that count as reasonable: from the lower evidence-based
 * estimate less the tolerance to the higher one plus it. Example (20 %): estimates 1,200,000
 * and 1,206,000 → 960,000 to 1,447,200.
 */
export function reasonableRange(
  estimates: readonly number[],
  j: Pick<Jurisdiction, 'rounding'> & { filing: Pick<Jurisdiction['filing'], 'estimateTolerancePercent'> },
): { low: number; high: number } {
  const positive = estimates.filter((e) => e > 0)
  if (positive.length === 0) return { low: 0, high: 0 }
  const tol = j.filing.estimateTolerancePercent
  return {
    low: percentOf(Math.min(...positive), 100 - tol, j.rounding),
    high: percentOf(Math.max(...positive), 100 + tol, j.rounding),
  }
}

/**
 * True when e-invoiced sales exceed the declared sales by more than the profile's tolerance.
 * Example (5 %): declared 4,000,000, e-invoiced 9,000,000 → understated; declared 8,000,000,
 * e-invoiced 8,300,000 → within tolerance.
 */
export function understated(
  declaredSales: number,
  invoicedSales: number,
  j: { filing: Pick<Jurisdiction['filing'], 'mismatchTolerancePercent'> },
): boolean {
  return invoicedSales * 100 > declaredSales * (100 + j.filing.mismatchTolerancePercent)
}

type NoticeJurisdiction = Pick<Jurisdiction, 'deadlines'> & {
  filing: Pick<Jurisdiction['filing'], 'demandToFileDays' | 'mathErrorContestDays'>
}

/**
 * The first day a default assessment is lawful: the demand is deemed received after
 * deadlines.deemedReceiptDays, then gives filing.demandToFileDays. Example (5 + 30): demand
 * served 2025-04-07 → period ends 2025-05-12.
 */
export function demandExpiry(servedOn: IsoDate, j: NoticeJurisdiction): IsoDate {
  return addDays(servedOn, j.deadlines.deemedReceiptDays + j.filing.demandToFileDays)
}

/**
 * The last day the taxpayer may contest a math-error correction. Example (5 + 60): notice of
 * 2025-04-07 → 2025-06-11.
 */
export function contestDeadline(noticeOn: IsoDate, j: NoticeJurisdiction): IsoDate {
  return addDays(noticeOn, j.deadlines.deemedReceiptDays + j.filing.mathErrorContestDays)
}
