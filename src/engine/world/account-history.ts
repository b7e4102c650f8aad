/**
 * Writing one taxpayer's baseline history: returns filed on time, late or not at all, the
 * ledger lines they produce (self-assessments, penalties and interest settled with a late
 * payment, payments), periods left unpaid for taxpayers with arrears, and employers' PAYE
 * certificates. Used by accounts.ts; every figure comes from the profile and the rules.
 */
import { lateInterest } from '../rules/interest'
import { lateFilingPenalty, latePaymentPenalty } from '../rules/penalties'
import { money, msg, type Msg } from '../primitives/message'
import type { Jurisdiction } from '../scenario/schema'
import type { TaxType } from '../vocabulary'
import { declare, type Slot } from './account-figures'
import type { WorldContext } from './context'
import { isoOf } from './dates'
import type { Accounts } from './process-world'
import type { LedgerEntry, TaxReturn, Taxpayer } from './types'

/** How a taxpayer usually files and pays. */
export const HABITS = [
  ['punctual', 80],
  ['late', 15],
  ['erratic', 5],
] as const
export type Habit = (typeof HABITS)[number][0]

/** The notes the baseline history writes on ledger lines, as message ids of the `world` namespace. */
export const LEDGER_NOTES = {
  lateFiling: msg('world.ledger.lateFiling'),
  latePayment: msg('world.ledger.latePayment'),
  lateInterest: msg('world.ledger.lateInterest'),
  bankTransfer: msg('world.ledger.bankTransfer'),
  partPayment: msg('world.ledger.partPayment'),
  additionalAssessment: msg('world.ledger.additionalAssessment'),
} as const satisfies Record<string, Msg>

export interface Builder {
  ctx: WorldContext
  j: Jurisdiction
  unit: number
  accounts: Accounts
  /** Filing-calendar slots per administered tax type: the history window and the arrears window. */
  recent: Map<TaxType, Slot[]>
  older: Map<TaxType, Slot[]>
  employers: readonly Taxpayer[]
}

export interface Owed {
  taxType: TaxType
  slot: Slot
  amount: number
}

function pushReturn(
  b: Builder,
  t: Taxpayer,
  taxType: TaxType,
  slot: Slot,
  rest: Pick<TaxReturn, 'filedOn' | 'channel' | 'lines' | 'taxDue'>,
): TaxReturn {
  const record: TaxReturn = {
    id: `RET-${t.tin}-${taxType}-${slot.period}`,
    tin: t.tin,
    taxType,
    period: slot.period,
    dueOn: slot.dueOn,
    ...rest,
  }
  b.accounts.returns.push(record)
  return record
}

function post(
  b: Builder,
  ret: TaxReturn,
  n: number,
  kind: LedgerEntry['kind'],
  date: string,
  amount: number,
  note?: Msg,
): void {
  const line: LedgerEntry = {
    id: `${ret.id}-${n}`,
    tin: ret.tin,
    taxType: ret.taxType,
    period: ret.period,
    date,
    kind,
    amount,
    ref: ret.id,
  }
  if (note) line.note = note
  b.accounts.ledger.push(line)
}

export function missing(b: Builder, t: Taxpayer, taxType: TaxType, slot: Slot): void {
  pushReturn(b, t, taxType, slot, { filedOn: null, channel: null, lines: [], taxDue: 0 })
}

export function nilReturn(b: Builder, t: Taxpayer, taxType: TaxType, slot: Slot): void {
  const declared = declare(b.ctx.draw, t, taxType, 0, b.j, b.unit)
  const filedOn = isoOf(Math.max(slot.endDay + 1, slot.dueDay - b.ctx.draw.int(0, 10)))
  pushReturn(b, t, taxType, slot, { filedOn, channel: 'e-filing', lines: declared.lines, taxDue: 0 })
}

/** A return of an active taxpayer, filed and paid in full (early, on time or late) or missing. */
export function ordinaryReturn(b: Builder, t: Taxpayer, taxType: TaxType, slot: Slot, habit: Habit): void {
  const { draw } = b.ctx
  let late = -draw.int(0, 7)
  let payLate = 0
  if (habit === 'late') {
    if (draw.chance(0.35)) late = draw.int(1, 75)
    else if (draw.chance(0.2)) payLate = draw.int(1, 45)
  } else if (habit === 'erratic') {
    if (draw.chance(0.25)) return missing(b, t, taxType, slot)
    if (draw.chance(0.4)) late = draw.int(1, 120)
  }
  const today = b.ctx.refDay
  const filedDay = Math.max(slot.dueDay + late, slot.endDay + 1)
  if (filedDay > today) return missing(b, t, taxType, slot)
  const filedOn = isoOf(filedDay)
  const declared = declare(draw, t, taxType, 1, b.j, b.unit)
  const ret = pushReturn(b, t, taxType, slot, {
    filedOn,
    channel: draw.chance(0.8) ? 'e-filing' : 'paper',
    lines: declared.lines,
    taxDue: declared.taxDue,
  })
  if (declared.taxDue <= 0) return
  let n = 1
  post(b, ret, n++, 'self-assessment', slot.dueOn, declared.taxDue)
  let total = declared.taxDue
  if (filedOn > slot.dueOn) {
    const penalty = lateFilingPenalty(declared.taxDue, slot.dueOn, filedOn, b.j)
    if (penalty > 0) post(b, ret, n++, 'penalty', filedOn, penalty, LEDGER_NOTES.lateFiling)
    total += penalty
  }
  const wanted = Math.max(filedDay, slot.dueDay + payLate)
  const paidOn = isoOf(wanted > today ? filedDay : wanted)
  if (paidOn > slot.dueOn) {
    const penalty = latePaymentPenalty(declared.taxDue, slot.dueOn, paidOn, b.j)
    const interest = lateInterest(declared.taxDue, slot.dueOn, paidOn, b.j)
    if (penalty > 0) post(b, ret, n++, 'penalty', paidOn, penalty, LEDGER_NOTES.latePayment)
    if (interest > 0) post(b, ret, n++, 'interest', paidOn, interest, LEDGER_NOTES.lateInterest)
    total += penalty + interest
  }
  post(b, ret, n, 'payment', paidOn, -total, LEDGER_NOTES.bankTransfer)
}

/**
 * A period that still owes `amount`: the return (filed on time, or late with its penalty),
 * part of the tax paid, and, when the declared tax is less than what is owed, a later
 * adjustment (an audit or a math-error correction) that was never paid.
 */
export function owedReturn(b: Builder, t: Taxpayer, o: Owed): void {
  const { draw } = b.ctx
  const { slot, taxType, amount } = o
  const today = b.ctx.refDay
  const declared = declare(draw, t, taxType, 1, b.j, b.unit)
  let filedDay = Math.max(slot.endDay + 1, slot.dueDay - draw.int(0, 5))
  let penalty = 0
  if (draw.chance(0.25)) {
    const lateDay = Math.min(today - 1, slot.dueDay + draw.int(1, 40))
    penalty = lateFilingPenalty(declared.taxDue, slot.dueOn, isoOf(lateDay), b.j)
    if (penalty > 0 && penalty < amount) filedDay = lateDay
    else penalty = 0
  }
  const filedOn = isoOf(filedDay)
  const ret = pushReturn(b, t, taxType, slot, {
    filedOn,
    channel: draw.chance(0.7) ? 'e-filing' : 'paper',
    lines: declared.lines,
    taxDue: declared.taxDue,
  })
  let n = 1
  if (declared.taxDue > 0) post(b, ret, n++, 'self-assessment', slot.dueOn, declared.taxDue)
  if (penalty > 0) post(b, ret, n++, 'penalty', filedOn, penalty, LEDGER_NOTES.lateFiling)
  const principal = amount - penalty
  if (declared.taxDue >= principal) {
    const paid = declared.taxDue - principal
    if (paid > 0)
      post(b, ret, n, 'payment', isoOf(Math.min(filedDay, slot.dueDay)), -paid, LEDGER_NOTES.partPayment)
    return
  }
  const adjustedDay = Math.min(today - 1, Math.max(filedDay + 1, slot.dueDay + draw.int(60, 300)))
  post(
    b,
    ret,
    n,
    'adjustment',
    isoOf(adjustedDay),
    principal - declared.taxDue,
    LEDGER_NOTES.additionalAssessment,
  )
}

/** The employer's year-end PAYE certificate of a wage earner, for the last full year. */
export function employerRecord(b: Builder, t: Taxpayer): void {
  const { draw } = b.ctx
  const year = Number(b.ctx.referenceDate.slice(0, 4)) - 1
  if (!b.employers.length || t.registeredOn > `${year}-12-31`) return
  const employer = b.employers[draw.int(0, b.employers.length - 1)] as Taxpayer
  const gross = Math.round((t.turnover * draw.float(0.95, 1.05)) / b.unit) * b.unit
  const withheld = Math.round((gross * draw.float(0.06, 0.12)) / b.unit) * b.unit
  b.accounts.thirdParty.push({
    id: `TPE-${t.tin}-${year}`,
    source: 'employer',
    tin: t.tin,
    period: String(year),
    amount: gross,
    counterparty: employer.name,
    detail: msg('world.thirdParty.payeCertificate', {
      employer: employer.name,
      tin: employer.tin,
      gross: money(gross),
      withheld: money(withheld),
    }),
  })
}
