/**
 * Income cases: income left out of a return (a second employer, sales to one buyer), and the
 * genuine individual flagged only by its history. Each builder posts its returns and
 * third-party data and says what the right audit would find.
 */
import { money as amount, msg } from '../../primitives/message'
import {
  baseData,
  lateSet,
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
  monthName,
  genuineStory,
  incomeOf,
  noSuppliers,
  pitLines,
  priorAudits,
  riskyHistory,
  thirdParty,
  stopgapEmployer,
} from './case-parts'
import { niceStep, roundTo } from './history'
import { taxOnAdjustment } from './rules'
import { citHistory, citLines, lateYears, profileHits, tradingBenchmark, HISTORY_YEARS } from './trade-lines'

/** Two employers' withholding slips and the bank's interest, posted to the third-party records. */
function employmentSources(
  b: BuildInput,
  tin: string,
  f: { salaryA: number; salaryB: number; interest: number; nameA: string; nameB: string; month: number },
) {
  const { ctx } = b
  const { salaryA, salaryB, interest, nameA, nameB, month } = f
  const ids = [
    thirdParty(b, 1, tin, {
      source: 'employer',
      amount: salaryA,
      counterparty: nameA,
      detail: msg('audit.story.tp.slipFullYear'),
    }),
    thirdParty(b, 2, tin, {
      source: 'employer',
      amount: salaryB,
      counterparty: nameB,
      detail: msg('audit.story.tp.slipFromMonth', { month }),
    }),
    thirdParty(b, 3, tin, {
      source: 'bank',
      amount: interest,
      counterparty: ctx.draw.pick(ctx.profile.banks),
      detail: msg('audit.story.tp.depositInterest'),
    }),
  ]
  return ids
}

/** The slips and statement on file, the home visit and the employee's reply. */
function secondJobFiles(
  name: string,
  f: { salaryA: number; salaryB: number; interest: number; nameA: string; nameB: string; month: number },
): Pick<Draft['data'], 'records' | 'premises' | 'reply'> {
  const { salaryA, salaryB, interest, nameA, nameB } = f
  const month = monthName(f.month)
  return {
    records: [
      {
        title: msg('audit.story.doc.slipsOnFile'),
        rows: [
          { label: msg('audit.story.row.salaryFrom', { employer: nameA }), value: salaryA },
          { label: msg('audit.story.row.salaryFromMonth', { employer: nameB, month }), value: salaryB },
        ],
        note: msg('audit.story.note.bothPayslips', { employer: nameA }),
      },
      {
        title: msg('audit.story.doc.bankStatement'),
        rows: [
          { label: msg('audit.story.row.depositInterest'), value: interest },
          { label: msg('audit.story.row.interestTax'), value: msg('audit.story.value.interestFinal') },
        ],
      },
    ],
    premises: [finding(msg('audit.story.doc.homeVisit'), msg('audit.story.value.homeDocumentary'))],
    ...answer(name, msg('audit.story.reply.secondJob', { employer: nameB, month })),
  }
}

/** Salary from a second employer left out of a personal return. */
export function secondEmployer(b: BuildInput): Story {
  const { ctx, j } = b
  const unit = unitOf(j)
  const t = pickTaxpayer(b, 'individual', (x) => x.sector === 'Employment income')
  const first = otherBusiness(b)
  const nameA = first?.name ?? stopgapEmployer(ctx)
  const nameB = otherBusiness(b, first ? [first.tin] : [])?.name ?? stopgapEmployer(ctx)
  const income = incomeOf(b, t)
  const salaryA = roundTo(income * ctx.draw.float(0.7, 0.9), niceStep(income, unit))
  const salaryB = roundTo(salaryA * ctx.draw.float(0.3, 0.6), niceStep(salaryA, unit))
  const interest = roundTo(salaryA * ctx.draw.float(0.01, 0.04), niceStep(salaryA / 20, unit))
  const hist = riskyHistory(b)
  const { ret, filings } = postHistory(b, {
    t,
    taxType: 'PIT',
    period: b.year,
    count: HISTORY_YEARS,
    late: lateSet(b, HISTORY_YEARS - 1, hist.late),
    lines: (_p, i) => {
      const salary =
        i === HISTORY_YEARS - 1 ? salaryA : roundTo(salaryA * (0.82 + 0.05 * i), niceStep(salaryA, unit))
      return pitLines(b, [[nameA, salary]])
    },
  })
  const audits = hist.prior ? priorAudits(b, t.tin, 'PIT', filings[1]!, true) : []
  // February to May: the second job starts during the year.
  const month = ctx.draw.int(1, 4) + 1
  const ids = employmentSources(b, t.tin, { salaryA, salaryB, interest, nameA, nameB, month })
  const flagged = salaryB + interest
  return {
    data: {
      ...baseData(b, t, 'PIT', b.year),
      ...noSuppliers,
      returnId: ret.id,
      basis: 'income',
      estimate: {
        base: flagged,
        tax: taxOnAdjustment('income', 'PIT', flagged, j),
        note: msg('audit.story.note.notDeclared'),
      },
      thirdPartyIds: ids,
      filings,
      audits,
      ...secondJobFiles(t.name, { salaryA, salaryB, interest, nameA, nameB, month }),
    },
    hits: [
      {
        rule: 'third-party-mismatch',
        detail: msg('audit.story.hit.employersAndBank', {
          reported: amount(salaryA + salaryB + interest),
          declared: amount(salaryA),
        }),
      },
      ...profileHits(b, filings, audits),
    ],
    adjustment: salaryB,
    flags: [
      msg('audit.truth.flag.salaryLeftOut', { employer: nameB, salary: amount(salaryB) }),
      msg('audit.truth.flag.thirdPartyAbove'),
    ],
    explanation: msg('audit.truth.explain.secondEmployer', {
      employer: nameB,
      salary: amount(salaryB),
      interest: amount(interest),
    }),
  }
}

/** The e-invoices issued, the unbooked series and the credit note, posted to the third-party records. */
function invoiceSeries(
  b: BuildInput,
  tin: string,
  f: {
    shareY: number
    credit: number
    declared: number
    omitted: number
    invoices: number
    buyerX: string
    buyerY: string
  },
) {
  const { shareY, credit, declared, omitted, invoices, buyerX, buyerY } = f
  const ids = [
    thirdParty(b, 1, tin, {
      source: 'e-invoice',
      amount: shareY + credit,
      counterparty: buyerY,
      detail: msg('audit.story.tp.salesGross'),
    }),
    thirdParty(b, 2, tin, {
      source: 'e-invoice',
      amount: declared - shareY,
      counterparty: msg('audit.story.party.otherBuyers'),
      detail: msg('audit.story.tp.salesGross'),
    }),
    thirdParty(b, 3, tin, {
      source: 'e-invoice',
      amount: omitted,
      counterparty: buyerX,
      detail: msg('audit.story.tp.salesInvoices', { invoices }),
    }),
    thirdParty(b, 4, tin, {
      source: 'e-invoice',
      amount: -credit,
      counterparty: buyerY,
      detail: msg('audit.story.tp.creditNote'),
    }),
  ]
  return ids
}

/** The sales ledger, the office visit and the seller's reply. */
function unbookedFiles(
  b: BuildInput,
  name: string,
  f: {
    shareY: number
    credit: number
    declared: number
    omitted: number
    invoices: number
    buyerX: string
    buyerY: string
  },
): Pick<Draft['data'], 'records' | 'premises' | 'reply'> {
  const { shareY, declared, omitted, invoices, buyerX, buyerY } = f
  return {
    records: [
      {
        title: msg('audit.story.doc.salesLedger', { year: b.year }),
        rows: [
          { label: msg('audit.story.row.salesToAfterCredit', { buyer: buyerY }), value: shareY },
          { label: msg('audit.story.row.salesToOthers'), value: declared - shareY },
          { label: msg('audit.story.row.totalBooked'), value: declared },
        ],
        note: msg('audit.story.note.secondSeries', {
          invoices,
          buyer: buyerX,
          amount: amount(omitted),
          creditBuyer: buyerY,
        }),
      },
    ],
    premises: [finding(msg('audit.story.doc.officeVisit'), msg('audit.story.value.bothSeries'))],
    ...answer(name, msg('audit.story.reply.unbooked', { buyer: buyerX, creditBuyer: buyerY })),
  }
}

/** A series of sales e-invoices left out of a company's books and return. */
export function unbookedSales(b: BuildInput): Story {
  const { ctx, j } = b
  const unit = unitOf(j)
  const t = pickTaxpayer(b, 'business', (x) => x.sector !== 'Financial services')
  const unitStep = niceStep(t.turnover, unit)
  const sales = roundTo(t.turnover, unitStep)
  const omitted = roundTo(sales * ctx.draw.float(0.12, 0.25), unitStep)
  const credit = roundTo(sales * ctx.draw.float(0.01, 0.03), unitStep)
  const declared = sales - omitted
  const { median } = tradingBenchmark(t.sector)
  const cost = roundTo(declared * (1 - (median * ctx.draw.float(0.95, 1.1)) / 100), unitStep)
  const opex = roundTo((declared - cost) * ctx.draw.float(0.45, 0.7), unitStep)
  const buyerX = otherBusiness(b)?.name ?? 'Buyer X'
  const buyerY = otherBusiness(b)?.name ?? 'Buyer Y'
  const shareY = roundTo(declared * ctx.draw.float(0.4, 0.6), unitStep)
  const hist = riskyHistory(b)
  const history = citHistory(b, t, {
    current: citLines(declared, cost, opex, j),
    turnover: declared,
    cost,
    priorTurnover: roundTo(declared * ctx.draw.float(0.85, 1.05), unitStep),
    late: lateYears(b, hist.late),
  })
  const audits = hist.prior ? priorAudits(b, t.tin, 'CIT', history.filings[1]!, true) : []
  const invoices = ctx.draw.int(3, 7)
  const ids = invoiceSeries(b, t.tin, { shareY, credit, declared, omitted, invoices, buyerX, buyerY })
  const flagged = omitted + credit
  return {
    data: {
      ...baseData(b, t, 'CIT', b.year),
      ...noSuppliers,
      returnId: history.ret.id,
      basis: 'sales',
      estimate: {
        base: flagged,
        tax: taxOnAdjustment('sales', 'CIT', flagged, j),
        note: msg('audit.story.note.einvoicedAbove'),
      },
      thirdPartyIds: ids,
      benchmark: history.benchmark,
      filings: history.filings,
      audits,
      ...unbookedFiles(b, t.name, { shareY, credit, declared, omitted, invoices, buyerX, buyerY }),
    },
    hits: [
      {
        rule: 'third-party-mismatch',
        detail: msg('audit.story.hit.einvoicesGross', {
          issued: amount(sales + credit),
          declared: amount(declared),
        }),
      },
      ...profileHits(b, history.filings, audits, history.benchmark),
    ],
    adjustment: omitted,
    flags: [
      msg('audit.truth.flag.invoicesMissing', { invoices, buyer: buyerX, amount: amount(omitted) }),
      msg('audit.truth.flag.creditNote'),
    ],
    explanation: msg('audit.truth.explain.unbooked', {
      buyer: buyerX,
      omitted: amount(omitted),
      credit: amount(credit),
    }),
  }
}

/** A genuine individual flagged only by its history: late returns or an earlier audit with yield. */
export function genuinePersonal(b: BuildInput): Story {
  const { ctx, j } = b
  const unit = unitOf(j)
  const t = pickTaxpayer(b, 'individual')
  const employer = otherBusiness(b)?.name ?? stopgapEmployer(ctx)
  const salary = roundTo(incomeOf(b, t), niceStep(incomeOf(b, t), unit))
  const prior = ctx.draw.chance(0.5)
  const { ret, filings } = postHistory(b, {
    t,
    taxType: 'PIT',
    period: b.year,
    count: HISTORY_YEARS,
    late: lateSet(b, HISTORY_YEARS, prior ? 0 : ctx.draw.int(1, 2)),
    lines: (_p, i) => pitLines(b, [[employer, roundTo(salary * (0.85 + 0.05 * i), niceStep(salary, unit))]]),
  })
  const declared = ret.lines.find((l) => l.label === 'totalIncome')!.amount
  const audits = prior ? priorAudits(b, t.tin, 'PIT', filings[0]!, true) : []
  const ids = [
    thirdParty(b, 1, t.tin, {
      source: 'employer',
      amount: declared,
      counterparty: employer,
      detail: msg('audit.story.tp.slip'),
    }),
  ]
  return genuineStory({
    data: {
      ...baseData(b, t, 'PIT', b.year),
      ...noSuppliers,
      returnId: ret.id,
      basis: 'income',
      estimate: { base: 0, tax: 0, note: msg('audit.story.note.flaggedOnHistory') },
      thirdPartyIds: ids,
      filings,
      audits,
      records: [
        {
          title: msg('audit.story.doc.slipAndPayslips'),
          rows: [{ label: employer, value: declared }],
          note: msg('audit.story.note.payslipsAgree'),
        },
      ],
      premises: [finding(msg('audit.story.doc.homeVisit'), msg('audit.story.value.homeNothing'))],
      ...answer(t.name, msg('audit.story.reply.complete')),
    },
    hits: profileHits(b, filings, audits),
  })
}
