/**
 * Audit evidence as display-ready panels: the risk candidate with its score per named rule,
 * the return, third-party data, the sector benchmark, filing and audit history, suppliers,
 * the records, the premises visit, the taxpayer's reply, the draft findings and the assessment.
 * Shows what the file holds; never ground truth.
 */
import { day, money, msg, type Text, type Value } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import type { LedgerEntry, ThirdPartyRecord, World } from '../../world/types'
import type { Panel, PanelSection } from '../contract'
import { dateFact, facts, moneyFact, table, tinFact } from '../panel'
import { auditTypeLabel, basisLabel, categoryLabel, ruleLabel } from './labels'
import { penaltyPercent, type AssessedReturn, type Findings } from './rules'
import type { AuditCaseData, Document, Letter } from './types'
import { withId, withIds } from '../../world/lookup'
import { segmentLabel, taxTypeLabel, taxTypeOfLabel } from '../../vocabulary'
import { sectorLabel } from '../../world/sectors'
import { returnLineLabel } from '../../world/account-figures'

const pm = (key: string, args?: Parameters<typeof msg>[1]) => msg(`audit.panel.${key}`, args)
const pct = (n: number): Value => msg('audit.panel.percent', { n })

function riskSummary(d: AuditCaseData): PanelSection[] {
  const above = d.score >= d.threshold
  const args = { score: d.score, threshold: d.threshold, capacity: d.capacity }
  return [
    { kind: 'text', text: pm(above ? 'risk.above' : 'risk.below', args), tone: above ? 'warning' : 'plain' },
    ...(d.materiality !== undefined
      ? [
          {
            kind: 'text' as const,
            text: pm('risk.materiality', { amount: money(d.materiality) }),
            tone: 'plain' as const,
          },
        ]
      : []),
  ]
}

type ScoreRow = { rule: Text; detail: Text; weight: number }

export function riskPanel(d: AuditCaseData): Panel {
  const scores: ScoreRow[] = [
    ...d.hits.map((h) => ({ rule: ruleLabel(h.rule), detail: h.detail, weight: h.weight })),
    { rule: pm('risk.total'), detail: pm('risk.threshold', { threshold: d.threshold }), weight: d.score },
  ]
  return {
    id: 'risk',
    title: pm('risk.title'),
    sections: [
      facts([
        { label: pm('taxpayer'), value: d.name },
        tinFact(pm('tin'), d.tin),
        {
          label: pm('risk.type'),
          value: pm(d.taxpayerKind === 'business' ? 'risk.business' : 'risk.individual'),
        },
        {
          label: pm('risk.sector'),
          value: pm('risk.sectorValue', { sector: sectorLabel(d.sector), segment: segmentLabel(d.segment) }),
        },
        {
          label: pm('return'),
          // The tax by its label alone: the profile's name for it is in the trainer's language.
          value: pm('risk.returnValue', { taxType: taxTypeLabel(d.taxType), period: d.period }),
        },
        {
          label: pm('risk.flagged'),
          value: pm('risk.flaggedValue', { amount: money(d.estimate.base), note: d.estimate.note }),
        },
        moneyFact(pm('risk.atStake'), d.estimate.tax),
      ]),
      table<ScoreRow>(
        [
          { label: pm('risk.rule'), text: (r) => r.rule },
          { label: pm('risk.saw'), text: (r) => r.detail },
          { label: pm('risk.weight'), number: (r) => r.weight },
        ],
        d.hits.length ? scores : [],
        { title: pm('risk.byRule'), empty: pm('risk.noRule') },
      ),
      ...riskSummary(d),
      worklistTable(d.ranking),
    ],
  }
}

const worklists = new WeakMap<AuditCaseData['ranking'], PanelSection>()

/**
 * The ranked worklist, the same for every case of a world: built once per ranking and shared
 * (read-only), so opening every case of a 5,000-case worklist is not 5,000 × 5,000 rows of work.
 */
function worklistTable(ranking: AuditCaseData['ranking']): PanelSection {
  let section = worklists.get(ranking)
  if (!section) {
    section = table<AuditCaseData['ranking'][number] & { n: number }>(
      [
        { label: '#', number: (r) => r.n },
        { label: pm('risk.case'), text: (r) => r.caseId },
        { label: pm('taxpayer'), text: (r) => r.name },
        { label: pm('risk.score'), number: (r) => r.score },
        { label: pm('risk.atStake'), money: (r) => r.estimate },
      ],
      ranking.map((r, i) => ({ ...r, n: i + 1 })),
      { title: pm('risk.worklist') },
    )
    worklists.set(ranking, section)
  }
  return section
}

export function returnPanel(d: AuditCaseData, world: World): Panel {
  const r = withId(world.returns, d.returnId)
  if (!r)
    return {
      id: 'return',
      title: pm('return'),
      sections: [{ kind: 'text', text: pm('return.missing'), tone: 'warning' }],
    }
  return {
    id: 'return',
    title: pm('return.title', { taxType: taxTypeOfLabel(r.taxType), period: r.period }),
    sections: [
      facts([
        { label: pm('return'), value: r.id, mono: true },
        dateFact(pm('return.due'), r.dueOn),
        {
          label: pm('return.filed'),
          value: r.filedOn
            ? pm('return.filedOn', { on: day(r.filedOn), channel: r.channel ?? 'paper' })
            : pm('notFiled'),
        },
        moneyFact(pm('return.taxDeclared'), r.taxDue),
      ]),
      table(
        [
          { label: pm('return.line'), text: (l) => returnLineLabel(l) },
          { label: pm('amount'), money: (l) => l.amount },
        ],
        r.lines,
      ),
    ],
  }
}

type RecordRow = ThirdPartyRecord | { total: number }

function recordsTable(title: Text, records: readonly ThirdPartyRecord[], empty?: Text): PanelSection {
  const total = records.reduce((sum, t) => sum + t.amount, 0)
  const rows: RecordRow[] = [...records, ...(records.length > 1 ? [{ total }] : [])]
  const of = <T>(r: RecordRow, f: (t: ThirdPartyRecord) => T) => ('total' in r ? undefined : f(r))
  return table<RecordRow>(
    [
      {
        label: pm('thirdParty.source'),
        text: (r) => ('total' in r ? pm('total') : msg(`common.thirdPartySource.${r.source}`)),
      },
      { label: pm('thirdParty.period'), text: (r) => of(r, (t) => t.period) },
      { label: pm('thirdParty.counterparty'), text: (r) => of(r, (t) => t.counterparty ?? '') },
      { label: pm('amount'), money: (r) => ('total' in r ? r.total : r.amount) },
      { label: pm('thirdParty.detail'), text: (r) => of(r, (t) => t.detail) },
    ],
    rows,
    { title, ...(empty !== undefined ? { empty } : {}) },
  )
}

export function thirdPartyPanel(d: AuditCaseData, world: World): Panel {
  const pick = (ids: readonly string[]) => withIds(world.thirdParty, ids)
  const purchases = pick(d.purchaseIds)
  return {
    id: 'third-party',
    title: pm('thirdParty.title'),
    sections: [
      recordsTable(pm('thirdParty.income'), pick(d.thirdPartyIds), pm('thirdParty.noIncome')),
      ...(purchases.length ? [recordsTable(pm('thirdParty.purchases'), purchases)] : []),
    ],
  }
}

export function benchmarkPanel(d: AuditCaseData): Panel {
  const b = d.benchmark
  if (!b)
    return {
      id: 'benchmark',
      title: pm('benchmark.title'),
      sections: [{ kind: 'text', text: pm('benchmark.none') }],
    }
  const change = b.priorTurnover ? ((b.turnover - b.priorTurnover) / b.priorTurnover) * 100 : 0
  return {
    id: 'benchmark',
    title: pm('benchmark.titleOf', { sector: sectorLabel(b.sector) }),
    sections: [
      facts([
        { label: pm('benchmark.margin'), value: pct(b.margin) },
        { label: pm('benchmark.lower'), value: pct(b.lowerQuartile) },
        { label: pm('benchmark.median'), value: pct(b.median) },
        { label: pm('benchmark.upper'), value: pct(b.upperQuartile) },
        moneyFact(pm('benchmark.turnover'), b.turnover),
        moneyFact(pm('benchmark.priorTurnover'), b.priorTurnover),
        {
          label: pm('benchmark.change'),
          value: msg('audit.panel.change', { n: Math.round(change * 10) / 10 }),
        },
      ]),
    ],
  }
}

const letterSection = (l: Letter): PanelSection => ({
  kind: 'text',
  title: pm('letter.heading', { on: l.date ? day(l.date) : '', from: l.from, subject: l.subject }),
  text: l.text,
})

function filingStatus(f: AuditCaseData['filings'][number]): Text {
  if (f.filedOn === null) return pm('history.missing')
  return pm(f.filedOn > f.dueOn ? 'history.late' : 'history.onTime')
}

export function historyPanel(d: AuditCaseData): Panel {
  return {
    id: 'history',
    title: pm('history.title'),
    sections: [
      table(
        [
          { label: pm('thirdParty.period'), text: (f) => f.period },
          { label: pm('return.due'), date: (f) => f.dueOn },
          {
            label: pm('return.filed'),
            text: (f) => (f.filedOn ? pm('dateValue', { on: day(f.filedOn) }) : pm('notFiled')),
          },
          { label: pm('history.status'), text: filingStatus },
          { label: pm('return.taxDeclared'), money: (f) => f.taxDue },
        ],
        d.filings,
        { title: pm('history.returns', { taxType: taxTypeOfLabel(d.taxType) }) },
      ),
      table(
        [
          { label: pm('thirdParty.period'), text: (a) => a.period },
          { label: pm('history.closed'), date: (a) => a.closedOn },
          { label: pm('risk.type'), text: (a) => auditTypeLabel(a.type) },
          { label: pm('history.result'), text: (a) => a.result },
          { label: pm('history.taxRaised'), money: (a) => a.tax },
        ],
        d.audits,
        { title: pm('history.audits'), empty: pm('history.noAudits') },
      ),
      ...(d.letters.length
        ? d.letters.map(letterSection)
        : [{ kind: 'text' as const, text: pm('history.noLetters') }]),
    ],
  }
}

export function suppliersPanel(d: AuditCaseData): Panel {
  const s = (key: string) => pm(`suppliers.${key}`)
  return {
    id: 'suppliers',
    title: s('title'),
    sections: [
      table(
        [
          { label: s('supplier'), text: (r) => r.name },
          { label: pm('tin'), tin: (r) => r.tin },
          { label: s('registered'), date: (r) => r.registeredOn },
          { label: s('invoices'), number: (r) => r.invoices },
          { label: s('claimed'), money: (r) => r.inputVatClaimed },
          {
            label: s('declared'),
            text: (r) =>
              r.declaredOutputVat === null
                ? s('noReturn')
                : pm('amountValue', { amount: money(r.declaredOutputVat) }),
          },
          { label: s('invoiced'), money: (r) => r.invoicedOutputVat },
          { label: s('buyers'), number: (r) => r.buyers },
          { label: s('status'), text: (r) => r.status },
        ],
        d.suppliers,
        { empty: s('none') },
      ),
      ...d.suppliers
        .filter((r) => r.remark)
        .map((r): PanelSection => ({ kind: 'text', title: r.name, text: r.remark })),
    ],
  }
}

function documentSections(docs: readonly Document[]): PanelSection[] {
  return docs.flatMap((doc): PanelSection[] => [
    facts(
      doc.rows.map((r) =>
        typeof r.value === 'number' ? moneyFact(r.label, r.value) : { label: r.label, value: r.value },
      ),
      doc.title,
    ),
    ...(doc.note ? [{ kind: 'text' as const, text: doc.note }] : []),
  ])
}

export function recordsPanel(d: AuditCaseData): Panel {
  return { id: 'records', title: pm('records.title'), sections: documentSections(d.records) }
}

export function premisesPanel(d: AuditCaseData): Panel {
  return { id: 'premises', title: pm('premises.title'), sections: documentSections(d.premises) }
}

export function replyPanel(d: AuditCaseData): Panel {
  return { id: 'reply', title: pm('reply.title'), sections: [letterSection(d.reply)] }
}

export function findingsPanel(f: Findings, d: AuditCaseData, j: Jurisdiction): Panel {
  return {
    id: 'findings',
    title: pm('findings.title'),
    sections: [
      facts([
        moneyFact(msg('audit.field.adjustment'), f.adjustment),
        moneyFact(pm('findings.tax'), f.tax),
        {
          label: msg('audit.field.category'),
          value: pm('findings.categoryValue', {
            category: categoryLabel(f.category),
            percent: penaltyPercent(f.category, j),
          }),
        },
        moneyFact(pm('findings.penalty'), f.penalty),
        moneyFact(pm('findings.interest', { from: day(d.dueOn) }), f.interest),
        moneyFact(pm('total'), f.tax + f.penalty + f.interest),
      ]),
    ],
  }
}

/** What an assessment's entry says, from the findings rather than the ledger's stored note. */
function entryNote(e: LedgerEntry, r: AssessedReturn, f: Findings): Text {
  if (e.kind === 'adjustment')
    return pm('assessment.noteAdjustment', { basis: basisLabel(r.basis), amount: money(f.adjustment) })
  if (e.kind === 'penalty') return pm('assessment.notePenalty', { category: categoryLabel(f.category) })
  if (e.kind === 'interest') return pm('assessment.noteInterest', { from: day(r.dueOn) })
  return e.note ?? ''
}

export function assessmentPanel(
  entries: readonly LedgerEntry[],
  r: AssessedReturn,
  f: Findings,
  referred: boolean,
): Panel {
  return {
    id: 'assessment',
    title: pm(referred ? 'assessment.referred' : 'assessment.issued'),
    sections: [
      table(
        [
          { label: pm('assessment.date'), date: (e) => e.date },
          { label: pm('assessment.tax'), text: (e) => taxTypeLabel(e.taxType) },
          { label: pm('thirdParty.period'), text: (e) => e.period },
          { label: pm('assessment.kind'), text: (e) => pm(`assessment.kind.${e.kind}`) },
          { label: pm('amount'), money: (e) => e.amount },
          { label: pm('assessment.note'), text: (e) => entryNote(e, r, f) },
        ],
        entries,
        { title: pm('assessment.posted') },
      ),
    ],
  }
}

/** Every panel this process shows, by id, named as its title names it (contract.ts `panelNames`). */
export const PANEL_NAMES = {
  risk: pm('risk.title'),
  return: pm('return'),
  'third-party': pm('thirdParty.title'),
  benchmark: pm('benchmark.title'),
  history: pm('history.title'),
  suppliers: pm('suppliers.title'),
  records: pm('records.title'),
  premises: pm('premises.title'),
  reply: pm('reply.title'),
  findings: pm('findings.title'),
  assessment: pm('assessment.issued'),
}
