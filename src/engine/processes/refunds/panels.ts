/**
 * Refund evidence as display-ready panels: the claim, the register entry, the refund history,
 * and what each verification step shows. Facts only, never the ground truth.
 */
import { periodBalances } from '../../rules/ledger'
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { Taxpayer, World } from '../../world/types'
import type { CaseRecord, Panel } from '../contract'
import {
  claimOf,
  customsRecords,
  declarationOf,
  foreignReceipts,
  offsetFor,
  requiredFor,
  type ClaimAssessment,
  type ClaimSources,
} from './evidence'
import { CHECK_LABELS } from './rules'
import { secondApprovalLimit } from './refunds.machine'

const address = (t: Taxpayer) => `${t.address.line}, ${t.address.city}, ${t.address.region}`
const yesNo = (ok: boolean) => (ok ? 'yes' : 'no')

export function claimPanel(record: CaseRecord, j: Jurisdiction): Panel {
  const c = claimOf(record)
  const money = (m: number) => formatMoney(m, j.currency)
  return {
    id: 'claim',
    title: 'Refund claim',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Claim', value: c.claimId, mono: true },
          { label: 'TIN', value: record.tin, mono: true },
          { label: 'Taxpayer', value: c.taxpayerName },
          { label: 'VAT period', value: c.period },
          { label: 'Return filed on', value: `${c.filedOn} (due ${c.returnDueOn})` },
          { label: 'Claim lodged on', value: c.lodgedOn },
          { label: 'Decision due by', value: record.dueOn },
          { label: 'Refund claimed', value: money(c.claimed) },
          {
            label: 'Pay into',
            value: `${c.account.bank} ${c.account.number} (${c.account.holder})`,
            mono: true,
          },
        ],
      },
      {
        kind: 'table',
        title: `VAT return ${c.period}`,
        columns: ['Line', 'Amount'],
        numeric: [false, true],
        rows: [
          ['Standard-rated sales', money(c.domesticSales)],
          [`Output VAT at ${j.rates.vat} %`, money(c.outputVat)],
          ['Zero-rated sales (exports)', money(c.zeroRated)],
          ['Purchases', money(c.purchasesNet)],
          ['Input VAT claimed', money(c.inputVat)],
          ['Excess credit claimed as a refund', money(c.claimed)],
        ],
      },
      {
        kind: 'table',
        title: 'Purchase listing',
        columns: ['Supplier', 'TIN', 'What', 'Invoices', 'Net', 'Input VAT'],
        numeric: [false, false, false, true, true, true],
        rows: c.purchases.map((p) => [
          p.supplierName,
          p.supplierTin,
          p.capital ? `${p.description} (capital)` : p.description,
          String(p.invoices),
          money(p.net),
          money(p.vat),
        ]),
      },
      {
        kind: 'table',
        title: 'Export schedule',
        columns: ['Declaration', 'Date', 'Destination', 'Buyer', 'Goods', 'Value'],
        numeric: [false, false, false, false, false, true],
        rows: c.exports.map((e) => [e.declaration, e.date, e.destination, e.buyer, e.goods, money(e.value)]),
        empty: 'No zero-rated exports declared.',
      },
    ],
  }
}

export function taxpayerPanel(record: CaseRecord, world: World, t: Taxpayer | undefined): Panel {
  if (!t)
    return {
      id: 'taxpayer',
      title: 'Register entry',
      sections: [{ kind: 'text', text: `No taxpayer holds TIN ${record.tin}.`, tone: 'warning' }],
    }
  const company = world.companies[t.idNumber]
  const directors = (company?.directors ?? t.directors).map((id) => {
    const p = world.people[id]
    return p ? `${p.firstName} ${p.lastName}` : id
  })
  return {
    id: 'taxpayer',
    title: 'Register entry',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Name', value: t.name },
          { label: 'TIN', value: t.tin, mono: true },
          { label: 'Registry no.', value: t.idNumber, mono: true },
          { label: 'Incorporated', value: company?.incorporated ?? t.birthOrIncorporation },
          { label: 'Registered on', value: t.registeredOn },
          { label: 'Status', value: t.status },
          { label: 'Sector', value: t.sector },
          { label: 'Segment', value: t.segment },
          { label: 'Address', value: address(t) },
          { label: 'Directors', value: directors.join(', ') || 'none on record' },
          { label: 'Registered for', value: t.taxTypes.map((r) => `${r.taxType} from ${r.from}`).join(', ') },
        ],
      },
    ],
  }
}

export function historyPanel(record: CaseRecord, j: Jurisdiction): Panel {
  const c = claimOf(record)
  const money = (m: number) => formatMoney(m, j.currency)
  return {
    id: 'history',
    title: 'Refund history',
    sections: [
      {
        kind: 'table',
        columns: ['Period', 'Lodged', 'Claimed', 'Allowed', 'Decided'],
        numeric: [false, false, true, true, false],
        rows: c.history.map((h) => [h.period, h.lodgedOn, money(h.claimed), money(h.allowed), h.decidedOn]),
        empty: 'No earlier refund claims.',
      },
    ],
  }
}

export function validationPanel(record: CaseRecord, a: ClaimAssessment, j: Jurisdiction): Panel {
  const c = claimOf(record)
  const failed = (words: string) => a.validation.some((v) => v.includes(words))
  return {
    id: 'validation',
    title: 'Validation',
    sections: [
      {
        kind: 'table',
        columns: ['Check', 'Passed', 'Detail'],
        rows: [
          [
            'Claimed in time',
            yesNo(!failed('limit')),
            `Lodged ${c.lodgedOn}; claims are due within ${j.refunds.claimLimitDays} days of the period end`,
          ],
          ['Return on file', yesNo(!failed('No VAT return')), `VAT return ${c.period} filed ${c.filedOn}`],
          [
            'Account is the registered refund account',
            yesNo(!failed('not the refund account')),
            `${c.account.bank} ${c.account.number}`,
          ],
          ['Account in the taxpayer\u2019s name (as declared)', yesNo(!failed('name')), c.account.holder],
        ],
      },
      a.validation.length
        ? { kind: 'text', text: a.validation.join(' '), tone: 'warning' }
        : { kind: 'text', text: 'The claim is valid and goes on to risk assessment.' },
    ],
  }
}

export function riskPanel(a: ClaimAssessment, j: Jurisdiction): Panel {
  const required = requiredFor(a)
  const r = j.refunds.risk
  return {
    id: 'risk',
    title: 'Risk assessment',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Risk tier', value: a.risk.tier.toUpperCase() },
          { label: 'Score', value: `${a.risk.score} (medium from ${r.mediumFrom}, high from ${r.highFrom})` },
          {
            label: 'Verification required',
            value: required.length
              ? required.map((c) => CHECK_LABELS[c]).join('; ')
              : 'none (automatic path)',
          },
        ],
      },
      {
        kind: 'table',
        title: 'Risk factors',
        columns: ['Factor', 'Points'],
        numeric: [false, true],
        rows: a.risk.factors.map((f) => [f.label, String(f.points)]),
        empty: 'No risk factor applies.',
      },
    ],
  }
}

export function suppliersPanel(a: ClaimAssessment, world: World, j: Jurisdiction): Panel {
  const money = (m: number) => formatMoney(m, j.currency)
  const byTin = new Map(world.taxpayers.map((t) => [t.tin, t]))
  const rows = a.credits.rows.map((m) => {
    const s = byTin.get(m.purchase.supplierTin)
    const status = s ? `${s.status}, registered ${s.registeredOn}` : 'not on the register'
    return [
      m.purchase.supplierName,
      m.purchase.supplierTin,
      status,
      money(m.purchase.vat),
      m.result === 'not declared' ? 'nothing declared' : money(m.declaredVat),
      m.result,
      money(m.purchase.vat - m.allowedVat),
    ]
  })
  return {
    id: 'suppliers',
    title: 'Suppliers\u2019 declarations',
    sections: [
      {
        kind: 'table',
        columns: [
          'Supplier',
          'TIN',
          'Register',
          'Input VAT claimed',
          'Output VAT declared to you',
          'Match',
          'Not matched',
        ],
        numeric: [false, false, false, true, true, false, true],
        rows,
      },
      {
        kind: 'text',
        text: `Matching tolerance ${j.refunds.matchingTolerancePercent} %. Input VAT not matched by a supplier declaration: ${money(a.credits.disallowed)}.`,
        tone: a.credits.disallowed > 0 ? 'warning' : 'plain',
      },
    ],
  }
}

export function customsPanel(
  record: CaseRecord,
  sources: ClaimSources,
  a: ClaimAssessment,
  j: Jurisdiction,
): Panel {
  const c = claimOf(record)
  const money = (m: number) => formatMoney(m, j.currency)
  const customs = new Map(customsRecords(sources, c).map((r) => [declarationOf(r), r]))
  const receipts = new Map(foreignReceipts(sources, c).map((r) => [declarationOf(r), r]))
  const rest = (detail: string) => detail.split(' \u2014 ').slice(1).join(' \u2014 ')
  return {
    id: 'customs',
    title: 'Customs and foreign receipts',
    sections: [
      {
        kind: 'table',
        columns: ['Declaration', 'Value claimed', 'Customs record', 'Foreign receipt'],
        numeric: [false, true, false, false],
        rows: c.exports.map((e) => {
          const k = customs.get(e.declaration)
          const r = receipts.get(e.declaration)
          return [
            e.declaration,
            money(e.value),
            k ? `${money(k.amount)} \u2014 ${rest(k.detail)}` : 'no record',
            r ? `${money(r.amount)} \u2014 ${rest(r.detail)}` : 'none found',
          ]
        }),
        empty: 'No exports to check.',
      },
      {
        kind: 'text',
        text: `Zero-rated sales without a customs record: ${money(a.exports.value)}; at the standard rate of ${j.rates.vat} % that is ${money(a.exports.vat)} of output VAT.`,
        tone: a.exports.value > 0 ? 'warning' : 'plain',
      },
    ],
  }
}

export function bankPanel(record: CaseRecord): Panel {
  const c = claimOf(record)
  return {
    id: 'bank',
    title: 'Refund account and bank confirmation',
    sections: [
      {
        kind: 'table',
        columns: [
          'From',
          'Bank',
          'Account',
          'Holder declared',
          'Holder per bank',
          'Name match',
          'Opened',
          'Changed via',
        ],
        rows: c.accounts.map((acc) => [
          acc.from,
          acc.bank,
          acc.number,
          acc.holder,
          acc.bankHolder,
          acc.bankHolder === c.taxpayerName ? 'matches' : 'does not match',
          acc.openedOn,
          acc.channel,
        ]),
      },
    ],
  }
}

export function offsetPanel(
  record: CaseRecord,
  sources: ClaimSources,
  allowed: number,
  on: string,
  j: Jurisdiction,
): Panel {
  const c = claimOf(record)
  const money = (m: number) => formatMoney(m, j.currency)
  const others = sources.ledger.filter((e) => !(e.taxType === 'VAT' && e.period === c.period))
  const debts = periodBalances(others, record.tin).filter((b) => b.balance > 0)
  const offset = offsetFor(sources, record, allowed, on, j)
  return {
    id: 'offset',
    title: 'Offset against other debts',
    sections: [
      {
        kind: 'table',
        title: 'Balances owed on the taxpayer\u2019s account (all tax types)',
        columns: ['Tax', 'Period', 'Owed', 'Oldest due'],
        numeric: [false, false, true, false],
        rows: debts.map((d) => [d.taxType, d.period, money(d.balance), d.oldestDue ?? '']),
        empty: 'Nothing owed in any tax type.',
      },
      {
        kind: 'table',
        title: 'Offset',
        columns: ['To', 'Period', 'Amount'],
        numeric: [false, false, true],
        rows: offset.lines.map((l) => [l.taxType, l.period, money(l.amount)]),
        empty: 'No offset: nothing is owed.',
      },
      {
        kind: 'facts',
        rows: [
          { label: 'Amount allowed', value: money(allowed) },
          { label: 'Offset against debts', value: money(offset.offset) },
          { label: 'To pay', value: money(offset.payable) },
        ],
      },
    ],
  }
}

export function approvalPanel(allowed: number, on: string, j: Jurisdiction): Panel {
  return {
    id: 'approval',
    title: 'Second approval',
    sections: [
      {
        kind: 'text',
        text: `Refunds above ${formatMoney(secondApprovalLimit(j), j.currency)} need a second approver. The head of the refunds unit reviewed the file and approved ${formatMoney(allowed, j.currency)} on ${on}.`,
      },
    ],
  }
}
