/**
 * The explained outlier: margin and turnover fell, so the risk engine scores it high, but the
 * file already holds the cause (a fire reported at the time, or a new competitor documented
 * when the taxpayer asked to lower its instalments) and third-party data agree with the return.
 */
import { msg } from '../../primitives/message'
import { formatMoney } from '../../rules/money'
import { addDays } from '../../primitives/calendar'
import { baseData, otherBusiness, pickTaxpayer, unitOf, type BuildInput, type Draft } from './draft'
import { niceStep, roundTo } from './history'
import { step, thirdParty } from './case-parts'
import { taxOnAdjustment } from './rules'
import { TRADING_SECTORS, noTradeSuppliers } from './trade-cases'
import type { Letter } from './types'
import { citHistory, citLines, lateYears, profileHits, tradingBenchmark } from './trade-lines'

/** The letters on file that document the cause: a fire, or a new competitor. */
function outlierLetters(
  b: BuildInput,
  name: string,
  f: {
    fire: boolean
    eventOn: string
    stockLoss: number
    askedOn: string
    filed: string
    competitor: string
  },
): Letter[] {
  const { ctx, j } = b
  const money = (m: number) => formatMoney(m, j.currency)
  const { fire, eventOn, stockLoss, askedOn, filed, competitor } = f
  const year = Number(b.year)
  const letters = fire
    ? [
        {
          date: addDays(eventOn, ctx.draw.int(2, 6)),
          from: name,
          subject: 'Fire at our warehouse',
          text: `On ${eventOn} a fire destroyed our warehouse. The fire brigade report (no. DPK-${ctx.draw.int(1000, 9999)}/${year}) and the loss adjuster's report are attached: stock worth ${money(stockLoss)} was destroyed and trading stopped for about four months. An insurance claim is pending.`,
        },
        {
          date: askedOn,
          from: name,
          subject: `Request for an extension to file the ${year} return`,
          text: 'Our accounting records were partly destroyed in the fire and are being rebuilt from bank statements and suppliers’ copies. We ask for more time to file.',
        },
        {
          date: addDays(askedOn, ctx.draw.int(5, 10)),
          from: 'Tax office',
          subject: 'Extension of the filing deadline',
          text: `Extension granted until ${addDays(filed, ctx.draw.int(3, 10))} on the basis of the fire brigade report. (The risk engine still compares the filing date with the statutory due date.)`,
        },
      ]
    : [
        {
          date: eventOn,
          from: name,
          subject: 'Request to reduce monthly income-tax instalments',
          text: `Since ${competitor} opened a large store a few hundred metres from our premises in ${eventOn.slice(0, 7)}, our sales have fallen by about a third and we have cut prices on most lines. We attach the municipal opening permit, our old and new price lists and our monthly sales, and ask to reduce our instalments.`,
        },
        {
          date: addDays(eventOn, ctx.draw.int(10, 25)),
          from: 'Tax office',
          subject: 'Instalments reduced',
          text: 'Instalments reduced on the basis of the documents provided (permit, price lists, monthly sales).',
        },
      ]
  return letters
}

/** The books, the premises and the reply of an explained outlier. */
function outlierFiles(
  b: BuildInput,
  name: string,
  f: { fire: boolean; turnover: number; cost: number; card: number; stockLoss: number },
): Pick<Draft['data'], 'records' | 'premises' | 'reply'> {
  const money = (m: number) => formatMoney(m, b.j.currency)
  const { fire, turnover, cost, card, stockLoss } = f
  return {
    records: [
      {
        title: `Books ${b.year}`,
        rows: [
          { label: 'Sales', value: turnover },
          { label: 'Cost of sales', value: cost },
          { label: 'Card settlements', value: card },
        ],
        note: fire
          ? `Cost of sales includes stock destroyed in the fire (${money(stockLoss)}), supported by the loss adjuster's report.`
          : 'Monthly sales fall from the month the competitor opened; prices on the new price list are lower across the range.',
      },
    ],
    premises: [
      {
        title: 'Premises visit',
        rows: [
          {
            label: 'Finding',
            value: fire
              ? 'Rebuilt warehouse; fire damage photographed by the loss adjuster.'
              : 'Trading normally; the competitor’s store is visible down the street.',
          },
        ],
      },
    ],
    reply: {
      date: '',
      from: name,
      subject: 'Reply',
      text: 'Everything is in the documents we sent last year.',
    },
  }
}

export function explainedOutlier(b: BuildInput): Draft {
  const { ctx, j } = b
  const unit = unitOf(j)
  const t = pickTaxpayer(b, 'business', (x) => TRADING_SECTORS.includes(x.sector))
  const unitStep = niceStep(t.turnover, unit)
  const { median } = tradingBenchmark(t.sector)
  const prior = roundTo(t.turnover, unitStep)
  const turnover = roundTo(prior * ctx.draw.float(0.55, 0.7), unitStep)
  const margin = median * ctx.draw.float(0.3, 0.6)
  const cost = roundTo(turnover * (1 - margin / 100), unitStep)
  const opex = roundTo(Math.max(unitStep, (turnover - cost) * ctx.draw.float(0.6, 0.9)), unitStep)
  const fire = ctx.draw.chance(0.5)
  const year = Number(b.year)
  const eventOn = `${year}-${String(ctx.draw.int(3, 9)).padStart(2, '0')}-${String(ctx.draw.int(1, 28)).padStart(2, '0')}`
  const history = citHistory(b, t, {
    current: citLines(turnover, cost, opex, j),
    turnover,
    cost,
    priorTurnover: prior,
    late: lateYears(b, fire ? 1 : 0, fire),
  })
  const card = roundTo(turnover * ctx.draw.float(0.25, 0.4), unitStep)
  const ids = [
    thirdParty(b, 1, t.tin, {
      source: 'card-payments',
      amount: card,
      counterparty: ctx.draw.pick(ctx.profile.banks),
      detail: 'Card and QR payments settled to the merchant account',
    }),
    thirdParty(b, 2, t.tin, {
      source: 'e-invoice',
      amount: roundTo(turnover * ctx.draw.float(0.3, 0.45), unitStep),
      counterparty: 'Buyers',
      detail: 'Sales e-invoices issued',
    }),
  ]
  const stockLoss = roundTo((cost - turnover * (1 - median / 100)) * 1, unitStep)
  const competitor = otherBusiness(b)?.name ?? 'A hypermarket chain'
  const filed = history.ret.filedOn ?? history.ret.dueOn
  const askedOn = addDays(history.ret.dueOn, -ctx.draw.int(15, 40))
  const letters = outlierLetters(b, t.name, { fire, eventOn, stockLoss, askedOn, filed, competitor })
  const gap = roundTo(Math.max(unitStep, turnover * ((median - margin) / 100)), unitStep)
  const cause = fire ? 'a documented fire' : `a documented new competitor (${competitor})`
  return {
    data: {
      ...baseData(b, t, 'CIT', b.year),
      ...noTradeSuppliers,
      returnId: history.ret.id,
      basis: 'sales',
      estimate: {
        base: gap,
        tax: taxOnAdjustment('sales', 'CIT', gap, j),
        note: msg('audit.story.note.missingProfit'),
      },
      thirdPartyIds: ids,
      purchaseIds: [],
      benchmark: history.benchmark,
      filings: history.filings,
      audits: [],
      letters,
      ...outlierFiles(b, t.name, { fire, turnover, cost, card, stockLoss }),
    },
    hits: profileHits(b, history.filings, [], history.benchmark),
    explained: true,
    plan: {
      steps: [step('audit.checkHistory'), step('audit.checkThirdParty')],
      auditType: 'desk',
      outcome: 'no-change',
    },
    screenSteps: [step('audit.checkHistory'), step('audit.checkBenchmark'), step('audit.checkThirdParty')],
    flags: ['Margin far below the sector and turnover down by about a third'],
    clearing: [`The file documents why: ${cause}`, 'Card and e-invoice data stay below the declared sales'],
    facts: { cause },
    evidence: ['history'],
    explanation: `The score is high, but the file already explains it: ${cause}, reported at the time with supporting documents, and the third-party data agree with the declared sales. Not selected, reason "risk explained": the audit slot goes to the next candidate, and an honest taxpayer is spared an audit.`,
    tadat: ['P2-3'],
  }
}
