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
  SUPPLIERS_OF,
  exportLines,
  pastClaims,
  purchaseLine,
  roundUnit,
  servicedOffice,
  split,
} from './claims'
import type { RefundKind } from './kinds'
import { RECIPES, type Recipe, type RefundVariants } from './recipes'
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
import { msg } from '../../primitives/message'

export interface Built {
  record: CaseRecord<RefundCase>
  truth: CaseTruth
}

const pad = (n: number) => String(n).padStart(3, '0')

/** What the generator has settled about a claim before it writes the claimant's purchases. */
interface Plan {
  kind: RefundKind
  recipe: Recipe
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
  t: Taxpayer
  monthly: number
  sales: number
  zeroRated: number
  outputVat: number
  purchasesTotal: number
}

export interface BuildOptions {
  arrears: boolean
  minDaysLeft: number
  variants: RefundVariants
}

/** Builds one claim of `kind` by its recipe: the plan, the claimant's lines, the postings, the truth. */
export function buildClaim(st: PartyState, kind: RefundKind, i: number, opts: BuildOptions): Built {
  const { draw } = st.ctx
  const plan = planClaim(st, kind, i, opts)
  const bought = purchaseLines(st, plan)
  const shuffled = draw.shuffle(bought.lines)
  const purchases = shuffled.map((l) => l.purchase)
  const inputVat = purchases.reduce((a, p) => a + p.vat, 0)
  const claimed = inputVat - plan.outputVat
  const base = plan.recipe.claimant === 'investor' ? bought.base : claimed / plan.growth
  const { exports, unsupported } = exportSchedule(st, plan, claimed)
  const accounts = refundAccounts(st, plan)
  const current = accounts.at(-1)!
  const t = plan.t
  t.bankAccount = { bank: current.bank, number: current.number, holder: t.name }
  const history = historyOf(st, plan, base)
  const claim = claimFrom(plan, { purchases, inputVat, claimed, exports, accounts, history })
  post(st, i, t, claim, shuffled, unsupported)
  if (opts.arrears) postArrears(st, i, t, claim)
  return recordOf(st, plan, claim, unsupported)
}

/** The claim's dates, its shape drawn from the recipe's ranges, the claimant and its sales. */
function planClaim(st: PartyState, kind: RefundKind, i: number, opts: BuildOptions): Plan {
  const { ctx, j } = st
  const { draw } = ctx
  const recipe = RECIPES[kind]
  const { shape } = recipe
  const mu = j.currency.minorUnits
  const rate = Math.max(j.rates.vat, 0.1) / 100
  const large = Math.max(toMinor(j.refunds.risk.largeClaimAbove, j.currency), 1000 * 10 ** mu)
  const dates = claimDates(ctx, j, opts.minDaysLeft)
  const exportShare = draw.float(...shape.exportShare)
  const k = draw.float(...shape.refundRatio)
  const target = draw.float(...shape.target) * large
  const growth = draw.float(...shape.growth)
  const { t, monthly } = claimantFor(st, kind, dates.lodgedOn, {
    rate,
    k,
    target,
    growth,
    arrears: opts.arrears,
    variants: opts.variants,
  })
  const sales = roundUnit(monthly, mu)
  const zeroRated = exportShare >= 1 ? sales : roundUnit(sales * exportShare, mu)
  return {
    kind,
    recipe,
    i,
    dates,
    mu,
    rate,
    large,
    exportShare,
    k,
    target,
    growth,
    t,
    monthly,
    sales,
    zeroRated,
    outputVat: percentOf(sales - zeroRated, j.rates.vat, j.rounding),
    purchasesTotal: roundUnit(sales * (k + 1 - exportShare), mu),
  }
}

/** An established claimant's earlier claims (a new one has none), clearing what they replace. */
function historyOf(st: PartyState, p: Plan, base: number) {
  if (p.recipe.claimant === 'new') return []
  const history = pastClaims(st.ctx, st.j, p.dates.period, base, st.ctx.draw.int(...p.recipe.shape.history))
  clearHistory(st, p.t.tin, new Set([p.dates.period, ...history.map((h) => h.period)]))
  return history
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

interface ClaimantFigures {
  rate: number
  k: number
  target: number
  growth: number
  arrears: boolean
  variants: RefundVariants
}

/** Days from a new claimant's registration to its claim: the trainer's variant, or the seed's draw. */
function registeredDays(st: PartyState, kind: RefundKind, recipe: Recipe, f: ClaimantFigures): number {
  const drawn = st.ctx.draw.int(...recipe.registered!(st.j))
  const fixed =
    kind === 'phantom-exporter' ? f.variants['phantom-exporter']?.registeredDaysBeforeClaim : undefined
  return fixed ?? drawn
}

/** The claimant, new or established, and its monthly sales. */
function claimantFor(
  st: PartyState,
  kind: RefundKind,
  lodgedOn: string,
  f: ClaimantFigures,
): { t: Taxpayer; monthly: number } {
  const { ctx } = st
  const { draw } = ctx
  const recipe = RECIPES[kind]
  const sectors = recipe.shape.sectors
  let t: Taxpayer
  let monthly: number
  if (recipe.claimant === 'new') {
    monthly = f.target / (f.rate * f.k)
    const days = registeredDays(st, kind, recipe, f)
    t = newClaimant(st, sectors, addDays(lodgedOn, -days), 12 * monthly)
  } else {
    const wanted =
      recipe.claimant === 'investor' ? f.target / f.growth / (f.rate * f.k) : f.target / (f.rate * f.k)
    t = establishedClaimant(st, 12 * wanted, sectors, lodgedOn, f.arrears)
    monthly = (t.turnover / 12) * draw.float(0.85, 1.15)
  }
  if (recipe.servicedOffice) {
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
  const { mu, rate, purchasesTotal } = p
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
  if (p.recipe.purchases === 'mill') {
    const d = millShare()
    const millVat = (draw.float(0.3, 0.55) * claimEstimate) / (1 - d)
    const millNet = Math.min(roundUnit(millVat / rate, mu), roundUnit(0.7 * purchasesTotal, mu))
    genuineLines(purchasesTotal - millNet, draw.int(2, 4))
    millLine(millNet, d)
  } else if (p.recipe.purchases === 'phantom-mill') {
    const millNet = roundUnit(purchasesTotal * draw.float(0.3, 0.5), mu)
    genuineLines(purchasesTotal - millNet, draw.int(1, 2))
    millLine(millNet, millShare())
  } else {
    genuineLines(purchasesTotal, draw.int(3, 5))
  }
  const investment = p.recipe.claimant === 'investor'
  const base = (rate * p.k * p.sales) / (investment ? 1 : p.growth)
  if (investment) {
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
  const { mu, zeroRated, dates, i } = p
  if (zeroRated <= 0) return { exports: [], unsupported: new Set() }
  if (p.recipe.exports === 'some') {
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
    unsupported: p.recipe.exports === 'none' ? new Set(exports.map((e) => e.declaration)) : new Set(),
  }
}

/** Refund accounts, oldest first; the last one is where the refund would go. */
function refundAccounts(st: PartyState, p: Plan): AccountRecord[] {
  const { ctx, j } = st
  const { draw } = ctx
  const { t, dates, i } = p
  const accounts: AccountRecord[] = [registrationAccount(st, t)]
  const changeWindow = Math.max(4, Math.min(30, j.refunds.risk.accountChangeDays - 1))
  const otherBank = () => draw.pick(ctx.profile.banks.filter((b) => b !== accounts.at(-1)!.bank))
  if (p.recipe.claimant !== 'new' && draw.chance(0.3)) {
    const from = addDays(dates.lodgedOn, -draw.int(Math.max(200, j.refunds.risk.accountChangeDays + 30), 900))
    if (from > t.registeredOn)
      accounts.push({
        bank: otherBank(),
        number: newAccountNumber(st, i, 1),
        holder: t.name,
        bankHolder: t.name,
        from,
        openedOn: addDays(from, -draw.int(3, 60)),
        channel: msg('refunds.story.channel.letter'),
      })
  }
  const lastMinute = p.recipe.lastMinuteAccount
  if (lastMinute) {
    const from = addDays(dates.lodgedOn, -draw.int(3, changeWindow))
    accounts.push({
      bank: otherBank(),
      number: newAccountNumber(st, i, 2),
      holder: t.name,
      bankHolder: lastMinute === 'stranger' ? strangerName(st) : t.name,
      from,
      openedOn: addDays(from, -draw.int(1, 10)),
      channel: msg(
        lastMinute === 'stranger' ? 'refunds.story.channel.newEmail' : 'refunds.story.channel.portal',
      ),
    })
  }
  return accounts
}

function recordOf(st: PartyState, p: Plan, claim: RefundCase, unsupported: ReadonlySet<string>): Built {
  const record: CaseRecord<RefundCase> = {
    id: caseId('refunds', st.ctx.referenceDate, p.i + 1),
    process: 'refunds',
    tin: p.t.tin,
    title: msg('refunds.story.title', { period: claim.period, name: p.t.name }),
    receivedOn: claim.lodgedOn,
    dueOn: p.dates.dueOn,
    amount: claim.claimed,
    priority: claim.claimed > p.large ? 'high' : 'normal',
    data: claim,
  }
  return { record, truth: caseTruth(st, p.kind, record, unsupported) }
}
