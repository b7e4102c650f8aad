/**
 * The fake-invoice buyer (docs/domain.md §Anomaly patterns 5): a VAT return that claims input VAT
 * on invoices from a trader who issues invoices to many buyers but files nil or no returns and has
 * no real business. The supplier is a taxpayer of the register, reshaped (and claimed) as a new,
 * empty company with its own nil returns and e-invoices, so every screen tells the same story.
 */
import { day, money as amount, msg } from '../../primitives/message'
import { dueDate, periodBounds } from '../../rules/calendar'
import { percentOf } from '../../rules/money'
import { addDays } from '../../primitives/calendar'
import type { ReturnLine, TaxReturn, Taxpayer } from '../../world/types'
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
import { clearHistory, niceStep, periodsUpTo, roundTo, sectorMargins } from './history'
import { answer, finding, thirdParty } from './case-parts'
import type { SupplierRow } from './types'

const MONTHS = 6
const BUYERS = msg('audit.story.party.buyers')
const SALES = msg('audit.story.tp.sales')

function vatLines(
  sales: number,
  purchases: number,
  output: number,
  input: number,
): { lines: ReturnLine[]; taxDue: number } {
  return {
    lines: [
      { label: 'taxableSales', amount: sales },
      { label: 'vatOutput', amount: output },
      { label: 'purchases', amount: purchases },
      { label: 'inputVatClaimed', amount: input },
      { label: 'vatPayable', amount: output - input },
    ],
    taxDue: Math.max(0, output - input),
  }
}

/** Reshapes a register business as a recently registered invoice mill with nil or no returns. */
function makeMill(b: BuildInput, mill: Taxpayer, period: string, files: boolean): string {
  const { ctx } = b
  const registeredOn = addDays(periodBounds(period).start, -ctx.draw.int(60, 120))
  mill.registeredOn = registeredOn
  mill.birthOrIncorporation = addDays(registeredOn, -ctx.draw.int(5, 30))
  mill.status = 'active'
  mill.arrears = 0
  mill.employees = 0
  mill.taxTypes = [
    { taxType: 'CIT', from: registeredOn },
    { taxType: 'VAT', from: registeredOn },
  ]
  const company = b.pop.companies.get(mill.idNumber)
  if (company) {
    company.incorporated = mill.birthOrIncorporation
    company.status = 'active'
  }
  const periods = periodsUpTo(period, 12).filter((p) => periodBounds(p).end >= registeredOn)
  clearHistory(b.accounts, mill.tin, 'VAT', periods)
  b.accounts.returns.push(
    ...periods.map((p, i): TaxReturn => {
      const filed = files || i < periods.length - 1
      const dueOn = dueDate('VAT', p, b.j)
      return {
        id: `${b.caseId}-mill-VAT-${p}`,
        tin: mill.tin,
        taxType: 'VAT',
        period: p,
        dueOn,
        filedOn: filed ? addDays(dueOn, -ctx.draw.int(0, 3)) : null,
        channel: filed ? 'e-filing' : null,
        lines: filed ? vatLines(0, 0, 0, 0).lines : [],
        taxDue: 0,
      }
    }),
  )
  return registeredOn
}

/** The buyer, the invoice mill and the figures of the period, with the buyer's VAT history posted. */
function fakeInvoiceSetup(b: BuildInput) {
  const { ctx, j } = b
  const unit = unitOf(j)
  const vat = j.rates.vat
  const t = pickTaxpayer(
    b,
    'business',
    (x) => x.sector !== 'Financial services' && x.taxTypes.some((r) => r.taxType === 'VAT'),
  )
  if (!t.taxTypes.some((r) => r.taxType === 'VAT')) t.taxTypes.push({ taxType: 'VAT', from: t.registeredOn })
  const mill = pickTaxpayer(b, 'business')
  const files = ctx.draw.chance(0.6)
  const millRegistered = makeMill(b, mill, b.vatPeriod, files)
  const g1 = otherBusiness(b, [t.tin, mill.tin])
  const g2 = otherBusiness(b, [t.tin, mill.tin, g1?.tin ?? ''])
  const monthly = t.turnover / 12
  const unitStep = niceStep(monthly, unit)
  const { median } = sectorMargins(t.sector)
  const sales = roundTo(monthly * ctx.draw.float(0.8, 1.2), unitStep)
  const output = percentOf(sales, vat, j.rounding)
  const fakeBase = roundTo(sales * ctx.draw.float(0.38, 0.5), unitStep)
  const fakeVat = percentOf(fakeBase, vat, j.rounding)
  const ratio = Math.min(0.97, 1 - median / 100 + ctx.draw.float(0.05, 0.15))
  const genuineBase = Math.max(2 * unitStep, roundTo(sales * ratio - fakeBase, unitStep))
  const p1 = roundTo(genuineBase * ctx.draw.float(0.5, 0.7), unitStep)
  const p2 = genuineBase - p1
  const in1 = percentOf(p1, vat, j.rounding)
  const in2 = percentOf(p2, vat, j.rounding)
  const input = in1 + in2 + fakeVat
  const { ret, filings } = postHistory(b, {
    t,
    taxType: 'VAT',
    period: b.vatPeriod,
    count: MONTHS,
    late: new Set(),
    lines: (_p, i) => {
      if (i === MONTHS - 1) return vatLines(sales, p1 + p2 + fakeBase, output, input)
      const s = roundTo(sales * ctx.draw.float(0.85, 1.1), unitStep)
      const p = roundTo(s * (1 - median / 100) * ctx.draw.float(0.85, 0.95), unitStep)
      return vatLines(s, p, percentOf(s, vat, j.rounding), percentOf(p, vat, j.rounding))
    },
  })
  const invoices = ctx.draw.int(3, 8)
  const otherBuyers = ctx.draw.int(12, 30)
  const millSales = fakeBase + roundTo(fakeBase * ctx.draw.float(6, 15), unitStep)
  const millOutput = percentOf(millSales, vat, j.rounding)
  const g1Name = g1?.name ?? 'Supplier A'
  const g2Name = g2?.name ?? 'Supplier B'
  return {
    t,
    mill,
    files,
    millRegistered,
    g1,
    g2,
    unitStep,
    median,
    sales,
    output,
    fakeBase,
    fakeVat,
    p1,
    p2,
    in1,
    in2,
    input,
    ret,
    filings,
    invoices,
    otherBuyers,
    millSales,
    millOutput,
    g1Name,
    g2Name,
  }
}

type InvoiceSetup = ReturnType<typeof fakeInvoiceSetup>

/** What suppliers and e-invoices report, posted to the third-party records, and the suppliers' rows. */
function fakeInvoiceEvidence(b: BuildInput, s: InvoiceSetup) {
  const { t, mill, files, fakeBase, in1, in2, sales } = s
  const { invoices, otherBuyers, millSales, g1Name, g2Name } = s
  const purchaseIds = [
    thirdParty(
      b,
      1,
      t.tin,
      {
        source: 'supplier-declaration',
        amount: in1,
        counterparty: g1Name,
        detail: msg('audit.story.tp.supplierDeclared'),
      },
      b.vatPeriod,
    ),
    thirdParty(
      b,
      2,
      t.tin,
      {
        source: 'supplier-declaration',
        amount: in2,
        counterparty: g2Name,
        detail: msg('audit.story.tp.supplierDeclared'),
      },
      b.vatPeriod,
    ),
    thirdParty(
      b,
      3,
      t.tin,
      {
        source: 'supplier-declaration',
        amount: 0,
        counterparty: mill.name,
        detail: msg(files ? 'audit.story.tp.supplierNil' : 'audit.story.tp.supplierNone'),
      },
      b.vatPeriod,
    ),
  ]
  const sold = { source: 'e-invoice', amount: sales, counterparty: BUYERS, detail: SALES } as const
  const ids = [thirdParty(b, 6, t.tin, sold, b.vatPeriod)]
  thirdParty(
    b,
    4,
    mill.tin,
    {
      source: 'e-invoice',
      amount: fakeBase,
      counterparty: t.name,
      detail: msg('audit.story.tp.salesInvoices', { invoices }),
    },
    b.vatPeriod,
  )
  thirdParty(
    b,
    5,
    mill.tin,
    {
      source: 'e-invoice',
      amount: millSales - fakeBase,
      counterparty: msg('audit.story.party.otherBuyersCount', { count: otherBuyers }),
      detail: SALES,
    },
    b.vatPeriod,
  )
  return { purchaseIds, ids, suppliers: invoiceSuppliers(b, s) }
}

/** The buyer's suppliers: two genuine traders and the mill. */
function invoiceSuppliers(b: BuildInput, s: InvoiceSetup): SupplierRow[] {
  const { ctx } = b
  const { mill, files, millRegistered, g1, g2, fakeVat, in1, in2, invoices, otherBuyers, millOutput } = s
  const { g1Name, g2Name } = s
  const genuineRow = (s: Taxpayer | undefined, name: string, claimed: number, n: number): SupplierRow => {
    const declared = claimed * ctx.draw.int(4, 20)
    return {
      tin: s?.tin ?? '',
      name,
      registeredOn: s?.registeredOn ?? addDays(b.today, -2000),
      inputVatClaimed: claimed,
      invoices: n,
      declaredOutputVat: declared,
      invoicedOutputVat: declared,
      buyers: ctx.draw.int(8, 60),
      status: msg('audit.story.status.onTime'),
      remark: '',
    }
  }
  const suppliers: SupplierRow[] = [
    genuineRow(g1, g1Name, in1, ctx.draw.int(2, 9)),
    genuineRow(g2, g2Name, in2, ctx.draw.int(2, 9)),
    {
      tin: mill.tin,
      name: mill.name,
      registeredOn: millRegistered,
      inputVatClaimed: fakeVat,
      invoices,
      declaredOutputVat: files ? 0 : null,
      invoicedOutputVat: millOutput,
      buyers: otherBuyers + 1,
      status: msg(files ? 'audit.story.status.nilReturns' : 'audit.story.status.noReturn'),
      remark: msg('audit.story.remark.mill', { registered: day(millRegistered), buyers: otherBuyers + 1 }),
    },
  ]
  return suppliers
}

/** The records the audit examines, the warehouse visit and the buyer's reply. */
function fakeInvoiceFiles(s: InvoiceSetup): Pick<Draft['data'], 'records' | 'premises' | 'reply'> {
  const { t, mill, invoices, fakeBase, fakeVat, g1Name, g2Name, in1, in2 } = s
  const supplier = mill.name
  return {
    records: [
      {
        title: msg('audit.story.doc.millInvoices', { supplier }),
        rows: [
          { label: msg('audit.story.row.invoices'), value: String(invoices) },
          { label: msg('audit.story.row.valueBeforeVat'), value: fakeBase },
          { label: msg('audit.story.row.inputVatClaimed'), value: fakeVat },
          { label: msg('audit.story.row.payment'), value: msg('audit.story.value.paidCash') },
        ],
        note: msg('audit.story.note.materialsVarious'),
      },
      {
        title: msg('audit.story.doc.otherInvoices'),
        rows: [
          { label: g1Name, value: in1 },
          { label: g2Name, value: in2 },
        ],
        note: msg('audit.story.note.deliveryMatches'),
      },
    ],
    premises: [
      finding(msg('audit.story.doc.warehouseVisit'), msg('audit.story.value.noGoods', { supplier })),
    ],
    ...answer(t.name, msg('audit.story.reply.broker', { supplier })),
  }
}

export function fakeInvoiceBuyer(b: BuildInput): Story {
  const s = fakeInvoiceSetup(b)
  const { t, mill, files, median, fakeVat, input, output, otherBuyers, ret, filings } = s
  const { purchaseIds, ids, suppliers } = fakeInvoiceEvidence(b, s)
  return {
    data: {
      ...baseData(b, t, 'VAT', b.vatPeriod),
      returnId: ret.id,
      basis: 'input-vat',
      estimate: { base: input, tax: input, note: msg('audit.story.note.inputClaimed') },
      inputVat: input,
      thirdPartyIds: ids,
      purchaseIds,
      filings,
      audits: [],
      letters: [],
      suppliers,
      ...fakeInvoiceFiles(s),
    },
    hits: [
      {
        rule: 'supplier-non-filer',
        detail: msg('audit.story.hit.millInvoices', {
          amount: amount(fakeVat),
          supplier: mill.name,
          filed: files ? 'nil' : 'none',
          period: b.vatPeriod,
        }),
      },
      {
        rule: 'input-credit-ratio',
        detail: msg('audit.story.hit.creditRatio', {
          ratio: Math.round((input / output) * 100),
          median,
          rest: 100 - median,
        }),
      },
    ],
    adjustment: fakeVat,
    flags: [
      msg('audit.truth.flag.millFiles', {
        supplier: mill.name,
        filed: files ? 'nil' : 'none',
        buyers: otherBuyers + 1,
      }),
      msg('audit.truth.flag.recentSupplier'),
      msg('audit.truth.flag.noDelivery'),
    ],
    explanation: msg('audit.truth.explain.fakeInvoices', {
      amount: amount(fakeVat),
      supplier: mill.name,
      filed: files ? 'nil' : 'none',
      buyers: otherBuyers + 1,
    }),
  }
}
