/**
 * Writing a payments case's history into the shared accounts: picking an unclaimed taxpayer,
 * replacing the baseline of the periods the case is about, posting returns and ledger lines
 * with ids prefixed by the case, and keeping `Taxpayer.arrears` equal to what the ledger says
 * is overdue.
 */
import { dropWithTin, withTin } from '../../world/lookup'
import { WorldShortfall } from '../../world/shortfall'
import { arrearsOf } from '../../rules/ledger'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import type { TaxType } from '../../vocabulary'
import { declare, recentSlots, type Slot } from '../../world/account-figures'
import { ensureAccount } from '../../world/accounts'
import type { WorldContext } from '../../world/context'
import type { Population } from '../../world/population'
import type { Accounts } from '../../world/process-world'
import type { IsoDate, LedgerEntry, TaxReturn, Taxpayer, Tin } from '../../world/types'
import type { Command } from '../contract'
import { msg, type Text } from '../../primitives/message'
import type { PaymentsCaseData } from './case-data'

export interface Story {
  ctx: WorldContext
  j: Jurisdiction
  pop: Population
  accounts: Accounts
  today: IsoDate
  caseId: string
  /** Ledger lines written so far for this case (for unique ids). */
  lines: number
}

/** A case as a builder makes it: what the record shows, and the truth behind it. */
export interface Built {
  tin: Tin
  title: Text
  receivedOn: IsoDate
  amount: number
  data: PaymentsCaseData
  expected: Text
  explanation: Text
  flags: Text[]
  /** For a look-alike: the facts that clear the taxpayer, kept apart from the red flags. */
  clearing?: Text[]
  evidence: string[]
  atStake: number
  best: Command[]
}

export const MONTHLY_TAXES: readonly TaxType[] = ['VAT', 'PAYE', 'WHT', 'EXCISE']

/** The taxpayer's first registered monthly tax (VAT first), or its annual income tax. */
export function mainTax(t: Taxpayer, monthly: boolean): TaxType | undefined {
  const types = t.taxTypes.map((r) => r.taxType)
  if (monthly) return MONTHLY_TAXES.find((tt) => types.includes(tt))
  return types.find((tt) => tt === 'CIT' || tt === 'PIT')
}

/**
 * An unclaimed taxpayer that passes `test`, probing forward from a random start; claims it and
 * makes sure its baseline history exists. Throws (a trainer-readable message) when none is left.
 */
/** Which taxpayers a payments case needed, for the shortfall's message. */
export type PaymentsShortfall = 'noArrears' | 'monthly' | 'withArrears'

export function pickTaxpayer(
  s: Story,
  test: (t: Taxpayer) => boolean,
  claimed: Set<Tin>,
  what: PaymentsShortfall,
): Taxpayer {
  const list = s.pop.taxpayers
  const start = s.ctx.draw.int(0, Math.max(0, list.length - 1))
  for (let k = 0; k < list.length; k++) {
    const t = list[(start + k) % list.length] as Taxpayer
    if (claimed.has(t.tin) || !test(t)) continue
    claimed.add(t.tin)
    ensureAccount(s.accounts, t.tin)
    return t
  }
  throw new WorldShortfall(
    ['world', 'population'],
    msg('session.shortfall.payments', { what, have: list.length }),
  )
}

/** The latest period of a tax due on or before `on`. */
export function slotDueBy(taxType: TaxType, on: IsoDate, j: Jurisdiction): Slot {
  return recentSlots(taxType, on, 1, j)[0] as Slot
}

/** The `count` periods of a tax due on or before `on`, oldest first. */
export function slotsDueBy(taxType: TaxType, on: IsoDate, count: number, j: Jurisdiction): Slot[] {
  return recentSlots(taxType, on, count, j)
}

/** Removes what the accounts hold on a taxpayer's tax (one period, or every period). */
export function clearTax(s: Story, tin: Tin, taxType: TaxType, period?: string): void {
  const hit = (x: { taxType: TaxType; period: string }) =>
    x.taxType === taxType && (period === undefined || x.period === period)
  dropWithTin(s.accounts.returns, tin, hit)
  dropWithTin(s.accounts.ledger, tin, hit)
}

/** A filed return of the taxpayer's usual size (at least one major unit of tax). */
export function fileReturn(
  s: Story,
  t: Taxpayer,
  taxType: TaxType,
  slot: Slot,
  filedOn: IsoDate,
  level = 1,
): TaxReturn {
  const unit = 10 ** s.j.currency.minorUnits
  const declared = declare(s.ctx.draw, t, taxType, level, s.j, unit)
  const taxDue = Math.max(declared.taxDue, unit)
  const lines =
    declared.taxDue === taxDue
      ? declared.lines
      : [...declared.lines.slice(0, -1), { label: declared.lines.at(-1)!.label, amount: taxDue }]
  const ret: TaxReturn = {
    id: `RET-${s.caseId}-${taxType}-${slot.period}`,
    tin: t.tin,
    taxType,
    period: slot.period,
    dueOn: slot.dueOn,
    filedOn,
    channel: s.ctx.draw.chance(0.8) ? 'e-filing' : 'paper',
    lines,
    taxDue,
  }
  s.accounts.returns.push(ret)
  return ret
}

/** Posts a ledger line for the case. */
export function post(
  s: Story,
  on: { tin: Tin; taxType: TaxType; period: string },
  kind: LedgerEntry['kind'],
  date: IsoDate,
  amount: number,
  ref: string,
  note?: Text,
): LedgerEntry {
  s.lines++
  const line: LedgerEntry = {
    id: `${s.caseId}-L${s.lines}`,
    tin: on.tin,
    taxType: on.taxType,
    period: on.period,
    date,
    kind,
    amount,
    ref,
  }
  if (note) line.note = note
  s.accounts.ledger.push(line)
  return line
}

/** A return filed before its due date and paid in full on the day it was filed. */
export function onTimePeriod(s: Story, t: Taxpayer, taxType: TaxType, slot: Slot): TaxReturn {
  const filedOn = addDays(slot.dueOn, -s.ctx.draw.int(0, 6))
  const ret = fileReturn(s, t, taxType, slot, filedOn > slot.end ? filedOn : slot.dueOn)
  post(s, ret, 'self-assessment', slot.dueOn, ret.taxDue, ret.id)
  post(
    s,
    ret,
    'payment',
    ret.filedOn!,
    -ret.taxDue,
    `BNK-${s.caseId}-${slot.period}`,
    msg('payments.world.note.bankTransfer'),
  )
  return ret
}

/** Sets the taxpayer's arrears to what its ledger shows overdue today. */
export function syncArrears(s: Story, t: Taxpayer): void {
  t.arrears = arrearsOf(withTin(s.accounts.ledger, t.tin), t.tin, s.today)
}
