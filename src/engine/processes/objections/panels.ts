/**
 * Objection evidence as display-ready panels: the case, the objection letter and the officers
 * (open from the start), then the assessment notice, the taxpayer account, the audit file and
 * the new evidence, each revealed by its step. Never shows ground truth or computed verdicts:
 * the notice gives the mailing date and the law, the officer counts the days.
 */
import { msg, type Msg, type Text } from '../../primitives/message'
import { periodBalances, balanceOf } from '../../rules/ledger'
import type { Jurisdiction } from '../../scenario/schema'
import type { LedgerEntry, World } from '../../world/types'
import type { CaseRecord, Panel } from '../contract'
import { dateFact, facts, moneyFact, table, tinFact } from '../panel'
import { disputedTax, undisputedTax, type ObjectionCaseData } from './case-data'
import { itemLabel, itemsInText, officerLabel, unitLabel } from './labels'
import { withTin } from '../../world/lookup'
import { taxTypeLabel, taxTypeOfLabel } from '../../vocabulary'

type Record_ = CaseRecord<ObjectionCaseData>

const pm = (key: string, args?: Parameters<typeof msg>[1]): Msg => msg(`objections.panel.${key}`, args)
const period = (d: ObjectionCaseData) =>
  pm('taxPeriod', { taxType: taxTypeLabel(d.taxType), period: d.period })

export function casePanel(record: Record_, world: World): Panel {
  const d = record.data
  const auditor = d.roster.find((o) => o.id === d.auditorId)
  const assessed = d.items.reduce((s, i) => s + i.tax, 0)
  return {
    id: 'case',
    title: pm('case.title'),
    sections: [
      facts([
        { label: pm('case.case'), value: record.id, mono: true },
        { label: pm('taxpayer'), value: d.taxpayerName },
        tinFact(pm('tin'), record.tin),
        {
          label: pm('case.assessment'),
          value: pm('case.assessmentValue', {
            notice: d.noticeId,
            taxType: taxTypeLabel(d.taxType),
            period: d.period,
          }),
          mono: true,
        },
        moneyFact(pm('case.assessed'), assessed),
        moneyFact(pm('case.disputed'), disputedTax(d)),
        moneyFact(pm('case.accepted'), undisputedTax(d)),
        dateFact(pm('case.received'), record.receivedOn),
        dateFact(pm('case.decideBy'), record.dueOn),
        { label: pm('case.madeBy'), value: auditor ? officerLabel(auditor) : d.auditorId },
        moneyFact(pm('owedInAll'), balanceOf(withTin(world.ledger, record.tin))),
      ]),
    ],
  }
}

function letterText(d: ObjectionCaseData): Text[] {
  const disputed = d.items.filter((i) => i.disputed)
  const accepted = d.items.filter((i) => !i.disputed)
  const ids = (items: typeof d.items) => itemsInText(items.map((i) => i.id))
  const opening = pm(accepted.length ? 'letter.openingAccept' : 'letter.opening', {
    notice: d.noticeId,
    taxType: taxTypeLabel(d.taxType),
    period: d.period,
    disputed: ids(disputed),
    accepted: ids(accepted),
  })
  const body: Text[] = d.groundsStated
    ? disputed.map((i) =>
        pm('letter.ground', { item: itemLabel(i.id), description: i.description, ground: i.ground ?? '' }),
      )
    : [pm('letter.noGrounds', { count: disputed.length })]
  return [opening, ...body, ...(d.lateReason ? [d.lateReason] : [])]
}

export function letterPanel(record: Record_): Panel {
  const d = record.data
  const attachments = d.items.filter((i) => i.disputed && i.evidence)
  return {
    id: 'objection-letter',
    title: pm('letter.title'),
    sections: [
      facts([
        { label: pm('letter.from'), value: d.taxpayerName },
        { label: pm('letter.reference'), value: d.letterRef, mono: true },
        dateFact(pm('letter.dated'), d.letterDate),
        dateFact(pm('letter.received'), record.receivedOn),
      ]),
      ...letterText(d).map((text) => ({ kind: 'text' as const, text })),
      table(
        [
          {
            label: pm('letter.attachment'),
            text: (i) =>
              pm('letter.attachmentValue', { item: itemLabel(i.id), document: i.evidence!.document }),
          },
        ],
        attachments,
        { title: pm('letter.attachments'), empty: pm('letter.nothingAttached') },
      ),
    ],
  }
}

export function officersPanel(record: Record_): Panel {
  return {
    id: 'officers',
    title: pm('officers.title'),
    sections: [
      table(
        [
          { label: pm('officers.officer'), text: (o) => o.id },
          { label: pm('officers.name'), text: (o) => o.name },
          { label: pm('officers.unit'), text: (o) => unitLabel(o.unit) },
          { label: pm('officers.post'), text: (o) => o.post },
        ],
        record.data.roster,
      ),
    ],
  }
}

function lawText(j: Jurisdiction): Msg {
  const { deemedReceiptDays, objectionDays } = j.deadlines
  return pm('notice.law', {
    deemed: deemedReceiptDays,
    days: objectionDays,
    extension:
      j.objections.extensionDays > 0
        ? pm('notice.extension', { days: j.objections.extensionDays })
        : pm('notice.noExtension'),
  })
}

export function noticePanel(record: Record_, j: Jurisdiction): Panel {
  const d = record.data
  return {
    id: 'notice',
    title: pm('notice.title'),
    sections: [
      facts([
        { label: pm('notice.notice'), value: d.noticeId, mono: true },
        { label: pm('notice.taxPeriod'), value: period(d) },
        dateFact(pm('notice.issued'), d.issuedOn),
        dateFact(pm('notice.mailed'), d.mailedOn),
        moneyFact(
          pm('additionalTax'),
          d.items.reduce((s, i) => s + i.tax, 0),
        ),
      ]),
      table(
        [
          { label: pm('item'), text: (i) => itemLabel(i.id) },
          { label: pm('adjustment'), text: (i) => i.description },
          { label: pm('additionalTax'), money: (i) => i.tax },
        ],
        d.items,
        { title: pm('notice.adjustments') },
      ),
      { kind: 'text', title: pm('notice.lawTitle'), text: lawText(j) },
    ],
  }
}

export function accountPanel(record: Record_, world: World): Panel {
  const d = record.data
  const entries = withTin(world.ledger, record.tin)
    .filter((e) => e.taxType === d.taxType && e.period === d.period)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  // A line posted for a return names that return as an officer's ledger would, by its tax and
  // period, not by the id the generator gave the record.
  const returns = withTin(world.returns, record.tin)
  const reference = (e: LedgerEntry): Text => {
    const r = returns.find((x) => x.id === e.ref)
    return r ? pm('account.returnRef', { taxType: taxTypeLabel(r.taxType), period: r.period }) : e.ref
  }
  const others = periodBalances(withTin(world.ledger, record.tin), record.tin).filter(
    (p) => p.balance !== 0 && !(p.taxType === d.taxType && p.period === d.period),
  )
  return {
    id: 'account',
    title: pm('account.title'),
    sections: [
      table(
        [
          { label: pm('account.date'), date: (e) => e.date },
          { label: pm('account.entry'), text: (e) => msg(`objections.ledgerKind.${e.kind}`) },
          { label: pm('account.reference'), text: reference },
          { label: pm('account.debit'), money: (e) => (e.amount > 0 ? e.amount : undefined) },
          { label: pm('account.credit'), money: (e) => (e.amount < 0 ? -e.amount : undefined) },
          { label: pm('account.note'), text: (e) => e.note ?? '' },
        ],
        entries,
        { title: period(d) },
      ),
      facts([
        moneyFact(
          pm('account.balance', { taxType: taxTypeOfLabel(d.taxType), period: d.period }),
          balanceOf(entries),
        ),
        moneyFact(pm('owedInAll'), balanceOf(withTin(world.ledger, record.tin))),
      ]),
      table(
        [
          { label: pm('account.tax'), text: (p) => taxTypeLabel(p.taxType) },
          { label: pm('account.period'), text: (p) => p.period },
          { label: pm('account.balanceColumn'), money: (p) => p.balance },
          { label: pm('account.oldestDue'), date: (p) => p.oldestDue ?? undefined },
        ],
        others,
        { title: pm('account.others'), empty: pm('account.noOthers') },
      ),
    ],
  }
}

export function auditFilePanel(record: Record_): Panel {
  const d = record.data
  const auditor = d.roster.find((o) => o.id === d.auditorId)
  return {
    id: 'audit-file',
    title: pm('auditFile.title'),
    sections: [
      facts([
        {
          label: pm('auditFile.auditor'),
          value: auditor ? pm('auditFile.auditorValue', { id: auditor.id, name: auditor.name }) : d.auditorId,
        },
        dateFact(pm('auditFile.closed'), d.auditClosedOn),
      ]),
      table(
        [
          { label: pm('item'), text: (i) => itemLabel(i.id) },
          { label: pm('adjustment'), text: (i) => i.description },
          { label: pm('auditFile.base'), money: (i) => i.base },
          { label: pm('auditFile.tax'), money: (i) => i.tax },
          { label: pm('auditFile.basis'), text: (i) => i.basis },
          { label: pm('auditFile.workingPaper'), text: (i) => i.workingPaper },
        ],
        d.items,
      ),
    ],
  }
}

export function evidencePanel(record: Record_): Panel {
  const disputed = record.data.items.filter((i) => i.disputed)
  return {
    id: 'new-evidence',
    title: pm('evidence.title'),
    sections: [
      table(
        [
          { label: pm('item'), text: (i) => itemLabel(i.id) },
          { label: pm('evidence.submitted'), text: (i) => i.evidence?.document ?? pm('evidence.nothing') },
          { label: pm('evidence.check'), text: (i) => i.evidence?.finding ?? pm('evidence.nothingToCheck') },
        ],
        disputed,
        { title: pm('evidence.heading') },
      ),
    ],
  }
}

/** Every panel this process shows, by id, named as its title names it (contract.ts `panelNames`). */
export const PANEL_NAMES = {
  case: pm('case.title'),
  'objection-letter': pm('letter.title'),
  officers: pm('officers.title'),
  notice: pm('notice.title'),
  account: pm('account.title'),
  'audit-file': pm('auditFile.title'),
  'new-evidence': pm('evidence.title'),
}
