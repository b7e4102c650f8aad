/**
 * Evidence panels of the payments desk, display-ready: the bank record, the candidate
 * taxpayers, the current account with its running balance, the filing history, the request
 * letters and their documents, and the computation of late-payment charges. Panels show what
 * the records say; they never say what the right decision is.
 */
import { monthsLate } from '../../rules/penalties'
import { lateInterest, interestSteps } from '../../rules/interest'
import { periodBalances } from '../../rules/ledger'
import { latePaymentPenalty } from '../../rules/penalties'
import type { Jurisdiction, PenaltyRule } from '../../scenario/schema'
import { addDays, daysBetween } from '../../primitives/calendar'
import { day, list, money, msg, type Msg, type Text } from '../../primitives/message'
import { isValidTin } from '../../world/ids'
import { taxAndPeriod, type TaxType } from '../../vocabulary'
import type { LedgerEntry, LedgerKind, TaxReturn, Taxpayer } from '../../world/types'
import type { CaseRecord, Panel, ProcessEnv } from '../contract'
import { dateFact, facts, moneyFact, table } from '../panel'
import {
  quotedTin,
  type Candidate,
  type ChargesData,
  type RefundData,
  type SuspenseData,
  type WaiverData,
} from './case-data'
import { withTin } from '../../world/lookup'

const fold = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()

/** The search's reasons, as the generator records them, in words. */
const FOUND_BY: Readonly<Record<string, Msg>> = {
  'TIN quoted in the reference': msg('payments.foundBy.quotedTin'),
  'open debt of the same amount': msg('payments.foundBy.sameAmount'),
  'name partly similar': msg('payments.foundBy.similarName'),
  'payer name': msg('payments.foundBy.payerName'),
  'bank account': msg('payments.foundBy.bankAccount'),
}

const CHANNEL: Readonly<Record<SuspenseData['bank']['channel'], Msg>> = {
  'bank transfer': msg('payments.channel.transfer'),
  cheque: msg('payments.channel.cheque'),
  'mobile money': msg('payments.channel.mobile'),
}

const LEDGER_KIND: Readonly<Record<LedgerKind, Msg>> = {
  'self-assessment': msg('payments.ledger.kind.selfAssessment'),
  adjustment: msg('payments.ledger.kind.adjustment'),
  'default-assessment': msg('payments.ledger.kind.defaultAssessment'),
  penalty: msg('payments.ledger.kind.penalty'),
  interest: msg('payments.ledger.kind.interest'),
  payment: msg('payments.ledger.kind.payment'),
  'payment-reversal': msg('payments.ledger.kind.paymentReversal'),
  'offset-out': msg('payments.ledger.kind.offsetOut'),
  'offset-in': msg('payments.ledger.kind.offsetIn'),
  'refund-paid': msg('payments.ledger.kind.refundPaid'),
  'write-off': msg('payments.ledger.kind.writeOff'),
  abatement: msg('payments.ledger.kind.abatement'),
  agreement: msg('payments.ledger.kind.agreement'),
  instalment: msg('payments.ledger.kind.instalment'),
}

const yesNo = (b: boolean): Msg => msg(b ? 'payments.panel.yes' : 'payments.panel.no')
const taxPeriod = (taxType: TaxType, period: string): Msg =>
  msg('payments.panel.taxPeriod', taxAndPeriod(taxType, period))
const majorMoney = (major: number, j: Jurisdiction) => money(Math.round(major * 10 ** j.currency.minorUnits))

/** A penalty rule in words, e.g. "0.5 % per month or part-month, at most 25 %". */
export function describeRule(rule: PenaltyRule, j: Jurisdiction): Msg {
  switch (rule.type) {
    case 'percent-per-month':
      return msg('payments.rule.percentPerMonth', {
        percent: rule.percent,
        grace: rule.graceMonths ?? 0,
        max: rule.maxPercent,
      })
    case 'fixed-plus-percent':
      return msg(rule.combine === 'greater' ? 'payments.rule.greaterOf' : 'payments.rule.fixedPlus', {
        fixed: majorMoney(rule.fixed, j),
        percent: rule.percent,
      })
    case 'flat':
      return msg('payments.rule.flat', { amount: majorMoney(rule.amount, j) })
  }
}

/** A taxpayer as a request names them. */
const taxpayerFact = (record: CaseRecord, t: Taxpayer | undefined) => ({
  label: msg('payments.panel.taxpayer'),
  value: t ? msg('payments.panel.nameAndTin', { name: t.name, tin: t.tin }) : record.tin,
})

export function bankRecordPanel(d: SuspenseData, env: ProcessEnv): Panel {
  const limit = env.jurisdiction.payments.suspenseReturnDays
  const b = d.bank
  return {
    id: 'bank-record',
    title: msg('payments.panel.bank.title'),
    sections: [
      facts([
        { label: msg('payments.panel.bank.ref'), value: b.bankRef, mono: true },
        dateFact(msg('payments.panel.bank.valueDate'), b.valueDate),
        moneyFact(msg('payments.panel.amount'), b.amount),
        { label: msg('payments.panel.bank.payerName'), value: b.payerName },
        {
          label: msg('payments.panel.bank.payerAccount'),
          value: `${b.payerAccount.bank} ${b.payerAccount.number}`,
          mono: true,
        },
        {
          label: msg('payments.panel.bank.reference'),
          // The payer's own words (they may name a tax by its code): data, shown as a quotation.
          value: b.reference
            ? msg('payments.panel.bank.referenceQuoted', { reference: b.reference })
            : msg('payments.panel.bank.noReference'),
          mono: true,
        },
        { label: msg('payments.panel.bank.channel'), value: CHANNEL[b.channel] },
        {
          label: msg('payments.panel.bank.inSuspense'),
          value: msg('payments.panel.bank.inSuspenseValue', {
            days: Math.max(0, daysBetween(b.valueDate, env.today)),
            limit,
            until: day(addDays(b.valueDate, limit)),
          }),
        },
      ]),
    ],
  }
}

interface CandidateRow {
  t: Taxpayer
  foundBy: Text
  sameName: boolean
  sameAccount: boolean
  same: { taxType: TaxType; period: string } | undefined
  owed: number
}

function candidateRows(d: SuspenseData, env: ProcessEnv): CandidateRow[] {
  const b = d.bank
  return d.candidates.flatMap((c: Candidate) => {
    const t = env.index.get(c.tin)
    if (!t) return []
    const owed = periodBalances(withTin(env.world.ledger, t.tin), t.tin).filter((p) => p.balance > 0)
    return [
      {
        t,
        foundBy: msg('payments.panel.candidates.foundByList', {
          reasons: list(c.foundBy.map((reason) => FOUND_BY[reason] ?? reason)),
        }),
        sameName: fold(t.name) === fold(b.payerName),
        sameAccount: t.bankAccount.number === b.payerAccount.number,
        same: owed.find((p) => p.balance === b.amount),
        owed: owed.reduce((sum, p) => sum + p.balance, 0),
      },
    ]
  })
}

export function candidatesPanel(d: SuspenseData, env: ProcessEnv): Panel {
  const quoted = quotedTin(d.bank.reference)
  const holder = quoted ? env.index.get(quoted) : undefined
  const note = !quoted
    ? msg('payments.panel.candidates.noTin')
    : holder
      ? msg('payments.panel.candidates.tinHolder', { tin: quoted, name: holder.name })
      : isValidTin(quoted)
        ? msg('payments.panel.candidates.tinUnknown', { tin: quoted })
        : msg('payments.panel.candidates.tinInvalid', { tin: quoted })
  return {
    id: 'candidates',
    title: msg('payments.panel.candidates.title'),
    sections: [
      { kind: 'text', text: note },
      table<CandidateRow>(
        [
          { label: msg('payments.panel.tin'), tin: (r) => r.t.tin },
          { label: msg('payments.panel.candidates.name'), text: (r) => r.t.name },
          {
            label: msg('payments.panel.candidates.account'),
            text: (r) => `${r.t.bankAccount.bank} ${r.t.bankAccount.number}`,
          },
          { label: msg('payments.panel.candidates.foundBy'), text: (r) => r.foundBy },
          { label: msg('payments.panel.candidates.sameName'), text: (r) => yesNo(r.sameName) },
          { label: msg('payments.panel.candidates.sameAccount'), text: (r) => yesNo(r.sameAccount) },
          {
            label: msg('payments.panel.candidates.sameAmount'),
            text: (r) =>
              r.same
                ? msg('payments.panel.candidates.yesOn', taxAndPeriod(r.same.taxType, r.same.period))
                : yesNo(false),
          },
          { label: msg('payments.panel.candidates.owed'), money: (r) => r.owed },
        ],
        candidateRows(d, env),
        { empty: msg('payments.panel.candidates.empty') },
      ),
    ],
  }
}

/**
 * The notes a world writes on ledger lines, as labels ("Bank transfer", shown so in a Note
 * column), and the same note inside a line's kind: lower-case, and without the words the kind
 * already says ("penalty (late filing)", "платёж (банковский перевод)", not "intérêts de retard
 * (Intérêts de retard)" or "redressement (Redressement (imposition supplémentaire))").
 */
const NOTE_IN_ENTRY: Readonly<Record<string, string>> = Object.fromEntries([
  ...['lateFiling', 'latePayment', 'lateInterest', 'bankTransfer', 'partPayment', 'additionalAssessment'].map(
    (k) => [`world.ledger.${k}`, `world.ledgerInEntry.${k}`],
  ),
  ...[
    'bankTransfer',
    'overpaid',
    'lateFiling',
    'lateFilingAndPayment',
    'lateInterest',
    'additionalAssessment',
  ].map((k) => [`payments.world.note.${k}`, `payments.world.noteInEntry.${k}`]),
  ['audit.ledger.earlierAudit', 'audit.ledgerInEntry.earlierAudit'],
])

const noteInEntry = (note: Text): Text =>
  typeof note !== 'string' && note.text === undefined && NOTE_IN_ENTRY[note.id]
    ? msg(NOTE_IN_ENTRY[note.id]!, note.args)
    : note

/** A ledger line's kind and note, in words. */
export const entryText = (e: LedgerEntry): Text =>
  e.note
    ? msg('payments.ledger.entryWithNote', { kind: LEDGER_KIND[e.kind], note: noteInEntry(e.note) })
    : LEDGER_KIND[e.kind]

export function ledgerPanel(record: CaseRecord, env: ProcessEnv): Panel {
  const entries = [...withTin(env.world.ledger, record.tin)].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  )
  let running = 0
  const rows = entries.map((e) => ({ e, balance: (running += e.amount) }))
  const balances = periodBalances(withTin(env.world.ledger, record.tin), record.tin).filter(
    (p) => p.balance !== 0,
  )
  return {
    id: 'ledger',
    title: msg('payments.panel.ledger.title'),
    sections: [
      table<(typeof rows)[number]>(
        [
          { label: msg('payments.panel.date'), date: (r) => r.e.date },
          { label: msg('payments.panel.taxAndPeriod'), text: (r) => taxPeriod(r.e.taxType, r.e.period) },
          { label: msg('payments.panel.ledger.entry'), text: (r) => entryText(r.e) },
          {
            label: msg('payments.panel.ledger.debit'),
            money: (r) => (r.e.amount > 0 ? r.e.amount : undefined),
          },
          {
            label: msg('payments.panel.ledger.credit'),
            money: (r) => (r.e.amount < 0 ? -r.e.amount : undefined),
          },
          { label: msg('payments.panel.ledger.balance'), money: (r) => r.balance },
          { label: msg('payments.panel.ledger.source'), text: (r) => r.e.ref },
        ],
        rows,
        { title: msg('payments.panel.ledger.current'), empty: msg('payments.panel.ledger.empty') },
      ),
      table<(typeof balances)[number]>(
        [
          { label: msg('payments.panel.taxAndPeriod'), text: (p) => taxPeriod(p.taxType, p.period) },
          { label: msg('payments.panel.ledger.balance'), money: (p) => p.balance },
          {
            label: msg('payments.panel.ledger.owedOrCredit'),
            text: (p) => msg(p.balance > 0 ? 'payments.panel.ledger.owed' : 'payments.panel.ledger.credit'),
          },
          { label: msg('payments.panel.ledger.oldestDue'), date: (p) => p.oldestDue ?? undefined },
        ],
        balances,
        { title: msg('payments.panel.ledger.balances'), empty: msg('payments.panel.ledger.settled') },
      ),
    ],
  }
}

function filingStatus(r: TaxReturn): Msg {
  if (r.filedOn === null) return msg('payments.panel.history.missing')
  const late = daysBetween(r.dueOn, r.filedOn)
  return late > 0 ? msg('payments.panel.history.late', { days: late }) : msg('payments.panel.history.onTime')
}

export function filingHistoryPanel(record: CaseRecord, env: ProcessEnv): Panel {
  const returns = [...withTin(env.world.returns, record.tin)].sort((a, b) =>
    a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0,
  )
  return {
    id: 'filing-history',
    title: msg('payments.panel.history.title'),
    sections: [
      table<TaxReturn>(
        [
          { label: msg('payments.panel.taxAndPeriod'), text: (r) => taxPeriod(r.taxType, r.period) },
          { label: msg('payments.panel.history.due'), date: (r) => r.dueOn },
          {
            label: msg('payments.panel.history.filed'),
            text: (r) =>
              r.filedOn
                ? msg('payments.panel.history.filedOn', { on: day(r.filedOn) })
                : msg('payments.panel.history.notFiled'),
          },
          { label: msg('payments.panel.history.status'), text: filingStatus },
          { label: msg('payments.panel.history.declared'), money: (r) => r.taxDue },
        ],
        returns,
        { empty: msg('payments.panel.history.empty') },
      ),
    ],
  }
}

export function refundRequestPanel(record: CaseRecord, d: RefundData, t: Taxpayer | undefined): Panel {
  return {
    id: 'refund-request',
    title: msg('payments.panel.refund.title'),
    sections: [
      facts([
        taxpayerFact(record, t),
        dateFact(msg('payments.panel.received'), record.receivedOn),
        { label: msg('payments.panel.refund.creditOn'), value: taxPeriod(d.taxType, d.period) },
        moneyFact(msg('payments.panel.refund.claimed'), d.amountClaimed),
        {
          label: msg('payments.panel.refund.payTo'),
          value: `${d.bankAccount.bank} ${d.bankAccount.number} (${d.bankAccount.holder})`,
          mono: true,
        },
      ]),
      { kind: 'text', title: msg('payments.panel.letter'), text: d.reason },
    ],
  }
}

export function waiverRequestPanel(record: CaseRecord, d: WaiverData, t: Taxpayer | undefined): Panel {
  return {
    id: 'waiver-request',
    title: msg('payments.panel.waiver.title'),
    sections: [
      facts([
        taxpayerFact(record, t),
        dateFact(msg('payments.panel.received'), record.receivedOn),
        { label: msg('payments.panel.taxAndPeriod'), value: taxPeriod(d.taxType, d.period) },
        dateFact(msg('payments.panel.waiver.dueDate'), d.dueOn),
        moneyFact(msg('payments.panel.waiver.penalties'), d.penalty),
        moneyFact(msg('payments.panel.waiver.interest'), d.interest),
        {
          label: msg('payments.panel.waiver.attachments'),
          value: d.documents.length
            ? list(d.documents.map((x) => x.title))
            : msg('payments.panel.waiver.noAttachments'),
        },
      ]),
      { kind: 'text', title: msg('payments.panel.letter'), text: d.letter },
    ],
  }
}

export function documentsPanel(d: WaiverData): Panel {
  return {
    id: 'documents',
    title: msg('payments.panel.documents.title'),
    sections: d.documents.length
      ? d.documents.flatMap((x) => [
          facts(
            [
              { label: msg('payments.panel.documents.issuer'), value: x.issuer },
              dateFact(msg('payments.panel.documents.dated'), x.date),
            ],
            x.title,
          ),
          { kind: 'text' as const, text: x.text },
        ])
      : [{ kind: 'text', text: msg('payments.panel.documents.none'), tone: 'warning' }],
  }
}

export function chargesNoticePanel(record: CaseRecord, d: ChargesData, t: Taxpayer | undefined): Panel {
  return {
    id: 'charges-notice',
    title: msg('payments.panel.notice.title'),
    sections: [
      facts([
        taxpayerFact(record, t),
        { label: msg('payments.panel.taxAndPeriod'), value: taxPeriod(d.taxType, d.period) },
        {
          label: msg('payments.panel.notice.notice'),
          value: msg('payments.panel.notice.noticeOf', { ref: d.noticeRef, on: day(d.noticeOn) }),
          mono: true,
        },
        moneyFact(msg('payments.panel.notice.assessed'), d.assessed),
        {
          label: msg('payments.panel.paidOn'),
          value: msg('payments.panel.notice.paidOnRef', { on: day(d.paidOn), ref: d.paymentRef }),
        },
      ]),
      { kind: 'text', text: msg('payments.panel.notice.instruction') },
    ],
  }
}

export function computationPanel(d: ChargesData, env: ProcessEnv): Panel {
  const j = env.jurisdiction
  const { steps, percent } = interestSteps(d.dueOn, d.paidOn, j)
  return {
    id: 'computation',
    title: msg('payments.panel.computation.title'),
    sections: [
      facts(
        [
          dateFact(msg('payments.panel.computation.originalDue'), d.dueOn),
          dateFact(msg('payments.panel.paidOn'), d.paidOn),
          { label: msg('payments.panel.computation.late', { basis: j.interest.basis }), value: steps },
          {
            label: msg('payments.panel.computation.interestRule'),
            value: msg('payments.panel.computation.interestRuleValue', {
              percent: j.interest.percentPerMonth,
              basis: j.interest.basis,
              daily: Math.round(percent * 1e6) / 1e6,
              compounding: j.payments.interestCompounding,
            }),
          },
          moneyFact(
            msg('payments.panel.computation.interest'),
            lateInterest(d.assessed, d.dueOn, d.paidOn, j),
          ),
          {
            label: msg('payments.panel.computation.penaltyRule'),
            value: describeRule(j.penalties.latePayment, j),
          },
          { label: msg('payments.panel.computation.months'), value: monthsLate(d.dueOn, d.paidOn) },
          moneyFact(
            msg('payments.panel.computation.penalty'),
            latePaymentPenalty(d.assessed, d.dueOn, d.paidOn, j),
          ),
        ],
        msg('payments.panel.computation.span'),
      ),
      {
        kind: 'text',
        text: msg('payments.panel.computation.note', { dueOn: day(d.dueOn), noticeOn: day(d.noticeOn) }),
      },
    ],
  }
}

/** Every panel this process shows, by id, named as its title names it (contract.ts `panelNames`). */
export const PANEL_NAMES = {
  'bank-record': msg('payments.panel.bank.title'),
  candidates: msg('payments.panel.candidates.title'),
  ledger: msg('payments.panel.ledger.title'),
  'filing-history': msg('payments.panel.history.title'),
  'refund-request': msg('payments.panel.refund.title'),
  'waiver-request': msg('payments.panel.waiver.title'),
  documents: msg('payments.panel.documents.title'),
  'charges-notice': msg('payments.panel.notice.title'),
  computation: msg('payments.panel.computation.title'),
}
