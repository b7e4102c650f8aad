/**
 * Grades a final payments decision against the generated truth. The teaching position of
 * docs/domain.md §Payments and the taxpayer account: allocate by legal name and bank account or a
 * clear reference, never by amount alone; offset credits against other debts before refunding;
 * waive penalties only for a documented reasonable cause and never waive interest; charge from the
 * original due date.
 */
import { lateInterest } from '../../rules/interest'
import { offsetCredits } from '../../rules/ledger'
import { formatMoney } from '../../rules/money'
import { latePaymentPenalty } from '../../rules/penalties'
import type { CaseRecord, CaseTruth, Command, ProcessEnv, Verdict } from '../contract'
import type { ChargesData, PaymentsCaseData, RefundData, SuspenseData, WaiverData } from './case-data'
import { DECISION } from './commands'

const v = (grade: Verdict['grade'], why: string): Verdict => ({ grade, why })

export function gradePayments(truth: CaseTruth, command: Command, env: ProcessEnv): Verdict {
  const record = env.world.cases.payments?.find((c) => c.id === truth.caseId) as
    CaseRecord<PaymentsCaseData> | undefined
  if (!record) return v('wrong', 'No case record for this decision.')
  const m = (minor: number) => formatMoney(minor, env.jurisdiction.currency)
  const expected = truth.best.at(-1) as Command
  const d = record.data
  switch (d.type) {
    case 'suspense':
      return gradeSuspense(truth, command, expected, d, m)
    case 'refund':
      return gradeRefund(truth, command, record, d, env, m)
    case 'waiver':
      return gradeWaiver(truth, command, d, m)
    case 'charges':
      return gradeCharges(command, d, env, m)
  }
}

type Money = (minor: number) => string

function gradeSuspense(
  truth: CaseTruth,
  command: Command,
  expected: Command,
  d: SuspenseData,
  m: Money,
): Verdict {
  const identified = expected.type === DECISION.allocate
  switch (command.type) {
    case DECISION.allocate: {
      if (!identified) {
        const lure = d.candidates[0]?.tin
        return v(
          'harmful',
          command.tin === lure
            ? `Allocated on the amount alone: ${m(d.bank.amount)} from a stranger now clears another taxpayer's debt, and the real payer's money is lost to them.`
            : `Allocated to a taxpayer the payer does not match.`,
        )
      }
      if (command.tin !== expected.tin)
        return v(
          'harmful',
          `Misposted to TIN ${String(command.tin)}: that account now shows a payment it never made, and ${truth.expected.replace('Allocate to ', '')} still owes.`,
        )
      if (command.taxType !== expected.taxType || command.period !== expected.period)
        return v(
          'acceptable',
          `Right taxpayer, but the payment belongs to ${String(expected.taxType)} ${String(expected.period)}: in another period the debt it was meant for stays open and attracts interest.`,
        )
      return v(
        'correct',
        "Allocated to the taxpayer the payer's name and account, or a clear reference, identify, in the right period.",
      )
    }
    case DECISION.returnToPayer:
      return identified
        ? v(
            'wrong',
            `The payer was identified: returning the money leaves a paid tax unpaid on the account, with penalties and interest to follow.`,
          )
        : v(
            'correct',
            'Returned: nobody matches the payer by legal name or bank account, and an amount alone identifies no one.',
          )
    case DECISION.holdInSuspense:
      return identified
        ? v('wrong', `Nothing needed the bank's help:`)
        : v(
            'acceptable',
            `Asking the bank is defensible, but nothing in the record can identify the payer; return the money rather than keep it.`,
          )
    default:
      return v('wrong', `${command.type} does not close a suspense item.`)
  }
}

function gradeRefund(
  truth: CaseTruth,
  command: Command,
  record: CaseRecord,
  d: RefundData,
  env: ProcessEnv,
  m: Money,
): Verdict {
  const { refundable } = offsetCredits(env.world.ledger, record.tin, { on: env.today })
  const withDebts = truth.kind === 'credit-with-debts'
  switch (command.type) {
    case DECISION.offsetCredit:
      return v(
        'correct',
        withDebts
          ? 'Offset first, then refunded only what was left: the debts are paid from the credit.'
          : `No other debts: the offset leaves the whole ${m(refundable)} to refund.`,
      )
    case DECISION.refundCredit: {
      const amount = Number(command.amount)
      if (amount > refundable)
        return v(
          'harmful',
          `Paid out ${m(amount)} while the taxpayer owes tax elsewhere: only ${m(refundable)} was refundable after offsetting.`,
        )
      if (withDebts)
        return v(
          'acceptable',
          `The amount is within what is refundable, but the credit was not offset: the debts stay open on the account.`,
        )
      return amount === d.amountClaimed
        ? v('correct', 'Refunded the whole overpayment to a taxpayer who owes nothing else.')
        : v(
            'wrong',
            `The taxpayer overpaid ${m(d.amountClaimed)} and owes nothing else: a partial refund keeps money that is theirs.`,
          )
    }
    case DECISION.refuseRefund:
      return withDebts
        ? v(
            'wrong',
            `Refusing leaves the credit idle while the debts accrue interest: offset it and refund the rest.`,
          )
        : v('wrong', `The overpayment is real and nothing is owed: the taxpayer is entitled to the refund.`)
    default:
      return v('wrong', `${command.type} does not close a refund request.`)
  }
}

function gradeWaiver(truth: CaseTruth, command: Command, d: WaiverData, m: Money): Verdict {
  const justified = truth.kind === 'reasonable-cause-waiver'
  switch (command.type) {
    case DECISION.waivePenalty: {
      if (!justified)
        return v(
          'harmful',
          `Waived ${m(Number(command.amount))} without a documented reasonable cause: revenue given away, and every taxpayer who paid the penalty was treated worse.`,
        )
      const amount = Number(command.amount)
      if (amount === d.penalty)
        return v(
          'correct',
          'Waived the penalty for a documented cause covering the due date, and kept the interest.',
        )
      return amount > d.penalty
        ? v(
            'acceptable',
            `The cause justifies waiving the ${m(d.penalty)} penalty, but interest is compensation for late money, not a punishment: it is not waived.`,
          )
        : v(
            'acceptable',
            `The documented cause covers the due date: the whole ${m(d.penalty)} penalty should be waived, not part of it.`,
          )
    }
    case DECISION.refuseWaiver:
      return justified
        ? v(
            'wrong',
            `The documents show a reasonable cause covering the due date and the history is clean: refusing penalises misfortune.`,
          )
        : v('correct', 'Refused: no documented reasonable cause explains the missed due date.')
    default:
      return v('wrong', `${command.type} does not close a waiver request.`)
  }
}

function gradeCharges(command: Command, d: ChargesData, env: ProcessEnv, m: Money): Verdict {
  if (command.type !== DECISION.postCharges) return v('wrong', `${command.type} does not close this case.`)
  const j = env.jurisdiction
  const penalty = latePaymentPenalty(d.assessed, d.dueOn, d.paidOn, j)
  const interest = lateInterest(d.assessed, d.dueOn, d.paidOn, j)
  const fromNotice = lateInterest(d.assessed, d.noticeOn, d.paidOn, j)
  const gotPenalty = Number(command.penalty)
  const gotInterest = Number(command.interest)
  const why = `From the original due date ${d.dueOn} to the payment on ${d.paidOn}: penalty ${m(penalty)}, interest ${m(interest)}.`
  if (gotPenalty === penalty && gotInterest === interest) return v('correct', why)
  if (gotInterest === fromNotice && fromNotice !== interest)
    return v(
      'wrong',
      `Interest was counted from the notice date (${d.noticeOn}); it runs from the original due date. ${why}`,
    )
  const unit = 10 ** j.currency.minorUnits
  if (Math.abs(gotPenalty - penalty) <= unit && Math.abs(gotInterest - interest) <= unit)
    return v('acceptable', `Within a unit of the right figures, which the rules round once. ${why}`)
  return v(
    'wrong',
    `${gotPenalty + gotInterest < penalty + interest ? 'Under-charged' : 'Over-charged'}: ${why}`,
  )
}
