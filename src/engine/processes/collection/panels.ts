/**
 * Evidence panels of a collection case, display-ready. They show what the files say (dates,
 * amounts, statuses) and never the ground truth; judging them is the trainee's work.
 */
import { objectionLimit } from '../objections/rules'
import { ageing } from '../../rules/ledger'
import { day, money, msg, type Msg, type Text } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import { taxTypeLabel } from '../../vocabulary'
import type { IsoDate, LedgerEntry, TaxReturn, World } from '../../world/types'
import type { CaseRecord, Panel, PanelSection } from '../contract'
import { dateFact, facts, moneyFact, table, tinFact } from '../panel'
import { entryText } from '../payments/panels'
import type {
  Agreement,
  BankTransaction,
  CashFlowMonth,
  CollectionCaseData,
  DemandNotice,
  Objection,
  Reminder,
} from './case-data'
import type { CaseFacts } from './facts'
import { demandDates, installmentOf, monthlySurplus } from './rules'
import { withTin } from '../../world/lookup'

const CHANNEL: Record<Reminder['channel'], Msg> = {
  SMS: msg('collection.channel.sms'),
  'e-mail': msg('collection.channel.email'),
  letter: msg('collection.channel.letter'),
}

const METHOD: Record<DemandNotice['method'], Msg> = {
  'registered mail': msg('collection.method.registeredMail'),
  'hand delivery': msg('collection.method.handDelivery'),
  'e-mail': msg('collection.method.email'),
}

const OBJECTION_STATUS: Record<Objection['status'], Msg> = {
  pending: msg('collection.objectionStatus.pending'),
  decided: msg('collection.objectionStatus.decided'),
  withdrawn: msg('collection.objectionStatus.withdrawn'),
}

const AGREEMENT_STATUS: Record<Agreement['status'], Msg> = {
  completed: msg('collection.agreementStatus.completed'),
  defaulted: msg('collection.agreementStatus.defaulted'),
  active: msg('collection.agreementStatus.active'),
}

const SECURITY: Readonly<Record<string, Msg>> = {
  'bank-guarantee': msg('collection.security.bankGuarantee'),
  'charge-on-assets': msg('collection.security.chargeOnAssets'),
}

function stageOf(data: CollectionCaseData, facts: CaseFacts): Msg {
  if (data.demand) return msg('collection.panel.case.demandServed', { on: day(data.demand.servedOn) })
  if (data.reminders.length && facts.reminderSentOn)
    return msg('collection.panel.case.reminderSent', { on: day(facts.reminderSentOn) })
  return msg('collection.panel.case.noContact')
}

/** The case file: who owes what, how old it is, how collectable, and where the case stands. */
export function casePanel(record: CaseRecord<CollectionCaseData>, facts_: CaseFacts): Panel {
  const { data } = record
  return {
    id: 'case',
    title: msg('collection.panel.case.title'),
    sections: [
      facts([
        { label: msg('collection.panel.taxpayer'), value: data.name },
        tinFact(msg('collection.panel.tin'), record.tin),
        {
          label: msg('collection.panel.case.type'),
          value: msg('collection.taxpayerKind', { kind: data.taxpayerKind }),
        },
        moneyFact(msg('collection.panel.case.arrears'), facts_.debt),
        {
          label: msg('collection.panel.case.oldest'),
          value: msg('collection.panel.case.oldestValue', {
            on: day(facts_.oldestDue),
            days: facts_.daysOverdue,
          }),
        },
        {
          label: msg('collection.panel.case.score'),
          value: msg('collection.panel.case.scoreValue', {
            score: facts_.collectabilityScore,
            band: facts_.collectability,
          }),
        },
        {
          label: msg('collection.panel.case.priority'),
          value: msg('collection.priority', { priority: record.priority }),
        },
        { label: msg('collection.panel.case.stage'), value: stageOf(data, facts_) },
        {
          label: msg('collection.panel.case.request'),
          value: data.request
            ? msg('collection.panel.case.requestOn', { on: day(data.request.receivedOn) })
            : msg('collection.panel.none'),
        },
      ]),
    ],
  }
}

function returnStatus(r: TaxReturn, today: IsoDate): Msg {
  if (r.filedOn === null)
    return msg(r.dueOn < today ? 'collection.panel.returns.missing' : 'collection.panel.returns.notYetDue')
  return msg(r.filedOn > r.dueOn ? 'collection.panel.returns.late' : 'collection.panel.returns.onTime')
}

const ledgerTable = (entries: readonly LedgerEntry[]) =>
  table<LedgerEntry>(
    [
      { label: msg('collection.panel.date'), date: (e) => e.date },
      { label: msg('collection.panel.tax'), text: (e) => taxTypeLabel(e.taxType) },
      { label: msg('collection.panel.period'), text: (e) => e.period },
      { label: msg('collection.panel.account.entry'), text: entryText },
      { label: msg('collection.panel.account.debit'), money: (e) => (e.amount > 0 ? e.amount : undefined) },
      { label: msg('collection.panel.account.credit'), money: (e) => (e.amount < 0 ? -e.amount : undefined) },
      { label: msg('collection.panel.account.reference'), text: (e) => e.ref },
    ],
    entries,
    { title: msg('collection.panel.account.ledger'), empty: msg('collection.panel.account.noEntries') },
  )

const returnsTable = (returns: readonly TaxReturn[], today: IsoDate) =>
  table<TaxReturn>(
    [
      { label: msg('collection.panel.tax'), text: (r) => taxTypeLabel(r.taxType) },
      { label: msg('collection.panel.period'), text: (r) => r.period },
      { label: msg('collection.panel.returns.due'), date: (r) => r.dueOn },
      {
        label: msg('collection.panel.returns.filed'),
        text: (r) =>
          r.filedOn === null
            ? msg('collection.panel.returns.notFiled')
            : msg('collection.panel.dateOnly', { on: day(r.filedOn) }),
      },
      { label: msg('collection.panel.returns.status'), text: (r) => returnStatus(r, today) },
      {
        label: msg('collection.panel.returns.declared'),
        money: (r) => (r.filedOn === null ? undefined : r.taxDue),
      },
    ],
    returns,
    { title: msg('collection.panel.returns.title'), empty: msg('collection.panel.returns.empty') },
  )

/** The taxpayer account: ageing of the arrears, the ledger lines and the returns. */
export function accountPanel(record: CaseRecord, world: World, today: IsoDate): Panel {
  const entries = [...withTin(world.ledger, record.tin)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  )
  const age = ageing(entries, record.tin, today)
  const net = entries.reduce((s, e) => s + e.amount, 0)
  const returns = [...withTin(world.returns, record.tin)].sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || a.taxType.localeCompare(b.taxType),
  )
  const sections: PanelSection[] = [
    table<typeof age>(
      [
        { label: msg('collection.panel.account.notDue'), money: (a) => a.current },
        { label: msg('collection.panel.account.d0_90'), money: (a) => a.d0_90 },
        { label: msg('collection.panel.account.d91_365'), money: (a) => a.d91_365 },
        { label: msg('collection.panel.account.over365'), money: (a) => a.over365 },
      ],
      [age],
      { title: msg('collection.panel.account.ageing') },
    ),
    ledgerTable(entries),
    returnsTable(returns, today),
  ]
  if (net < 0 || entries.length === 0)
    sections.push({ kind: 'text', text: msg('collection.panel.account.net', { amount: money(net) }) })
  return { id: 'account', title: msg('collection.panel.account.title'), sections }
}

/** Reminders and demand notices served, with the demand period worked out from the profile. */
export function noticesPanel(
  data: CollectionCaseData,
  j: Jurisdiction,
  served: { on: IsoDate; id: string } | null,
): Panel {
  const sections: PanelSection[] = [
    table<Reminder>(
      [
        { label: msg('collection.panel.notices.sent'), date: (r) => r.sentOn },
        { label: msg('collection.panel.notices.channel'), text: (r) => CHANNEL[r.channel] },
      ],
      data.reminders,
      { title: msg('collection.panel.notices.reminders'), empty: msg('collection.panel.notices.noReminder') },
    ),
  ]
  const demand = served ?? (data.demand ? { on: data.demand.servedOn, id: data.demand.id } : null)
  if (demand) {
    const d = demandDates(demand.on, j)
    sections.push(
      facts(
        [
          { label: msg('collection.panel.notices.notice'), value: demand.id, mono: true },
          {
            label: msg('collection.panel.notices.served'),
            value: msg('collection.panel.notices.servedValue', {
              on: day(demand.on),
              method: METHOD[data.demand?.method ?? 'registered mail'],
            }),
          },
          dateFact(
            msg('collection.panel.notices.deemed', { days: j.deadlines.deemedReceiptDays }),
            d.deemedReceivedOn,
          ),
          dateFact(
            msg('collection.panel.notices.periodEnds', { days: j.deadlines.demandNoticeDays }),
            d.periodEndsOn,
          ),
          dateFact(msg('collection.panel.notices.lawfulFrom'), d.enforceableFrom),
        ],
        msg('collection.panel.notices.finalDemand'),
      ),
    )
  } else {
    sections.push({ kind: 'text', text: msg('collection.panel.notices.noDemand'), tone: 'warning' })
  }
  return { id: 'notices', title: msg('collection.panel.notices.title'), sections }
}

export function objectionsPanel(data: CollectionCaseData, j: Jurisdiction): Panel {
  return {
    id: 'objections',
    title: msg('collection.panel.objections.title'),
    sections: [
      table<Objection>(
        [
          { label: msg('collection.panel.objections.objection'), text: (o) => o.id },
          { label: msg('collection.panel.tax'), text: (o) => taxTypeLabel(o.taxType) },
          { label: msg('collection.panel.period'), text: (o) => o.period },
          { label: msg('collection.panel.objections.assessed'), date: (o) => o.assessedOn },
          { label: msg('collection.panel.objections.lodged'), date: (o) => o.lodgedOn },
          { label: msg('collection.panel.objections.lastDay'), date: (o) => objectionLimit(o.assessedOn, j) },
          { label: msg('collection.panel.objections.inDispute'), money: (o) => o.amount },
          { label: msg('collection.panel.objections.status'), text: (o) => OBJECTION_STATUS[o.status] },
          { label: msg('collection.panel.objections.grounds'), text: (o) => o.grounds },
        ],
        data.objections,
        { empty: msg('collection.panel.objections.empty') },
      ),
      {
        kind: 'text',
        text: msg('collection.panel.objections.rule', {
          days: j.deadlines.objectionDays,
          deemed: j.deadlines.deemedReceiptDays,
          suspends: j.collection.holdDisputedAmounts ? 'yes' : 'no',
        }),
      },
    ],
  }
}

function requestSection(data: CollectionCaseData, facts_: CaseFacts, j: Jurisdiction): PanelSection {
  const request = data.request
  if (!request) return { kind: 'text', text: msg('collection.panel.agreements.noRequest') }
  return facts(
    [
      dateFact(msg('collection.panel.received'), request.receivedOn),
      { label: msg('collection.panel.agreements.askedMonths'), value: request.months },
      moneyFact(msg('collection.panel.agreements.implies'), installmentOf(facts_.debt, request.months)),
      { label: msg('collection.panel.agreements.reason'), value: request.reason },
      {
        label: msg('collection.panel.agreements.longest'),
        value: msg('collection.panel.agreements.months', { months: j.collection.maxInstallmentMonths }),
      },
    ],
    msg('collection.panel.agreements.waiting'),
  )
}

export function agreementsPanel(data: CollectionCaseData, facts_: CaseFacts, j: Jurisdiction): Panel {
  const sections: PanelSection[] = [
    table<Agreement>(
      [
        { label: msg('collection.panel.agreements.agreement'), text: (a) => a.id },
        { label: msg('collection.panel.agreements.granted'), date: (a) => a.grantedOn },
        { label: msg('collection.panel.agreements.monthsColumn'), number: (a) => a.months },
        { label: msg('collection.panel.agreements.instalment'), money: (a) => a.installment },
        { label: msg('collection.panel.agreements.paid'), number: (a) => a.paid },
        { label: msg('collection.panel.agreements.missed'), number: (a) => a.missed },
        { label: msg('collection.panel.agreements.status'), text: (a) => AGREEMENT_STATUS[a.status] },
        {
          label: msg('collection.panel.agreements.security'),
          text: (a): Text =>
            a.security === null ? msg('collection.security.none') : (SECURITY[a.security] ?? a.security),
        },
      ],
      data.agreements,
      {
        title: msg('collection.panel.agreements.tableTitle'),
        empty: msg('collection.panel.agreements.empty'),
      },
    ),
    requestSection(data, facts_, j),
  ]
  return { id: 'agreements', title: msg('collection.panel.agreements.title'), sections }
}

export function cashFlowPanel(data: CollectionCaseData): Panel {
  const cf = data.cashFlow
  if (!cf)
    return {
      id: 'cash-flow',
      title: msg('collection.panel.cashFlow.shortTitle'),
      sections: [{ kind: 'text', text: msg('collection.panel.cashFlow.none') }],
    }
  type Row = CashFlowMonth & { kind: Msg }
  const rows: Row[] = [
    ...cf.actual.map((m) => ({ ...m, kind: msg('collection.panel.cashFlow.actual') })),
    ...cf.projected.map((m) => ({ ...m, kind: msg('collection.panel.cashFlow.projected') })),
  ]
  return {
    id: 'cash-flow',
    title: msg('collection.panel.cashFlow.title'),
    sections: [
      table<Row>(
        [
          { label: msg('collection.panel.cashFlow.month'), text: (m) => m.month },
          { label: '', text: (m) => m.kind },
          { label: msg('collection.panel.cashFlow.receipts'), money: (m) => m.receipts },
          { label: msg('collection.panel.cashFlow.payments'), money: (m) => m.payments },
          { label: msg('collection.panel.cashFlow.net'), money: (m) => m.receipts - m.payments },
        ],
        rows,
      ),
      facts([moneyFact(msg('collection.panel.cashFlow.surplus'), monthlySurplus(cf.projected))]),
      { kind: 'text', title: msg('collection.panel.cashFlow.explanation'), text: cf.note },
    ],
  }
}

export function bankPanel(data: CollectionCaseData): Panel {
  return {
    id: 'bank',
    title: msg('collection.panel.bank.title'),
    sections: [
      table<CollectionCaseData['bank']['accounts'][number]>(
        [
          { label: msg('collection.panel.bank.bank'), text: (a) => a.bank },
          { label: msg('collection.panel.bank.account'), text: (a) => a.number },
          { label: msg('collection.panel.bank.balance'), money: (a) => a.balance },
        ],
        data.bank.accounts,
        { title: msg('collection.panel.bank.accounts'), empty: msg('collection.panel.bank.noAccount') },
      ),
      table<BankTransaction>(
        [
          { label: msg('collection.panel.date'), date: (t) => t.date },
          { label: msg('collection.panel.bank.description'), text: (t) => t.description },
          { label: msg('collection.panel.bank.counterparty'), text: (t) => t.counterparty },
          { label: msg('collection.panel.bank.in'), money: (t) => (t.amount > 0 ? t.amount : undefined) },
          { label: msg('collection.panel.bank.out'), money: (t) => (t.amount < 0 ? -t.amount : undefined) },
        ],
        data.bank.transactions,
        {
          title: msg('collection.panel.bank.transactions'),
          empty: msg('collection.panel.bank.noTransactions'),
        },
      ),
    ],
  }
}

export function employerPanel(data: CollectionCaseData, j: Jurisdiction): Panel {
  const employer = data.employer
  const sections: PanelSection[] = [
    employer
      ? facts(
          [
            { label: msg('collection.panel.employer.employer'), value: employer.name },
            tinFact(msg('collection.panel.employer.tin'), employer.tin),
            moneyFact(msg('collection.panel.employer.wage'), employer.monthlyWage),
            {
              label: msg('collection.panel.employer.reaches'),
              value: msg('collection.panel.employer.reachesValue', {
                percent: j.collection.wageGarnishmentPercent,
                months: j.collection.garnishmentMonths,
              }),
            },
          ],
          msg('collection.panel.employer.title'),
        )
      : { kind: 'text', text: msg('collection.panel.employer.none') },
    table<CollectionCaseData['debtors'][number]>(
      [
        { label: msg('collection.panel.employer.customer'), text: (d) => d.customer },
        { label: msg('collection.panel.tin'), tin: (d) => d.tin },
        { label: msg('collection.panel.employer.invoiceDate'), date: (d) => d.invoiceDate },
        { label: msg('collection.panel.employer.owed'), money: (d) => d.amount },
      ],
      data.debtors,
      { title: msg('collection.panel.employer.debtors'), empty: msg('collection.panel.employer.noDebtors') },
    ),
  ]
  return { id: 'employer', title: msg('collection.panel.employer.panelTitle'), sections }
}

export function registryPanel(data: CollectionCaseData): Panel {
  const registry = data.registry
  return {
    id: 'registry',
    title: msg('collection.panel.registry.title'),
    sections: [
      facts([
        { label: msg('collection.panel.registry.status'), value: registry.status },
        registry.liquidator
          ? { label: msg('collection.panel.registry.liquidator'), value: registry.liquidator }
          : undefined,
      ]),
      { kind: 'text', text: registry.note },
      table<CollectionCaseData['assets'][number]>(
        [
          { label: msg('collection.panel.registry.asset'), text: (a) => a.description },
          { label: msg('collection.panel.registry.value'), money: (a) => a.value },
        ],
        data.assets,
        { title: msg('collection.panel.registry.assets'), empty: msg('collection.panel.registry.noAssets') },
      ),
    ],
  }
}

/** Every panel this process shows, by id, named as its title names it (contract.ts `panelNames`). */
export const PANEL_NAMES = {
  case: msg('collection.panel.case.title'),
  account: msg('collection.panel.account.title'),
  notices: msg('collection.panel.notices.title'),
  objections: msg('collection.panel.objections.title'),
  agreements: msg('collection.panel.agreements.title'),
  'cash-flow': msg('collection.panel.cashFlow.shortTitle'),
  bank: msg('collection.panel.bank.title'),
  employer: msg('collection.panel.employer.panelTitle'),
  registry: msg('collection.panel.registry.title'),
}
