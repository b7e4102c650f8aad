/**
 * The account history behind a collection case, written into the shared accounts: the returns
 * that created the debt and the taxpayer's filing record, the ledger lines (tax, payments,
 * late-payment penalty and interest to the last month-end run), and third-party data.
 */
import { dueDate, isMonthly, periodOf, previousPeriod } from '../../rules/calendar'
import { lateInterest } from '../../rules/interest'
import { latePaymentPenalty } from '../../rules/penalties'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import type { TaxType } from '../../vocabulary'
import type { WorldContext } from '../../world/context'
import type { Accounts } from '../../world/process-world'
import { dropWithTin } from '../../world/lookup'
import type { IsoDate, LedgerEntry, TaxReturn } from '../../world/types'
import { msg, type Text } from '../../primitives/message'

/** One period's liability the case is about. */
export interface DebtLine {
  taxType: TaxType
  period: string
  /** Tax declared (or assessed), minor units. */
  tax: number
  /** Paid on it before the case, minor units. */
  paid: number
  /** An assessment after the return (e.g. an audit adjustment) rather than the return itself. */
  assessedOn?: IsoDate
  ref?: string
}

/** Removes whatever the baseline accounts held for a taxpayer this process takes over. */
export function clearHistory(accounts: Accounts, tin: string): void {
  for (const list of [accounts.ledger, accounts.returns, accounts.thirdParty] as { tin: string }[][])
    dropWithTin(list, tin, () => true)
}

/** The `count` most recent periods of a tax due on or before `latestDue`, newest first. */
export function periodsDueBy(taxType: TaxType, latestDue: IsoDate, count: number, j: Jurisdiction): string[] {
  let period = periodOf(taxType, latestDue)
  while (dueDate(taxType, period, j) > latestDue) period = previousPeriod(period)
  const periods: string[] = []
  for (let k = 0; k < count; k++) {
    periods.push(period)
    period = previousPeriod(period)
  }
  return periods
}

/** The last month-end before `date`: when penalties and interest were last posted. */
export function lastMonthEnd(date: IsoDate): IsoDate {
  return addDays(`${date.slice(0, 8)}01`, -1)
}

export class AccountWriter {
  #n = 0
  constructor(
    readonly ctx: WorldContext,
    readonly accounts: Accounts,
    readonly j: Jurisdiction,
    readonly tin: string,
    readonly prefix: string,
  ) {}

  #id(what: string): string {
    this.#n++
    return `${this.prefix}-${what}${this.#n}`
  }

  #ledger(entry: Omit<LedgerEntry, 'id' | 'tin'>): void {
    this.accounts.ledger.push({ id: this.#id('L'), tin: this.tin, ...entry })
  }

  #return(taxType: TaxType, period: string, taxDue: number, filedOn: IsoDate | null): TaxReturn {
    const dueOn = dueDate(taxType, period, this.j)
    const ret: TaxReturn = {
      id: this.#id('R'),
      tin: this.tin,
      taxType,
      period,
      dueOn,
      filedOn,
      channel: filedOn === null ? null : this.ctx.draw.chance(0.8) ? 'e-filing' : 'paper',
      lines: filedOn === null ? [] : [{ label: 'taxDue', amount: taxDue }],
      taxDue: filedOn === null ? 0 : taxDue,
    }
    this.accounts.returns.push(ret)
    return ret
  }

  /** A period filed on time and paid in full (the taxpayer's good record). */
  compliant(taxType: TaxType, period: string, tax: number): void {
    const ret = this.#return(
      taxType,
      period,
      tax,
      addDays(dueDate(taxType, period, this.j), -this.ctx.draw.int(0, 6)),
    )
    this.#ledger({ taxType, period, date: ret.dueOn, kind: 'self-assessment', amount: tax, ref: ret.id })
    this.#ledger({ taxType, period, date: ret.dueOn, kind: 'payment', amount: -tax, ref: this.#id('PAY') })
  }

  /** A return that was never filed (counts against compliance). */
  missing(taxType: TaxType, period: string): void {
    this.#return(taxType, period, 0, null)
  }

  /** A credit the taxpayer is owed (e.g. excess input VAT), not yet refunded. */
  credit(taxType: TaxType, period: string, amount: number): void {
    const ret = this.#return(
      taxType,
      period,
      -amount,
      addDays(dueDate(taxType, period, this.j), -this.ctx.draw.int(0, 6)),
    )
    this.#ledger({
      taxType,
      period,
      date: ret.dueOn,
      kind: 'self-assessment',
      amount: -amount,
      ref: ret.id,
      note: msg('collection.ledger.creditClaimed'),
    })
  }

  /**
   * A debt: the return (or assessment), what was paid, and the late-payment penalty and
   * interest on the unpaid tax from the original due date to the last month-end run before `on`.
   */
  debt(line: DebtLine, on: IsoDate): void {
    const { taxType, period } = line
    const due = dueDate(taxType, period, this.j)
    const posted = lastMonthEnd(on)
    if (line.assessedOn) {
      const ret = this.#return(taxType, period, line.paid, addDays(due, -this.ctx.draw.int(0, 6)))
      this.#ledger({ taxType, period, date: due, kind: 'self-assessment', amount: line.paid, ref: ret.id })
      this.#ledger({ taxType, period, date: due, kind: 'payment', amount: -line.paid, ref: this.#id('PAY') })
      this.#ledger({
        taxType,
        period,
        date: line.assessedOn,
        kind: 'adjustment',
        amount: line.tax,
        ref: line.ref ?? this.#id('ASSESS'),
        note: msg('collection.ledger.auditAssessment'),
      })
      return
    }
    const ret = this.#return(taxType, period, line.tax, addDays(due, -this.ctx.draw.int(0, 6)))
    this.#ledger({ taxType, period, date: due, kind: 'self-assessment', amount: line.tax, ref: ret.id })
    if (line.paid > 0) {
      const paidOn = addDays(due, this.ctx.draw.int(1, 20))
      this.#ledger({
        taxType,
        period,
        date: paidOn < on ? paidOn : due,
        kind: 'payment',
        amount: -line.paid,
        ref: this.#id('PAY'),
      })
    }
    const unpaid = line.tax - line.paid
    if (unpaid <= 0 || posted <= due) return
    const penalty = latePaymentPenalty(unpaid, due, posted, this.j)
    const interest = lateInterest(unpaid, due, posted, this.j)
    if (penalty > 0)
      this.#ledger({
        taxType,
        period,
        date: posted,
        kind: 'penalty',
        amount: penalty,
        ref: this.#id('PEN'),
        note: msg('collection.ledger.latePayment'),
      })
    if (interest > 0)
      this.#ledger({
        taxType,
        period,
        date: posted,
        kind: 'interest',
        amount: interest,
        ref: this.#id('INT'),
      })
  }

  /** A payment made under an earlier instalment agreement, on the oldest period. */
  installmentPaid(taxType: TaxType, period: string, date: IsoDate, amount: number, agreement: string): void {
    this.#ledger({
      taxType,
      period,
      date,
      kind: 'payment',
      amount: -amount,
      ref: agreement,
      note: msg('collection.ledger.instalment'),
    })
  }

  thirdParty(
    source: 'employer' | 'e-invoice',
    period: string,
    amount: number,
    counterparty: string,
    detail: Text,
  ): void {
    this.accounts.thirdParty.push({
      id: this.#id('T'),
      source,
      tin: this.tin,
      period,
      amount,
      counterparty,
      detail,
    })
  }
}

/** True for the taxes filed monthly; annual ones get fewer good-record periods. */
export const goodRecordPeriods = (taxType: TaxType): number => (isMonthly(taxType) ? 6 : 2)
