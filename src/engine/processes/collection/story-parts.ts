/**
 * The building blocks of a collection case's story: the debt in the shared accounts, the dates
 * of contact, the bank statement, customers who owe the taxpayer, assets and the cash-flow
 * statement. The per-kind stories in stories.ts put them together.
 */
import { previousPeriod } from '../../rules/calendar'
import { addDays } from '../../primitives/calendar'
import { roundEstimate } from '../../world/sectors'
import type { Jurisdiction } from '../../scenario/schema'
import type { TaxType } from '../../vocabulary'
import type { WorldContext } from '../../world/context'
import type { Population } from '../../world/population'
import type { Company, IsoDate, Taxpayer } from '../../world/types'
import { arrearsOf } from '../../rules/ledger'
import { withTin } from '../../world/lookup'
import { msg, type Text } from '../../primitives/message'
import type { Accounts } from '../../world/process-world'
import { AccountWriter, goodRecordPeriods, periodsDueBy, type DebtLine } from './accounts'
import type {
  Asset,
  BankTransaction,
  CashFlowMonth,
  CashFlowStatement,
  CollectionCaseData,
  TradeDebtor,
} from './case-data'

/** Variants of the genuine case: where an ordinary debt stands in the procedure. */
export const GENUINE_VARIANTS = ['serve-demand', 'wait', 'offset', 'employer', 'bank'] as const
export type GenuineVariant = (typeof GENUINE_VARIANTS)[number]

export interface StoryEnv {
  ctx: WorldContext
  j: Jurisdiction
  pop: Population
  accounts: Accounts
  taxpayer: Taxpayer
  company: Company | undefined
  writer: AccountWriter
  /** Case number, for identifiers. */
  n: number
  /** What the scenario fixes for this kind of case (world.collection.variants.<kind>). */
  knobs: KindKnobs
}

/** The variants a trainer can fix for a kind of case; each one absent is drawn by the seed. */
export interface KindKnobs {
  /** The tax the arrears sit in. */
  taxType?: TaxType
  /** Defaulted instalment agreements in the debtor's history (agreement abuse). */
  defaultedAgreements?: number
}

export interface Story {
  data: CollectionCaseData
  /** Red flags in the officer's words (empty for ordinary cases). */
  flags: Text[]
}

export const pad = (n: number) => String(n).padStart(4, '0')

/** A sentence the generator stores in a case file: an id of the collection.world catalogue area. */
export const w = (key: string, args?: Parameters<typeof msg>[1]) => msg(`collection.world.${key}`, args)

/** A round amount of minor units near `minor` (three significant digits). */
export const round = (env: StoryEnv, minor: number) =>
  Math.max(10 ** env.j.currency.minorUnits, roundEstimate(Math.round(minor), env.j.currency.minorUnits))

export function mainTax(env: StoryEnv): TaxType {
  const administered = new Set(env.j.taxTypes.map((t) => t.code))
  const registered = new Set(env.taxpayer.taxTypes.map((t) => t.taxType))
  if (env.taxpayer.kind === 'individual') return 'PIT'
  if (registered.has('VAT') && administered.has('VAT')) return 'VAT'
  return 'CIT'
}

/**
 * The tax the arrears sit in: the scenario's choice, else the main tax. A debtor the scenario
 * puts in arrears of a tax it was not registered for is registered for it from the start.
 */
export function taxOf(env: StoryEnv): TaxType {
  const chosen = env.knobs.taxType
  if (!chosen) return mainTax(env)
  const t = env.taxpayer
  if (!t.taxTypes.some((r) => r.taxType === chosen))
    t.taxTypes.push({ taxType: chosen, from: t.registeredOn })
  return chosen
}

/** Tax of one period of `taxType` for this taxpayer, a round figure. */
export function periodTax(env: StoryEnv, taxType: TaxType): number {
  const { draw } = env.ctx
  const turnover = env.taxpayer.turnover
  switch (taxType) {
    case 'VAT':
      return round(env, ((turnover / 12) * env.j.rates.vat * draw.float(0.25, 0.5)) / 100)
    case 'CIT':
      return round(env, (turnover * draw.float(0.05, 0.12) * env.j.rates.cit) / 100)
    default:
      return round(env, turnover * draw.float(0.08, 0.15))
  }
}

/** The dates of contact: reminder, then (unless `stage` is 'none') the final demand. */
export function contactDates(env: StoryEnv, stage: 'none' | 'running' | 'expired') {
  const { draw } = env.ctx
  const ref = env.ctx.referenceDate
  const span = env.j.deadlines.deemedReceiptDays + env.j.deadlines.demandNoticeDays
  let servedOn: IsoDate | null = null
  if (stage === 'expired') servedOn = addDays(ref, -(span + draw.int(3, 40)))
  if (stage === 'running') {
    const hi = Math.max(1, span - 2)
    servedOn = addDays(ref, -draw.int(Math.min(8, hi), hi))
  }
  const reminderOn = addDays(servedOn ?? ref, -draw.int(14, 35))
  return { servedOn, reminderOn }
}

export function baseData(env: StoryEnv, servedOn: IsoDate | null, reminderOn: IsoDate): CollectionCaseData {
  const t = env.taxpayer
  const data: CollectionCaseData = {
    taxpayerKind: t.kind,
    name: t.name,
    reminders: [{ sentOn: reminderOn, channel: env.ctx.draw.pick(['SMS', 'e-mail', 'letter'] as const) }],
    demand: servedOn
      ? {
          id: `DN-${env.ctx.referenceDate.slice(0, 4)}-${pad(env.n)}`,
          servedOn,
          method: env.ctx.draw.pick(['registered mail', 'hand delivery'] as const),
        }
      : null,
    objections: [],
    agreements: [],
    request: null,
    cashFlow: null,
    bank: { accounts: [], transactions: [] },
    employer: null,
    debtors: [],
    assets: [],
    registry: {
      status: msg(
        t.kind === 'business' ? 'collection.world.registry.active' : 'collection.world.registry.alive',
      ),
      note: msg(
        t.kind === 'business'
          ? 'collection.world.registry.companyNote'
          : 'collection.world.registry.civilNote',
        { line: t.address.line, city: t.address.city },
      ),
      inLiquidation: false,
      traced: true,
    },
  }
  return data
}

/**
 * Writes the debt periods (newest due on or before `latestDue`) and the good-record periods
 * after them; returns the debt lines written.
 */
export function writeDebt(
  env: StoryEnv,
  taxType: TaxType,
  latestDue: IsoDate,
  count: number,
  options: { paidShare?: number; goodRecord?: number; missing?: number } = {},
): DebtLine[] {
  const { draw } = env.ctx
  const ref = env.ctx.referenceDate
  const debtPeriods = periodsDueBy(taxType, latestDue, count, env.j)
  const lines = debtPeriods.map((period) => {
    const tax = periodTax(env, taxType)
    const paid = options.paidShare ? round(env, tax * options.paidShare * draw.float(0.5, 1)) : 0
    return { taxType, period, tax, paid: Math.min(paid, tax - 1) }
  })
  for (const line of lines) env.writer.debt(line, ref)
  const recent = periodsDueBy(taxType, addDays(ref, -1), goodRecordPeriods(taxType) + count, env.j).filter(
    (p) => !debtPeriods.includes(p),
  )
  const missing = options.missing ?? 0
  recent.slice(0, options.goodRecord ?? goodRecordPeriods(taxType)).forEach((period, k) => {
    if (k < missing) env.writer.missing(taxType, period)
    else env.writer.compliant(taxType, period, periodTax(env, taxType))
  })
  return lines
}

/** The newest period of a tax due by `latestDue` that the taxpayer has no return for yet. */
export function freePeriod(env: StoryEnv, taxType: TaxType, latestDue: IsoDate): string {
  const used = new Set(
    withTin(env.accounts.returns, env.taxpayer.tin)
      .filter((r) => r.taxType === taxType)
      .map((r) => r.period),
  )
  let period = periodsDueBy(taxType, latestDue, 1, env.j)[0]!
  while (used.has(period)) period = previousPeriod(period)
  return period
}

export const debtOf = (env: StoryEnv) =>
  arrearsOf(withTin(env.accounts.ledger, env.taxpayer.tin), env.taxpayer.tin, env.ctx.referenceDate)

const positions = new WeakMap<readonly unknown[], Map<string, number>>()

/** Where a TIN sits in the register's business list (-1 when absent), remembered per list. */
function positionOf(all: Population['businesses'], tin: string): number {
  let at = positions.get(all)
  if (!at || at.size !== all.length) {
    at = new Map(all.map((b, i) => [b.taxpayer.tin, i]))
    positions.set(all, at)
  }
  const i = at.get(tin)
  if (i === undefined) return -1
  return all[i]?.taxpayer.tin === tin ? i : all.findIndex((b) => b.taxpayer.tin === tin)
}

/** Other businesses of the register, by name and TIN (customers, suppliers, employers). */
export function otherBusinesses(env: StoryEnv, count: number): Taxpayer[] {
  // Picks from "every business but the case's own" by position, without copying the register.
  const all = env.pop.businesses
  const own = positionOf(all, env.taxpayer.tin)
  const others = all.length - (own >= 0 ? 1 : 0)
  if (others === 0) return []
  const picked: Taxpayer[] = []
  for (let k = 0; k < count * 3 && picked.length < count; k++) {
    const at = env.ctx.draw.int(0, others - 1)
    const t = all[own >= 0 && at >= own ? at + 1 : at]!.taxpayer
    if (!picked.includes(t)) picked.push(t)
  }
  return picked
}

/**
 * Ordinary account activity over the two months before the case date, around `scale` (a
 * business's monthly turnover, an individual's monthly income): rent, wages, customers and
 * suppliers for a business; salary, cards, bills and cash for an individual.
 */
export function ordinaryTransactions(
  env: StoryEnv,
  scale: number,
  salary?: { from: string; amount: number },
): BankTransaction[] {
  const { draw } = env.ctx
  const ref = env.ctx.referenceDate
  const partners = otherBusinesses(env, 4)
  const half = Math.ceil(partners.length / 2)
  const customer = (): Text => (half ? draw.pick(partners.slice(0, half)).name : w('party.customer'))
  const supplier = (): Text =>
    partners.length > half ? draw.pick(partners.slice(half)).name : w('party.supplier')
  const out: BankTransaction[] = []
  const add = (day: number, description: string, counterparty: Text, amount: number) => {
    const date = addDays(ref, -day)
    if (date < ref)
      out.push({
        date,
        description: w(`tx.${description}`),
        counterparty,
        amount: Math.sign(amount) * round(env, Math.abs(amount)),
      })
  }
  for (const month of [1, 0]) {
    const base = month * 30
    if (env.taxpayer.kind === 'business') {
      add(base + draw.int(26, 29), 'rent', w('party.landlord'), -scale * draw.float(0.03, 0.06))
      add(base + draw.int(1, 4), 'salaries', w('party.payroll'), -scale * draw.float(0.1, 0.18))
      add(base + draw.int(5, 25), 'customerReceipt', customer(), scale * draw.float(0.15, 0.3))
      add(base + draw.int(5, 25), 'customerReceipt', customer(), scale * draw.float(0.15, 0.3))
      add(base + draw.int(5, 25), 'supplierPayment', supplier(), -scale * draw.float(0.1, 0.25))
    } else {
      if (salary) add(base + draw.int(1, 4), 'salary', salary.from, salary.amount)
      add(base + draw.int(5, 25), 'cardPayments', w('party.various'), -scale * draw.float(0.1, 0.3))
      add(base + draw.int(5, 25), 'utilityBill', w('party.electricity'), -scale * draw.float(0.02, 0.05))
      add(base + draw.int(5, 25), 'cashWithdrawal', w('party.atm'), -scale * draw.float(0.05, 0.2))
    }
  }
  return out
}

export const sortTx = (tx: BankTransaction[]) =>
  tx.sort((a, b) => a.date.localeCompare(b.date) || a.amount - b.amount)

export function account(env: StoryEnv, balance: number) {
  return { bank: env.taxpayer.bankAccount.bank, number: env.taxpayer.bankAccount.number, balance }
}

/** Kinds of registered asset a debtor may hold (collection.world.asset names them). */
const VEHICLES = ['van', 'pickup', 'saloon', 'forklift', 'generator'] as const

export function vehicle(env: StoryEnv, value: number): Asset {
  const { draw } = env.ctx
  const what = draw.pick(VEHICLES)
  // The year is a label, not a figure: a string, so no reader groups its digits.
  const year = String(2010 + draw.int(0, 14))
  return { description: w('asset', { what, year }), value: round(env, value) }
}

export function debtors(env: StoryEnv, total: number): TradeDebtor[] {
  const { draw } = env.ctx
  const customers = otherBusinesses(env, 3)
  if (customers.length === 0 || total <= 0) return []
  const shares = customers.map(() => draw.float(0.5, 1.5))
  const sum = shares.reduce((a, b) => a + b, 0)
  return customers.map((c, k) => {
    const amount = round(env, (total * shares[k]!) / sum)
    const invoiceDate = addDays(env.ctx.referenceDate, -draw.int(10, 75))
    env.writer.thirdParty(
      'e-invoice',
      invoiceDate.slice(0, 7),
      amount,
      c.name,
      w('thirdParty.unpaidInvoice', { name: c.name, tin: c.tin }),
    )
    return { customer: c.name, tin: c.tin, amount, invoiceDate }
  })
}

/**
 * A cash-flow statement: three actual months (with a dip when `dip`) and six projected months
 * whose surplus is about `surplus` a month. Flows are scaled to the surplus, not the turnover,
 * so the statement reads like the slice of the business the taxpayer is describing.
 */
export function cashFlow(env: StoryEnv, surplus: number, note: Text, dip = false): CashFlowStatement {
  const { draw } = env.ctx
  const ref = env.ctx.referenceDate
  const base = surplus * draw.float(4, 8)
  const month = (k: number) => addDays(`${ref.slice(0, 8)}15`, 30 * k).slice(0, 7)
  const flows = (net: number) => {
    const payments = round(env, base * draw.float(0.9, 1.1))
    return { payments, receipts: payments + Math.sign(net) * round(env, Math.abs(net)) }
  }
  const actual: CashFlowMonth[] = [-3, -2, -1].map((k) => ({
    month: month(k),
    ...flows(dip && k > -3 ? -base * draw.float(0.1, 0.3) : surplus * draw.float(0.8, 1.2)),
  }))
  const projected: CashFlowMonth[] = [0, 1, 2, 3, 4, 5].map((k) => ({
    month: month(k),
    ...flows(surplus * draw.float(0.9, 1.1)),
  }))
  return { actual, projected, note }
}
