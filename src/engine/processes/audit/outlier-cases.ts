/**
 * The explained outlier: margin and turnover fell, so the risk engine scores it high, but the
 * file already holds the cause (a fire reported at the time, or a new competitor documented
 * when the taxpayer asked to lower its instalments) and third-party data agree with the return.
 */
import { day, money as amount, msg } from '../../primitives/message'
import { addDays } from '../../primitives/calendar'
import {
  baseData,
  otherBusiness,
  pickTaxpayer,
  unitOf,
  type BuildInput,
  type Draft,
  type Story,
} from './draft'
import { niceStep, roundTo } from './history'
import { finding, thirdParty } from './case-parts'
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
  const { ctx } = b
  const { fire, eventOn, stockLoss, askedOn, filed, competitor } = f
  const year = b.year
  const office = msg('audit.story.from.taxOffice')
  if (fire) {
    const firstOn = addDays(eventOn, ctx.draw.int(2, 6))
    const report = `DPK-${ctx.draw.int(1000, 9999)}/${year}`
    return [
      {
        date: firstOn,
        from: name,
        subject: msg('audit.story.subject.fire'),
        text: msg('audit.story.letter.fire', { on: day(eventOn), report, amount: amount(stockLoss) }),
      },
      {
        date: askedOn,
        from: name,
        subject: msg('audit.story.subject.extensionRequest', { year }),
        text: msg('audit.story.letter.extensionRequest'),
      },
      {
        date: addDays(askedOn, ctx.draw.int(5, 10)),
        from: office,
        subject: msg('audit.story.subject.extensionGranted'),
        text: msg('audit.story.letter.extensionGranted', { until: day(addDays(filed, ctx.draw.int(3, 10))) }),
      },
    ]
  }
  return [
    {
      date: eventOn,
      from: name,
      subject: msg('audit.story.subject.reduceInstalments'),
      text: msg('audit.story.letter.competitor', { competitor, month: eventOn.slice(0, 7) }),
    },
    {
      date: addDays(eventOn, ctx.draw.int(10, 25)),
      from: office,
      subject: msg('audit.story.subject.instalmentsReduced'),
      text: msg('audit.story.letter.instalmentsReduced'),
    },
  ]
}

/** The books, the premises and the reply of an explained outlier. */
function outlierFiles(
  b: BuildInput,
  name: string,
  f: { fire: boolean; turnover: number; cost: number; card: number; stockLoss: number },
): Pick<Draft['data'], 'records' | 'premises' | 'reply'> {
  const { fire, turnover, cost, card, stockLoss } = f
  return {
    records: [
      {
        title: msg('audit.story.doc.books', { year: b.year }),
        rows: [
          { label: msg('audit.story.row.sales'), value: turnover },
          { label: msg('audit.story.row.costOfSales'), value: cost },
          { label: msg('audit.story.row.cardSettlements'), value: card },
        ],
        note: fire
          ? msg('audit.story.note.fireStock', { amount: amount(stockLoss) })
          : msg('audit.story.note.competitorSales'),
      },
    ],
    premises: [
      finding(
        msg('audit.story.doc.premisesVisit'),
        msg(fire ? 'audit.story.value.rebuiltWarehouse' : 'audit.story.value.competitorVisible'),
      ),
    ],
    reply: {
      date: '',
      from: name,
      subject: msg('audit.story.subject.replyShort'),
      text: msg('audit.story.reply.allInDocuments'),
    },
  }
}

export function explainedOutlier(b: BuildInput): Story {
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
      detail: msg('audit.story.tp.card'),
    }),
    thirdParty(b, 2, t.tin, {
      source: 'e-invoice',
      amount: roundTo(turnover * ctx.draw.float(0.3, 0.45), unitStep),
      counterparty: msg('audit.story.party.buyers'),
      detail: msg('audit.story.tp.sales'),
    }),
  ]
  const stockLoss = roundTo((cost - turnover * (1 - median / 100)) * 1, unitStep)
  const competitor = otherBusiness(b)?.name ?? 'A hypermarket chain'
  const filed = history.ret.filedOn ?? history.ret.dueOn
  const askedOn = addDays(history.ret.dueOn, -ctx.draw.int(15, 40))
  const letters = outlierLetters(b, t.name, { fire, eventOn, stockLoss, askedOn, filed, competitor })
  const gap = roundTo(Math.max(unitStep, turnover * ((median - margin) / 100)), unitStep)
  // The cause the clearing facts, the explanation and a trainer's teaching note ({cause}) cite.
  const cause = msg('audit.truth.cause', { fire: fire ? 'yes' : 'no', competitor })
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
    flags: [msg('audit.truth.flag.marginAndTurnover')],
    clearing: [
      msg('audit.truth.clear.documentsWhy', { cause: cause }),
      msg('audit.truth.clear.thirdPartyBelow'),
    ],
    facts: { cause },
    explanation: msg('audit.truth.explain.outlier', { cause: cause }),
  }
}
