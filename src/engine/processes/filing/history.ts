/**
 * A taxpayer's VAT history for a filing case: monthly trading figures, the returns it filed
 * (or did not), the payments and penalties on its current account, and what e-invoicing and
 * customs report about it. Figures are drawn once per case so every panel tells one story.
 */
import { dueDate, nextPeriod, previousPeriod } from '../../rules/calendar'
import { roundMinor } from '../../rules/money'
import { lateFilingPenalty } from '../../rules/penalties'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import type { Draw } from '../../world/prng'
import type {
  IsoDate,
  LedgerEntry,
  ReturnLine,
  TaxReturn,
  Taxpayer,
  ThirdPartyRecord,
} from '../../world/types'
import { lineAmount, vatLines } from './rules'
import { msg, type Text } from '../../primitives/message'

/** How a business trades: drawn once, then varied month by month. */
export interface TradingProfile {
  /** Typical monthly taxable sales, minor units. */
  monthlySales: number
  /** Purchases as a share of sales. */
  purchaseRatio: number
  /** Share of sales that go through e-invoicing. */
  invoicedShare: number
  /** Share of purchases imported through customs. */
  importShare: number
}

/** One month of trading: what really happened (declared or not). */
export interface Month {
  period: string
  sales: number
  purchases: number
  invoiced: number
  imports: number
}

/** A round figure of a thousand major units, for readable forms. */
export function roundFigure(minor: number, j: Pick<Jurisdiction, 'currency' | 'rounding'>): number {
  const step = 1000 * 10 ** j.currency.minorUnits
  return Math.max(0, roundMinor(minor / step, j.rounding) * step)
}

export function tradingProfile(
  draw: Draw,
  taxpayer: Taxpayer,
  options: { importer?: boolean } = {},
): TradingProfile {
  const importer = options.importer ?? draw.chance(0.5)
  return {
    monthlySales: taxpayer.turnover / 12,
    purchaseRatio: draw.float(0.5, 0.72),
    invoicedShare: draw.float(0.65, 0.92),
    importShare: importer ? draw.float(0.3, 0.7) : 0,
  }
}

/** A month of trading at `level` (1 = usual, 0 = nothing). */
export function month(
  draw: Draw,
  profile: TradingProfile,
  period: string,
  level: number,
  j: Pick<Jurisdiction, 'currency' | 'rounding'>,
): Month {
  const sales = roundFigure(profile.monthlySales * level * draw.float(0.85, 1.15), j)
  const purchases = roundFigure(sales * profile.purchaseRatio, j)
  return {
    period,
    sales,
    purchases,
    invoiced: roundFigure(sales * profile.invoicedShare * draw.float(0.95, 1.02), j),
    imports: roundFigure(purchases * profile.importShare, j),
  }
}

/** The periods from `first` to `last`, oldest first. */
export function periodRange(first: string, last: string): string[] {
  const out: string[] = []
  for (let p = first; p <= last; p = nextPeriod(p)) out.push(p)
  return out
}

/** The period `n` periods before `period`. */
export function periodsBack(period: string, n: number): string {
  let p = period
  for (let i = 0; i < n; i++) p = previousPeriod(p)
  return p
}

/** The latest VAT period whose return is due `lagDays` or more before `today`. */
export function latestDue(today: IsoDate, lagDays: number, j: Jurisdiction): string {
  let p = today.slice(0, 7)
  while (addDays(dueDate('VAT', p, j), lagDays) >= today) p = previousPeriod(p)
  return p
}

/** What the taxpayer did with one period's return. */
export type Filing =
  | { status: 'filed'; filedOn: IsoDate; lines: ReturnLine[]; channel: 'e-filing' | 'paper' }
  | { status: 'missing' }

export interface CaseAccounts {
  returns: TaxReturn[]
  ledger: LedgerEntry[]
  thirdParty: ThirdPartyRecord[]
}

export const returnId = (tin: string, period: string) => `filing-ret-${tin}-VAT-${period}`

/** A declared return of `m` (its figures scaled by `declare`, 1 = honest). */
export function declared(m: Month, declare: number, j: Jurisdiction, declaredNet?: number): ReturnLine[] {
  const sales = roundFigure(m.sales * declare, j)
  const purchases = roundFigure(m.purchases * declare, j)
  return vatLines(sales, purchases, j, declaredNet)
}

/**
 * Accounts records of one period: the return as expected by the calendar, and for a filed one
 * its self-assessment, the payment with it and any late-filing penalty. `posted: false` leaves
 * the return waiting in the case (the payment arrived, the debit is the officer's decision).
 */
export function periodRecords(
  taxpayer: Taxpayer,
  m: Month,
  filing: Filing,
  j: Jurisdiction,
  options: { posted: boolean; thirdParty: boolean },
): CaseAccounts {
  const { tin } = taxpayer
  const dueOn = dueDate('VAT', m.period, j)
  const id = returnId(tin, m.period)
  const out: CaseAccounts = { returns: [], ledger: [], thirdParty: [] }
  if (filing.status === 'missing') {
    out.returns.push({
      id,
      tin,
      taxType: 'VAT',
      period: m.period,
      dueOn,
      filedOn: null,
      channel: null,
      lines: [],
      taxDue: 0,
    })
  } else {
    const taxDue = lineAmount(filing.lines, 'net')
    out.returns.push({
      id,
      tin,
      taxType: 'VAT',
      period: m.period,
      dueOn,
      filedOn: filing.filedOn,
      channel: filing.channel,
      lines: filing.lines,
      taxDue,
    })
    out.ledger.push(...filedLedger(tin, m, filing, j, options.posted))
  }
  out.thirdParty.push(...thirdPartyOf(tin, m, options.thirdParty))
  return out
}

/** The filed return's self-assessment (when posted), the payment with it and any late-filing penalty. */
function filedLedger(
  tin: string,
  m: Month,
  filing: Extract<Filing, { status: 'filed' }>,
  j: Jurisdiction,
  posted: boolean,
): LedgerEntry[] {
  const dueOn = dueDate('VAT', m.period, j)
  const id = returnId(tin, m.period)
  const taxDue = lineAmount(filing.lines, 'net')
  const out: LedgerEntry[] = []
  const entry = (kind: LedgerEntry['kind'], amount: number, suffix: string, note?: Text): LedgerEntry => ({
    id: `filing-led-${tin}-VAT-${m.period}-${suffix}`,
    tin,
    taxType: 'VAT',
    period: m.period,
    date: filing.filedOn,
    kind,
    amount,
    ref: id,
    ...(note ? { note } : {}),
  })
  if (posted)
    out.push({
      ...entry('self-assessment', taxDue, 'sa', msg('filing.world.note.returnPosted')),
      date: dueOn,
    })
  if (taxDue > 0)
    out.push(
      entry(
        'payment',
        -taxDue,
        'pay',
        msg(posted ? 'filing.world.note.paidWithReturn' : 'filing.world.note.paidAwaiting'),
      ),
    )
  const penalty = posted ? lateFilingPenalty(taxDue, dueOn, filing.filedOn, j) : 0
  if (penalty > 0) {
    out.push(entry('penalty', penalty, 'pen', msg('filing.world.note.lateFilingPenalty')))
    out.push({
      ...entry('payment', -penalty, 'penpay', msg('filing.world.note.penaltyPaid')),
      date: addDays(filing.filedOn, 14),
    })
  }
  return out
}

/** What e-invoicing and customs report for the period. */
function thirdPartyOf(tin: string, m: Month, wanted: boolean): CaseAccounts['thirdParty'] {
  const out: CaseAccounts['thirdParty'] = []
  if (wanted && m.invoiced > 0)
    out.push({
      id: `filing-tp-${tin}-${m.period}-einv`,
      source: 'e-invoice',
      tin,
      period: m.period,
      amount: m.invoiced,
      detail: msg('filing.world.thirdParty.einvoices'),
    })
  if (wanted && m.imports > 0)
    out.push({
      id: `filing-tp-${tin}-${m.period}-cus`,
      source: 'customs',
      tin,
      period: m.period,
      amount: m.imports,
      counterparty: 'Customs',
      detail: msg('filing.world.thirdParty.customs'),
    })
  return out
}

export function mergeAccounts(into: CaseAccounts, add: CaseAccounts): void {
  into.returns.push(...add.returns)
  into.ledger.push(...add.ledger)
  into.thirdParty.push(...add.thirdParty)
}

/** An on-time filing date: up to 12 days before the due date, never after `latest`. */
export function onTime(draw: Draw, dueOn: IsoDate, latest: IsoDate): IsoDate {
  const d = addDays(dueOn, -draw.int(0, 12))
  return d < latest ? d : addDays(latest, -1)
}
