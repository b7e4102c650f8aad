/**
 * Audit evidence as display-ready panels: the risk candidate with its score per named rule,
 * the return, third-party data, the sector benchmark, filing and audit history, suppliers,
 * the records, the premises visit, the taxpayer's reply, the draft findings and the assessment.
 * Shows what the file holds; never ground truth.
 */
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { LedgerEntry, ThirdPartyRecord, World } from '../../world/types'
import type { Panel, PanelSection } from '../contract'
import { CATEGORY_LABELS, RISK_RULE_INFO, penaltyPercent, type Findings } from './rules'
import type { AuditCaseData, Document, Letter } from './types'
import { withId } from '../../world/lookup'

type Money = (minor: number) => string
const moneyOf =
  (j: Jurisdiction): Money =>
  (minor) =>
    formatMoney(minor, j.currency)
const pct = (n: number) => `${n.toFixed(1)} %`

export function riskPanel(d: AuditCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  const above = d.score >= d.threshold
  return {
    id: 'risk',
    title: 'Risk candidate',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Taxpayer', value: d.name },
          { label: 'TIN', value: d.tin, mono: true },
          { label: 'Type', value: d.taxpayerKind === 'business' ? 'Business' : 'Individual' },
          { label: 'Sector', value: `${d.sector} (${d.segment})` },
          {
            label: 'Return',
            value: `${d.taxType} ${d.period} — ${j.taxTypes.find((t) => t.code === d.taxType)?.name ?? d.taxType}`,
          },
          { label: 'Flagged discrepancy', value: `${money(d.estimate.base)} — ${d.estimate.note}` },
          { label: 'Estimated tax at stake', value: money(d.estimate.tax) },
        ],
      },
      {
        kind: 'table',
        title: 'Risk score by rule',
        columns: ['Rule', 'What the rule saw', 'Weight'],
        numeric: [false, false, true],
        rows: [
          ...d.hits.map((h) => [RISK_RULE_INFO[h.rule].label, h.detail, String(h.weight)]),
          ['Total score', `Selection threshold ${d.threshold}`, String(d.score)],
        ],
        empty: 'No rule fired.',
      },
      {
        kind: 'text',
        text: above
          ? `Score ${d.score} is at or above the threshold of ${d.threshold}. Audit capacity for this worklist: ${d.capacity} audits.`
          : `Score ${d.score} is below the threshold of ${d.threshold}. Audit capacity for this worklist: ${d.capacity} audits.`,
        tone: above ? 'warning' : 'plain',
      },
      ...(d.materiality !== undefined
        ? [
            {
              kind: 'text' as const,
              text: `Materiality floor: a candidate is selected only if the estimated tax at stake is at least ${money(d.materiality)}.`,
              tone: 'plain' as const,
            },
          ]
        : []),
      {
        kind: 'table',
        title: 'Worklist ranked by risk score',
        columns: ['#', 'Case', 'Taxpayer', 'Score', 'Estimated tax at stake'],
        numeric: [true, false, false, true, true],
        rows: d.ranking.map((r, i) => [String(i + 1), r.caseId, r.name, String(r.score), money(r.estimate)]),
      },
    ],
  }
}

export function returnPanel(d: AuditCaseData, world: World, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  const r = withId(world.returns, d.returnId)
  if (!r)
    return {
      id: 'return',
      title: 'Return',
      sections: [{ kind: 'text', text: 'The return is not on file.', tone: 'warning' }],
    }
  return {
    id: 'return',
    title: `Return ${r.taxType} ${r.period}`,
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Return', value: r.id, mono: true },
          { label: 'Due', value: r.dueOn },
          { label: 'Filed', value: r.filedOn ? `${r.filedOn} (${r.channel ?? 'paper'})` : 'not filed' },
          { label: 'Tax declared', value: money(r.taxDue) },
        ],
      },
      {
        kind: 'table',
        columns: ['Line', 'Amount'],
        numeric: [false, true],
        rows: r.lines.map((l) => [l.label, money(l.amount)]),
      },
    ],
  }
}

function recordsTable(
  title: string,
  records: readonly ThirdPartyRecord[],
  money: Money,
  empty: string,
): PanelSection {
  const total = records.reduce((sum, t) => sum + t.amount, 0)
  return {
    kind: 'table',
    title,
    columns: ['Source', 'Period', 'Reported by / counterparty', 'Amount', 'Detail'],
    numeric: [false, false, false, true, false],
    rows: [
      ...records.map((t) => [t.source, t.period, t.counterparty ?? '', money(t.amount), t.detail]),
      ...(records.length > 1 ? [['Total', '', '', money(total), '']] : []),
    ],
    empty,
  }
}

export function thirdPartyPanel(d: AuditCaseData, world: World, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  const pick = (ids: readonly string[]) => world.thirdParty.filter((t) => ids.includes(t.id))
  const purchases = pick(d.purchaseIds)
  return {
    id: 'third-party',
    title: 'Third-party data',
    sections: [
      recordsTable(
        'Income and sales reported by others',
        pick(d.thirdPartyIds),
        money,
        'No income or sales reported by others for this period.',
      ),
      ...(purchases.length ? [recordsTable('Purchases reported by suppliers', purchases, money, '')] : []),
    ],
  }
}

export function benchmarkPanel(d: AuditCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  const b = d.benchmark
  if (!b)
    return {
      id: 'benchmark',
      title: 'Sector benchmark',
      sections: [{ kind: 'text', text: 'No sector benchmark applies to this return (no trading account).' }],
    }
  const change = b.priorTurnover ? ((b.turnover - b.priorTurnover) / b.priorTurnover) * 100 : 0
  return {
    id: 'benchmark',
    title: `Sector benchmark: ${b.sector}`,
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Gross margin declared', value: pct(b.margin) },
          { label: 'Sector lower quartile', value: pct(b.lowerQuartile) },
          { label: 'Sector median', value: pct(b.median) },
          { label: 'Sector upper quartile', value: pct(b.upperQuartile) },
          { label: 'Turnover this year', value: money(b.turnover) },
          { label: 'Turnover the year before', value: money(b.priorTurnover) },
          { label: 'Change', value: `${change >= 0 ? '+' : ''}${change.toFixed(1)} %` },
        ],
      },
    ],
  }
}

const letterSection = (l: Letter): PanelSection => ({
  kind: 'text',
  title: `${l.date} — ${l.from}: ${l.subject}`,
  text: l.text,
})

export function historyPanel(d: AuditCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  return {
    id: 'history',
    title: 'Filing and audit history',
    sections: [
      {
        kind: 'table',
        title: `${d.taxType} returns`,
        columns: ['Period', 'Due', 'Filed', 'Status', 'Tax declared'],
        numeric: [false, false, false, false, true],
        rows: d.filings.map((f) => [
          f.period,
          f.dueOn,
          f.filedOn ?? 'not filed',
          f.filedOn === null ? 'missing' : f.filedOn > f.dueOn ? 'late' : 'on time',
          money(f.taxDue),
        ]),
      },
      {
        kind: 'table',
        title: 'Earlier audits',
        columns: ['Period', 'Closed', 'Type', 'Result', 'Tax raised'],
        numeric: [false, false, false, false, true],
        rows: d.audits.map((a) => [a.period, a.closedOn, a.type, a.result, money(a.tax)]),
        empty: 'No earlier audits.',
      },
      ...(d.letters.length
        ? d.letters.map(letterSection)
        : [{ kind: 'text' as const, text: 'No correspondence on file.' }]),
    ],
  }
}

export function suppliersPanel(d: AuditCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  return {
    id: 'suppliers',
    title: 'Suppliers behind the input VAT',
    sections: [
      {
        kind: 'table',
        columns: [
          'Supplier',
          'TIN',
          'Registered',
          'Invoices',
          'Input VAT claimed here',
          'Output VAT the supplier declared',
          'Output VAT on all its e-invoices',
          'Buyers invoiced',
          'Status',
        ],
        numeric: [false, false, false, true, true, true, true, true, false],
        rows: d.suppliers.map((s) => [
          s.name,
          s.tin,
          s.registeredOn,
          String(s.invoices),
          money(s.inputVatClaimed),
          s.declaredOutputVat === null ? 'no return filed' : money(s.declaredOutputVat),
          money(s.invoicedOutputVat),
          String(s.buyers),
          s.status,
        ]),
        empty: 'No suppliers.',
      },
      ...d.suppliers
        .filter((s) => s.remark)
        .map((s): PanelSection => ({ kind: 'text', title: s.name, text: s.remark })),
    ],
  }
}

function documentSections(docs: readonly Document[], money: Money): PanelSection[] {
  return docs.flatMap((doc): PanelSection[] => [
    {
      kind: 'facts',
      title: doc.title,
      rows: doc.rows.map((r) => ({
        label: r.label,
        value: typeof r.value === 'number' ? money(r.value) : r.value,
      })),
    },
    ...(doc.note ? [{ kind: 'text' as const, text: doc.note }] : []),
  ])
}

export function recordsPanel(d: AuditCaseData, j: Jurisdiction): Panel {
  return { id: 'records', title: 'Records examined', sections: documentSections(d.records, moneyOf(j)) }
}

export function premisesPanel(d: AuditCaseData, j: Jurisdiction): Panel {
  return { id: 'premises', title: 'Premises visit', sections: documentSections(d.premises, moneyOf(j)) }
}

export function replyPanel(d: AuditCaseData): Panel {
  return {
    id: 'reply',
    title: "Taxpayer's reply to the preliminary findings",
    sections: [letterSection(d.reply)],
  }
}

export function findingsPanel(f: Findings, d: AuditCaseData, j: Jurisdiction): Panel {
  const money = moneyOf(j)
  return {
    id: 'findings',
    title: 'Draft findings',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Adjustment', value: money(f.adjustment) },
          { label: 'Additional tax', value: money(f.tax) },
          {
            label: 'Penalty category',
            value: `${CATEGORY_LABELS[f.category]} (${penaltyPercent(f.category, j)} %)`,
          },
          { label: 'Penalty', value: money(f.penalty) },
          { label: `Interest from ${d.dueOn} to date`, value: money(f.interest) },
          { label: 'Total', value: money(f.tax + f.penalty + f.interest) },
        ],
      },
    ],
  }
}

export function assessmentPanel(entries: readonly LedgerEntry[], j: Jurisdiction, referred: boolean): Panel {
  const money = moneyOf(j)
  return {
    id: 'assessment',
    title: referred ? 'Assessment raised and case referred to investigation' : 'Final assessment issued',
    sections: [
      {
        kind: 'table',
        title: 'Posted to the current account',
        columns: ['Date', 'Tax', 'Period', 'Kind', 'Amount', 'Note'],
        numeric: [false, false, false, false, true, false],
        rows: entries.map((e) => [e.date, e.taxType, e.period, e.kind, money(e.amount), e.note ?? '']),
      },
    ],
  }
}
