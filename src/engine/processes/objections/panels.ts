/**
 * Objection evidence as display-ready panels: the case, the objection letter and the officers
 * (open from the start), then the assessment notice, the taxpayer account, the audit file and
 * the new evidence, each revealed by its step. Never shows ground truth or computed verdicts:
 * the notice gives the mailing date and the law, the officer counts the days.
 */
import { periodBalances, balanceOf } from '../../rules/ledger'
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { World } from '../../world/types'
import type { CaseRecord, Panel } from '../contract'
import {
  disputedTax,
  itemList,
  itemNumber,
  UNIT_LABELS,
  undisputedTax,
  type ObjectionCaseData,
} from './case-data'

type Record_ = CaseRecord<ObjectionCaseData>

const itemLabel = (id: string) => `Item ${itemNumber(id)}`

export function casePanel(record: Record_, world: World, j: Jurisdiction): Panel {
  const d = record.data
  const money = (minor: number) => formatMoney(minor, j.currency)
  const auditor = d.roster.find((o) => o.id === d.auditorId)
  const assessed = d.items.reduce((s, i) => s + i.tax, 0)
  return {
    id: 'case',
    title: 'Objection case',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Case', value: record.id, mono: true },
          { label: 'Taxpayer', value: d.taxpayerName },
          { label: 'TIN', value: record.tin, mono: true },
          { label: 'Assessment', value: `${d.noticeId}: ${d.taxType} ${d.period}`, mono: true },
          { label: 'Additional tax assessed', value: money(assessed) },
          { label: 'Under objection (per the letter)', value: money(disputedTax(d)) },
          { label: 'Accepted by the taxpayer', value: money(undisputedTax(d)) },
          { label: 'Objection received', value: record.receivedOn },
          { label: 'Decide by', value: record.dueOn },
          {
            label: 'Assessment made by',
            value: auditor ? `${auditor.id} ${auditor.name} (${UNIT_LABELS[auditor.unit]})` : d.auditorId,
          },
          { label: 'Owed on the whole account', value: money(balanceOf(world.ledger, { tin: record.tin })) },
        ],
      },
    ],
  }
}

export function letterPanel(record: Record_): Panel {
  const d = record.data
  const disputed = d.items.filter((i) => i.disputed)
  const accepted = d.items.filter((i) => !i.disputed)
  const numbers = (items: typeof d.items) => itemList(items.map((i) => i.id))
  const opening = `We object to assessment notice ${d.noticeId} (${d.taxType} ${d.period}). We dispute ${numbers(disputed)}${accepted.length ? ` and accept ${numbers(accepted)}` : ''}.`
  const body = d.groundsStated
    ? disputed.map((i) => `${itemLabel(i.id)} (${i.description}): ${i.ground ?? ''}`)
    : [
        `We do not agree with ${disputed.length > 1 ? 'these items' : 'this item'} and ask you to withdraw ${disputed.length > 1 ? 'them' : 'it'}.`,
      ]
  const attachments = disputed.flatMap((i) =>
    i.evidence ? [`${itemLabel(i.id)}: ${i.evidence.document}`] : [],
  )
  return {
    id: 'objection-letter',
    title: 'Objection letter',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'From', value: d.taxpayerName },
          { label: 'Reference', value: d.letterRef, mono: true },
          { label: 'Dated', value: d.letterDate },
          { label: 'Received by the office', value: record.receivedOn },
        ],
      },
      { kind: 'text', text: [opening, ...body, ...(d.lateReason ? [d.lateReason] : [])].join('\n\n') },
      {
        kind: 'table',
        title: 'Attachments',
        columns: ['Attachment'],
        rows: attachments.map((a) => [a]),
        empty: 'Nothing attached.',
      },
    ],
  }
}

export function officersPanel(record: Record_): Panel {
  return {
    id: 'officers',
    title: 'Officers',
    sections: [
      {
        kind: 'table',
        columns: ['Officer', 'Name', 'Unit', 'Post'],
        rows: record.data.roster.map((o) => [o.id, o.name, UNIT_LABELS[o.unit], o.post]),
      },
    ],
  }
}

export function noticePanel(record: Record_, j: Jurisdiction): Panel {
  const d = record.data
  const money = (minor: number) => formatMoney(minor, j.currency)
  const { deemedReceiptDays, objectionDays } = j.deadlines
  const extension =
    j.objections.extensionDays > 0
      ? ` A late objection may be admitted up to ${j.objections.extensionDays} days after that limit if the taxpayer gives a reason for the delay.`
      : ' The limit cannot be extended.'
  return {
    id: 'notice',
    title: 'Assessment notice',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Notice', value: d.noticeId, mono: true },
          { label: 'Tax and period', value: `${d.taxType} ${d.period}` },
          { label: 'Issued', value: d.issuedOn },
          { label: 'Sent by registered post on', value: d.mailedOn },
          { label: 'Additional tax', value: money(d.items.reduce((s, i) => s + i.tax, 0)) },
        ],
      },
      {
        kind: 'table',
        title: 'Adjustments',
        columns: ['Item', 'Adjustment', 'Additional tax'],
        numeric: [false, false, true],
        rows: d.items.map((i) => [itemLabel(i.id), i.description, money(i.tax)]),
      },
      {
        kind: 'text',
        title: 'What the law says',
        text: `In ${j.name}, a notice sent by post is deemed received ${deemedReceiptDays} days after mailing. An objection must reach the office within ${objectionDays} days of receipt of the notice.${extension}`,
      },
    ],
  }
}

export function accountPanel(record: Record_, world: World, j: Jurisdiction): Panel {
  const d = record.data
  const money = (minor: number) => formatMoney(minor, j.currency)
  const entries = world.ledger
    .filter((e) => e.tin === record.tin && e.taxType === d.taxType && e.period === d.period)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  const others = periodBalances(world.ledger, record.tin).filter(
    (p) => p.balance !== 0 && !(p.taxType === d.taxType && p.period === d.period),
  )
  return {
    id: 'account',
    title: 'Taxpayer account',
    sections: [
      {
        kind: 'table',
        title: `${d.taxType} ${d.period}`,
        columns: ['Date', 'Entry', 'Reference', 'Debit', 'Credit', 'Note'],
        numeric: [false, false, false, true, true, false],
        rows: entries.map((e) => [
          e.date,
          e.kind,
          e.ref,
          e.amount > 0 ? money(e.amount) : '',
          e.amount < 0 ? money(-e.amount) : '',
          e.note ?? '',
        ]),
      },
      {
        kind: 'facts',
        rows: [
          { label: `Balance ${d.taxType} ${d.period}`, value: money(balanceOf(entries)) },
          { label: 'Owed on the whole account', value: money(balanceOf(world.ledger, { tin: record.tin })) },
        ],
      },
      {
        kind: 'table',
        title: 'Other periods with a balance',
        columns: ['Tax', 'Period', 'Balance', 'Oldest due'],
        numeric: [false, false, true, false],
        rows: others.map((p) => [p.taxType, p.period, money(p.balance), p.oldestDue ?? '']),
        empty: 'No other period has a balance.',
      },
    ],
  }
}

export function auditFilePanel(record: Record_, j: Jurisdiction): Panel {
  const d = record.data
  const money = (minor: number) => formatMoney(minor, j.currency)
  const auditor = d.roster.find((o) => o.id === d.auditorId)
  return {
    id: 'audit-file',
    title: 'Audit file',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Auditor', value: auditor ? `${auditor.id} ${auditor.name}` : d.auditorId },
          { label: 'Audit closed', value: d.auditClosedOn },
        ],
      },
      {
        kind: 'table',
        columns: ['Item', 'Adjustment', 'Taxable amount', 'Tax', "Auditor's basis", 'Working paper'],
        numeric: [false, false, true, true, false, false],
        rows: d.items.map((i) => [
          itemLabel(i.id),
          i.description,
          money(i.base),
          money(i.tax),
          i.basis,
          i.workingPaper,
        ]),
      },
    ],
  }
}

export function evidencePanel(record: Record_): Panel {
  const disputed = record.data.items.filter((i) => i.disputed)
  return {
    id: 'new-evidence',
    title: 'New evidence',
    sections: [
      {
        kind: 'table',
        title: 'Submitted with the objection, and what checking it against records found',
        columns: ['Item', 'Submitted', 'Check against records'],
        rows: disputed.map((i) => [
          itemLabel(i.id),
          i.evidence?.document ?? 'Nothing submitted',
          i.evidence?.finding ?? 'Nothing to check.',
        ]),
      },
    ],
  }
}
