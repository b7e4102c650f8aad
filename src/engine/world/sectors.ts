/**
 * Economic sectors with the segments their firms fall in, and the turnover and staff a firm of
 * each segment has. Turnover bands are expressed through the jurisdiction's segment thresholds
 * so they make sense in any currency.
 */
import { msg, type Text } from '../primitives/message'
import type { Jurisdiction } from '../scenario/schema'
import { SEGMENTS, type Segment } from '../vocabulary'
import { toMinor } from '../rules/money'
import type { Draw } from './prng'

/**
 * Each register sector's message id in the `world` namespace (`world.sector.<key>`). Typing a
 * sector's name by these keys makes the compiler refuse a sector a reader could not see named.
 */
const SECTOR_KEYS = {
  'Retail trade': 'retail',
  'Wholesale trade': 'wholesale',
  Manufacturing: 'manufacturing',
  Construction: 'construction',
  'Agriculture and agro-processing': 'agriculture',
  'Transport and logistics': 'transport',
  'Hotels and restaurants': 'hotels',
  'ICT services': 'ict',
  'Professional services': 'professional',
  'Real estate': 'realEstate',
  'Health services': 'health',
  Education: 'education',
  'Mining and quarrying': 'mining',
  'Financial services': 'financial',
  Telecommunications: 'telecom',
  'Employment income': 'employment',
  'Retail trade (sole trader)': 'retailSole',
  'Transport (sole trader)': 'transportSole',
  'Artisan and repairs': 'artisan',
  'Professional practice': 'practice',
  Farming: 'farming',
  'Property rental': 'rental',
} as const
export type SectorName = keyof typeof SECTOR_KEYS

export interface Sector {
  /** The register's name of the sector: a code rules compare, shown through `sectorLabel`. */
  name: SectorName
  /** Relative frequency in the register. */
  weight: number
  /** Smallest and largest segment a firm of this sector is found in. */
  segments: readonly [Segment, Segment]
  /** Nouns that fit a trading name, e.g. "Okafor Agro Ventures". */
  nouns: readonly string[]
  /** Staff per segment relative to the usual range (1 = typical). */
  staffFactor: number
  /** Income that is not sales (wages): kept below the VAT threshold, which is about sales. */
  notSales?: boolean
}

export const BUSINESS_SECTORS: readonly Sector[] = [
  {
    name: 'Retail trade',
    weight: 18,
    segments: ['micro', 'medium'],
    nouns: ['Stores', 'Supermarket', 'Trading', 'Mart'],
    staffFactor: 1,
  },
  {
    name: 'Wholesale trade',
    weight: 9,
    segments: ['small', 'large'],
    nouns: ['Distributors', 'Trading', 'Wholesale', 'Supplies'],
    staffFactor: 0.8,
  },
  {
    name: 'Manufacturing',
    weight: 8,
    segments: ['small', 'large'],
    nouns: ['Industries', 'Manufacturing', 'Plastics', 'Foods'],
    staffFactor: 1.6,
  },
  {
    name: 'Construction',
    weight: 8,
    segments: ['small', 'large'],
    nouns: ['Construction', 'Builders', 'Engineering', 'Works'],
    staffFactor: 1.4,
  },
  {
    name: 'Agriculture and agro-processing',
    weight: 9,
    segments: ['micro', 'medium'],
    nouns: ['Agro', 'Farms', 'Agro-Allied', 'Poultry'],
    staffFactor: 1.2,
  },
  {
    name: 'Transport and logistics',
    weight: 8,
    segments: ['micro', 'large'],
    nouns: ['Logistics', 'Haulage', 'Transport', 'Freight'],
    staffFactor: 1,
  },
  {
    name: 'Hotels and restaurants',
    weight: 7,
    segments: ['micro', 'medium'],
    nouns: ['Hotel', 'Kitchen', 'Catering', 'Suites'],
    staffFactor: 1.3,
  },
  {
    name: 'ICT services',
    weight: 6,
    segments: ['micro', 'large'],
    nouns: ['Technologies', 'Digital', 'Systems', 'Solutions'],
    staffFactor: 0.7,
  },
  {
    name: 'Professional services',
    weight: 7,
    segments: ['micro', 'medium'],
    nouns: ['Consulting', 'Partners', 'Associates', 'Advisory'],
    staffFactor: 0.6,
  },
  {
    name: 'Real estate',
    weight: 5,
    segments: ['small', 'large'],
    nouns: ['Properties', 'Estates', 'Homes', 'Realty'],
    staffFactor: 0.4,
  },
  {
    name: 'Health services',
    weight: 4,
    segments: ['small', 'medium'],
    nouns: ['Clinic', 'Pharmacy', 'Medical', 'Diagnostics'],
    staffFactor: 1.1,
  },
  {
    name: 'Education',
    weight: 3,
    segments: ['small', 'medium'],
    nouns: ['Academy', 'Schools', 'College', 'Learning'],
    staffFactor: 1.2,
  },
  {
    name: 'Mining and quarrying',
    weight: 2,
    segments: ['medium', 'large'],
    nouns: ['Mining', 'Quarries', 'Minerals', 'Resources'],
    staffFactor: 1.5,
  },
  {
    name: 'Financial services',
    weight: 2,
    segments: ['medium', 'large'],
    nouns: ['Capital', 'Finance', 'Microfinance', 'Investments'],
    staffFactor: 0.8,
  },
  {
    name: 'Telecommunications',
    weight: 1,
    segments: ['large', 'large'],
    nouns: ['Telecom', 'Networks', 'Communications', 'Connect'],
    staffFactor: 1,
  },
]

/** Sectors of individual taxpayers: employees and sole traders. */
export const INDIVIDUAL_SECTORS: readonly Sector[] = [
  {
    name: 'Employment income',
    weight: 40,
    segments: ['micro', 'small'],
    nouns: [],
    staffFactor: 0,
    notSales: true,
  },
  {
    name: 'Retail trade (sole trader)',
    weight: 18,
    segments: ['micro', 'small'],
    nouns: ['Stores', 'Shop'],
    staffFactor: 0.5,
  },
  {
    name: 'Transport (sole trader)',
    weight: 8,
    segments: ['micro', 'small'],
    nouns: ['Transport'],
    staffFactor: 0.4,
  },
  {
    name: 'Artisan and repairs',
    weight: 10,
    segments: ['micro', 'small'],
    nouns: ['Works', 'Repairs'],
    staffFactor: 0.5,
  },
  {
    name: 'Professional practice',
    weight: 10,
    segments: ['micro', 'medium'],
    nouns: ['Chambers', 'Consulting'],
    staffFactor: 0.4,
  },
  { name: 'Farming', weight: 9, segments: ['micro', 'small'], nouns: ['Farms'], staffFactor: 0.6 },
  { name: 'Property rental', weight: 5, segments: ['micro', 'small'], nouns: ['Properties'], staffFactor: 0 },
]

/** How common each segment is among firms able to be in it. */
const SEGMENT_WEIGHT: Record<Segment, number> = { micro: 50, small: 32, medium: 13, large: 5 }
/** Typical staff range of a firm of each segment. */
const STAFF: Record<Segment, readonly [number, number]> = {
  micro: [0, 4],
  small: [2, 25],
  medium: [15, 120],
  large: [80, 1500],
}

const SECTOR_CHOICES = new WeakMap<readonly Sector[], readonly (readonly [Sector, number])[]>()
const SEGMENT_CHOICES = new WeakMap<Sector, readonly (readonly [Segment, number])[]>()

export function pickSector(draw: Draw, sectors: readonly Sector[]): Sector {
  let choices = SECTOR_CHOICES.get(sectors)
  if (!choices) SECTOR_CHOICES.set(sectors, (choices = sectors.map((s) => [s, s.weight] as const)))
  return draw.weighted(choices)
}

/** A segment within the sector's range, weighted so that smaller firms are commoner. */
export function pickSegment(draw: Draw, sector: Sector): Segment {
  let choices = SEGMENT_CHOICES.get(sector)
  if (!choices) {
    const lo = SEGMENTS.indexOf(sector.segments[1])
    const hi = SEGMENTS.indexOf(sector.segments[0])
    // SEGMENTS runs large → micro, so the sector's range is the slice [lo, hi].
    const allowed = SEGMENTS.slice(Math.min(lo, hi), Math.max(lo, hi) + 1)
    SEGMENT_CHOICES.set(sector, (choices = allowed.map((s) => [s, SEGMENT_WEIGHT[s]] as const)))
  }
  return draw.weighted(choices)
}

/** Turnover bands in minor units for each segment of a jurisdiction. */
export function turnoverBands(
  jurisdiction: Pick<Jurisdiction, 'thresholds' | 'currency'>,
): Record<Segment, readonly [number, number]> {
  const { thresholds: t, currency } = jurisdiction
  const minor = (major: number) => toMinor(major, currency)
  const unit = 10 ** currency.minorUnits
  const small = Math.max(minor(t.smallTaxpayer), unit * 100)
  const medium = Math.max(minor(t.mediumTaxpayer), small + unit)
  const large = Math.max(minor(t.largeTaxpayer), medium + unit)
  return {
    micro: [Math.max(unit * 10, Math.floor(small / 25)), small],
    small: [small, medium],
    medium: [medium, large],
    large: [large, large * 12],
  }
}

/** A turnover inside the band, in whole major units. */
export function turnoverIn(draw: Draw, band: readonly [number, number], minorUnits: number): number {
  const unit = 10 ** minorUnits
  const value = Math.floor(draw.logUniform(band[0], band[1]) / unit) * unit
  return Math.min(Math.max(value, band[0]), Math.max(band[0], band[1] - unit))
}

/** Staff count for a firm of the segment and sector. */
export function staffFor(draw: Draw, segment: Segment, sector: Sector): number {
  if (sector.staffFactor === 0) return 0
  const [lo, hi] = STAFF[segment]
  return Math.max(0, Math.round(draw.logUniform(lo + 1, hi + 1) * sector.staffFactor) - 1)
}

/** A round figure with three significant digits, as applicants write estimates. */
export function roundEstimate(minor: number, minorUnits: number): number {
  const unit = 10 ** minorUnits
  const major = minor / unit
  if (major < 1000) return Math.round(major) * unit
  const magnitude = 10 ** (Math.floor(Math.log10(major)) - 2)
  return Math.round(major / magnitude) * magnitude * unit
}

/** Occupations as the civil registry records them. */
export const OCCUPATIONS = [
  'Trader',
  'Civil servant',
  'Teacher',
  'Farmer',
  'Driver',
  'Engineer',
  'Nurse',
  'Accountant',
  'Tailor',
  'Mechanic',
  'Electrician',
  'Lawyer',
  'Pharmacist',
  'Caterer',
  'Business owner',
  'Banker',
  'Artisan',
] as const

/** A register sector's name for a reader (the register stores the English name, a code). */
export function sectorLabel(name: string): Text {
  const key = (SECTOR_KEYS as Readonly<Record<string, string>>)[name]
  return key ? msg(`world.sector.${key}`) : name
}

/** Occupations the civil registry records, with their message ids (`world.occupation.<key>`). */
const OCCUPATION_KEYS: Readonly<Record<string, string>> = {
  Trader: 'trader',
  'Civil servant': 'civilServant',
  Teacher: 'teacher',
  Farmer: 'farmer',
  Driver: 'driver',
  Engineer: 'engineer',
  Nurse: 'nurse',
  Accountant: 'accountant',
  Tailor: 'tailor',
  Mechanic: 'mechanic',
  Electrician: 'electrician',
  Lawyer: 'lawyer',
  Pharmacist: 'pharmacist',
  Caterer: 'caterer',
  'Business owner': 'businessOwner',
  Banker: 'banker',
  Artisan: 'artisan',
  Student: 'student',
  Retired: 'retired',
  Unemployed: 'unemployed',
}

/**
 * An occupation on the civil registry for a reader (the registry stores the English word, a code),
 * in the form that agrees with the person's sex where the language has one ("Commerçante",
 * "Пенсионерка": `world.occupationOfWoman.<key>`).
 */
export function occupationLabel(occupation: string, sex?: 'F' | 'M'): Text {
  const key = OCCUPATION_KEYS[occupation]
  if (!key) return occupation
  return msg(sex === 'F' ? `world.occupationOfWoman.${key}` : `world.occupation.${key}`)
}
