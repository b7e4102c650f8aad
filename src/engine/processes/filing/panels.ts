/**
 * Filing evidence as display-ready panels: the return, the notices sent, the filing history,
 * the third-party data and the taxpayer account (decision-panels.ts has the rest). Pure
 * look-ups into the shared accounts; never shows ground truth.
 */
import { balanceOf } from '../../rules/ledger'
import { day, list, money, msg, type Msg, type Text } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays, daysBetween } from '../../primitives/calendar'
import type { LedgerKind, ReturnLine, TaxReturn, Taxpayer, World } from '../../world/types'
import type { CaseRecord, Panel, PanelSection } from '../contract'
import { facts, table, tinFact } from '../panel'
import type { FilingCaseData } from './case-data'
import type { FilingContext } from './procedure'
import { demandExpiry, lineAmount, lineLabel, understated } from './rules'
import { withId, withTin } from '../../world/lookup'
import { sectorLabel } from '../../world/sectors'

const data = (record: CaseRecord<FilingCaseData>) => record.data

function vatReturns(world: World, tin: string): TaxReturn[] {
  return withTin(world.returns, tin)
    .filter((r) => r.taxType === 'VAT')
    .sort((a, b) => (a.period < b.period ? -1 : 1))
}

function taxpayerOf(world: World, tin: string): Taxpayer | undefined {
  return withTin(world.taxpayers, tin)[0]
}

function linesTable(lines: readonly ReturnLine[]): PanelSection {
  return table(
    [
      { label: msg('filing.panel.line'), text: (l) => lineLabel(l) },
      { label: msg('filing.panel.amount'), money: (l) => l.amount },
    ],
    lines,
    { title: msg('filing.panel.return.lines') },
  )
}

/** The case file: the taxpayer, the obligation and the return as filed (or its absence). */
export function returnPanel(
  record: CaseRecord<FilingCaseData>,
  world: World,
  context?: FilingContext,
): Panel {
  const d = data(record)
  const t = taxpayerOf(world, record.tin)
  const filed = withId(world.returns, d.returnId)
  const arrived = context?.arrivedOn ? context.response : null
  const filedOn = arrived ? context?.arrivedOn : filed?.filedOn
  const channel: Text | undefined = arrived
    ? msg('filing.panel.return.inReply')
    : filed?.channel
      ? msg(`common.channel.${filed.channel}`)
      : undefined
  const rows = facts([
    { label: msg('filing.panel.taxpayer'), value: t?.name ?? record.tin },
    tinFact(msg('filing.panel.tin'), record.tin),
    {
      label: msg('filing.panel.return.sector'),
      value: t
        ? msg('filing.panel.return.sectorValue', { sector: sectorLabel(t.sector), segment: t.segment })
        : '',
    },
    {
      label: msg('filing.panel.return.taxPeriod'),
      value: msg('filing.panel.vatPeriod', { period: d.period }),
    },
    { label: msg('filing.panel.return.dueOn'), value: day(d.returnDueOn), type: 'date' },
    {
      label: msg('filing.panel.return.filedOn'),
      value: filedOn ? day(filedOn) : msg('filing.panel.notFiled'),
      ...(filedOn ? { type: 'date' as const } : {}),
    },
    channel !== undefined && { label: msg('filing.panel.return.channel'), value: channel },
  ])
  const lines = arrived ? arrived.lines : filed?.filedOn ? filed.lines : null
  const sections: PanelSection[] = [rows]
  if (lines) sections.push(linesTable(lines))
  else
    sections.push({
      kind: 'text',
      tone: 'warning',
      text: d.alsoMissing.length
        ? msg('filing.panel.return.noneAlsoMissing', { periods: list(d.alsoMissing) })
        : msg('filing.panel.return.none'),
    })
  if (d.claim && !arrived) sections.push({ kind: 'text', text: msg('filing.panel.return.waiverLetter') })
  return { id: 'return', title: msg('filing.panel.return.title'), sections }
}

/** Notices already sent on this obligation, and the demand once it is served. */
export function noticesPanel(
  record: CaseRecord<FilingCaseData>,
  j: Jurisdiction,
  context?: FilingContext,
): Panel {
  const d = data(record)
  const rows: { on: string; notice: Msg; detail: Msg }[] = []
  if (d.reminderOn)
    rows.push({
      on: d.reminderOn,
      notice: msg('filing.panel.notices.reminder'),
      detail: msg('filing.panel.notices.reminderDetail', { period: d.period, due: day(d.returnDueOn) }),
    })
  if (context?.demandServedOn) {
    const served = context.demandServedOn
    rows.push({
      on: served,
      notice: msg('filing.panel.notices.demand'),
      detail: msg('filing.panel.notices.demandDetail', {
        deemed: day(addDays(served, j.deadlines.deemedReceiptDays)),
        fileBy: day(addDays(demandExpiry(served, j), -1)),
      }),
    })
  }
  return {
    id: 'notices',
    title: msg('filing.panel.notices.title'),
    sections: [
      table(
        [
          { label: msg('filing.panel.date'), date: (r) => r.on },
          { label: msg('filing.panel.notices.notice'), text: (r) => r.notice },
          { label: msg('filing.panel.detail'), text: (r) => r.detail },
        ],
        rows,
        { empty: msg('filing.panel.notices.none') },
      ),
    ],
  }
}

function status(r: TaxReturn, caseReturnId: string): Msg {
  if (!r.filedOn) return msg('filing.panel.history.missing')
  const late = daysBetween(r.dueOn, r.filedOn)
  return msg('filing.panel.history.status', {
    late: late > 0 ? 'yes' : 'no',
    days: late,
    awaiting: r.id === caseReturnId ? 'yes' : 'no',
  })
}

/** Expected, received, late and missing returns per period, with what each declared. */
export function historyPanel(record: CaseRecord<FilingCaseData>, world: World): Panel {
  const d = data(record)
  const returns = vatReturns(world, record.tin)
  const filed = returns.filter((r) => r.filedOn)
  const late = filed.filter((r) => r.filedOn! > r.dueOn)
  return {
    id: 'filing-history',
    title: msg('filing.panel.history.title'),
    sections: [
      facts([
        { label: msg('filing.panel.history.expected'), value: returns.length, type: 'number' },
        { label: msg('filing.panel.history.onTime'), value: filed.length - late.length, type: 'number' },
        { label: msg('filing.panel.history.late'), value: late.length, type: 'number' },
        { label: msg('filing.panel.history.missing'), value: returns.length - filed.length, type: 'number' },
      ]),
      table(
        [
          { label: msg('filing.panel.period'), text: (r) => r.period },
          { label: msg('filing.panel.history.due'), date: (r) => r.dueOn },
          { label: msg('filing.panel.history.filed'), date: (r) => r.filedOn ?? undefined },
          { label: msg('filing.panel.history.statusColumn'), text: (r) => status(r, d.returnId) },
          {
            label: msg('filing.panel.salesDeclared'),
            money: (r) => (r.filedOn ? lineAmount(r.lines, 'sales') : undefined),
          },
          { label: msg('filing.panel.history.netVat'), money: (r) => (r.filedOn ? r.taxDue : undefined) },
        ],
        returns,
      ),
    ],
  }
}

/** E-invoices and customs imports per period beside the sales declared. */
export function thirdPartyPanel(
  record: CaseRecord<FilingCaseData>,
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
    const declared = lines ? lineAmount(lines, 'sales') : null
    return {
      period: r.period,
      invoiced,
      imports: sum(r.period, 'customs'),
      declared,
      flag: declared !== null && understated(declared, invoiced, j),
    }
  })
  return {
    id: 'third-party',
    title: msg('filing.panel.thirdParty.title'),
    sections: [
      table(
        [
          { label: msg('filing.panel.period'), text: (r) => r.period },
          { label: msg('filing.panel.thirdParty.invoiced'), money: (r) => r.invoiced },
          { label: msg('filing.panel.thirdParty.imports'), money: (r) => r.imports },
          {
            label: msg('filing.panel.salesDeclared'),
            text: (r) =>
              r.declared === null
                ? msg('filing.panel.notFiled')
                : msg('filing.panel.amountValue', { amount: money(r.declared) }),
          },
          {
            label: msg('filing.panel.thirdParty.match'),
            text: (r) => (r.flag ? msg('filing.panel.thirdParty.understated') : undefined),
          },
        ],
        rows,
        { empty: msg('filing.panel.thirdParty.none') },
      ),
      { kind: 'text', text: msg('filing.panel.thirdParty.note') },
    ],
  }
}

const LEDGER_KIND: Record<LedgerKind, Msg> = {
  'self-assessment': msg('filing.ledgerKind.selfAssessment'),
  adjustment: msg('filing.ledgerKind.adjustment'),
  'default-assessment': msg('filing.ledgerKind.defaultAssessment'),
  penalty: msg('filing.ledgerKind.penalty'),
  interest: msg('filing.ledgerKind.interest'),
  payment: msg('filing.ledgerKind.payment'),
  'payment-reversal': msg('filing.ledgerKind.paymentReversal'),
  'offset-out': msg('filing.ledgerKind.offsetOut'),
  'offset-in': msg('filing.ledgerKind.offsetIn'),
  'refund-paid': msg('filing.ledgerKind.refundPaid'),
  'write-off': msg('filing.ledgerKind.writeOff'),
  abatement: msg('filing.ledgerKind.abatement'),
  agreement: msg('filing.ledgerKind.agreement'),
  instalment: msg('filing.ledgerKind.instalment'),
}

/** The VAT side of the taxpayer's current account. */
export function ledgerPanel(record: CaseRecord<FilingCaseData>, world: World): Panel {
  const entries = withTin(world.ledger, record.tin)
    .filter((e) => e.taxType === 'VAT')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const balance = balanceOf(entries)
  return {
    id: 'ledger',
    title: msg('filing.panel.ledger.title'),
    sections: [
      facts([
        {
          label: msg('filing.panel.ledger.balance'),
          value: msg('filing.panel.ledger.balanceValue', {
            amount: money(balance),
            side: balance < 0 ? 'credit' : balance > 0 ? 'owed' : 'nil',
          }),
        },
      ]),
      table(
        [
          { label: msg('filing.panel.date'), date: (e) => e.date },
          { label: msg('filing.panel.period'), text: (e) => e.period },
          { label: msg('filing.panel.ledger.entry'), text: (e) => LEDGER_KIND[e.kind] },
          { label: msg('filing.panel.amount'), money: (e) => e.amount },
          { label: msg('filing.panel.ledger.note'), text: (e) => e.note ?? '' },
        ],
        entries,
        { empty: msg('filing.panel.ledger.none') },
      ),
    ],
  }
}

/** Every panel this process shows, by id, named as its title names it (contract.ts `panelNames`). */
export const PANEL_NAMES = {
  return: msg('filing.panel.return.title'),
  notices: msg('filing.panel.notices.title'),
  'filing-history': msg('filing.panel.history.title'),
  'third-party': msg('filing.panel.thirdParty.title'),
  ledger: msg('filing.panel.ledger.title'),
  validation: msg('filing.panel.validation.title'),
  claim: msg('filing.panel.claim.title'),
  'math-error-notice': msg('filing.panel.mathError.title'),
  'default-assessment': msg('filing.panel.assessment.title'),
}
