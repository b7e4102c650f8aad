/**
 * What a payments decision posts to the current account (docs/domain.md §One ledger): an
 * allocated suspense payment on the period chosen, a credit refunded or offset, a waiver's
 * abatement, confirmed late-payment charges. Returning or holding a payment posts nothing.
 */
import { offsetCredits } from '../../rules/ledger'
import { msg } from '../../primitives/message'
import type { TaxType } from '../../vocabulary'
import type { IsoDate, LedgerEntry } from '../../world/types'
import type { Command } from '../contract'
import type { PaymentsCaseData } from './case-data'
import { DECISION } from './commands'
import type { PaymentsContext } from './payments.machine'

type Account = NonNullable<PaymentsContext['account']>
type Over = Omit<LedgerEntry, 'id' | 'tin' | 'date' | 'ref'> & { tin?: string; date?: IsoDate }

interface Posting {
  c: PaymentsContext
  a: Account
  d: PaymentsCaseData
  command: Command
  on: IsoDate
  entry: (id: string, over: Over) => LedgerEntry
}

const amount = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0)

function allocation({ d, command, entry }: Posting): LedgerEntry[] {
  if (d.type !== 'suspense') return []
  return [
    entry('ALLOC', {
      tin: String(command.tin).trim(),
      taxType: String(command.taxType).trim() as TaxType,
      period: String(command.period).trim(),
      date: d.bank.valueDate,
      kind: 'payment',
      amount: -d.bank.amount,
      note: msg('payments.world.note.allocated', { ref: d.bank.bankRef }),
    }),
  ]
}

function refund({ d, command, entry }: Posting): LedgerEntry[] {
  if (d.type !== 'refund' || !amount(command.amount)) return []
  return [
    entry('PAID', {
      taxType: d.taxType,
      period: d.period,
      kind: 'refund-paid',
      amount: amount(command.amount),
      note: msg('payments.world.note.refunded'),
    }),
  ]
}

function offset({ c, a, d, on, entry }: Posting): LedgerEntry[] {
  if (d.type !== 'refund') return []
  const { offsets, refundable } = offsetCredits(a.ledger, a.tin, {
    on,
    order: c.jurisdiction.payments.allocationOrder,
    idPrefix: `${a.caseId}-OFF`,
    ref: a.caseId,
  })
  const rest = Math.min(refundable, d.amountClaimed)
  if (rest <= 0) return [...offsets]
  const paid = entry('PAID', {
    taxType: d.taxType,
    period: d.period,
    kind: 'refund-paid',
    amount: rest,
    note: msg('payments.world.note.refundedAfterOffset'),
  })
  return [...offsets, paid]
}

function waiver({ d, command, entry }: Posting): LedgerEntry[] {
  if (d.type !== 'waiver' || !amount(command.amount)) return []
  return [
    entry('WAIVE', {
      taxType: d.taxType,
      period: d.period,
      kind: 'abatement',
      amount: -amount(command.amount),
      note: msg('payments.world.note.waived'),
    }),
  ]
}

function charges({ d, command, entry }: Posting): LedgerEntry[] {
  if (d.type !== 'charges') return []
  const lines: LedgerEntry[] = []
  const base = { taxType: d.taxType, period: d.period }
  if (amount(command.penalty))
    lines.push(
      entry('PEN', {
        ...base,
        kind: 'penalty',
        amount: amount(command.penalty),
        note: msg('payments.world.note.latePayment'),
      }),
    )
  if (amount(command.interest))
    lines.push(
      entry('INT', {
        ...base,
        kind: 'interest',
        amount: amount(command.interest),
        note: msg('payments.world.note.lateInterestPosted'),
      }),
    )
  return lines
}

const POST: Partial<Record<string, (p: Posting) => LedgerEntry[]>> = {
  [DECISION.allocate]: allocation,
  [DECISION.refundCredit]: refund,
  [DECISION.offsetCredit]: offset,
  [DECISION.waivePenalty]: waiver,
  [DECISION.postCharges]: charges,
}

export function paymentsPostings(c: PaymentsContext): LedgerEntry[] {
  const a = c.account
  const decided = c.decided
  if (!a || !decided) return []
  const { command, on } = decided
  const entry = (id: string, over: Over): LedgerEntry => ({
    id: `${a.caseId}-${id}`,
    tin: a.tin,
    date: on,
    ref: a.caseId,
    ...over,
  })
  return POST[command.type]?.({ c, a, d: a.data, command, on, entry }) ?? []
}
