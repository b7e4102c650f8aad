/**
 * The taxpayer 360° view (docs/domain.md §Taxpayer 360° view): everything the register and the
 * accounts hold about one TIN, as display-ready panels.
 */
import type { Panel } from '../processes/contract'
import { formatMoney } from '../rules/money'
import type { Jurisdiction } from '../scenario/schema'
import type { RegisterIndex } from '../world/search'
import type { World } from '../world/types'
import type { CaseSummary } from './types'
import { withTin } from '../world/lookup'

export function taxpayerPanels(
  world: World,
  j: Jurisdiction,
  index: RegisterIndex,
  tin: string,
  cases: readonly CaseSummary[],
): Panel[] {
  const t = index.get(tin)
  if (!t)
    return [
      {
        id: 'taxpayer',
        title: 'Taxpayer',
        sections: [{ kind: 'text', text: `No taxpayer holds TIN ${tin}.`, tone: 'warning' }],
      },
    ]
  const money = (minor: number) => formatMoney(minor, j.currency)
  const ledger = [...withTin(world.ledger, tin)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  )
  let running = 0
  const ledgerRows = ledger.map((e) => {
    running += e.amount
    return [
      e.date,
      e.taxType,
      e.period,
      e.kind,
      e.amount > 0 ? money(e.amount) : '',
      e.amount < 0 ? money(-e.amount) : '',
      money(running),
      e.ref,
      e.note ?? '',
    ]
  })
  const returns = world.returns
    .filter((r) => r.tin === tin)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map((r) => [
      r.taxType,
      r.period,
      r.dueOn,
      r.filedOn ?? 'not filed',
      r.filedOn === null ? 'missing' : r.filedOn > r.dueOn ? 'late' : 'on time',
      r.channel ?? '',
      money(r.taxDue),
    ])
  const thirdParty = world.thirdParty
    .filter((r) => r.tin === tin)
    .map((r) => [r.source, r.period, r.counterparty ?? '', money(r.amount), r.detail])
  return [
    {
      id: 'taxpayer-profile',
      title: 'Profile',
      sections: [
        {
          kind: 'facts',
          rows: [
            { label: 'TIN', value: t.tin, mono: true },
            { label: 'Name', value: t.name },
            { label: 'Type', value: t.kind === 'business' ? 'Business' : 'Individual' },
            { label: t.kind === 'business' ? 'Registry no.' : 'National ID', value: t.idNumber, mono: true },
            { label: 'Status', value: t.status },
            { label: 'Segment', value: t.segment },
            { label: 'Sector', value: t.sector },
            { label: 'Registered on', value: t.registeredOn },
            { label: 'Address', value: `${t.address.line}, ${t.address.city}, ${t.address.region}` },
            { label: 'Phone', value: t.phone, mono: true },
            {
              label: 'Bank account',
              value: `${t.bankAccount.bank} ${t.bankAccount.number} (${t.bankAccount.holder})`,
            },
            {
              label: 'Registered for',
              value: t.taxTypes.map((r) => `${r.taxType} from ${r.from}`).join(', '),
            },
            { label: 'Arrears', value: money(t.arrears) },
          ],
        },
      ],
    },
    {
      id: 'taxpayer-returns',
      title: 'Filing history',
      sections: [
        {
          kind: 'table',
          columns: ['Tax', 'Period', 'Due', 'Filed', 'Status', 'Channel', 'Tax declared'],
          numeric: [false, false, false, false, false, false, true],
          rows: returns,
          empty: 'No returns on record.',
        },
      ],
    },
    {
      id: 'taxpayer-ledger',
      title: 'Current account',
      sections: [
        {
          kind: 'table',
          columns: ['Date', 'Tax', 'Period', 'Entry', 'Debit', 'Credit', 'Balance', 'Source', 'Note'],
          numeric: [false, false, false, false, true, true, true, false, false],
          rows: ledgerRows,
          empty: 'No ledger entries.',
        },
      ],
    },
    {
      id: 'taxpayer-cases',
      title: 'Cases',
      sections: [
        {
          kind: 'table',
          columns: ['Case', 'Process', 'Received', 'Due', 'Status'],
          rows: cases.map((c) => [c.caseId, c.process, c.receivedOn, c.dueOn, c.stateLabel]),
          empty: 'No cases in this exercise.',
        },
      ],
    },
    {
      id: 'taxpayer-third-party',
      title: 'Third-party data',
      sections: [
        {
          kind: 'table',
          columns: ['Source', 'Period', 'Counterparty', 'Amount', 'Detail'],
          numeric: [false, false, false, true, false],
          rows: thirdParty,
          empty: 'No third-party records.',
        },
      ],
    },
  ]
}
