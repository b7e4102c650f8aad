/**
 * The honest slip (docs/domain.md §Anomaly patterns 11): a total copied with two neighbouring
 * digits swapped, small and below the substantial threshold, by a taxpayer with a clean record. It
 * looks like under-reported income to the risk engine; the right audit corrects it without a
 * penalty.
 */
import { money as amount, msg } from '../../primitives/message'
import { formatMoney } from '../../rules/money'
import {
  baseData,
  otherBusiness,
  pickTaxpayer,
  postHistory,
  unitOf,
  type BuildInput,
  type Draft,
} from './draft'
import { answer, incomeOf, noSuppliers, pitLines, priorAudits, step, thirdParty } from './case-parts'
import { niceStep, roundTo, transposeDown } from './history'
import { taxOnAdjustment } from './rules'
import { citHistory, citLines, profileHits, tradingBenchmark, HISTORY_YEARS } from './trade-lines'
import type { AuditCaseData } from './types'

export function honestError(b: BuildInput): Draft {
  return b.ctx.draw.chance(0.5) ? slipBusiness(b) : slipPersonal(b)
}

/** The largest share of the correct figure an honest slip may take, clearly below "substantial". */
const slipShare = (b: BuildInput) => Math.min(0.05, b.j.audit.substantialPercent / 200)

/** An employer's annual withholding slip, posted to the third-party records. */
const salarySlip = (b: BuildInput, n: number, tin: string, amount: number, employer: string) =>
  thirdParty(b, n, tin, {
    source: 'employer',
    amount,
    counterparty: employer,
    detail: 'Annual withholding slip — salary',
  })

/** Domestic sales e-invoices and customs exports, posted to the third-party records. */
const salesSources = (b: BuildInput, tin: string, domestic: number, exports: number) => [
  thirdParty(b, 1, tin, {
    source: 'e-invoice',
    amount: domestic,
    counterparty: 'Domestic buyers',
    detail: 'Sales e-invoices issued',
  }),
  thirdParty(b, 2, tin, {
    source: 'customs',
    amount: exports,
    counterparty: 'Customs export declarations',
    detail: 'Exports cleared, FOB value',
  }),
]

function slipPersonal(b: BuildInput): Draft {
  const { ctx, j } = b
  const unit = unitOf(j)
  const t = pickTaxpayer(b, 'individual', (x) => x.sector === 'Employment income')
  const first = otherBusiness(b)
  const nameA = first?.name ?? 'First employer'
  const nameB = otherBusiness(b, first ? [first.tin] : [])?.name ?? 'Second employer'
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
            [`Employment income — ${nameA}`, a],
            [`Employment income — ${nameB}`, c],
          ],
          typed,
        )
      const f = 0.85 + 0.05 * i
      return pitLines(b, [
        [`Employment income — ${nameA}`, roundTo(a * f, niceStep(a, unit))],
        [`Employment income — ${nameB}`, roundTo(c * f, niceStep(c, unit))],
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
          title: 'Taxpayer’s worksheet',
          rows: [
            { label: nameA, value: a },
            { label: nameB, value: c },
            { label: 'Sum on the worksheet', value: total },
            { label: 'Total typed on the return', value: typed },
          ],
          note: 'The worksheet adds up correctly; the total was copied onto the return with two digits swapped.',
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
    line: 'total income line',
    name: t.name,
  })
}

function slipBusiness(b: BuildInput): Draft {
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
        { label: 'Sales — domestic', amount: domestic },
        { label: 'Sales — export', amount: exports },
        ...computed.lines.map((l) =>
          l.label === 'Turnover' ? { label: 'Turnover (total of the sales lines)', amount: l.amount } : l,
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
          title: `Trial balance ${b.year}`,
          rows: [
            { label: 'Sales — domestic', value: domestic },
            { label: 'Sales — export', value: exports },
            { label: 'Total sales in the books', value: total },
            { label: 'Turnover typed on the return', value: typed },
          ],
          note: 'The books agree with the e-invoices and the customs data; the turnover line was typed with two digits swapped, and the profit computed from it.',
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
    line: 'turnover line',
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
  s: { data: SlipData; diff: number; hits: Draft['hits']; line: string; name: string },
): Draft {
  const money = (m: number) => formatMoney(m, b.j.currency)
  return {
    data: {
      ...s.data,
      ...noSuppliers,
      estimate: {
        base: s.diff,
        tax: taxOnAdjustment(s.data.basis, s.data.taxType, s.diff, b.j),
        note: msg('audit.story.note.thirdPartyAbove'),
      },
      premises: [
        {
          title: 'Visit',
          rows: [
            {
              label: 'Finding',
              value: 'Nothing at the premises bears on the issue; the books are in order.',
            },
          ],
        },
      ],
      ...answer(
        s.name,
        `You are right: the ${s.line} was copied wrongly from our working papers. We agree with the correction and will pay the difference.`,
      ),
    },
    hits: s.hits,
    explained: false,
    plan: {
      steps: [step('audit.checkThirdParty'), step('audit.checkHistory')],
      auditType: 'desk',
      outcome: 'assess',
      adjustment: s.diff,
      category: 'honest-error',
    },
    screenSteps: [step('audit.checkHistory')],
    flags: [`The ${s.line} is not the sum of its lines: two digits transposed (${money(s.diff)})`],
    clearing: ['Clean history: every return on time, no earlier adjustments'],
    evidence: ['records', 'history'],
    explanation: `The third-party data agree with the lines of the return; only the ${s.line} was copied with two digits swapped, understating it by ${money(s.diff)}. An isolated slip, below the substantial threshold, from a taxpayer with a clean record: correct the exact difference at the desk with no penalty (honest error). A negligence penalty or a referral would punish an honest mistake.`,
    tadat: ['P6-16'],
  }
}
