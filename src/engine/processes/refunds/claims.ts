/**
 * Building blocks of a synthetic refund claim: dates, the sales and purchases behind the claimed
 * amount, the export schedule and the refund history. Every draw goes through the generator's
 * context, so the same seed gives the same claim.
 */
import { addMonths, dueDate, periodBounds } from '../../rules/calendar'
import { percentOf } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays, daysBetween } from '../../primitives/calendar'
import type { WorldContext } from '../../world/context'
import { isoOf } from '../../world/dates'
import type { IsoDate, Taxpayer } from '../../world/types'
import type { ExportLine, PastClaim, Purchase } from './types'
import { msg } from '../../primitives/message'

/** Ports exports leave for, each with its country (refunds.story.destination.*). */
export const DESTINATIONS = [
  'rotterdam',
  'shanghai',
  'nhavaSheva',
  'jebelAli',
  'hamburg',
  'tema',
  'mersin',
  'felixstowe',
  'hoChiMinhCity',
  'valencia',
] as const

const BUYER_FORMS = [
  'Trading LLC',
  'Imports BV',
  'Commodities Ltd',
  'GmbH',
  'Import & Export Co.',
  'Foods SA',
] as const

/**
 * A buyer abroad carries its own country's legal form, as the customs record shows it (GmbH in
 * Hamburg, FZE in Jebel Ali): a form is a registry's code, not a word to translate. English
 * worlds keep their descriptive forms ("Import & Export Co."); a French or Russian world shows no
 * English words, only the destination's form.
 */
function buyerForm(ctx: WorldContext, destination: (typeof DESTINATIONS)[number]): string {
  const forms = ctx.profile.words?.foreignForms?.[destination]
  return ctx.draw.pick(forms ?? BUYER_FORMS)
}

/** What an exporter of each sector ships (refunds.story.goods.*); sectors are register sector names. */
export const GOODS: Record<string, readonly string[]> = {
  'Agriculture and agro-processing': [
    'sesameSeed',
    'cashewNuts',
    'cocoaBeans',
    'driedHibiscus',
    'sheaButter',
  ],
  Manufacturing: ['processedFoods', 'plasticHouseholdGoods', 'packagingMaterials', 'textiles'],
  'Mining and quarrying': ['tinOre', 'lithiumOre', 'graniteBlocks', 'goldDore'],
  'Wholesale trade': ['mobilePhones', 'computerParts', 'frozenFish', 'usedVehicleParts'],
}
export const EXPORT_SECTORS = Object.keys(GOODS)

/** Who sells to a claimant of each sector; others fall back to the general list. */
export const SUPPLIERS_OF: Record<string, readonly string[]> = {
  'Agriculture and agro-processing': [
    'Agriculture and agro-processing',
    'Transport and logistics',
    'Wholesale trade',
    'Manufacturing',
  ],
  Manufacturing: ['Manufacturing', 'Wholesale trade', 'Transport and logistics'],
  'Mining and quarrying': ['Construction', 'Transport and logistics', 'Wholesale trade'],
  'Wholesale trade': ['Wholesale trade', 'Manufacturing', 'Transport and logistics'],
}

/** What a supplier in each sector sells to a business (refunds.story.supply.*). */
const SUPPLIES: Record<string, readonly string[]> = {
  'Wholesale trade': ['stockForResale', 'packagingMaterials', 'spareParts'],
  Manufacturing: ['rawMaterials', 'packaging', 'processedInputs'],
  'Transport and logistics': ['haulage', 'freightForwarding', 'warehousing'],
  'Agriculture and agro-processing': ['rawProduce', 'baggedProduce'],
  Construction: ['buildingWorks', 'siteWorks'],
  'ICT services': ['itServices', 'softwareLicences'],
  'Professional services': ['clearingAndAgencyFees', 'consultancy'],
  'Mining and quarrying': ['oreAndAggregates'],
  'Retail trade': ['consumables'],
}
/** Plant, machinery and vehicles a large investment buys (refunds.story.capital.*). */
const CAPITAL = [
  'productionLine',
  'processingMachinery',
  'coldStoragePlant',
  'deliveryTrucks',
  'generatorPlant',
] as const

interface OfficeWords {
  /** Six business-centre names (every language the same count, so worlds draw alike). */
  centres: readonly [string, string, string, string, string, string]
  line: (suite: string, centre: string, street: string) => string
}

/**
 * A serviced office's address is data in the world's own language, like its street names: a
 * Russian world's phantom exporter sits in a "БЦ «Горизонт», офис 15A", an English one's in
 * "Suite 15A, Skyline Business Centre". Other locales fall back to English.
 */
const SERVICED_OFFICES: Readonly<Record<string, OfficeWords>> = {
  en: {
    centres: ['Premier', 'Executive', 'Skyline', 'Regent', 'Crown', 'Pinnacle'],
    line: (suite, centre, street) => `Suite ${suite}, ${centre} Business Centre, ${street}`,
  },
  fr: {
    centres: ['Le Plateau', 'Horizon', 'Le Régent', 'La Couronne', 'Le Sommet', 'L\u2019Étoile'],
    line: (suite, centre, street) => `Bureau ${suite}, Centre d\u2019affaires ${centre}, ${street}`,
  },
  ru: {
    centres: ['Премьер', 'Горизонт', 'Регент', 'Корона', 'Вершина', 'Меридиан'],
    line: (suite, centre, street) => `${street}, БЦ «${centre}», офис ${suite}`,
  },
  pt: {
    centres: ['Horizonte', 'Atlântico', 'Regente', 'Coroa', 'Cume', 'Meridiano'],
    line: (suite, centre, street) => `Sala ${suite}, Centro Empresarial ${centre}, ${street}`,
  },
  id: {
    centres: ['Nusantara', 'Cakrawala', 'Mahkota', 'Puncak', 'Samudra', 'Garuda'],
    line: (suite, centre, street) => `Ruang ${suite}, Gedung Perkantoran ${centre}, ${street}`,
  },
}

/** Whole major units. */
export function roundUnit(minor: number, minorUnits: number): number {
  const unit = 10 ** minorUnits
  return Math.max(unit, Math.round(minor / unit) * unit)
}

export interface ClaimDates {
  period: string
  returnDueOn: IsoDate
  filedOn: IsoDate
  lodgedOn: IsoDate
  dueOn: IsoDate
}

/**
 * When the claim was lodged: between `refundDecisionDays − minDaysLeft` days before the scenario
 * date and the day before it, so at least `minDaysLeft` days remain; the period is the last VAT
 * month whose return was due by then, and the return was filed on or before its due date.
 */
export function claimDates(ctx: WorldContext, j: Jurisdiction, minDaysLeft: number): ClaimDates {
  const limit = j.deadlines.refundDecisionDays
  const hi = ctx.refDay - 1
  const lo = Math.min(hi, Math.max(ctx.refDay - (limit - minDaysLeft), ctx.refDay - 150))
  const lodgedOn = isoOf(ctx.draw.int(lo, hi))
  let period = addMonths(`${lodgedOn.slice(0, 7)}-01`, -1).slice(0, 7)
  if (dueDate('VAT', period, j) > lodgedOn) period = addMonths(`${period}-01`, -1).slice(0, 7)
  const returnDueOn = dueDate('VAT', period, j)
  const end = periodBounds(period).end
  const latest = returnDueOn < lodgedOn ? returnDueOn : lodgedOn
  const span = Math.max(0, Math.min(8, daysBetween(end, latest) - 1))
  const filedOn = addDays(latest, -ctx.draw.int(0, span))
  return { period, returnDueOn, filedOn, lodgedOn, dueOn: addDays(lodgedOn, limit) }
}

/** Splits `total` minor units into `n` parts of whole major units, each between about half and one and a half shares. */
export function split(ctx: WorldContext, total: number, n: number, minorUnits: number): number[] {
  const weights = Array.from({ length: n }, () => ctx.draw.float(0.5, 1.5))
  const sum = weights.reduce((a, b) => a + b, 0)
  const parts = weights.slice(0, -1).map((w) => roundUnit((total * w) / sum, minorUnits))
  const last = total - parts.reduce((a, b) => a + b, 0)
  return [...parts, last]
}

export function purchaseLine(
  ctx: WorldContext,
  supplier: Taxpayer,
  net: number,
  j: Jurisdiction,
  capital = false,
): Purchase {
  const description = capital
    ? msg(`refunds.story.capital.${ctx.draw.pick(CAPITAL)}`)
    : msg(`refunds.story.supply.${ctx.draw.pick(SUPPLIES[supplier.sector] ?? ['goodsAndServices'])}`)
  const unit = 10 ** j.currency.minorUnits
  const invoices = capital
    ? ctx.draw.int(1, 3)
    : Math.min(40, Math.max(1, Math.round(net / unit / ctx.draw.float(400_000, 3_000_000))))
  return {
    supplierTin: supplier.tin,
    supplierName: supplier.name,
    description,
    invoices,
    net,
    vat: percentOf(net, j.rates.vat, j.rounding),
    capital,
  }
}

/** An export schedule of `parts` declarations in the period, worth `values` each. */
export function exportLines(
  ctx: WorldContext,
  period: string,
  sector: string,
  values: readonly number[],
  seq: number,
): ExportLine[] {
  const { start, end } = periodBounds(period)
  const span = daysBetween(start, end)
  const all = GOODS[sector] ?? GOODS['Wholesale trade']!
  const goods = ctx.draw.shuffle(all).slice(0, ctx.draw.int(1, 2))
  const year = period.slice(0, 4)
  return values.map((value, n) => {
    const destination = ctx.draw.pick(DESTINATIONS)
    return {
      declaration: `EX-${year}-${String(seq * 100 + n * 7 + ctx.draw.int(1, 6)).padStart(6, '0')}`,
      date: addDays(start, ctx.draw.int(0, span)),
      destination: msg(`refunds.story.destination.${destination}`),
      buyer: `${ctx.fake.lastName(ctx.draw.chance(0.5) ? 'F' : 'M')} ${buyerForm(ctx, destination)}`,
      goods: msg(`refunds.story.goods.${ctx.draw.pick(goods)}`),
      value,
    }
  })
}

/** Earlier refund claims of about `base` each, in the months before `period`, all paid in full. */
export function pastClaims(
  ctx: WorldContext,
  j: Jurisdiction,
  period: string,
  base: number,
  count: number,
): PastClaim[] {
  const out: PastClaim[] = []
  let at = `${period}-01`
  for (let k = 0; k < count; k++) {
    at = addMonths(at, -ctx.draw.int(1, 3))
    const p = at.slice(0, 7)
    const lodgedOn = addDays(dueDate('VAT', p, j), ctx.draw.int(0, 6))
    const claimed = roundUnit(base * ctx.draw.float(0.7, 1.3), j.currency.minorUnits)
    out.push({
      period: p,
      lodgedOn,
      claimed,
      allowed: claimed,
      decidedOn: addDays(lodgedOn, ctx.draw.int(12, 45)),
    })
  }
  return out.reverse()
}

/** A serviced-office address line: a suite in a business centre, in the world's language. */
export function servicedOffice(ctx: WorldContext): string {
  const language = ctx.scenario.jurisdiction.locale.split('_')[0] ?? 'en'
  const words = SERVICED_OFFICES[language] ?? SERVICED_OFFICES.en!
  const suite = `${ctx.draw.int(2, 40)}${ctx.draw.pick(['A', 'B', 'C'])}`
  const centre = ctx.draw.pick(words.centres)
  return words.line(suite, centre, ctx.fake.street())
}
