/**
 * Generates the objections worklist. Each case starts from an audit assessment this generator
 * posts to the shared ledger (one 'adjustment' per item, referenced to the assessment notice),
 * with the taxpayer's payments on the items it accepts and, for some taxpayers, an unrelated
 * debt on another period that an objection does not put on hold. The anomaly or look-alike is
 * shaped by the dates, the letter, the payments and the new evidence, never by a label: its
 * recipe (./recipes.ts) says which of the small builders below draw them and how.
 */
import { FreeItems } from '../../world/free-pool'
import { groupWhileWriting, stopGrouping, withTin } from '../../world/lookup'
import { BUSINESSES, shortfallMessage, WorldShortfall } from '../../world/shortfall'
import { declaredKinds } from '../world-schema'
import { msg, type Msg } from '../../primitives/message'
import { percentOf } from '../../rules/money'
import { addMonths, dueDate, previousPeriod } from '../../rules/calendar'
import { arrearsOf, balanceOf } from '../../rules/ledger'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays, laterOf } from '../../primitives/calendar'
import { ensureAccount } from '../../world/accounts'
import type { WorldContext } from '../../world/context'
import { PROCESS_STREAM, type Accounts, type ProcessGenerator } from '../../world/process-world'
import type { IsoDate, LedgerEntry, Taxpayer } from '../../world/types'
import type { CaseRecord, CaseTruth } from '../contract'
import { OFFICER_IDS, type ObjectionCaseData, type ObjectionItem, type Officer } from './case-data'
import { WorldConfigSchema } from './config.schema'
import { ITEM_TEMPLATES } from './items'
import { ANOMALIES, LOOKALIKES, type ObjectionKind } from './kinds'
import { RECIPES, type Recipe } from './recipes'
import { decisionDue } from './rules'
import { truthOf } from './truth'
import { postOriginalReturn, postOtherDebt, wholeUnits } from './accounts-story'
import { taxTypeOfLabel } from '../../vocabulary'

const story = (key: string, args?: Parameters<typeof msg>[1]): Msg => msg(`objections.story.${key}`, args)

const POSTS: readonly [Officer['unit'], Msg][] = [
  ['audit', story('post.seniorAuditor')],
  ['audit', story('post.auditor')],
  ['audit', story('post.auditor')],
  ['objections', story('post.headOfObjections')],
  ['objections', story('post.reviewOfficer')],
  ['objections', story('post.reviewOfficer')],
]

const LATE_REASONS = [story('lateReason.leave'), story('lateReason.mislaid'), story('lateReason.adviser')]

const pad = (n: number, width = 4) => String(n).padStart(width, '0')

/** The office's officers: the same roster for every case, units shuffled per world. */
function makeRoster(ctx: WorldContext): Officer[] {
  const posts = ctx.draw.shuffle(POSTS)
  return OFFICER_IDS.map((id, k) => {
    const sex = ctx.draw.chance(0.5) ? 'F' : 'M'
    const [unit, post] = posts[k]!
    return { id, name: `${ctx.fake.firstName(sex)} ${ctx.fake.lastName(sex)}`, unit, post }
  })
}

/** The kinds of the worklist: declared anomalies and look-alikes, the rest genuine. */
function kindList(settings: ReturnType<typeof WorldConfigSchema.parse>): ObjectionKind[] {
  const kinds = declaredKinds(settings, ANOMALIES, LOOKALIKES)
  if (kinds.length > settings.cases)
    throw new RangeError(
      `world.objections asks for ${kinds.length} anomalies and look-alikes but only ${settings.cases} cases; raise "cases" or lower the counts.`,
    )
  return kinds
}

/** Kinds the jurisdiction's law makes impossible, in a trainer's words; the validator asks too. */
export function lawProblems(kinds: readonly ObjectionKind[], j: Jurisdiction): string[] {
  return [...new Set(kinds)].flatMap((kind) => {
    const law = RECIPES[kind].law
    return law && !law.allows(j) ? [law.problem] : []
  })
}

interface Built {
  record: CaseRecord<ObjectionCaseData>
  truth: CaseTruth
}

interface Dates {
  taxType: 'CIT' | 'VAT'
  receivedOn: IsoDate
  gap: number
  mailedOn: IsoDate
  issuedOn: IsoDate
  auditClosedOn: IsoDate
  letterDate: IsoDate
  period: string
}

type Draw = WorldContext['draw']

/** The days from the notice's mailing to the objection's receipt, for each arrival. */
const GAP: Record<Recipe['arrival'], (draw: Draw, j: Jurisdiction) => number> = {
  'in-time': (draw, j) => draw.int(Math.min(j.deadlines.objectionDays, 3), j.deadlines.objectionDays),
  deemed: (draw, j) => j.deadlines.objectionDays + draw.int(1, j.deadlines.deemedReceiptDays),
  late: (draw, j) =>
    j.deadlines.objectionDays + j.deadlines.deemedReceiptDays + j.objections.extensionDays + draw.int(1, 25),
}

/** The tax, the dates and the period: the gap between mailing and receipt shapes the kind. */
function caseDates(ctx: WorldContext, accounts: Accounts, recipe: Recipe, taxpayer: Taxpayer): Dates {
  const { draw } = ctx
  const j = ctx.scenario.jurisdiction
  const registered = taxpayer.taxTypes.map((t) => t.taxType)
  const choices = (['CIT', 'VAT'] as const).filter((t) => registered.includes(t))
  const taxType = draw.pick(choices)
  const receivedOn = addDays(ctx.referenceDate, -draw.int(0, 5))
  const gap = GAP[recipe.arrival](draw, j)
  const mailedOn = addDays(receivedOn, -gap)
  const issuedOn = addDays(mailedOn, -draw.int(0, 2))
  const auditClosedOn = addDays(issuedOn, -draw.int(5, 20))
  const letterDate = laterOf(addDays(receivedOn, -draw.int(0, 2)), mailedOn)
  let period =
    taxType === 'CIT'
      ? String(Number(issuedOn.slice(0, 4)) - draw.int(1, 2))
      : addMonths(issuedOn, -draw.int(4, 14)).slice(0, 7)
  if (dueDate(taxType, period, j) >= auditClosedOn)
    period = String(Number(period.slice(0, 4)) - 1) + period.slice(4)
  // The audit corrected a period the taxpayer had settled: skip periods the account shows unpaid.
  for (
    let k = 0;
    k < 24 && balanceOf(withTin(accounts.ledger, taxpayer.tin), { tin: taxpayer.tin, taxType, period }) !== 0;
    k++
  )
    period = previousPeriod(period)
  return { taxType, receivedOn, gap, mailedOn, issuedOn, auditClosedOn, letterDate, period }
}

/** Which of k disputed items the new evidence supports, in order, for each support. */
const SUPPORT: Record<Recipe['support'], (draw: Draw, k: number) => boolean[]> = {
  'all-or-none': (draw, k) => {
    const all = draw.chance(0.5)
    return Array.from({ length: k }, () => all)
  },
  some: (draw, k) => {
    const yes = draw.int(1, k - 1)
    return draw.shuffle(Array.from({ length: k }, (_, x) => x < yes))
  },
  each: (draw, k) => Array.from({ length: k }, () => draw.chance(0.5)),
}

/** The assessment: n items, some accepted (paid), the others disputed, with what supports them. */
function assessmentItems(
  ctx: WorldContext,
  recipe: Recipe,
  taxType: 'CIT' | 'VAT',
  taxpayer: Taxpayer,
  maxItems: number,
  n: number,
): { items: ObjectionItem[]; supportedIds: string[] } {
  const { draw } = ctx
  const j = ctx.scenario.jurisdiction
  const unit = 10 ** j.currency.minorUnits
  const count = draw.int(3, maxItems)
  const disputedCount = draw.int(recipe.fewestDisputed, count - 1)
  const templates = draw.shuffle(ITEM_TEMPLATES.filter((t) => t.taxType === taxType)).slice(0, count)
  const disputedAt = new Set(draw.shuffle(templates.map((_, k) => k)).slice(0, disputedCount))
  const supported = SUPPORT[recipe.support](draw, disputedCount)
  const rate = taxType === 'CIT' ? j.rates.cit : j.rates.vat
  const share = taxType === 'CIT' ? [0.004, 0.03] : [0.001, 0.012]
  let d = 0
  const supportedIds: string[] = []
  const items: ObjectionItem[] = templates.map((t, k) => {
    const base = wholeUnits(taxpayer.turnover * draw.float(share[0]!, share[1]!), unit)
    const item: ObjectionItem = {
      id: `item-${k + 1}`,
      code: t.code,
      description: t.description,
      base,
      tax: percentOf(base, rate, j.rounding),
      basis: t.basis,
      workingPaper: `WP-${pad(n)}-${k + 1}`,
      disputed: disputedAt.has(k),
    }
    if (!item.disputed) return item
    const supports = supported[d++] ?? false
    if (supports) supportedIds.push(item.id)
    if (!recipe.grounds) return item
    return { ...item, ground: t.ground, evidence: supports ? t.support : t.noSupport }
  })
  return { items, supportedIds }
}

/** Posts the original return, the assessment's adjustments and what has been paid on it. */
function postAssessment(
  ctx: WorldContext,
  accounts: Accounts,
  taxpayer: Taxpayer,
  at: Dates & { prefix: string; noticeId: string; n: number; paid: number },
  items: readonly ObjectionItem[],
): void {
  const { taxType, period, prefix, noticeId } = at
  postOriginalReturn(ctx, accounts, taxpayer, taxType, period, prefix)
  accounts.ledger.push(
    ...items.map((x, k): LedgerEntry => ({
      id: `${prefix}-adj-${k + 1}`,
      tin: taxpayer.tin,
      taxType,
      period,
      date: at.issuedOn,
      kind: 'adjustment',
      amount: x.tax,
      ref: noticeId,
      note: story('ledger.audit', { item: x.description }),
    })),
  )
  if (at.paid > 0) {
    const paidOn = addDays(at.mailedOn, ctx.draw.int(1, Math.max(1, at.gap - 1)))
    accounts.ledger.push({
      id: `${prefix}-pay-1`,
      tin: taxpayer.tin,
      taxType,
      period,
      date: paidOn > at.receivedOn ? at.receivedOn : paidOn,
      kind: 'payment',
      amount: -at.paid,
      ref: `PAY-${pad(at.n + 7000, 5)}`,
      note: story('ledger.payment', { notice: noticeId }),
    })
  }
}

const letterRefOf = (ctx: WorldContext, taxpayer: Taxpayer) =>
  `${
    taxpayer.name
      .split(' ')[0]!
      .toUpperCase()
      .replace(/[^A-Z]/g, '') || 'TP'
  }/TAX/${pad(ctx.draw.int(1, 999), 3)}`

/** What the taxpayer has paid of the tax the objection accepts, for each payment. */
const PAID: Record<Recipe['payment'], (draw: Draw, undisputed: number, j: Jurisdiction) => number> = {
  'as-law': (draw, undisputed, j) =>
    j.objections.requireUndisputedPaid || draw.chance(0.6) ? undisputed : 0,
  short: (draw, undisputed, j) =>
    draw.chance(0.5) ? 0 : wholeUnits(undisputed * draw.float(0.3, 0.7), 10 ** j.currency.minorUnits),
}

function buildCase(
  ctx: WorldContext,
  accounts: Accounts,
  kind: ObjectionKind,
  i: number,
  taxpayer: Taxpayer,
  roster: readonly Officer[],
  maxItems: number,
  otherDebt: boolean,
): Built {
  const { draw } = ctx
  const j = ctx.scenario.jurisdiction
  const recipe = RECIPES[kind]
  const n = i + 1
  const prefix = `objections-${pad(n)}`
  const dates = caseDates(ctx, accounts, recipe, taxpayer)
  const { taxType, period, receivedOn, issuedOn } = dates
  const { items, supportedIds } = assessmentItems(ctx, recipe, taxType, taxpayer, maxItems, n)
  const caseId = `OBJ-${receivedOn.slice(0, 4)}-${pad(n)}`
  const noticeId = `AN-${issuedOn.slice(0, 4)}-${pad(n + 7000, 5)}`
  const undisputed = items.filter((x) => !x.disputed).reduce((s, x) => s + x.tax, 0)
  const paid = PAID[recipe.payment](draw, undisputed, j)
  postAssessment(ctx, accounts, taxpayer, { ...dates, prefix, noticeId, n, paid }, items)
  if (otherDebt) postOtherDebt(ctx, accounts, taxpayer, taxType, period, prefix)
  taxpayer.arrears = arrearsOf(withTin(accounts.ledger, taxpayer.tin), taxpayer.tin, ctx.referenceDate)

  const auditors = roster.filter((o) => o.unit === 'audit')
  const data: ObjectionCaseData = {
    taxpayerName: taxpayer.name,
    taxType,
    period,
    noticeId,
    issuedOn,
    mailedOn: dates.mailedOn,
    letterRef: letterRefOf(ctx, taxpayer),
    letterDate: dates.letterDate,
    groundsStated: recipe.grounds,
    ...(recipe.lateReason && draw.chance(0.5) ? { lateReason: draw.pick(LATE_REASONS) } : {}),
    items,
    auditorId: draw.pick(auditors).id,
    auditClosedOn: dates.auditClosedOn,
    roster: [...roster],
  }
  const record: CaseRecord<ObjectionCaseData> = {
    id: caseId,
    process: 'objections',
    tin: taxpayer.tin,
    title: story('title', { name: taxpayer.name, taxType: taxTypeOfLabel(taxType), period }),
    receivedOn,
    dueOn: decisionDue(receivedOn, j),
    amount: items.filter((x) => x.disputed).reduce((s, x) => s + x.tax, 0),
    priority: taxpayer.segment === 'large' ? 'high' : 'normal',
    data,
  }
  return { record, truth: truthOf(kind, record, j, paid, supportedIds) }
}

export const generate: ProcessGenerator = ({ ctx, pop, accounts, config, claimed, tick }) => {
  const settings = WorldConfigSchema.parse(config)
  const j = ctx.scenario.jurisdiction
  const kinds = kindList(settings)
  const problems = lawProblems(kinds, j)
  if (problems.length) throw new RangeError(problems.join(' '))
  ctx.reseed(PROCESS_STREAM.objections, -1)
  const roster = makeRoster(ctx)
  ctx.reseed(PROCESS_STREAM.objections, -2)
  const order = ctx.draw.shuffle(kinds)
  const eligible = pop.businesses
    .map((b) => b.taxpayer)
    .filter(
      (t) =>
        t.status === 'active' &&
        !claimed.has(t.tin) &&
        t.taxTypes.some((r) => r.taxType === 'CIT' || r.taxType === 'VAT'),
    )
  // Prefer businesses registered before any period an audit may have corrected.
  const established = eligible.filter((t) => t.registeredOn <= addDays(ctx.referenceDate, -4 * 365))
  const free = established.length >= order.length ? established : eligible
  if (free.length < order.length)
    throw new WorldShortfall(
      BUSINESSES,
      shortfallMessage(
        msg('session.shortfall.what.objections'),
        msg('session.shortfall.for.objections'),
        order.length,
        free.length,
        'businesses',
        pop.businesses.length,
      ),
    )
  const cases: CaseRecord[] = []
  const truth: CaseTruth[] = []
  // Those still free, owing or not, in the order of `free`: a pick is the k-th of one of them.
  const owing = new FreeItems(
    free.filter((t) => t.arrears > 0),
    (t) => t.tin,
    () => true,
  )
  const clean = new FreeItems(
    free.filter((t) => t.arrears === 0),
    (t) => t.tin,
    () => true,
  )
  const lists = [accounts.ledger, accounts.returns]
  for (const list of lists) groupWhileWriting(list)
  try {
    order.forEach((kind, i) => {
      ctx.reseed(PROCESS_STREAM.objections, i)
      // Taxpayers who already owe on another period carry the debt a hold must leave alone.
      const otherDebt = ctx.draw.chance(settings.otherDebtShare)
      const wanted = otherDebt ? owing : clean
      // When none of the wanted sort is left, the other sort is every free one.
      const pool = wanted.count ? wanted : otherDebt ? clean : owing
      const taxpayer = pool.nth(ctx.draw.int(0, pool.count - 1))
      pool.take(taxpayer.tin)
      claimed.add(taxpayer.tin)
      ensureAccount(accounts, taxpayer.tin)
      ctx.reseed(PROCESS_STREAM.objections, i, 1)
      const built = buildCase(ctx, accounts, kind, i, taxpayer, roster, settings.maxItems, otherDebt)
      cases.push(built.record)
      truth.push(built.truth)
      tick()
    })
  } finally {
    for (const list of lists) stopGrouping(list)
  }
  return { cases, truth }
}
