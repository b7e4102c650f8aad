/**
 * Grades a final payments decision against the generated truth. The teaching position of
 * docs/domain.md §Payments and the taxpayer account: allocate by legal name and bank account or a
 * clear reference, never by amount alone; offset credits against other debts before refunding;
 * waive penalties only for a documented reasonable cause and never waive interest; charge from the
 * original due date.
 */
import { lateInterest } from '../../rules/interest'
import { offsetCredits } from '../../rules/ledger'
import { day, money, msg, type Msg, type Text } from '../../primitives/message'
import { latePaymentPenalty } from '../../rules/penalties'
import { taxTypeText } from '../../vocabulary'
import type { CaseRecord, CaseTruth, Command, ProcessEnv, Verdict } from '../contract'
import {
  quotedTin,
  type ChargesData,
  type PaymentsCaseData,
  type RefundData,
  type SuspenseData,
  type WaiverData,
} from './case-data'
import { DECISION, PAYMENTS_COMMANDS } from './commands'
import { commandName } from '../command-name'
import { isValidTin } from '../../world/ids'
import { withId, withTin } from '../../world/lookup'

const notClosing = (command: Command): Msg =>
  msg('payments.verdict.notClosing', { command: commandName(PAYMENTS_COMMANDS, command.type) })

const v = (grade: Verdict['grade'], why: Text): Verdict => ({ grade, why })

export function gradePayments(truth: CaseTruth, command: Command, env: ProcessEnv): Verdict {
  const record = withId(env.world.cases.payments ?? [], truth.caseId) as
    CaseRecord<PaymentsCaseData> | undefined
  if (!record) return v('wrong', msg('payments.verdict.noRecord'))
  const expected = truth.best.at(-1) as Command
  const d = record.data
  switch (d.type) {
    case 'suspense':
      return gradeSuspense(command, expected, d, env)
    case 'refund':
      return gradeRefund(truth, command, record, d, env)
    case 'waiver':
      return gradeWaiver(truth, command, d)
    case 'charges':
      return gradeCharges(command, d, env)
  }
}

/** The reference quotes a TIN that no one can hold: its check digit is wrong. */
function checkDigitFails(d: SuspenseData): boolean {
  const quoted = quotedTin(d.bank.reference)
  return quoted !== undefined && !isValidTin(quoted)
}

function gradeSuspense(command: Command, expected: Command, d: SuspenseData, env: ProcessEnv): Verdict {
  const identified = expected.type === DECISION.allocate
  switch (command.type) {
    case DECISION.allocate: {
      if (!identified) {
        const lure = d.candidates[0]?.tin
        return v(
          'harmful',
          command.tin === lure
            ? msg('payments.verdict.suspense.amountAlone', { amount: money(d.bank.amount) })
            : msg('payments.verdict.suspense.noMatch'),
        )
      }
      if (command.tin !== expected.tin && checkDigitFails(d))
        return v(
          'harmful',
          msg('payments.verdict.suspense.checkDigit', {
            quoted: quotedTin(d.bank.reference)!,
            tin: String(command.tin),
            payer: env.index.get(String(expected.tin))?.name ?? String(expected.tin),
            payerTin: String(expected.tin),
          }),
        )
      if (command.tin !== expected.tin)
        return v(
          'harmful',
          msg('payments.verdict.suspense.misposted', {
            tin: String(command.tin),
            payer: env.index.get(String(expected.tin))?.name ?? String(expected.tin),
          }),
        )
      if (command.taxType !== expected.taxType || command.period !== expected.period)
        return v(
          'acceptable',
          msg('payments.verdict.suspense.wrongPeriod', {
            taxType: taxTypeText(String(expected.taxType)),
            period: String(expected.period),
          }),
        )
      return v('correct', msg('payments.verdict.suspense.allocated'))
    }
    case DECISION.returnToPayer:
      return identified
        ? v('wrong', msg('payments.verdict.suspense.returnedIdentified'))
        : v('correct', msg('payments.verdict.suspense.returned'))
    case DECISION.holdInSuspense:
      return identified
        ? v('wrong', msg('payments.verdict.suspense.heldIdentified'))
        : v('acceptable', msg('payments.verdict.suspense.held'))
    default:
      return v('wrong', notClosing(command))
  }
}

function gradeRefund(
  truth: CaseTruth,
  command: Command,
  record: CaseRecord,
  d: RefundData,
  env: ProcessEnv,
): Verdict {
  // Only the taxpayer's own lines count: read them by TIN rather than scanning the whole ledger per case.
  const { refundable } = offsetCredits(withTin(env.world.ledger, record.tin), record.tin, { on: env.today })
  const withDebts = truth.kind === 'credit-with-debts'
  switch (command.type) {
    case DECISION.offsetCredit:
      return v(
        'correct',
        withDebts
          ? msg('payments.verdict.refund.offsetWithDebts')
          : msg('payments.verdict.refund.offsetNoDebts', { amount: money(refundable) }),
      )
    case DECISION.refundCredit: {
      const amount = Number(command.amount)
      if (amount > refundable)
        return v(
          'harmful',
          msg('payments.verdict.refund.tooMuch', { amount: money(amount), refundable: money(refundable) }),
        )
      if (withDebts) return v('acceptable', msg('payments.verdict.refund.notOffset'))
      return amount === d.amountClaimed
        ? v('correct', msg('payments.verdict.refund.whole'))
        : v('wrong', msg('payments.verdict.refund.partial', { amount: money(d.amountClaimed) }))
    }
    case DECISION.refuseRefund:
      return withDebts
        ? v('wrong', msg('payments.verdict.refund.refusedWithDebts'))
        : v('wrong', msg('payments.verdict.refund.refused'))
    default:
      return v('wrong', notClosing(command))
  }
}

function gradeWaiver(truth: CaseTruth, command: Command, d: WaiverData): Verdict {
  const justified = truth.kind === 'reasonable-cause-waiver'
  switch (command.type) {
    case DECISION.waivePenalty: {
      if (!justified)
        return v(
          'harmful',
          msg('payments.verdict.waiver.unjustified', { amount: money(Number(command.amount)) }),
        )
      const amount = Number(command.amount)
      if (amount === d.penalty) return v('correct', msg('payments.verdict.waiver.waived'))
      return amount > d.penalty
        ? v('acceptable', msg('payments.verdict.waiver.interestWaived', { penalty: money(d.penalty) }))
        : v('acceptable', msg('payments.verdict.waiver.partial', { penalty: money(d.penalty) }))
    }
    case DECISION.refuseWaiver:
      return justified
        ? v('wrong', msg('payments.verdict.waiver.refusedJustified'))
        : v('correct', msg('payments.verdict.waiver.refused'))
    default:
      return v('wrong', notClosing(command))
  }
}

function gradeCharges(command: Command, d: ChargesData, env: ProcessEnv): Verdict {
  if (command.type !== DECISION.postCharges) return v('wrong', notClosing(command))
  const j = env.jurisdiction
  const penalty = latePaymentPenalty(d.assessed, d.dueOn, d.paidOn, j)
  const interest = lateInterest(d.assessed, d.dueOn, d.paidOn, j)
  const fromNotice = lateInterest(d.assessed, d.noticeOn, d.paidOn, j)
  const gotPenalty = Number(command.penalty)
  const gotInterest = Number(command.interest)
  const why = msg('payments.verdict.charges.figures', {
    dueOn: day(d.dueOn),
    paidOn: day(d.paidOn),
    penalty: money(penalty),
    interest: money(interest),
  })
  if (gotPenalty === penalty && gotInterest === interest) return v('correct', why)
  if (gotInterest === fromNotice && fromNotice !== interest)
    return v('wrong', msg('payments.verdict.charges.fromNotice', { noticeOn: day(d.noticeOn), why }))
  const unit = 10 ** j.currency.minorUnits
  if (Math.abs(gotPenalty - penalty) <= unit && Math.abs(gotInterest - interest) <= unit)
    return v('acceptable', msg('payments.verdict.charges.withinUnit', { why }))
  return v(
    'wrong',
    msg('payments.verdict.charges.off', {
      direction: gotPenalty + gotInterest < penalty + interest ? 'under' : 'over',
      why,
    }),
  )
}
