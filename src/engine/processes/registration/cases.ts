/**
 * How many registration cases of each kind a world asks for, and whether its population can
 * supply them. Kept apart from the generator so the scenario validator can use it without
 * loading faker.
 */
import {
  ANOMALIES as REGISTRATION_ANOMALIES,
  LOOKALIKES as REGISTRATION_LOOKALIKES,
  type RegistrationKind,
} from './kinds'
import type { Jurisdiction, WorldConfig } from '../../scenario/schema'

export type CaseKind = RegistrationKind

export const CASE_KINDS: readonly CaseKind[] = [
  ...REGISTRATION_ANOMALIES,
  ...REGISTRATION_LOOKALIKES,
  'genuine',
]

/** Existing taxpayers each kind of case is built from. */
export const NEEDS: Partial<Record<CaseKind, { individual?: number; business?: number; any?: number }>> = {
  'duplicate-identity': { individual: 1 },
  namesake: { individual: 1 },
  'shared-family-address': { individual: 1 },
  phoenix: { business: 1 },
  'bogus-registration': { any: 3 },
}

/** How many applications of each kind a world config asks for, genuine ones included. */
export function caseCounts(config: WorldConfig): Map<CaseKind, number> {
  const reg = config.registration
  const counts = new Map<CaseKind, number>()
  if (!reg) return counts
  let special = 0
  for (const kind of REGISTRATION_ANOMALIES) special += reg.anomalies[kind] ?? 0
  for (const kind of REGISTRATION_LOOKALIKES) special += reg.lookalikes[kind] ?? 0
  for (const kind of CASE_KINDS) {
    const n =
      kind === 'genuine'
        ? reg.applications - special
        : ((reg.anomalies as Record<string, number | undefined>)[kind] ??
          (reg.lookalikes as Record<string, number | undefined>)[kind] ??
          0)
    counts.set(kind, n)
  }
  return counts
}

/**
 * Why a world config cannot be generated, in a trainer's words (empty when it can): more
 * anomalies than applications, or too few existing taxpayers to build them from.
 */
export function registrationProblems(
  config: WorldConfig,
  jurisdiction: Pick<Jurisdiction, 'taxTypes' | 'thresholds'>,
): string[] {
  const reg = config.registration
  if (!reg) return []
  const counts = caseCounts(config)
  const problems: string[] = []
  const genuine = counts.get('genuine') ?? 0
  if (genuine < 0) {
    problems.push(
      `world.registration asks for ${reg.applications - genuine} anomalies and look-alikes but only ${reg.applications} applications; raise "applications" or lower the counts.`,
    )
  }
  let individuals = 0
  let businesses = 0
  let any = 0
  for (const [kind, n] of counts) {
    const need = NEEDS[kind]
    individuals += (need?.individual ?? 0) * n
    businesses += (need?.business ?? 0) * n
    // A trainer may fix how many existing TINs share each bogus registration's phone.
    const sharing =
      kind === 'bogus-registration' ? reg.variants?.['bogus-registration']?.sharedPhoneTins : undefined
    any += (sharing ?? need?.any ?? 0) * n
  }
  const { individuals: haveInd, businesses: haveBus } = config.population
  if (individuals > haveInd) {
    problems.push(
      `Duplicates, namesakes and relatives are built from existing individual taxpayers: they need ${individuals}, world.population.individuals has ${haveInd}.`,
    )
  }
  if (businesses > haveBus) {
    problems.push(
      `Phoenix cases are built from existing businesses: they need ${businesses}, world.population.businesses has ${haveBus}.`,
    )
  }
  if (any > 0 && individuals + businesses + any > haveInd + haveBus) {
    problems.push(
      `Bogus registrations share a phone or address with ${reg.variants?.['bogus-registration']?.sharedPhoneTins ?? 'at least 3'} existing taxpayers each; the register needs at least ${individuals + businesses + any} taxpayers, it has ${haveInd + haveBus}.`,
    )
  }
  if ((counts.get('vat-threshold') ?? 0) > 0) {
    if (!jurisdiction.taxTypes.some((t) => t.code === 'VAT'))
      problems.push('vat-threshold cases need a jurisdiction that administers VAT.')
    if (!(jurisdiction.thresholds.vatRegistration > 0))
      problems.push('vat-threshold cases need a VAT registration threshold above 0.')
  }
  return problems
}
