/**
 * Builds one refund case of a given kind: shapes the claimant and its suppliers, writes the
 * return, the export schedule and the third-party data into the shared accounts, and computes
 * the ground truth from them with the same rules the officer's panels use.
 */
import { percentOf, toMinor } from '../../rules/money'
import { addDays } from '../../primitives/calendar'
import type { Taxpayer } from '../../world/types'
import type { CaseRecord, CaseTruth } from '../contract'
import {
  claimDates,
  EXPORT_SECTORS,
  SUPPLIERS_OF,
  exportLines,
  pastClaims,
  purchaseLine,
  roundUnit,
  servicedOffice,
  split,
} from './claims'
import type { RefundKind } from './kinds'
import {
  clearHistory,
  establishedClaimant,
  genuineSupplier,
  millSupplier,
  newAccountNumber,
  newClaimant,
  registrationAccount,
  strangerName,
  type PartyState,
} from './parties'
import { post, postArrears } from './post'
import { caseTruth } from './truth'
import type { AccountRecord, ExportLine, Purchase, RefundCase } from './types'
import { caseId } from '../../primitives/case-id'

export interface Built {
  record: CaseRecord<RefundCase>
  truth: CaseTruth
}

type Range = readonly [number, number]

interface Shape {
  /** A company registered a few months before the claim. */
  fresh: boolean
  exportShare: Range
  /** Claim ÷ (VAT rate × monthly sales), before any capital purchase. */
  refundRatio: Range
  /** The claim, in multiples of the profile's large-claim amount. */
  target: Range
  /** The claim ÷ the average earlier claim. */
  growth: Range
  history: Range
  sectors: readonly string[]
}

const INVESTORS = ['Manufacturing', 'Agriculture and agro-processing', 'Mining and quarrying']

const SHAPES: Record<RefundKind, Shape> = {
  genuine: {
    fresh: false,
    exportShare: [0.6, 0.95],
    refundRatio: [0.3, 0.6],
    target: [0.15, 0.9],
    growth: [0.8, 1.25],
    history: [3, 6],
    sectors: EXPORT_SECTORS,
  },
  'genuine-new-exporter': {
    fresh: true,
    exportShare: [0.85, 1],
    refundRatio: [0.4, 0.7],
    target: [1.5, 4],
    growth: [1, 1],
    history: [0, 0],
    sectors: ['Agriculture and agro-processing', 'Manufacturing', 'Mining and quarrying'],
  },
  'phantom-exporter': {
    fresh: true,
    exportShare: [0.9, 1],
    refundRatio: [0.6, 0.85],
    target: [2, 6],
    growth: [1, 1],
    history: [0, 0],
    sectors: ['Wholesale trade', 'Mining and quarrying'],
  },
  'genuine-large-investment': {
    fresh: false,
    exportShare: [0.4, 0.6],
    refundRatio: [0.05, 0.2],
    target: [1.2, 3],
    growth: [5, 9],
    history: [3, 5],
    sectors: INVESTORS,
  },
  'fictitious-exports': {
    fresh: false,
    exportShare: [0.8, 0.95],
    refundRatio: [0.3, 0.6],
    target: [0.5, 2],
    growth: [1.2, 2.2],
    history: [3, 6],
    sectors: EXPORT_SECTORS,
  },
  'fake-input-credits': {
    fresh: false,
    exportShare: [0.75, 0.95],
    refundRatio: [0.35, 0.6],
    target: [0.5, 2],
    growth: [1.1, 2.2],
    history: [3, 6],
    sectors: EXPORT_SECTORS,
  },
  'refund-diversion': {
    fresh: false,
    exportShare: [0.6, 0.95],
    refundRatio: [0.3, 0.6],
    target: [0.3, 1.5],
    growth: [0.8, 1.25],
    history: [3, 6],
    sectors: EXPORT_SECTORS,
  },
}

const pad = (n: number) => String(n).padStart(3, '0')

/** What the generator has settled about a claim before it writes the claimant's purchases. */
interface Plan {
  kind: RefundKind
  shape: Shape
  i: number
  dates: ReturnType<typeof claimDates>
  mu: number
  /** The VAT rate as a fraction (at least 10 %, so small rates still give a refund). */
  rate: number
  /** The profile's large-claim amount, minor units. */
  large: number
  exportShare: number
  k: number
  target: number
  growth: number
  investment: boolean
  t: Taxpayer
  monthly: number
  sales: number
  zeroRated: number
  outputVat: number
  purchasesTotal: number
}

export function buildClaim(
  st: PartyState,
  kind: RefundKind,
  i: number,
  opts: { arrears: boolean; minDaysLeft: number },
): Built {
  const { ctx, j } = st
  const { draw } = ctx
  const shape = SHAPES[kind]
  const mu = j.currency.minorUnits
  const rate = Math.max(j.rates.vat, 0.1) / 100
  const large = Math.max(toMinor(j.refunds.risk.largeClaimAbove, j.currency), 1000 * 10 ** mu)
  const dates = claimDates(ctx, j, opts.minDaysLeft)
  const exportShare = draw.float(...shape.exportShare)
  const k = draw.float(...shape.refundRatio)
  const target = draw.float(...shape.target) * large
  const growth = draw.float(...shape.growth)
  const investment = kind === 'genuine-large-investment'
  const { t, monthly } = claimantFor(st, kind, shape, dates.lodgedOn, {
    rate,
    k,
    target,
    growth,
    arrears: opts.arrears,
  })

  // Sales and purchases.
  const sales = roundUnit(monthly, mu)
  const zeroRated = exportShare >= 1 ? sales : roundUnit(sales * exportShare, mu)
  const plan: Plan = {
    kind,
    shape,
    i,
    dates,
    mu,
    rate,
    large,
    exportShare,
    k,
    target,
    growth,
    investment,
    t,
    monthly,
    sales,
    zeroRated,
    outputVat: percentOf(sales - zeroRated, j.rates.vat, j.rounding),
    purchasesTotal: roundUnit(sales * (k + 1 - exportShare), mu),
  }
  const bought = purchaseLines(st, plan)
  const shuffled = draw.shuffle(bought.lines)
  const purchases = shuffled.map((l) => l.purchase)
  const inputVat = purchases.reduce((a, p) => a + p.vat, 0)
  const claimed = inputVat - plan.outputVat
  const base = investment ? bought.base : claimed / growth
  const { exports, unsupported } = exportSchedule(st, plan, claimed)
  const accounts = refundAccounts(st, plan)
  const current = accounts.at(-1)!
  t.bankAccount = { bank: current.bank, number: current.number, holder: t.name }

  const history = shape.fresh ? [] : pastClaims(ctx, j, dates.period, base, draw.int(...shape.history))
  if (!shape.fresh) clearHistory(st, t.tin, new Set([dates.period, ...history.map((h) => h.period)]))

  const claim = claimFrom(plan, { purchases, inputVat, claimed, exports, accounts, history })
  post(st, i, t, claim, shuffled, unsupported)
  if (opts.arrears) postArrears(st, i, t, claim)
  return recordOf(st, plan, claim, unsupported)
}

/** The claim as lodged, from the plan and what the generator wrote for it. */
function claimFrom(
  p: Plan,
  parts: Pick<RefundCase, 'purchases' | 'inputVat' | 'claimed' | 'exports' | 'accounts' | 'history'>,
): RefundCase {
  const { dates, t } = p
  return {
    claimId: `VRF/${dates.period}/${pad(p.i + 1)}`,
    returnId: `refunds-${p.i + 1}-ret`,
    period: dates.period,
    returnDueOn: dates.returnDueOn,
    filedOn: dates.filedOn,
    lodgedOn: dates.lodgedOn,
    taxpayerName: t.name,
    domesticSales: p.sales - p.zeroRated,
    outputVat: p.outputVat,
    zeroRated: p.zeroRated,
    purchasesNet: parts.purchases.reduce((a, x) => a + x.net, 0),
    inputVat: parts.inputVat,
    claimed: parts.claimed,
    purchases: parts.purchases,
    exports: parts.exports,
    account: { ...t.bankAccount },
    accounts: parts.accounts,
    history: parts.history,
  }
}

/** The claimant, new or established, and its monthly sales. */
function claimantFor(
  st: PartyState,
  kind: RefundKind,
  shape: Shape,
  lodgedOn: string,
  f: { rate: number; k: number; target: number; growth: number; arrears: boolean },
): { t: Taxpayer; monthly: number } {
  const { ctx, j } = st
  const { draw } = ctx
  let t: Taxpayer
  let monthly: number
  if (shape.fresh) {
    monthly = f.target / (f.rate * f.k)
    const months = j.refunds.risk.newRegistrantMonths
    const newest = kind === 'phantom-exporter' ? 60 : Math.max(90, j.refunds.risk.accountChangeDays + 10)
    const oldest = Math.max(newest, Math.min(kind === 'phantom-exporter' ? 240 : 330, months * 30 - 10))
    t = newClaimant(st, shape.sectors, addDays(lodgedOn, -draw.int(newest, oldest)), 12 * monthly)
  } else {
    const investment = kind === 'genuine-large-investment'
    const wanted = investment ? f.target / f.growth / (f.rate * f.k) : f.target / (f.rate * f.k)
    t = establishedClaimant(st, 12 * wanted, shape.sectors, lodgedOn, f.arrears)
    monthly = (t.turnover / 12) * draw.float(0.85, 1.15)
  }
  if (kind === 'phantom-exporter') {
    t.address = { ...t.address, line: servicedOffice(ctx) }
    const company = st.pop.companies.get(t.idNumber)
    if (company) company.address = { ...t.address }
  }
  return { t, monthly }
}

/**
 * The purchase listing and what each supplier declared: genuine suppliers, a credit mill for the
 * fake credits, and a capital purchase for the large investment. `base` is the usual refund.
 */
function purchaseLines(
  st: PartyState,
  p: Plan,
): { lines: { purchase: Purchase; declared: number }[]; base: number } {
  const { ctx, j } = st
  const { draw } = ctx
  const { kind, mu, rate, purchasesTotal } = p
  const used: string[] = [p.t.tin]
  const supplier = (mill = false, sectors?: string[]) => {
    const s = mill
      ? millSupplier(st, p.dates.lodgedOn, used)
      : genuineSupplier(st, p.dates.lodgedOn, used, sectors ?? SUPPLIERS_OF[p.t.sector])
    used.push(s.tin)
    return s
  }
  const lines: { purchase: Purchase; declared: number }[] = []
  const genuineLines = (total: number, n: number) => {
    for (const net of split(ctx, total, n, mu)) {
      const purchase = purchaseLine(ctx, supplier(), net, j)
      const tol = j.refunds.matchingTolerancePercent
      const short =
        tol > 0 && draw.chance(0.25) ? percentOf(purchase.vat, draw.float(0, tol * 0.8), j.rounding) : 0
      lines.push({ purchase, declared: purchase.vat - short })
    }
  }
  const millLine = (net: number, declaredShare: number) => {
    const purchase = purchaseLine(ctx, supplier(true), net, j)
    lines.push({ purchase, declared: Math.round(purchase.vat * declaredShare) })
  }
  const claimEstimate = Math.round(rate * purchasesTotal) - p.outputVat
  const millShare = () => {
    const ceiling = Math.max(0, 1 - j.refunds.matchingTolerancePercent / 100 - 0.1)
    return draw.chance(0.35) ? 0 : Math.min(ceiling, draw.float(0.04, 0.15))
  }
  if (kind === 'fake-input-credits') {
    const d = millShare()
    const millVat = (draw.float(0.3, 0.55) * claimEstimate) / (1 - d)
    const millNet = Math.min(roundUnit(millVat / rate, mu), roundUnit(0.7 * purchasesTotal, mu))
    genuineLines(purchasesTotal - millNet, draw.int(2, 4))
    millLine(millNet, d)
  } else if (kind === 'phantom-exporter') {
    const millNet = roundUnit(purchasesTotal * draw.float(0.3, 0.5), mu)
    genuineLines(purchasesTotal - millNet, draw.int(1, 2))
    millLine(millNet, millShare())
  } else {
    genuineLines(purchasesTotal, draw.int(3, 5))
  }
  const base = (rate * p.k * p.sales) / (p.investment ? 1 : p.growth)
  if (p.investment) {
    // Aim at the target claim, but at least `growth` times the usual refund and at most a year and a half of sales.
    const wanted = Math.max(p.target - base, (p.growth - 1) * base) / rate
    const capital = roundUnit(Math.min(wanted, 18 * p.monthly), mu)
    const purchase = purchaseLine(
      ctx,
      supplier(false, ['Manufacturing', 'Wholesale trade', 'Construction']),
      capital,
      j,
      true,
    )
    lines.push({ purchase, declared: purchase.vat })
  }
  return { lines, base }
}

/** The export schedule, and which declarations customs does not know. */
function exportSchedule(
  st: PartyState,
  p: Plan,
  claimed: number,
): { exports: ExportLine[]; unsupported: Set<string> } {
  const { ctx } = st
  const { draw } = ctx
  const { kind, mu, zeroRated, dates, i } = p
  if (zeroRated <= 0) return { exports: [], unsupported: new Set() }
  if (kind === 'fictitious-exports') {
    const wanted = roundUnit((draw.float(0.3, 0.55) * claimed) / p.rate, mu)
    const value = Math.min(wanted, roundUnit(0.7 * zeroRated, mu))
    const missing = split(ctx, value, draw.int(1, 2), mu)
    const known = split(ctx, zeroRated - value, draw.int(2, 3), mu)
    const all = exportLines(ctx, dates.period, p.t.sector, [...missing, ...known], i + 1)
    return {
      unsupported: new Set(all.slice(0, missing.length).map((e) => e.declaration)),
      exports: draw.shuffle(all),
    }
  }
  const exports = exportLines(ctx, dates.period, p.t.sector, split(ctx, zeroRated, draw.int(2, 5), mu), i + 1)
  return {
    exports,
    unsupported: kind === 'phantom-exporter' ? new Set(exports.map((e) => e.declaration)) : new Set(),
  }
}

/** Refund accounts, oldest first; the last one is where the refund would go. */
function refundAccounts(st: PartyState, p: Plan): AccountRecord[] {
  const { ctx, j } = st
  const { draw } = ctx
  const { kind, t, dates, i } = p
  const accounts: AccountRecord[] = [registrationAccount(st, t)]
  const changeWindow = Math.max(4, Math.min(30, j.refunds.risk.accountChangeDays - 1))
  const otherBank = () => draw.pick(ctx.profile.banks.filter((b) => b !== accounts.at(-1)!.bank))
  if (!p.shape.fresh && draw.chance(0.3)) {
    const from = addDays(dates.lodgedOn, -draw.int(Math.max(200, j.refunds.risk.accountChangeDays + 30), 900))
    if (from > t.registeredOn)
      accounts.push({
        bank: otherBank(),
        number: newAccountNumber(st, i, 1),
        holder: t.name,
        bankHolder: t.name,
        from,
        openedOn: addDays(from, -draw.int(3, 60)),
        channel: 'Letter signed by a director',
      })
  }
  if (kind === 'refund-diversion' || kind === 'phantom-exporter') {
    const from = addDays(dates.lodgedOn, -draw.int(3, changeWindow))
    accounts.push({
      bank: otherBank(),
      number: newAccountNumber(st, i, 2),
      holder: t.name,
      bankHolder: kind === 'refund-diversion' ? strangerName(st) : t.name,
      from,
      openedOn: addDays(from, -draw.int(1, 10)),
      channel: kind === 'refund-diversion' ? 'Online portal, from a new e-mail address' : 'Online portal',
    })
  }
  return accounts
}

function recordOf(st: PartyState, p: Plan, claim: RefundCase, unsupported: ReadonlySet<string>): Built {
  const record: CaseRecord<RefundCase> = {
    id: caseId('refunds', st.ctx.referenceDate, p.i + 1),
    process: 'refunds',
    tin: p.t.tin,
    title: `VAT refund ${claim.period}: ${p.t.name}`,
    receivedOn: claim.lodgedOn,
    dueOn: p.dates.dueOn,
    amount: claim.claimed,
    priority: claim.claimed > p.large ? 'high' : 'normal',
    data: claim,
  }
  return { record, truth: caseTruth(st, p.kind, record, unsupported) }
}
