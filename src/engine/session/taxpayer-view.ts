/**
 * The taxpayer 360° view (docs/domain.md §Taxpayer 360° view): everything the register and the
 * accounts hold about one TIN, as display-ready panels.
 */
import type { Panel } from '../processes/contract'
import { dateFact, facts, moneyFact, table, tinFact } from '../processes/panel'
import { day, list, msg, type Msg } from '../primitives/message'
import type { RegisterIndex } from '../world/search'
import type { LedgerEntry, TaxReturn, Taxpayer, World } from '../world/types'
import type { CaseSummary } from './types'
import { withTin } from '../world/lookup'
import { sectorLabel } from '../world/sectors'
import { processLabel, segmentLabel, taxTypeLabel } from '../vocabulary'

const l = (key: string): Msg => msg(`session.taxpayer.${key}`)

export function taxpayerPanels(
  world: World,
  index: RegisterIndex,
  tin: string,
  cases: readonly CaseSummary[],
): Panel[] {
  const t = index.get(tin)
  if (!t)
    return [
      {
        id: 'taxpayer',
        title: l('title'),
        sections: [{ kind: 'text', text: msg('session.taxpayer.unknownTin', { tin }), tone: 'warning' }],
      },
    ]
  return [
    { id: 'taxpayer-profile', title: l('profile'), sections: [profile(t)] },
    { id: 'taxpayer-returns', title: l('returns'), sections: [returnsTable(world, tin)] },
    { id: 'taxpayer-ledger', title: l('ledger'), sections: [ledgerTable(world, tin)] },
    { id: 'taxpayer-cases', title: l('cases'), sections: [casesTable(cases)] },
    { id: 'taxpayer-third-party', title: l('thirdParty'), sections: [thirdPartyTable(world, tin)] },
  ]
}

function profile(t: Taxpayer) {
  const business = t.kind === 'business'
  return facts([
    tinFact(l('tin'), t.tin),
    { label: l('name'), value: t.name },
    { label: l('type'), value: msg(`common.taxpayerKind.${t.kind}`) },
    { label: l(business ? 'registryNo' : 'nationalId'), value: t.idNumber, mono: true },
    { label: l('status'), value: msg(`common.taxpayerStatus.${t.status}`) },
    { label: l('segment'), value: segmentLabel(t.segment) },
    { label: l('sector'), value: sectorLabel(t.sector) },
    dateFact(l('registeredOn'), t.registeredOn),
    { label: l('address'), value: `${t.address.line}, ${t.address.city}, ${t.address.region}` },
    { label: l('phone'), value: t.phone, mono: true },
    {
      label: l('bankAccount'),
      value: `${t.bankAccount.bank} ${t.bankAccount.number} (${t.bankAccount.holder})`,
    },
    {
      label: l('registeredFor'),
      value: list(
        t.taxTypes.map((r) =>
          msg('session.taxpayer.taxFrom', { tax: taxTypeLabel(r.taxType), from: day(r.from) }),
        ),
      ),
    },
    moneyFact(l('arrears'), t.arrears),
  ])
}

function filingStatus(r: TaxReturn): Msg {
  if (r.filedOn === null) return msg('session.taxpayer.filing.missing')
  return msg(r.filedOn > r.dueOn ? 'session.taxpayer.filing.late' : 'session.taxpayer.filing.onTime')
}

function returnsTable(world: World, tin: string) {
  const returns = [...withTin(world.returns, tin)].sort((a, b) => a.dueOn.localeCompare(b.dueOn))
  return table<TaxReturn>(
    [
      { label: l('tax'), text: (r) => taxTypeLabel(r.taxType) },
      { label: l('period'), text: (r) => r.period },
      { label: l('due'), date: (r) => r.dueOn },
      // A return not filed leaves the date empty; its status says "missing".
      { label: l('filed'), date: (r) => r.filedOn ?? undefined },
      { label: l('status'), text: filingStatus },
      { label: l('channel'), text: (r) => (r.channel ? msg(`common.channel.${r.channel}`) : undefined) },
      { label: l('taxDeclared'), money: (r) => r.taxDue },
    ],
    returns,
    { empty: l('noReturns') },
  )
}

function ledgerTable(world: World, tin: string) {
  const ledger = [...withTin(world.ledger, tin)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  )
  let running = 0
  const rows = ledger.map((e) => {
    running += e.amount
    return { e, balance: running }
  })
  return table<{ e: LedgerEntry; balance: number }>(
    [
      { label: l('date'), date: (r) => r.e.date },
      { label: l('tax'), text: (r) => taxTypeLabel(r.e.taxType) },
      { label: l('period'), text: (r) => r.e.period },
      { label: l('entry'), text: (r) => msg(`common.ledgerKind.${r.e.kind}`) },
      { label: l('debit'), money: (r) => (r.e.amount > 0 ? r.e.amount : undefined) },
      { label: l('credit'), money: (r) => (r.e.amount < 0 ? -r.e.amount : undefined) },
      { label: l('balance'), money: (r) => r.balance },
      { label: l('source'), text: (r) => r.e.ref },
      { label: l('note'), text: (r) => r.e.note },
    ],
    rows,
    { empty: l('noLedger') },
  )
}

function casesTable(cases: readonly CaseSummary[]) {
  return table<CaseSummary>(
    [
      { label: l('case'), text: (c) => c.caseId },
      { label: l('process'), text: (c) => processLabel(c.process) },
      { label: l('received'), date: (c) => c.receivedOn },
      { label: l('due'), date: (c) => c.dueOn },
      { label: l('status'), text: (c) => c.stateLabel },
    ],
    cases,
    { empty: l('noCases') },
  )
}

function thirdPartyTable(world: World, tin: string) {
  return table(
    [
      { label: l('source'), text: (r) => msg(`common.thirdPartySource.${r.source}`) },
      { label: l('period'), text: (r) => r.period },
      { label: l('counterparty'), text: (r) => r.counterparty },
      { label: l('amount'), money: (r) => r.amount },
      { label: l('detail'), text: (r) => r.detail },
    ],
    [...withTin(world.thirdParty, tin)],
    { empty: l('noThirdParty') },
  )
}
