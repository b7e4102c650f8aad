/**
 * Evidence panels of a collection case, display-ready. They show what the files say (dates,
 * amounts, statuses) and never the ground truth; judging them is the trainee's work.
 */
import { ageing } from '../../rules/ledger'
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import { daysBetween } from '../../session/calendar'
import type { IsoDate, World } from '../../world/types'
import type { CaseRecord, Panel, PanelSection } from '../contract'
import type { CollectionCaseData } from './case-data'
import type { CaseFacts } from './facts'
import { demandDates, installmentOf, monthlySurplus } from './rules'

const moneyOf = (j: Jurisdiction) => (minor: number) => formatMoney(minor, j.currency)

/** The case file: who owes what, how old it is, how collectable, and where the case stands. */
export function casePanel(record: CaseRecord, facts: CaseFacts, j: Jurisdiction): Panel {
  const data = record.data as CollectionCaseData
  const money = moneyOf(j)
  const stage = data.demand
    ? `Final demand served on ${data.demand.servedOn}`
    : data.reminders.length
      ? `Reminder sent on ${facts.reminderSentOn}; no final demand yet`
      : 'No contact yet'
  return {
    id: 'case',
    title: 'Collection case',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Taxpayer', value: data.name },
          { label: 'TIN', value: record.tin, mono: true },
          { label: 'Type', value: data.taxpayerKind === 'business' ? 'Business' : 'Individual' },
          { label: 'Arrears', value: money(facts.debt) },
          { label: 'Oldest amount overdue since', value: `${facts.oldestDue} (${facts.daysOverdue} days)` },
          {
            label: 'Collectability score',
            value: `${facts.collectabilityScore} / 100 (${facts.collectability})`,
          },
          { label: 'Priority', value: record.priority },
          { label: 'Stage', value: stage },
          {
            label: 'Request on file',
            value: data.request ? `Instalment agreement requested on ${data.request.receivedOn}` : 'None',
          },
        ],
      },
    ],
  }
}

/** The taxpayer account: ageing of the arrears, the ledger lines and the returns. */
export function accountPanel(record: CaseRecord, world: World, j: Jurisdiction, today: IsoDate): Panel {
  const money = moneyOf(j)
  const entries = world.ledger
    .filter((e) => e.tin === record.tin)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  const age = ageing(entries, record.tin, today)
  const credit = entries.reduce((s, e) => s + e.amount, 0)
  const returns = world.returns
    .filter((r) => r.tin === record.tin)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.taxType.localeCompare(b.taxType))
  const sections: PanelSection[] = [
    {
      kind: 'table',
      title: 'Arrears by age',
      columns: ['Not yet due', '1–90 days', '91–365 days', 'Over 365 days'],
      numeric: [true, true, true, true],
      rows: [[money(age.current), money(age.d0_90), money(age.d91_365), money(age.over365)]],
    },
    {
      kind: 'table',
      title: 'Ledger',
      columns: ['Date', 'Tax', 'Period', 'Entry', 'Debit', 'Credit', 'Reference'],
      numeric: [false, false, false, false, true, true, false],
      rows: entries.map((e) => [
        e.date,
        e.taxType,
        e.period,
        e.note ? `${e.kind} (${e.note})` : e.kind,
        e.amount > 0 ? money(e.amount) : '',
        e.amount < 0 ? money(-e.amount) : '',
        e.ref,
      ]),
      empty: 'No ledger entries.',
    },
    {
      kind: 'table',
      title: 'Returns',
      columns: ['Tax', 'Period', 'Due', 'Filed', 'Status', 'Tax declared'],
      numeric: [false, false, false, false, false, true],
      rows: returns.map((r) => [
        r.taxType,
        r.period,
        r.dueOn,
        r.filedOn ?? 'not filed',
        r.filedOn === null
          ? r.dueOn < today
            ? 'missing'
            : 'not yet due'
          : r.filedOn > r.dueOn
            ? 'late'
            : 'on time',
        r.filedOn === null ? '' : money(r.taxDue),
      ]),
      empty: 'No returns on file.',
    },
  ]
  if (credit < 0 || entries.length === 0)
    sections.push({ kind: 'text', text: `Net position of the whole account: ${money(credit)}.` })
  return { id: 'account', title: 'Taxpayer account', sections }
}

/** Reminders and demand notices served, with the demand period worked out from the profile. */
export function noticesPanel(
  data: CollectionCaseData,
  j: Jurisdiction,
  served: { on: IsoDate; id: string } | null,
): Panel {
  const sections: PanelSection[] = [
    {
      kind: 'table',
      title: 'Reminders',
      columns: ['Sent', 'Channel'],
      rows: data.reminders.map((r) => [r.sentOn, r.channel]),
      empty: 'No reminder has been sent.',
    },
  ]
  const demand = served ?? (data.demand ? { on: data.demand.servedOn, id: data.demand.id } : null)
  if (demand) {
    const d = demandDates(demand.on, j)
    sections.push({
      kind: 'facts',
      title: 'Final demand notice',
      rows: [
        { label: 'Notice', value: demand.id, mono: true },
        { label: 'Served', value: `${demand.on} (${data.demand?.method ?? 'registered mail'})` },
        { label: `Deemed received (+${j.deadlines.deemedReceiptDays} days)`, value: d.deemedReceivedOn },
        { label: `Demand period ends (+${j.deadlines.demandNoticeDays} days)`, value: d.periodEndsOn },
        { label: 'Enforcement lawful from', value: d.enforceableFrom },
      ],
    })
  } else {
    sections.push({ kind: 'text', text: 'No final demand notice has been served.', tone: 'warning' })
  }
  return { id: 'notices', title: 'Notices served', sections }
}

export function objectionsPanel(data: CollectionCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  return {
    id: 'objections',
    title: 'Objection register',
    sections: [
      {
        kind: 'table',
        columns: [
          'Objection',
          'Tax',
          'Period',
          'Assessed',
          'Lodged',
          'Days after',
          'In dispute',
          'Status',
          'Grounds',
        ],
        numeric: [false, false, false, false, false, true, true, false, false],
        rows: data.objections.map((o) => [
          o.id,
          o.taxType,
          o.period,
          o.assessedOn,
          o.lodgedOn,
          String(daysBetween(o.assessedOn, o.lodgedOn)),
          money(o.amount),
          o.status,
          o.grounds,
        ]),
        empty: 'No objection has been lodged by this taxpayer.',
      },
      {
        kind: 'text',
        text: `An objection must be lodged within ${j.deadlines.objectionDays} days of the assessment notice's deemed receipt (${j.deadlines.deemedReceiptDays} days after it was sent). ${
          j.collection.holdDisputedAmounts
            ? 'A valid, pending objection suspends collection of the amount in dispute only.'
            : 'An objection does not suspend collection in this jurisdiction.'
        }`,
      },
    ],
  }
}

export function agreementsPanel(data: CollectionCaseData, facts: CaseFacts, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  const sections: PanelSection[] = [
    {
      kind: 'table',
      title: 'Instalment agreements',
      columns: ['Agreement', 'Granted', 'Months', 'Instalment', 'Paid', 'Missed', 'Status', 'Security'],
      numeric: [false, false, true, true, true, true, false, false],
      rows: data.agreements.map((a) => [
        a.id,
        a.grantedOn,
        String(a.months),
        money(a.installment),
        String(a.paid),
        String(a.missed),
        a.status,
        a.security ?? 'none',
      ]),
      empty: 'No instalment agreement before.',
    },
  ]
  if (data.request) {
    sections.push({
      kind: 'facts',
      title: 'Request waiting for a decision',
      rows: [
        { label: 'Received', value: data.request.receivedOn },
        { label: 'Monthly instalments asked for', value: String(data.request.months) },
        { label: 'Instalment that implies', value: money(installmentOf(facts.debt, data.request.months)) },
        { label: 'Taxpayer\u2019s reason', value: data.request.reason },
        { label: 'Longest term the law allows', value: `${j.collection.maxInstallmentMonths} months` },
      ],
    })
  } else {
    sections.push({ kind: 'text', text: 'No request for time to pay is waiting.' })
  }
  return { id: 'agreements', title: 'Agreements and requests', sections }
}

export function cashFlowPanel(data: CollectionCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  const cf = data.cashFlow
  if (!cf)
    return {
      id: 'cash-flow',
      title: 'Cash-flow statement',
      sections: [{ kind: 'text', text: 'No cash-flow statement on file.' }],
    }
  const row = (kind: string) => (m: { month: string; receipts: number; payments: number }) => [
    m.month,
    kind,
    money(m.receipts),
    money(m.payments),
    money(m.receipts - m.payments),
  ]
  return {
    id: 'cash-flow',
    title: 'Cash-flow statement (submitted with the request)',
    sections: [
      {
        kind: 'table',
        columns: ['Month', '', 'Receipts', 'Payments', 'Net'],
        numeric: [false, false, true, true, true],
        rows: [...cf.actual.map(row('actual')), ...cf.projected.map(row('projected'))],
      },
      {
        kind: 'facts',
        rows: [{ label: 'Average projected monthly surplus', value: money(monthlySurplus(cf.projected)) }],
      },
      { kind: 'text', title: 'Taxpayer\u2019s explanation', text: cf.note },
    ],
  }
}

export function bankPanel(data: CollectionCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  return {
    id: 'bank',
    title: 'Bank inquiry: replies',
    sections: [
      {
        kind: 'table',
        title: 'Accounts held',
        columns: ['Bank', 'Account', 'Balance today'],
        numeric: [false, false, true],
        rows: data.bank.accounts.map((a) => [a.bank, a.number, money(a.balance)]),
        empty: 'No bank reported an account in this taxpayer\u2019s name.',
      },
      {
        kind: 'table',
        title: 'Transactions, last 60 days',
        columns: ['Date', 'Description', 'Counterparty', 'In', 'Out'],
        numeric: [false, false, false, true, true],
        rows: data.bank.transactions.map((t) => [
          t.date,
          t.description,
          t.counterparty,
          t.amount > 0 ? money(t.amount) : '',
          t.amount < 0 ? money(-t.amount) : '',
        ]),
        empty: 'No transactions.',
      },
    ],
  }
}

export function employerPanel(data: CollectionCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  const sections: PanelSection[] = []
  if (data.employer) {
    sections.push({
      kind: 'facts',
      title: 'Employer (PAYE returns)',
      rows: [
        { label: 'Employer', value: data.employer.name },
        { label: 'Employer TIN', value: data.employer.tin, mono: true },
        { label: 'Gross monthly wage', value: money(data.employer.monthlyWage) },
        {
          label: 'An employer order reaches',
          value: `${j.collection.wageGarnishmentPercent} % of each wage, counted over ${j.collection.garnishmentMonths} months`,
        },
      ],
    })
  } else {
    sections.push({ kind: 'text', text: 'No employer reports wages paid to this taxpayer.' })
  }
  sections.push({
    kind: 'table',
    title: 'Trade debtors (unpaid e-invoices issued by the taxpayer)',
    columns: ['Customer', 'TIN', 'Invoice date', 'Owed'],
    numeric: [false, false, false, true],
    rows: data.debtors.map((d) => [d.customer, d.tin, d.invoiceDate, money(d.amount)]),
    empty: 'No unpaid invoices to customers on record.',
  })
  return { id: 'employer', title: 'Employer and trade debtors', sections }
}

export function registryPanel(data: CollectionCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  const rows = [{ label: 'Registry status', value: data.registry.status }]
  if (data.registry.liquidator) rows.push({ label: 'Liquidator', value: data.registry.liquidator })
  return {
    id: 'registry',
    title: 'Registries and assets',
    sections: [
      { kind: 'facts', rows },
      { kind: 'text', text: data.registry.note },
      {
        kind: 'table',
        title: 'Registered assets (vehicles, land, equipment)',
        columns: ['Asset', 'Forced-sale value'],
        numeric: [false, true],
        rows: data.assets.map((a) => [a.description, money(a.value)]),
        empty: 'No registered assets.',
      },
    ],
  }
}
