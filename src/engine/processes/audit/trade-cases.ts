/**
 * Trading cases: a retailer that keeps cash sales out of its books (card takings alone exceed
 * its declared sales), and the genuine business flagged by weak signals.
 */
import { money as amount, msg } from '../../primitives/message'
import { formatMoney } from '../../rules/money'
import { baseData, pickTaxpayer, unitOf, type BuildInput, type Draft } from './draft'
import { niceStep, roundTo } from './history'
import { genuineDraft, priorAudits, step, thirdParty } from './case-parts'
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
      detail: 'Card and QR payments settled to the merchant account',
    }),
    thirdParty(b, 2, tin, {
      source: 'card-payments',
      amount: card - split,
      counterparty: bank2,
      detail: 'Card and QR payments settled to the merchant account',
    }),
  ]
  const purchaseIds = [
    thirdParty(b, 3, tin, {
      source: 'e-invoice',
      amount: cost,
      counterparty: 'Suppliers',
      detail: 'Purchase e-invoices received (goods for resale)',
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
        title: `Books ${b.year}`,
        rows: [
          { label: 'Sales in the cash book (the turnover declared)', value: declared },
          { label: 'Card settlements on the bank statements', value: card },
          { label: 'Purchases of goods for resale', value: cost },
        ],
        note: 'Sales are booked from a handwritten daily cash book; card settlements are never reconciled with it. The books alone cannot show how much cash was taken.',
      },
    ],
    premises: [
      {
        title: 'Till data (Z-reports) read on the visit',
        rows: [
          { label: `Till sales ${b.year}, all payment methods`, value: trueSales },
          { label: 'Of which paid by card', value: card },
          { label: 'Sales in the books', value: declared },
        ],
        note: 'The point-of-sale system keeps every receipt; the daily cash book copies only part of the cash takings. A second cash drawer is used for cash that is not banked.',
      },
      {
        title: 'Stock count',
        rows: [
          {
            label: 'Result',
            value:
              'Stock on hand agrees with purchases less till sales at normal prices: the goods were sold, not lost.',
          },
        ],
      },
    ],
    reply: {
      date: '',
      from: name,
      subject: 'Reply to the preliminary findings',
      text: 'Our bookkeeper only wrote up the cash we banked. We accept the till figures as our sales for the year.',
    },
  }
}

export function suppressedCashSales(b: BuildInput): Draft {
  const { ctx, j } = b
  const money = (m: number) => formatMoney(m, j.currency)
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
    explained: false,
    plan: {
      steps: [step('audit.checkThirdParty'), step('audit.checkBenchmark')],
      auditType: 'field',
      outcome: 'assess',
      adjustment,
      category: 'negligence',
    },
    screenSteps: [step('audit.checkHistory')],
    flags: [
      `Card takings alone (${money(card)}) exceed the declared sales (${money(declared)})`,
      'Gross margin far below the sector benchmark',
      `Till data at the premises show sales of ${money(trueSales)}`,
    ],
    evidence: ['third-party', 'benchmark', 'premises'],
    explanation: `Card takings alone exceed the declared sales, and the margin is far below the sector: cash sales are missing. Card data are only a floor; the till (Z-report) data read on a field visit show the full sales of ${money(trueSales)}, so the adjustment is ${money(adjustment)}, not the ${money(flagged)} the card data suggest. A substantial understatement without forged documents: negligence, no referral.`,
    tadat: ['P2-3', 'P6-16'],
  }
}

/** A visit that finds trading as declared, and a reply with nothing to add. */
const nothingToAdd = (name: string): Pick<Draft['data'], 'premises' | 'reply'> => ({
  premises: [
    {
      title: 'Premises visit',
      rows: [{ label: 'Finding', value: 'Trading as declared; stock agrees with the books.' }],
    },
  ],
  reply: { date: '', from: name, subject: 'Reply', text: 'We have nothing to add to the books we provided.' },
})

/**
 * A genuine business flagged by weak signals: moderate (a low margin and a turnover drop, about
 * the threshold) or low (one of late filing, an earlier audit with yield, a turnover drop).
 */
export function genuineBusiness(b: BuildInput, moderate: boolean): Draft {
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
      counterparty: 'Buyers',
      detail: 'Sales e-invoices issued',
    }),
  ]
  const purchaseIds = [
    thirdParty(b, 2, t.tin, {
      source: 'e-invoice',
      amount: roundTo(cost * ctx.draw.float(0.8, 0.95), unitStep),
      counterparty: 'Suppliers',
      detail: 'Purchase e-invoices received',
    }),
  ]
  const gap = moderate ? roundTo(turnover * ((median - margin) / 100), unitStep) : 0
  const why = moderate
    ? 'A thin-margin trading model (bulk contracts at low prices), documented in the contracts and price lists.'
    : second === 'drop'
      ? 'Turnover fell with the end of a large contract; the contract file shows it.'
      : 'Nothing unusual in the books.'
  return genuineDraft({
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
          title: `Books ${b.year}`,
          rows: [
            { label: 'Sales', value: turnover },
            { label: 'Cost of sales', value: cost },
          ],
          note: `The ledgers agree with the return and with the e-invoices. ${why}`,
        },
      ],
      ...nothingToAdd(t.name),
    },
    hits: profileHits(b, history.filings, audits, history.benchmark),
  })
}
