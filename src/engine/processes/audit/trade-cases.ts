/**
 * Trading cases: a retailer that keeps cash sales out of its books (card takings alone exceed
 * its declared sales), and the genuine business flagged by weak signals.
 */
import { money as amount, msg } from '../../primitives/message'
import { baseData, pickTaxpayer, unitOf, type BuildInput, type Draft, type Story } from './draft'
import { niceStep, roundTo } from './history'
import { answer, finding, genuineStory, priorAudits, thirdParty } from './case-parts'
import { taxOnAdjustment } from './rules'
import { citHistory, citLines, lateYears, profileHits, tradingBenchmark } from './trade-lines'

const CASH_SECTORS = ['Retail trade', 'Hotels and restaurants']
export const TRADING_SECTORS = [
  'Retail trade',
  'Wholesale trade',
  'Manufacturing',
  'Hotels and restaurants',
  'Agriculture and agro-processing',
  'Construction',
  'Transport and logistics',
]

export const noTradeSuppliers = { inputVat: 0, suppliers: [] }

/** Card settlements from two banks and purchase e-invoices, posted to the third-party records. */
function cardSources(
  b: BuildInput,
  tin: string,
  f: { card: number; split: number; cost: number; banks: readonly (string | undefined)[] },
) {
  const { card, split, cost } = f
  const [bank1, bank2] = f.banks
  const ids = [
    thirdParty(b, 1, tin, {
      source: 'card-payments',
      amount: split,
      counterparty: bank1,
      detail: msg('audit.story.tp.card'),
    }),
    thirdParty(b, 2, tin, {
      source: 'card-payments',
      amount: card - split,
      counterparty: bank2,
      detail: msg('audit.story.tp.card'),
    }),
  ]
  const purchaseIds = [
    thirdParty(b, 3, tin, {
      source: 'e-invoice',
      amount: cost,
      counterparty: msg('audit.story.party.suppliers'),
      detail: msg('audit.story.tp.purchasesResale'),
    }),
  ]
  return { ids, purchaseIds }
}

/** The books, the till data and stock count a field visit finds, and the retailer's reply. */
function cashSalesFiles(
  b: BuildInput,
  name: string,
  f: { declared: number; card: number; cost: number; trueSales: number },
): Pick<Draft['data'], 'records' | 'premises' | 'reply'> {
  const { declared, card, cost, trueSales } = f
  return {
    records: [
      {
        title: msg('audit.story.doc.books', { year: b.year }),
        rows: [
          { label: msg('audit.story.row.cashBookSales'), value: declared },
          { label: msg('audit.story.row.cardOnStatements'), value: card },
          { label: msg('audit.story.row.purchasesForResale'), value: cost },
        ],
        note: msg('audit.story.note.handwrittenCashBook'),
      },
    ],
    premises: [
      {
        title: msg('audit.story.doc.tillData'),
        rows: [
          { label: msg('audit.story.row.tillSales', { year: b.year }), value: trueSales },
          { label: msg('audit.story.row.ofWhichCard'), value: card },
          { label: msg('audit.story.row.salesInBooks'), value: declared },
        ],
        note: msg('audit.story.note.secondDrawer'),
      },
      {
        title: msg('audit.story.doc.stockCount'),
        rows: [{ label: msg('audit.story.row.result'), value: msg('audit.story.value.stockAgrees') }],
      },
    ],
    ...answer(name, msg('audit.story.reply.cashBanked')),
  }
}

export function suppressedCashSales(b: BuildInput): Story {
  const { ctx, j } = b
  const unit = unitOf(j)
  const t = pickTaxpayer(b, 'business', (x) => CASH_SECTORS.includes(x.sector))
  const unitStep = niceStep(t.turnover, unit)
  const { median } = tradingBenchmark(t.sector)
  const trueSales = roundTo(t.turnover, unitStep)
  const suppressed = (median / 100) * ctx.draw.float(0.45, 0.65)
  const declared = roundTo(trueSales * (1 - suppressed), unitStep)
  const cost = roundTo(trueSales * (1 - median / 100), unitStep)
  const cardShare = Math.min(0.95, 1 - suppressed + ctx.draw.float(0.03, 0.1))
  const card = Math.max(declared + unitStep, roundTo(trueSales * cardShare, unitStep))
  const opex = roundTo((declared - cost) * ctx.draw.float(0.4, 0.7), unitStep)
  const late = ctx.draw.chance(0.4) ? 1 : 0
  const history = citHistory(b, t, {
    current: citLines(declared, cost, opex, j),
    turnover: declared,
    cost,
    priorTurnover: roundTo(declared * ctx.draw.float(0.92, 1.08), unitStep),
    late: lateYears(b, late),
  })
  const [bank1, bank2] = ctx.draw.shuffle(ctx.profile.banks)
  const split = roundTo(card * ctx.draw.float(0.55, 0.7), unitStep)
  const { ids, purchaseIds } = cardSources(b, t.tin, { card, split, cost, banks: [bank1, bank2] })
  const adjustment = trueSales - declared
  const flagged = card - declared
  return {
    data: {
      ...baseData(b, t, 'CIT', b.year),
      ...noTradeSuppliers,
      returnId: history.ret.id,
      basis: 'sales',
      estimate: {
        base: flagged,
        tax: taxOnAdjustment('sales', 'CIT', flagged, j),
        note: msg('audit.story.note.cardAbove'),
      },
      thirdPartyIds: ids,
      purchaseIds,
      benchmark: history.benchmark,
      filings: history.filings,
      audits: [],
      letters: [],
      ...cashSalesFiles(b, t.name, { declared, card, cost, trueSales }),
    },
    hits: [
      {
        rule: 'card-sales-exceed-declared',
        detail: msg('audit.story.hit.cardTakings', { card: amount(card), declared: amount(declared) }),
      },
      ...profileHits(b, history.filings, [], history.benchmark),
    ],
    adjustment,
    flags: [
      msg('audit.truth.flag.cardExceeds', { card: amount(card), declared: amount(declared) }),
      msg('audit.truth.flag.marginFarBelow'),
      msg('audit.truth.flag.tillShows', { sales: amount(trueSales) }),
    ],
    explanation: msg('audit.truth.explain.cashSales', {
      sales: amount(trueSales),
      adjustment: amount(adjustment),
      flagged: amount(flagged),
    }),
  }
}

/** A visit that finds trading as declared, and a reply with nothing to add. */
const nothingToAdd = (name: string): Pick<Draft['data'], 'premises' | 'reply'> => ({
  premises: [finding(msg('audit.story.doc.premisesVisit'), msg('audit.story.value.tradingAsDeclared'))],
  reply: {
    date: '',
    from: name,
    subject: msg('audit.story.subject.replyShort'),
    text: msg('audit.story.reply.nothingToAdd'),
  },
})

/**
 * A genuine business flagged by weak signals: moderate (a low margin and a turnover drop, about
 * the threshold) or low (one of late filing, an earlier audit with yield, a turnover drop).
 */
export function genuineBusiness(b: BuildInput, moderate: boolean): Story {
  const { ctx, j } = b
  const unit = unitOf(j)
  const t = pickTaxpayer(b, 'business', (x) => TRADING_SECTORS.includes(x.sector))
  const unitStep = niceStep(t.turnover, unit)
  const { median, lowerQuartile } = tradingBenchmark(t.sector)
  const turnover = roundTo(t.turnover, unitStep)
  const second = moderate ? 'drop' : ctx.draw.pick(['late', 'prior', 'drop'] as const)
  const margin = moderate ? lowerQuartile * ctx.draw.float(0.6, 0.9) : median * ctx.draw.float(0.95, 1.15)
  const cost = roundTo(turnover * (1 - margin / 100), unitStep)
  const opex = roundTo(Math.max(unitStep, (turnover - cost) * ctx.draw.float(0.5, 0.7)), unitStep)
  const priorTurnover =
    second === 'drop'
      ? roundTo(turnover / ctx.draw.float(0.55, 0.7), unitStep)
      : roundTo(turnover * ctx.draw.float(0.9, 1.05), unitStep)
  const history = citHistory(b, t, {
    current: citLines(turnover, cost, opex, j),
    turnover,
    cost,
    priorTurnover,
    late: lateYears(b, second === 'late' ? 1 : 0),
  })
  const audits = second === 'prior' ? priorAudits(b, t.tin, 'CIT', history.filings[0]!, true) : []
  const ids = [
    thirdParty(b, 1, t.tin, {
      source: 'e-invoice',
      amount: roundTo(turnover * ctx.draw.float(0.6, 0.9), unitStep),
      counterparty: msg('audit.story.party.buyers'),
      detail: msg('audit.story.tp.sales'),
    }),
  ]
  const purchaseIds = [
    thirdParty(b, 2, t.tin, {
      source: 'e-invoice',
      amount: roundTo(cost * ctx.draw.float(0.8, 0.95), unitStep),
      counterparty: msg('audit.story.party.suppliers'),
      detail: msg('audit.story.tp.purchases'),
    }),
  ]
  const gap = moderate ? roundTo(turnover * ((median - margin) / 100), unitStep) : 0
  const why = moderate ? 'thinMargin' : second === 'drop' ? 'contractEnded' : 'nothingUnusual'
  return genuineStory({
    data: {
      ...baseData(b, t, 'CIT', b.year),
      ...noTradeSuppliers,
      returnId: history.ret.id,
      basis: 'sales',
      estimate: {
        base: gap,
        tax: taxOnAdjustment('sales', 'CIT', gap, j),
        note: msg(gap ? 'audit.story.note.missingProfit' : 'audit.story.note.flaggedOnHistory'),
      },
      thirdPartyIds: ids,
      purchaseIds,
      benchmark: history.benchmark,
      filings: history.filings,
      audits,
      letters: [],
      records: [
        {
          title: msg('audit.story.doc.books', { year: b.year }),
          rows: [
            { label: msg('audit.story.row.sales'), value: turnover },
            { label: msg('audit.story.row.costOfSales'), value: cost },
          ],
          note: msg('audit.story.note.ledgersAgree', { why }),
        },
      ],
      ...nothingToAdd(t.name),
    },
    hits: profileHits(b, history.filings, audits, history.benchmark),
  })
}
