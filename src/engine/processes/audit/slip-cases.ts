/**
 * The honest slip (docs/domain.md §Anomaly patterns 11): a total copied with two neighbouring
 * digits swapped, small and below the substantial threshold, by a taxpayer with a clean record. It
 * looks like under-reported income to the risk engine; the right audit corrects it without a
 * penalty.
 */
import { money as amount, msg } from '../../primitives/message'
import {
  baseData,
  otherBusiness,
  pickTaxpayer,
  postHistory,
  unitOf,
  type BuildInput,
  type Draft,
  type Story,
} from './draft'
import {
  answer,
  finding,
  incomeOf,
  noSuppliers,
  pitLines,
  priorAudits,
  thirdParty,
  stopgapEmployer,
} from './case-parts'
import { niceStep, roundTo, transposeDown } from './history'
import { taxOnAdjustment } from './rules'
import { citHistory, citLines, profileHits, tradingBenchmark, HISTORY_YEARS } from './trade-lines'
import type { AuditCaseData } from './types'

/** The largest share of the correct figure an honest slip may take, clearly below "substantial". */
const slipShare = (b: BuildInput) => Math.min(0.05, b.j.audit.substantialPercent / 200)

/** An employer's annual withholding slip, posted to the third-party records. */
const salarySlip = (b: BuildInput, n: number, tin: string, amount: number, employer: string) =>
  thirdParty(b, n, tin, {
    source: 'employer',
    amount,
    counterparty: employer,
    detail: msg('audit.story.tp.slip'),
  })

/** Domestic sales e-invoices and customs exports, posted to the third-party records. */
const salesSources = (b: BuildInput, tin: string, domestic: number, exports: number) => [
  thirdParty(b, 1, tin, {
    source: 'e-invoice',
    amount: domestic,
    counterparty: msg('audit.story.party.domesticBuyers'),
    detail: msg('audit.story.tp.sales'),
  }),
  thirdParty(b, 2, tin, {
    source: 'customs',
    amount: exports,
    counterparty: msg('audit.story.party.customsExports'),
    detail: msg('audit.story.tp.exports'),
  }),
]

/** A personal return whose total income was copied with two digits swapped. */
export function slipPersonal(b: BuildInput): Story {
  const { ctx, j } = b
  const unit = unitOf(j)
  const t = pickTaxpayer(b, 'individual', (x) => x.sector === 'Employment income')
  const first = otherBusiness(b)
  const nameA = first?.name ?? stopgapEmployer(ctx)
  const nameB = otherBusiness(b, first ? [first.tin] : [])?.name ?? stopgapEmployer(ctx)
  const income = incomeOf(b, t)
  const a = roundTo(income * ctx.draw.float(0.6, 0.75), niceStep(income, unit))
  const c = roundTo(income * ctx.draw.float(0.2, 0.35), niceStep(income, unit))
  const total = a + c
  const typed = transposeDown(total, unit, slipShare(b))
  const { ret, filings } = postHistory(b, {
    t,
    taxType: 'PIT',
    period: b.year,
    count: HISTORY_YEARS,
    late: new Set(),
    lines: (_p, i) => {
      if (i === HISTORY_YEARS - 1)
        return pitLines(
          b,
          [
            [nameA, a],
            [nameB, c],
          ],
          typed,
        )
      const f = 0.85 + 0.05 * i
      return pitLines(b, [
        [nameA, roundTo(a * f, niceStep(a, unit))],
        [nameB, roundTo(c * f, niceStep(c, unit))],
      ])
    },
  })
  const audits = ctx.draw.chance(0.5) ? priorAudits(b, t.tin, 'PIT', filings[0]!, false) : []
  const ids = [salarySlip(b, 1, t.tin, a, nameA), salarySlip(b, 2, t.tin, c, nameB)]
  return slip(b, {
    data: {
      ...baseData(b, t, 'PIT', b.year),
      returnId: ret.id,
      basis: 'income',
      thirdPartyIds: ids,
      filings,
      audits,
      records: [
        {
          title: msg('audit.story.doc.worksheet'),
          rows: [
            { label: nameA, value: a },
            { label: nameB, value: c },
            { label: msg('audit.story.row.worksheetSum'), value: total },
            { label: msg('audit.story.row.totalTyped'), value: typed },
          ],
          note: msg('audit.story.note.worksheetSwapped'),
        },
      ],
    },
    diff: total - typed,
    hits: [
      {
        rule: 'third-party-mismatch',
        detail: msg('audit.story.hit.employersReport', { reported: amount(total), typed: amount(typed) }),
      },
      {
        rule: 'return-arithmetic',
        detail: msg('audit.story.hit.incomeLines', { total: amount(total), typed: amount(typed) }),
      },
      ...profileHits(b, filings, audits),
    ],
    line: 'income',
    name: t.name,
  })
}

/** A company return whose turnover was typed with two digits swapped. */
export function slipBusiness(b: BuildInput): Story {
  const { ctx, j } = b
  const unit = unitOf(j)
  const t = pickTaxpayer(b, 'business', (x) => x.sector !== 'Financial services')
  const unitStep = niceStep(t.turnover, unit)
  const domestic = roundTo(t.turnover * ctx.draw.float(0.6, 0.8), unitStep)
  const exports = roundTo(t.turnover * ctx.draw.float(0.15, 0.3), unitStep)
  const total = domestic + exports
  const { median } = tradingBenchmark(t.sector)
  const cost = roundTo(total * (1 - (median * ctx.draw.float(0.98, 1.1)) / 100), unitStep)
  const opex = roundTo((total - cost) * ctx.draw.float(0.4, 0.6), unitStep)
  const typed = transposeDown(total, unit, (slipShare(b) * (total - cost - opex)) / total)
  const computed = citLines(typed, cost, opex, j)
  const history = citHistory(b, t, {
    current: {
      lines: [
        { label: 'salesDomestic', amount: domestic },
        { label: 'salesExport', amount: exports },
        ...computed.lines.map((l) =>
          l.label === 'turnover' ? { label: 'turnoverFromSales' as const, amount: l.amount } : l,
        ),
      ],
      taxDue: computed.taxDue,
    },
    turnover: typed,
    cost,
    priorTurnover: roundTo(total * ctx.draw.float(0.9, 1.05), unitStep),
    late: new Set(),
  })
  const audits = ctx.draw.chance(0.5) ? priorAudits(b, t.tin, 'CIT', history.filings[0]!, false) : []
  const ids = salesSources(b, t.tin, domestic, exports)
  return slip(b, {
    data: {
      ...baseData(b, t, 'CIT', b.year),
      returnId: history.ret.id,
      basis: 'sales',
      thirdPartyIds: ids,
      benchmark: history.benchmark,
      filings: history.filings,
      audits,
      records: [
        {
          title: msg('audit.story.doc.trialBalance', { year: b.year }),
          rows: [
            { label: msg('audit.story.row.salesDomestic'), value: domestic },
            { label: msg('audit.story.row.salesExport'), value: exports },
            { label: msg('audit.story.row.totalSalesBooks'), value: total },
            { label: msg('audit.story.row.turnoverTyped'), value: typed },
          ],
          note: msg('audit.story.note.turnoverSwapped'),
        },
      ],
    },
    diff: total - typed,
    hits: [
      {
        rule: 'third-party-mismatch',
        detail: msg('audit.story.hit.einvoicesCustoms', { total: amount(total), typed: amount(typed) }),
      },
      {
        rule: 'return-arithmetic',
        detail: msg('audit.story.hit.salesLines', { total: amount(total), typed: amount(typed) }),
      },
      ...profileHits(b, history.filings, audits, history.benchmark),
    ],
    line: 'turnover',
    name: t.name,
  })
}

type SlipData = Pick<
  AuditCaseData,
  | 'tin'
  | 'name'
  | 'taxpayerKind'
  | 'sector'
  | 'segment'
  | 'taxType'
  | 'period'
  | 'dueOn'
  | 'returnId'
  | 'basis'
  | 'thirdPartyIds'
  | 'filings'
  | 'audits'
  | 'records'
> &
  Partial<Pick<AuditCaseData, 'benchmark'>>

function slip(
  b: BuildInput,
  s: { data: SlipData; diff: number; hits: Draft['hits']; line: 'income' | 'turnover'; name: string },
): Story {
  const { line } = s
  return {
    data: {
      ...s.data,
      ...noSuppliers,
      estimate: {
        base: s.diff,
        tax: taxOnAdjustment(s.data.basis, s.data.taxType, s.diff, b.j),
        note: msg('audit.story.note.thirdPartyAbove'),
      },
      premises: [finding(msg('audit.story.doc.visit'), msg('audit.story.value.premisesInOrder'))],
      ...answer(s.name, msg('audit.story.reply.slip', { line })),
    },
    hits: s.hits,
    adjustment: s.diff,
    flags: [msg('audit.truth.flag.slip', { line, amount: amount(s.diff) })],
    clearing: [msg('audit.truth.clear.cleanHistory')],
    explanation: msg('audit.truth.explain.slip', { line, amount: amount(s.diff) }),
  }
}
