/**
 * Filing evidence as display-ready panels: the return, the notices sent, the filing history,
 * the third-party data and the taxpayer account (decision-panels.ts has the rest). Pure
 * look-ups into the shared accounts; never shows ground truth.
 */
import { balanceOf } from '../../rules/ledger'
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays, daysBetween } from '../../primitives/calendar'
import type { ReturnLine, TaxReturn, Taxpayer, World } from '../../world/types'
import type { CaseRecord, Panel, PanelSection } from '../contract'
import type { FilingCaseData } from './case-data'
import type { FilingContext } from './procedure'
import { demandExpiry, lineAmount, understated } from './rules'
import { withId, withTin } from '../../world/lookup'

const data = (record: CaseRecord) => record.data as FilingCaseData
const money = (minor: number, j: Jurisdiction) => formatMoney(minor, j.currency)

function vatReturns(world: World, tin: string): TaxReturn[] {
  return withTin(world.returns, tin)
    .filter((r) => r.taxType === 'VAT')
    .sort((a, b) => (a.period < b.period ? -1 : 1))
}

function taxpayerOf(world: World, tin: string): Taxpayer | undefined {
  return withTin(world.taxpayers, tin)[0]
}

function linesTable(lines: readonly ReturnLine[], j: Jurisdiction): PanelSection {
  return {
    kind: 'table',
    title: 'Lines as declared',
    columns: ['Line', 'Amount'],
    numeric: [false, true],
    rows: lines.map((l) => [l.label, money(l.amount, j)]),
  }
}

/** The case file: the taxpayer, the obligation and the return as filed (or its absence). */
export function returnPanel(
  record: CaseRecord,
  world: World,
  j: Jurisdiction,
  context?: FilingContext,
): Panel {
  const d = data(record)
  const t = taxpayerOf(world, record.tin)
  const filed = withId(world.returns, d.returnId)
  const arrived = context?.arrivedOn ? context.response : null
  const filedOn = arrived ? context?.arrivedOn : filed?.filedOn
  const rows = [
    { label: 'Taxpayer', value: t?.name ?? record.tin },
    { label: 'TIN', value: record.tin, mono: true },
    { label: 'Sector', value: t ? `${t.sector} (${t.segment})` : '' },
    { label: 'Tax and period', value: `VAT ${d.period}` },
    { label: 'Due on', value: d.returnDueOn },
    { label: 'Filed on', value: filedOn ?? 'not filed' },
    ...(filed?.channel && !arrived ? [{ label: 'Channel', value: filed.channel }] : []),
    ...(arrived ? [{ label: 'Channel', value: 'paper, in reply to the demand to file' }] : []),
  ]
  const lines = arrived ? arrived.lines : filed?.filedOn ? filed.lines : null
  const sections: PanelSection[] = [{ kind: 'facts', rows }]
  if (lines) sections.push(linesTable(lines, j))
  else
    sections.push({
      kind: 'text',
      tone: 'warning',
      text: `No return received. ${d.alsoMissing.length ? `Also outstanding: ${d.alsoMissing.join(', ')}.` : ''}`.trim(),
    })
  if (d.claim && !arrived)
    sections.push({
      kind: 'text',
      text: 'A letter asking for the late-filing penalty to be waived came with the return.',
    })
  return { id: 'return', title: 'The return', sections }
}

/** Notices already sent on this obligation, and the demand once it is served. */
export function noticesPanel(record: CaseRecord, j: Jurisdiction, context?: FilingContext): Panel {
  const d = data(record)
  const rows: string[][] = []
  if (d.reminderOn)
    rows.push([d.reminderOn, 'Reminder (automatic)', `VAT ${d.period} return overdue since ${d.returnDueOn}`])
  if (context?.demandServedOn) {
    const served = context.demandServedOn
    rows.push([
      served,
      'Demand to file',
      `Deemed received ${addDays(served, j.deadlines.deemedReceiptDays)}; file by ${addDays(demandExpiry(served, j), -1)}, or the tax will be assessed by default`,
    ])
  }
  return {
    id: 'notices',
    title: 'Notices sent',
    sections: [
      {
        kind: 'table',
        columns: ['Date', 'Notice', 'Detail'],
        rows,
        empty: 'No notice has been sent on this return.',
      },
    ],
  }
}

function status(r: TaxReturn, caseReturnId: string): string {
  if (!r.filedOn) return 'Missing'
  const late = daysBetween(r.dueOn, r.filedOn)
  const when = late > 0 ? `Late (${late} days)` : 'On time'
  return r.id === caseReturnId ? `${when}, awaiting processing` : when
}

/** Expected, received, late and missing returns per period, with what each declared. */
export function historyPanel(record: CaseRecord, world: World, j: Jurisdiction): Panel {
  const d = data(record)
  const returns = vatReturns(world, record.tin)
  const filed = returns.filter((r) => r.filedOn)
  const late = filed.filter((r) => r.filedOn! > r.dueOn)
  return {
    id: 'filing-history',
    title: 'Filing history (VAT)',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Returns expected', value: String(returns.length) },
          { label: 'Received on time', value: String(filed.length - late.length) },
          { label: 'Received late', value: String(late.length) },
          { label: 'Missing', value: String(returns.length - filed.length) },
        ],
      },
      {
        kind: 'table',
        columns: ['Period', 'Due', 'Filed', 'Status', 'Sales declared', 'Net VAT'],
        numeric: [false, false, false, false, true, true],
        rows: returns.map((r) => [
          r.period,
          r.dueOn,
          r.filedOn ?? '—',
          status(r, d.returnId),
          r.filedOn ? money(lineAmount(r.lines, 'sales'), j) : '—',
          r.filedOn ? money(r.taxDue, j) : '—',
        ]),
      },
    ],
  }
}

/** E-invoices and customs imports per period beside the sales declared. */
export function thirdPartyPanel(
  record: CaseRecord,
  world: World,
  j: Jurisdiction,
  context?: FilingContext,
): Panel {
  const returns = vatReturns(world, record.tin)
  const records = withTin(world.thirdParty, record.tin).filter(
    (r) => r.source === 'e-invoice' || r.source === 'customs',
  )
  const sum = (period: string, source: string) =>
    records.filter((r) => r.period === period && r.source === source).reduce((s, r) => s + r.amount, 0)
  const arrived = context?.arrivedOn && context.response ? context.response : null
  const rows = returns.map((r) => {
    const lines = r.id === data(record).returnId && arrived ? arrived.lines : r.filedOn ? r.lines : null
    const invoiced = sum(r.period, 'e-invoice')
    const declaredSales = lines ? lineAmount(lines, 'sales') : null
    const flag =
      declaredSales !== null && understated(declaredSales, invoiced, j) ? 'e-invoiced > declared' : ''
    return [
      r.period,
      money(invoiced, j),
      money(sum(r.period, 'customs'), j),
      declaredSales === null ? 'not filed' : money(declaredSales, j),
      flag,
    ]
  })
  return {
    id: 'third-party',
    title: 'Third-party data: e-invoicing and customs',
    sections: [
      {
        kind: 'table',
        columns: ['Period', 'Sales e-invoiced', 'Imports (customs)', 'Sales declared', 'Match'],
        numeric: [false, true, true, true, false],
        rows,
        empty: 'No third-party record for this taxpayer.',
      },
      {
        kind: 'text',
        text: 'E-invoices cover only part of a business\u2019s sales, so declared sales are normally higher. Customs values are purchases (VAT paid at the border).',
      },
    ],
  }
}

/** The VAT side of the taxpayer's current account. */
export function ledgerPanel(record: CaseRecord, world: World, j: Jurisdiction): Panel {
  const entries = withTin(world.ledger, record.tin)
    .filter((e) => e.taxType === 'VAT')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const balance = balanceOf(entries)
  return {
    id: 'ledger',
    title: 'Taxpayer account (VAT)',
    sections: [
      {
        kind: 'facts',
        rows: [
          {
            label: 'Balance',
            value: `${money(balance, j)}${balance < 0 ? ' (in credit)' : balance > 0 ? ' owed' : ''}`,
          },
        ],
      },
      {
        kind: 'table',
        columns: ['Date', 'Period', 'Entry', 'Amount', 'Note'],
        numeric: [false, false, false, true, false],
        rows: entries.map((e) => [e.date, e.period, e.kind, money(e.amount, j), e.note ?? '']),
        empty: 'No VAT entry on the account.',
      },
    ],
  }
}
