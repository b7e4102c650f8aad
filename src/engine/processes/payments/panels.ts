/**
 * Evidence panels of the payments desk, display-ready: the bank record, the candidate
 * taxpayers, the current account with its running balance, the filing history, the request
 * letters and their documents, and the computation of late-payment charges. Panels show what
 * the records say; they never say what the right decision is.
 */
import { monthsLate } from '../../rules/penalties'
import { lateInterest, interestSteps } from '../../rules/interest'
import { periodBalances } from '../../rules/ledger'
import { formatMoney } from '../../rules/money'
import { latePaymentPenalty } from '../../rules/penalties'
import type { Jurisdiction, PenaltyRule } from '../../scenario/schema'
import { addDays, daysBetween } from '../../primitives/calendar'
import type { Taxpayer } from '../../world/types'
import type { CaseRecord, Panel, ProcessEnv } from '../contract'
import type { ChargesData, RefundData, SuspenseData, WaiverData } from './case-data'

const fold = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()

/** A penalty rule in words, e.g. "0.5 % per month or part-month, at most 25 %". */
export function describeRule(rule: PenaltyRule, j: Jurisdiction): string {
  const m = (major: number) => formatMoney(Math.round(major * 10 ** j.currency.minorUnits), j.currency)
  switch (rule.type) {
    case 'percent-per-month':
      return `${rule.percent} % of the tax per month or part-month${rule.graceMonths ? ` after ${rule.graceMonths} months of grace` : ''}, at most ${rule.maxPercent} %`
    case 'fixed-plus-percent':
      return rule.combine === 'greater'
        ? `the greater of ${m(rule.fixed)} or ${rule.percent} % of the tax`
        : `${m(rule.fixed)} plus ${rule.percent} % of the tax`
    case 'flat':
      return `a flat ${m(rule.amount)}`
  }
}

export function bankRecordPanel(d: SuspenseData, env: ProcessEnv): Panel {
  const j = env.jurisdiction
  const b = d.bank
  return {
    id: 'bank-record',
    title: 'Bank record',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Bank reference', value: b.bankRef, mono: true },
          { label: 'Value date', value: b.valueDate },
          { label: 'Amount', value: formatMoney(b.amount, j.currency) },
          { label: 'Payer name', value: b.payerName },
          { label: 'Payer account', value: `${b.payerAccount.bank} ${b.payerAccount.number}`, mono: true },
          { label: 'Reference typed by the payer', value: b.reference || '(none)', mono: true },
          { label: 'Channel', value: b.channel },
          {
            label: 'In suspense',
            value: `${Math.max(0, daysBetween(b.valueDate, env.today))} days (limit ${j.payments.suspenseReturnDays} days, until ${addDays(b.valueDate, j.payments.suspenseReturnDays)})`,
          },
        ],
      },
    ],
  }
}

export function candidatesPanel(d: SuspenseData, env: ProcessEnv): Panel {
  const j = env.jurisdiction
  const b = d.bank
  const quoted = /\b\d{10}\b/.exec(b.reference)?.[0]
  const holder = quoted ? env.index.get(quoted) : undefined
  const note = !quoted
    ? 'The reference quotes no TIN.'
    : holder
      ? `TIN ${quoted} quoted in the reference belongs to ${holder.name}.`
      : `TIN ${quoted} quoted in the reference is not in the register.`
  const rows = d.candidates.flatMap((c) => {
    const t = env.index.get(c.tin)
    if (!t) return []
    const owed = periodBalances(env.world.ledger, t.tin).filter((p) => p.balance > 0)
    const same = owed.find((p) => p.balance === b.amount)
    return [
      [
        t.tin,
        t.name,
        `${t.bankAccount.bank} ${t.bankAccount.number}`,
        c.foundBy.join('; '),
        yesNo(fold(t.name) === fold(b.payerName)),
        yesNo(t.bankAccount.number === b.payerAccount.number),
        same ? `yes (${same.taxType} ${same.period})` : 'no',
        formatMoney(
          owed.reduce((sum, p) => sum + p.balance, 0),
          j.currency,
        ),
      ],
    ]
  })
  return {
    id: 'candidates',
    title: 'Candidate taxpayers',
    sections: [
      { kind: 'text', text: note },
      {
        kind: 'table',
        columns: [
          'TIN',
          'Legal name',
          'Registered account',
          'Found by',
          'Name = payer',
          'Account = payer',
          'Open debt = amount',
          'Owed',
        ],
        numeric: [false, false, false, false, false, false, false, true],
        rows,
        empty: 'The search found no taxpayer.',
      },
    ],
  }
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no')

export function ledgerPanel(record: CaseRecord, env: ProcessEnv): Panel {
  const j = env.jurisdiction
  const money = (minor: number) => formatMoney(minor, j.currency)
  const entries = env.world.ledger
    .filter((e) => e.tin === record.tin)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  let running = 0
  const rows = entries.map((e) => {
    running += e.amount
    return [
      e.date,
      `${e.taxType} ${e.period}`,
      e.note ? `${e.kind} (${e.note})` : e.kind,
      e.amount > 0 ? money(e.amount) : '',
      e.amount < 0 ? money(-e.amount) : '',
      money(running),
      e.ref,
    ]
  })
  const balances = periodBalances(env.world.ledger, record.tin)
    .filter((p) => p.balance !== 0)
    .map((p) => [
      `${p.taxType} ${p.period}`,
      money(p.balance),
      p.balance > 0 ? 'owed' : 'credit',
      p.oldestDue ?? '',
    ])
  return {
    id: 'ledger',
    title: 'Taxpayer account',
    sections: [
      {
        kind: 'table',
        title: 'Current account',
        columns: ['Date', 'Tax and period', 'Entry', 'Debit', 'Credit', 'Balance', 'Source'],
        numeric: [false, false, false, true, true, true, false],
        rows,
        empty: 'No entries on the account.',
      },
      {
        kind: 'table',
        title: 'Open balances by tax and period',
        columns: ['Tax and period', 'Balance', 'Owed or credit', 'Oldest unpaid due date'],
        numeric: [false, true, false, false],
        rows: balances,
        empty: 'Every period is settled.',
      },
    ],
  }
}

export function filingHistoryPanel(record: CaseRecord, env: ProcessEnv): Panel {
  const rows = env.world.returns
    .filter((r) => r.tin === record.tin)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
    .map((r) => {
      const late = r.filedOn ? daysBetween(r.dueOn, r.filedOn) : null
      return [
        `${r.taxType} ${r.period}`,
        r.dueOn,
        r.filedOn ?? 'not filed',
        r.filedOn === null ? 'missing' : late! > 0 ? `late (${late} days)` : 'on time',
        formatMoney(r.taxDue, env.jurisdiction.currency),
      ]
    })
  return {
    id: 'filing-history',
    title: 'Filing history',
    sections: [
      {
        kind: 'table',
        columns: ['Tax and period', 'Due', 'Filed', 'Status', 'Tax declared'],
        numeric: [false, false, false, false, true],
        rows,
        empty: 'No returns on record.',
      },
    ],
  }
}

export function refundRequestPanel(
  record: CaseRecord,
  d: RefundData,
  t: Taxpayer | undefined,
  env: ProcessEnv,
): Panel {
  const j = env.jurisdiction
  return {
    id: 'refund-request',
    title: 'Refund request',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Taxpayer', value: t ? `${t.name} (TIN ${t.tin})` : record.tin },
          { label: 'Received', value: record.receivedOn },
          { label: 'Credit on', value: `${d.taxType} ${d.period}` },
          { label: 'Amount claimed', value: formatMoney(d.amountClaimed, j.currency) },
          {
            label: 'Pay to',
            value: `${d.bankAccount.bank} ${d.bankAccount.number} (${d.bankAccount.holder})`,
            mono: true,
          },
        ],
      },
      { kind: 'text', title: 'Letter', text: d.reason },
    ],
  }
}

export function waiverRequestPanel(
  record: CaseRecord,
  d: WaiverData,
  t: Taxpayer | undefined,
  env: ProcessEnv,
): Panel {
  const money = (minor: number) => formatMoney(minor, env.jurisdiction.currency)
  return {
    id: 'waiver-request',
    title: 'Waiver request',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Taxpayer', value: t ? `${t.name} (TIN ${t.tin})` : record.tin },
          { label: 'Received', value: record.receivedOn },
          { label: 'Tax and period', value: `${d.taxType} ${d.period}` },
          { label: 'Due date', value: d.dueOn },
          { label: 'Penalties charged', value: money(d.penalty) },
          { label: 'Interest charged', value: money(d.interest) },
          {
            label: 'Attachments',
            value: d.documents.length ? d.documents.map((x) => x.title).join(', ') : 'none',
          },
        ],
      },
      { kind: 'text', title: 'Letter', text: d.letter },
    ],
  }
}

export function documentsPanel(d: WaiverData): Panel {
  return {
    id: 'documents',
    title: 'Supporting documents',
    sections: d.documents.length
      ? d.documents.flatMap((x) => [
          {
            kind: 'facts' as const,
            title: x.title,
            rows: [
              { label: 'Issued by', value: x.issuer },
              { label: 'Dated', value: x.date },
            ],
          },
          { kind: 'text' as const, text: x.text },
        ])
      : [{ kind: 'text', text: 'No documents were attached to the request.', tone: 'warning' }],
  }
}

export function chargesNoticePanel(
  record: CaseRecord,
  d: ChargesData,
  t: Taxpayer | undefined,
  env: ProcessEnv,
): Panel {
  return {
    id: 'charges-notice',
    title: 'Additional assessment paid',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Taxpayer', value: t ? `${t.name} (TIN ${t.tin})` : record.tin },
          { label: 'Tax and period', value: `${d.taxType} ${d.period}` },
          { label: 'Notice of additional assessment', value: `${d.noticeRef} of ${d.noticeOn}`, mono: true },
          { label: 'Amount assessed', value: formatMoney(d.assessed, env.jurisdiction.currency) },
          { label: 'Paid on', value: `${d.paidOn} (${d.paymentRef})` },
        ],
      },
      {
        kind: 'text',
        text: 'Post the late-payment penalty and interest on the additional assessment, under the jurisdiction profile.',
      },
    ],
  }
}

export function computationPanel(d: ChargesData, env: ProcessEnv): Panel {
  const j = env.jurisdiction
  const money = (minor: number) => formatMoney(minor, j.currency)
  const { steps, percent } = interestSteps(d.dueOn, d.paidOn, j)
  const unit = j.interest.basis === 'daily' ? 'days' : 'months or part-months'
  const months = monthsLate(d.dueOn, d.paidOn)
  return {
    id: 'computation',
    title: 'Late-payment charges',
    sections: [
      {
        kind: 'facts',
        title: 'From the original due date to the payment',
        rows: [
          { label: 'Original due date', value: d.dueOn },
          { label: 'Paid on', value: d.paidOn },
          { label: `Late (${unit})`, value: String(steps) },
          {
            label: 'Interest rule',
            value: `${j.interest.percentPerMonth} % per month, ${j.interest.basis}${j.interest.basis === 'daily' ? ` (${percent.toFixed(6)} % a day)` : ''}, ${j.payments.interestCompounding}`,
          },
          { label: 'Interest', value: money(lateInterest(d.assessed, d.dueOn, d.paidOn, j)) },
          { label: 'Penalty rule', value: describeRule(j.penalties.latePayment, j) },
          { label: 'Months or part-months late', value: String(months) },
          { label: 'Penalty', value: money(latePaymentPenalty(d.assessed, d.dueOn, d.paidOn, j)) },
        ],
      },
      {
        kind: 'text',
        text: `Interest and the late-payment penalty on an additional assessment run from the original due date of the period (${d.dueOn}), not from the date of the notice (${d.noticeOn}).`,
      },
    ],
  }
}
