/**
 * Registration rules: which tax types a new taxpayer must be registered for and which
 * segment it belongs to. The single source used by the world generator's ground truth and by
 * the registration machine's guards, so the two cannot disagree.
 */
import type { Jurisdiction } from '../jurisdiction'
import { TAX_TYPES, type Segment, type TaxType } from '../vocabulary'
import { toMinor } from './money'

/** The parts of a jurisdiction profile these rules read. */
export type RegistrationJurisdiction = Pick<Jurisdiction, 'currency' | 'thresholds' | 'taxTypes'>

/** What the rules need to know about an applicant or taxpayer. */
export interface RegistrationFacts {
  kind: 'individual' | 'business'
  /** Annual turnover (individuals: annual income) in minor units. */
  turnoverMinor: number
  employees: number
}

/** The VAT registration threshold in minor units. */
export function vatThresholdMinor(jurisdiction: Pick<Jurisdiction, 'currency' | 'thresholds'>): number {
  return toMinor(jurisdiction.thresholds.vatRegistration, jurisdiction.currency)
}

/**
 * The segment for an annual turnover in minor units: large from the large-taxpayer threshold,
 * medium from the medium threshold, small from the small threshold, micro below it.
 */
export function segmentFor(
  turnoverMinor: number,
  jurisdiction: Pick<Jurisdiction, 'currency' | 'thresholds'>,
): Segment {
  const { thresholds, currency } = jurisdiction
  if (turnoverMinor >= toMinor(thresholds.largeTaxpayer, currency)) return 'large'
  if (turnoverMinor >= toMinor(thresholds.mediumTaxpayer, currency)) return 'medium'
  if (turnoverMinor >= toMinor(thresholds.smallTaxpayer, currency)) return 'small'
  return 'micro'
}

/**
 * The tax types registration is compulsory for: CIT for a business, PIT for an individual,
 * VAT when turnover reaches the VAT threshold, PAYE when there are employees. Only tax types
 * the jurisdiction administers are returned, in the vocabulary's order.
 */
export function requiredTaxTypes(
  facts: RegistrationFacts,
  jurisdiction: RegistrationJurisdiction,
): TaxType[] {
  const administered = new Set<TaxType>(jurisdiction.taxTypes.map((t) => t.code))
  const required = new Set<TaxType>([facts.kind === 'business' ? 'CIT' : 'PIT'])
  if (facts.turnoverMinor >= vatThresholdMinor(jurisdiction)) required.add('VAT')
  if (facts.employees > 0) required.add('PAYE')
  return TAX_TYPES.filter((t) => required.has(t) && administered.has(t))
}
