/**
 * Requests and computations on a taxpayer's account: a refund of a credit (a VAT or PAYE
 * payment made twice), a penalty waiver after a late return, and the late-payment charges on
 * an additional assessment paid late. Each writes the history the officer will read.
 */
import { withTin } from '../../world/lookup'
import { lateInterest } from '../../rules/interest'
import { balanceOf, offsetCredits, periodBalances } from '../../rules/ledger'
import { lateFilingPenalty, latePaymentPenalty } from '../../rules/penalties'
import { addDays, daysBetween } from '../../primitives/calendar'
import { day, list, money, msg, type Msg } from '../../primitives/message'
import { taxAndPeriod, type TaxType } from '../../vocabulary'
import type { Slot } from '../../world/account-figures'
import type { IsoDate, TaxReturn, Taxpayer } from '../../world/types'
import type { ChargesData, RefundData, WaiverData, WaiverDocument } from './case-data'
import { DECISION, STEP } from './commands'
import type { PaymentsKind } from './kinds'
import {
  clearTax,
  fileReturn,
  mainTax,
  onTimePeriod,
  post,
  slotDueBy,
  slotsDueBy,
  syncArrears,
  type Built,
  type Story,
} from './story'

export const refundEligible = (withDebts: boolean) => (t: Taxpayer) =>
  t.status === 'active' && (withDebts ? t.arrears > 0 : t.arrears === 0) && mainTax(t, true) !== undefined

/** A monthly tax paid twice: the taxpayer asks for the second payment back. */
export function refundCase(s: Story, kind: PaymentsKind, t: Taxpayer): Built {
  const { draw } = s.ctx
  const taxType = mainTax(t, true)!
  const slots = slotsDueBy(taxType, addDays(s.today, -25), 6, s.j).reverse()
  const slot =
    slots.find(
      (x) => balanceOf(withTin(s.accounts.ledger, t.tin), { tin: t.tin, taxType, period: x.period }) === 0,
    ) ?? slots[0]!
  clearTax(s, t.tin, taxType, slot.period)
  const withDebts = kind === 'credit-with-debts'
  const unit = 10 ** s.j.currency.minorUnits
  const where = taxAndPeriod(taxType, slot.period)
  const ret = onTimePeriod(s, t, taxType, slot)
  // A duplicate payment, or (always when debts are owed) a keying error that overpaid.
  const twice = !withDebts && draw.chance(0.5)
  const credit = twice
    ? ret.taxDue
    : Math.max(unit, Math.round(((withDebts ? t.arrears : ret.taxDue) * draw.float(0.5, 1.8)) / unit) * unit)
  const secondOn = twice ? addDays(slot.dueOn, draw.int(1, 10)) : ret.filedOn!
  post(
    s,
    ret,
    'payment',
    secondOn,
    -credit,
    `BNK-${s.caseId}-2`,
    msg(twice ? 'payments.world.note.bankTransfer' : 'payments.world.note.overpaid'),
  )
  syncArrears(s, t)
  const receivedOn = addDays(secondOn, draw.int(10, 20))
  const data: RefundData = {
    type: 'refund',
    taxType,
    period: slot.period,
    amountClaimed: credit,
    reason: refundLetter(twice, ret, credit, secondOn),
    bankAccount: { ...t.bankAccount },
  }
  const { refundable } = offsetCredits(withTin(s.accounts.ledger, t.tin), t.tin, { on: s.today })
  const common = {
    tin: t.tin,
    title: msg('payments.world.refund.title', { name: t.name }),
    receivedOn,
    amount: credit,
    data,
    evidence: ['ledger'],
  }
  const view = { type: STEP.viewLedger }
  if (withDebts)
    return {
      ...common,
      ...offsetTruth(s, t, credit, refundable),
      best: [view, { type: DECISION.offsetCredit }],
    }
  return {
    ...common,
    expected: msg('payments.world.refund.expected', { credit: money(credit) }),
    explanation: msg('payments.world.refund.explanation', { ...where, name: t.name, credit: money(credit) }),
    flags: [],
    atStake: credit,
    best: [view, { type: DECISION.refundCredit, amount: credit }],
  }
}

/** The taxpayer's letter: the same tax paid twice, or one transfer above the tax due. */
function refundLetter(twice: boolean, ret: TaxReturn, credit: number, secondOn: IsoDate): Msg {
  const where = taxAndPeriod(ret.taxType, ret.period)
  return twice
    ? msg('payments.world.refund.letterTwice', {
        ...where,
        credit: money(credit),
        first: day(ret.filedOn!),
        second: day(secondOn),
      })
    : msg('payments.world.refund.letterOverpaid', {
        ...where,
        paidOn: day(ret.filedOn!),
        paid: money(ret.taxDue + credit),
        due: money(ret.taxDue),
        credit: money(credit),
      })
}

/** Why a credit with debts elsewhere is offset first: the debts and figures from the ledger. */
function offsetTruth(s: Story, t: Taxpayer, credit: number, refundable: number) {
  const debts = periodBalances(withTin(s.accounts.ledger, t.tin), t.tin).filter((p) => p.balance > 0)
  const owed = debts.reduce((sum, p) => sum + p.balance, 0)
  const on = list(
    debts.map((p) =>
      msg('payments.world.refund.debt', { ...taxAndPeriod(p.taxType, p.period), balance: money(p.balance) }),
    ),
  )
  const figures = { credit: money(credit), owed: money(owed), refundable: money(refundable) }
  return {
    expected: msg('payments.world.creditWithDebts.expected', figures),
    explanation: msg('payments.world.creditWithDebts.explanation', { ...figures, name: t.name, on }),
    flags: [
      msg('payments.world.creditWithDebts.flagOwed', { owed: figures.owed, on }),
      msg('payments.world.creditWithDebts.flagCredit', figures),
    ],
    atStake: credit - refundable,
  }
}

export const waiverEligible = (t: Taxpayer) =>
  t.status === 'active' && t.arrears === 0 && (mainTax(t, true) ?? mainTax(t, false)) !== undefined

const CAUSELESS: readonly Msg[] = [
  msg('payments.world.causeless.accountant'),
  msg('payments.world.causeless.cash'),
  msg('payments.world.causeless.deadline'),
  msg('payments.world.causeless.internet'),
]

/** The periods before the one in question: all on time for a genuine case, some late otherwise. */
function priorHistory(s: Story, t: Taxpayer, taxType: TaxType, slots: readonly Slot[], genuine: boolean) {
  const { draw } = s.ctx
  for (const prior of slots) {
    if (genuine || draw.chance(0.4)) {
      onTimePeriod(s, t, taxType, prior)
      continue
    }
    const filedOn = addDays(prior.dueOn, draw.int(5, 40))
    const ret = fileReturn(s, t, taxType, prior, filedOn)
    const penalty = lateFilingPenalty(ret.taxDue, prior.dueOn, filedOn, s.j)
    post(s, ret, 'self-assessment', prior.dueOn, ret.taxDue, ret.id)
    if (penalty > 0) post(s, ret, 'penalty', filedOn, penalty, ret.id, msg('payments.world.note.lateFiling'))
    post(
      s,
      ret,
      'payment',
      filedOn,
      -(ret.taxDue + penalty),
      `BNK-${s.caseId}-${prior.period}`,
      msg('payments.world.note.bankTransfer'),
    )
  }
}

interface Cause {
  filedOn: string
  cause: Msg
  documents: WaiverDocument[]
}

/** A stay in hospital over the due date, with the discharge summary. */
function hospitalCause(s: Story, t: Taxpayer, dueOn: string): Cause {
  const { draw, fake } = s.ctx
  const admitted = addDays(dueOn, -draw.int(2, 10))
  const discharged = addDays(dueOn, draw.int(5, 20))
  const filedOn = addDays(discharged, draw.int(2, 6))
  const documents = [
    {
      title: msg('payments.world.doc.discharge'),
      issuer: msg('payments.world.doc.hospital', { city: t.address.city }),
      date: discharged,
      text: msg('payments.world.doc.dischargeText', {
        name: t.name,
        admitted: day(admitted),
        discharged: day(discharged),
        doctor: `${fake.firstName('F')} ${fake.lastName('F')}`,
      }),
    },
  ]
  const cause = msg('payments.world.cause.hospital', { admitted: day(admitted), discharged: day(discharged) })
  return { filedOn, cause, documents }
}

/** A fire or a flood just before the due date, with the authority's report. */
function disasterCause(s: Story, t: Taxpayer, dueOn: string): Cause {
  const { draw } = s.ctx
  const city = t.address.city
  const event = addDays(dueOn, -draw.int(1, 7))
  const filedOn = addDays(dueOn, draw.int(10, 30))
  const fire = draw.chance(0.5)
  const on = day(event)
  const cause = msg(fire ? 'payments.world.cause.fire' : 'payments.world.cause.flood', { on })
  const place = { name: t.name, line: t.address.line, city, on }
  const documents = [
    {
      title: msg(fire ? 'payments.world.doc.fireReport' : 'payments.world.doc.floodCertificate'),
      issuer: fire
        ? msg('payments.world.doc.fireService', { city })
        : msg('payments.world.doc.emergencyAgency'),
      date: addDays(event, 1),
      text: msg(fire ? 'payments.world.doc.fireText' : 'payments.world.doc.floodText', place),
    },
  ]
  return { filedOn, cause, documents }
}

/** No reasonable cause, sometimes with a certificate dated after the return was filed. */
function causeless(s: Story, t: Taxpayer, dueOn: string): Cause {
  const { draw } = s.ctx
  const filedOn = addDays(dueOn, draw.int(10, 45))
  const cause = draw.pick(CAUSELESS)
  const documents: WaiverDocument[] = []
  if (draw.chance(0.5)) {
    const admitted = addDays(filedOn, draw.int(10, 20))
    documents.push({
      title: msg('payments.world.doc.medical'),
      issuer: msg('payments.world.doc.medicalCentre', { city: t.address.city }),
      date: addDays(admitted, 3),
      text: msg('payments.world.doc.medicalText', {
        who: t.kind === 'individual' ? t.name : msg('payments.world.doc.managingDirector'),
        from: day(admitted),
        to: day(addDays(admitted, 3)),
      }),
    })
  }
  return { filedOn, cause, documents }
}

/** The period filed and paid late, with the penalty and interest it drew. */
function lateReturn(s: Story, t: Taxpayer, taxType: TaxType, slot: Slot, filedOn: string) {
  const ret = fileReturn(s, t, taxType, slot, filedOn)
  const penalty =
    lateFilingPenalty(ret.taxDue, slot.dueOn, filedOn, s.j) +
    latePaymentPenalty(ret.taxDue, slot.dueOn, filedOn, s.j)
  const interest = lateInterest(ret.taxDue, slot.dueOn, filedOn, s.j)
  post(s, ret, 'self-assessment', slot.dueOn, ret.taxDue, ret.id)
  const bank = msg('payments.world.note.bankTransfer')
  post(s, ret, 'payment', filedOn, -ret.taxDue, `BNK-${s.caseId}-${slot.period}`, bank)
  post(s, ret, 'penalty', filedOn, penalty, ret.id, msg('payments.world.note.lateFilingAndPayment'))
  if (interest > 0)
    post(s, ret, 'interest', filedOn, interest, ret.id, msg('payments.world.note.lateInterest'))
  syncArrears(s, t)
  return { penalty, interest }
}

/** What the grader expects of a waiver request, and why. */
function waiverTruth(
  genuine: boolean,
  c: Cause,
  slot: Slot,
  charged: { penalty: number; interest: number },
): Omit<Built, 'tin' | 'title' | 'receivedOn' | 'amount' | 'data' | 'evidence'> {
  const { filedOn, cause, documents } = c
  const { penalty, interest } = charged
  const steps = [{ type: STEP.examineDocuments }, { type: STEP.viewFilingHistory }]
  if (genuine)
    return {
      expected: msg('payments.world.waiver.expected', { penalty: money(penalty) }),
      explanation: msg('payments.world.waiver.explanation', {
        cause,
        dueOn: day(slot.dueOn),
        days: daysBetween(slot.dueOn, filedOn),
      }),
      flags: [],
      clearing: [
        msg('payments.world.waiver.clearingDocument', {
          title: documents[0]!.title,
          issuer: documents[0]!.issuer,
          dueOn: day(slot.dueOn),
        }),
        msg('payments.world.waiver.clearingHistory'),
      ],
      atStake: penalty,
      best: [...steps, { type: DECISION.waivePenalty, amount: penalty }],
    }
  return {
    expected: msg('payments.world.unjustified.expected'),
    explanation: documents.length
      ? msg('payments.world.unjustified.explanationLateDocument', {
          filedOn: day(filedOn),
          dueOn: day(slot.dueOn),
        })
      : msg('payments.world.unjustified.explanationNoCause', { cause }),
    flags: documents.length
      ? [
          msg('payments.world.unjustified.flagLateDocument', { filedOn: day(filedOn) }),
          msg('payments.world.unjustified.flagLateHistory'),
        ]
      : [
          msg('payments.world.unjustified.flagNoDocuments'),
          msg('payments.world.unjustified.flagNoCause', { cause }),
        ],
    atStake: penalty + interest,
    best: [
      ...steps,
      { type: DECISION.refuseWaiver, reason: 'No documented reasonable cause covers the due date.' },
    ],
  }
}

/** Filed late with penalties and interest charged; the taxpayer asks for them to be waived. */
export function waiverCase(s: Story, kind: PaymentsKind, t: Taxpayer): Built {
  const taxType = (mainTax(t, true) ?? mainTax(t, false))!
  const monthly = mainTax(t, true) === taxType
  const slots = slotsDueBy(taxType, addDays(s.today, -75), monthly ? 6 : 3, s.j)
  const slot = slots.at(-1)!
  const genuine = kind === 'reasonable-cause-waiver'
  clearTax(s, t.tin, taxType)
  priorHistory(s, t, taxType, slots.slice(0, -1), genuine)
  const c = genuine
    ? t.kind === 'individual'
      ? hospitalCause(s, t, slot.dueOn)
      : disasterCause(s, t, slot.dueOn)
    : causeless(s, t, slot.dueOn)
  const charged = lateReturn(s, t, taxType, slot, c.filedOn)
  const where = { ...taxAndPeriod(taxType, slot.period), filedOn: day(c.filedOn), cause: c.cause }
  const data: WaiverData = {
    type: 'waiver',
    taxType,
    period: slot.period,
    dueOn: slot.dueOn,
    penalty: charged.penalty,
    interest: charged.interest,
    letter: msg(genuine ? 'payments.world.waiver.letterCause' : 'payments.world.waiver.letterNoCause', where),
    documents: c.documents,
  }
  return {
    tin: t.tin,
    title: msg('payments.world.waiver.title', { name: t.name }),
    receivedOn: addDays(c.filedOn, s.ctx.draw.int(5, 15)),
    amount: charged.penalty + charged.interest,
    data,
    evidence: ['documents', 'filing-history'],
    ...waiverTruth(genuine, c, slot, charged),
  }
}

export const chargesEligible = (t: Taxpayer) =>
  t.status === 'active' && t.arrears === 0 && mainTax(t, false) !== undefined

/** An additional assessment paid late: penalty and interest run from the original due date. */
export function chargesCase(s: Story, t: Taxpayer): Built {
  const { draw } = s.ctx
  const taxType = mainTax(t, false)!
  const slot = slotDueBy(taxType, addDays(s.today, -200), s.j)
  clearTax(s, t.tin, taxType, slot.period)
  const ret = onTimePeriod(s, t, taxType, slot)
  const unit = 10 ** s.j.currency.minorUnits
  const assessed = Math.max(unit, Math.round((ret.taxDue * draw.float(0.15, 0.5)) / unit) * unit)
  const span = daysBetween(slot.dueOn, s.today)
  const noticeOn = addDays(slot.dueOn, draw.int(120, Math.max(121, span - 45)))
  const paidOn = addDays(noticeOn, draw.int(5, 30))
  const noticeRef = `AA-${slot.period.slice(0, 4)}-${String(draw.int(1000, 9999))}`
  const paymentRef = `BNK-${s.caseId}-AA`
  post(s, ret, 'adjustment', noticeOn, assessed, noticeRef, msg('payments.world.note.additionalAssessment'))
  post(s, ret, 'payment', paidOn, -assessed, paymentRef, msg('payments.world.note.bankTransfer'))
  syncArrears(s, t)
  const penalty = latePaymentPenalty(assessed, slot.dueOn, paidOn, s.j)
  const interest = lateInterest(assessed, slot.dueOn, paidOn, s.j)
  const where = { ...taxAndPeriod(taxType, slot.period), dueOn: day(slot.dueOn), noticeOn: day(noticeOn) }
  const data: ChargesData = {
    type: 'charges',
    taxType,
    period: slot.period,
    dueOn: slot.dueOn,
    noticeRef,
    noticeOn,
    assessed,
    paidOn,
    paymentRef,
  }
  return {
    tin: t.tin,
    title: msg('payments.world.charges.title', { name: t.name }),
    receivedOn: addDays(paidOn, draw.int(1, 3)),
    amount: assessed,
    data,
    expected: msg('payments.world.charges.expected', { penalty: money(penalty), interest: money(interest) }),
    explanation: msg('payments.world.charges.explanation', {
      ...where,
      assessed: money(assessed),
      paidOn: day(paidOn),
      days: daysBetween(slot.dueOn, paidOn),
    }),
    flags: [msg('payments.world.charges.flag', where)],
    evidence: ['charges-notice', 'computation'],
    atStake: penalty + interest,
    best: [
      { type: STEP.viewLedger },
      { type: STEP.computeCharges },
      { type: DECISION.postCharges, penalty, interest },
    ],
  }
}
