/**
 * Requests and computations on a taxpayer's account: a refund of a credit (a VAT or PAYE
 * payment made twice), a penalty waiver after a late return, and the late-payment charges on
 * an additional assessment paid late. Each writes the history the officer will read.
 */
import { lateInterest } from '../../rules/interest'
import { balanceOf, offsetCredits, periodBalances } from '../../rules/ledger'
import { formatMoney } from '../../rules/money'
import { lateFilingPenalty, latePaymentPenalty } from '../../rules/penalties'
import { addDays, daysBetween } from '../../primitives/calendar'
import type { TaxType } from '../../vocabulary'
import type { Slot } from '../../world/account-figures'
import type { Taxpayer } from '../../world/types'
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

const money = (s: Story, minor: number) => formatMoney(minor, s.j.currency)

export const refundEligible = (withDebts: boolean) => (t: Taxpayer) =>
  t.status === 'active' && (withDebts ? t.arrears > 0 : t.arrears === 0) && mainTax(t, true) !== undefined

/** A monthly tax paid twice: the taxpayer asks for the second payment back. */
export function refundCase(s: Story, kind: PaymentsKind, t: Taxpayer): Built {
  const { draw } = s.ctx
  const taxType = mainTax(t, true)!
  const slots = slotsDueBy(taxType, addDays(s.today, -25), 6, s.j).reverse()
  const slot =
    slots.find((x) => balanceOf(s.accounts.ledger, { tin: t.tin, taxType, period: x.period }) === 0) ??
    slots[0]!
  clearTax(s, t.tin, taxType, slot.period)
  const withDebts = kind === 'credit-with-debts'
  const unit = 10 ** s.j.currency.minorUnits
  const where = `${taxType} ${slot.period}`
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
    twice ? 'Bank transfer' : 'Same transfer: amount above the tax due',
  )
  syncArrears(s, t)
  const receivedOn = addDays(secondOn, draw.int(10, 20))
  const data: RefundData = {
    type: 'refund',
    taxType,
    period: slot.period,
    amountClaimed: credit,
    reason: twice
      ? `We paid the ${where} tax of ${money(s, credit)} twice: on ${ret.filedOn} and again on ${secondOn}. Please refund the second payment to our account.`
      : `On ${ret.filedOn} we paid ${money(s, ret.taxDue + credit)} for ${where}, but the tax due was ${money(s, ret.taxDue)}: a keying error in our bank transfer. Please refund the ${money(s, credit)} we overpaid.`,
    bankAccount: { ...t.bankAccount },
  }
  const { refundable } = offsetCredits(s.accounts.ledger, t.tin, { on: s.today })
  const common = {
    tin: t.tin,
    title: `Refund request: ${t.name}`,
    receivedOn,
    amount: credit,
    data,
    evidence: ['ledger'],
  }
  const view = { type: STEP.viewLedger }
  if (withDebts) {
    const debts = periodBalances(s.accounts.ledger, t.tin).filter((p) => p.balance > 0)
    const owed = debts.reduce((sum, p) => sum + p.balance, 0)
    const list = debts.map((p) => `${p.taxType} ${p.period} (${money(s, p.balance)})`).join(', ')
    return {
      ...common,
      expected: `Offset the credit against the open debts, then refund ${money(s, refundable)}`,
      explanation: `The ${money(s, credit)} credit is real, but ${t.name} owes ${money(s, owed)} on ${list}. A credit first pays the taxpayer's other debts; only ${money(s, refundable)} is left to refund.`,
      flags: [
        `The account shows ${money(s, owed)} owed on ${list}`,
        `The credit is ${money(s, credit)}: at most ${money(s, refundable)} can be refunded`,
      ],
      atStake: credit - refundable,
      best: [view, { type: DECISION.offsetCredit }],
    }
  }
  return {
    ...common,
    expected: `Refund the ${money(s, credit)} credit`,
    explanation: `${where} was paid twice and ${t.name} owes nothing else: the whole ${money(s, credit)} is refundable.`,
    flags: [],
    atStake: credit,
    best: [view, { type: DECISION.refundCredit, amount: credit }],
  }
}

export const waiverEligible = (t: Taxpayer) =>
  t.status === 'active' && t.arrears === 0 && (mainTax(t, true) ?? mainTax(t, false)) !== undefined

const CAUSELESS = [
  'Our accountant was on leave and the return was overlooked.',
  'Business has been slow and we did not have the cash to pay on the due date.',
  'We were not aware of the new deadline.',
  'Our internet connection was down on the due date.',
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
    if (penalty > 0) post(s, ret, 'penalty', filedOn, penalty, ret.id, 'Late filing')
    post(
      s,
      ret,
      'payment',
      filedOn,
      -(ret.taxDue + penalty),
      `BNK-${s.caseId}-${prior.period}`,
      'Bank transfer',
    )
  }
}

interface Cause {
  filedOn: string
  cause: string
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
      title: 'Discharge summary',
      issuer: `${t.address.city} General Hospital`,
      date: discharged,
      text: `${t.name} was admitted on ${admitted} and discharged on ${discharged} after surgery. Signed: Dr ${fake.firstName('F')} ${fake.lastName('F')}.`,
    },
  ]
  return { filedOn, cause: `I was in hospital from ${admitted} to ${discharged}`, documents }
}

/** A fire or a flood just before the due date, with the authority's report. */
function disasterCause(s: Story, t: Taxpayer, dueOn: string): Cause {
  const { draw } = s.ctx
  const city = t.address.city
  const event = addDays(dueOn, -draw.int(1, 7))
  const filedOn = addDays(dueOn, draw.int(10, 30))
  const fire = draw.chance(0.5)
  const cause = fire
    ? `a fire destroyed our office and records on ${event}`
    : `our premises were flooded on ${event}`
  const documents = [
    {
      title: fire ? 'Fire incident report' : 'Flood damage certificate',
      issuer: fire ? `${city} Fire Service` : 'State Emergency Management Agency',
      date: addDays(event, 1),
      text: fire
        ? `Fire at the premises of ${t.name}, ${t.address.line}, ${city}, on ${event}. The office, its computers and its paper records were destroyed.`
        : `The premises of ${t.name}, ${t.address.line}, ${city}, were flooded on ${event} and closed for three weeks.`,
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
      title: 'Medical certificate',
      issuer: `${t.address.city} Medical Centre`,
      date: addDays(admitted, 3),
      text: `${t.kind === 'individual' ? t.name : 'The managing director'} was treated as an outpatient from ${admitted} to ${addDays(admitted, 3)}.`,
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
  post(s, ret, 'payment', filedOn, -ret.taxDue, `BNK-${s.caseId}-${slot.period}`, 'Bank transfer')
  post(s, ret, 'penalty', filedOn, penalty, ret.id, 'Late filing and late payment')
  if (interest > 0) post(s, ret, 'interest', filedOn, interest, ret.id, 'Late-payment interest')
  syncArrears(s, t)
  return { penalty, interest }
}

/** What the grader expects of a waiver request, and why. */
function waiverTruth(
  s: Story,
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
      expected: `Waive the ${money(s, penalty)} penalty; the interest stays`,
      explanation: `The documents show ${cause}, covering the due date ${slot.dueOn}, and the filing history is clean: a reasonable cause. Waive the penalty; interest is compensation for the ${daysBetween(slot.dueOn, filedOn)} days the tax was late and is not waived.`,
      flags: [],
      clearing: [
        `${documents[0]!.title} from ${documents[0]!.issuer} covers the due date ${slot.dueOn}`,
        'Every earlier return was filed on time',
      ],
      atStake: penalty,
      best: [...steps, { type: DECISION.waivePenalty, amount: penalty }],
    }
  return {
    expected: 'Refuse the waiver',
    explanation: documents.length
      ? `The only document is dated after the return was filed (${filedOn}): it does not explain missing the due date ${slot.dueOn}. The history shows earlier late returns. No reasonable cause: the penalty stands.`
      : `"${cause}" is not a reasonable cause, nothing documents it, and the history shows earlier late returns. The penalty stands.`,
    flags: documents.length
      ? [
          `The medical certificate is dated after the return was filed on ${filedOn}`,
          'Earlier returns were late too',
        ]
      : ['No documents support the request', `"${cause}" is not a reasonable cause`],
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
  const where = `${taxType} ${slot.period}`
  const data: WaiverData = {
    type: 'waiver',
    taxType,
    period: slot.period,
    dueOn: slot.dueOn,
    penalty: charged.penalty,
    interest: charged.interest,
    letter: genuine
      ? `We ask you to waive the penalties and interest charged on ${where}: ${c.cause}. The return was filed and the tax paid on ${c.filedOn}, as soon as we were able to.`
      : `We ask you to waive the penalties and interest charged on ${where}. ${c.cause} The return was filed and the tax paid on ${c.filedOn}.`,
    documents: c.documents,
  }
  return {
    tin: t.tin,
    title: `Waiver request: ${t.name}`,
    receivedOn: addDays(c.filedOn, s.ctx.draw.int(5, 15)),
    amount: charged.penalty + charged.interest,
    data,
    evidence: ['documents', 'filing-history'],
    ...waiverTruth(s, genuine, c, slot, charged),
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
  post(s, ret, 'adjustment', noticeOn, assessed, noticeRef, 'Additional assessment')
  post(s, ret, 'payment', paidOn, -assessed, paymentRef, 'Bank transfer')
  syncArrears(s, t)
  const penalty = latePaymentPenalty(assessed, slot.dueOn, paidOn, s.j)
  const interest = lateInterest(assessed, slot.dueOn, paidOn, s.j)
  const where = `${taxType} ${slot.period}`
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
    title: `Late-payment charges: ${t.name}`,
    receivedOn: addDays(paidOn, draw.int(1, 3)),
    amount: assessed,
    data,
    expected: `Post a penalty of ${money(s, penalty)} and interest of ${money(s, interest)}`,
    explanation: `The ${money(s, assessed)} of ${where} assessed on ${noticeOn} was due with the return on ${slot.dueOn}: penalty and interest run from that original due date to the payment on ${paidOn} (${daysBetween(slot.dueOn, paidOn)} days), not from the notice.`,
    flags: [`The original due date of ${where} is ${slot.dueOn}, long before the notice of ${noticeOn}`],
    evidence: ['charges-notice', 'computation'],
    atStake: penalty + interest,
    best: [
      { type: STEP.viewLedger },
      { type: STEP.computeCharges },
      { type: DECISION.postCharges, penalty, interest },
    ],
  }
}
