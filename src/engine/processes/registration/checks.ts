/** The semantic checks of the registration part of a scenario's world (see ../definition.ts). */
import { msg, type Msg } from '../../primitives/message'
import { plural } from '../../primitives/plural'
import type { Jurisdiction, WorldConfig } from '../../scenario/schema'
import type { Finding } from '../../scenario/structure'
import type { DataPath } from '../../scenario/yaml-source'

const error = (path: DataPath, message: string, text: Msg, anchor: Finding['anchor'] = 'value'): Finding => ({
  path,
  message,
  text,
  severity: 'error',
  anchor,
})
/**
 * What the registration cases need of the world beyond their own counts: existing individuals
 * and businesses to build duplicates, namesakes and phoenixes from, and a VAT to register for.
 */
export function registrationChecks(world: WorldConfig, jurisdiction: Jurisdiction | undefined): Finding[] {
  const registration = world.registration
  if (!registration) return []
  const findings: Finding[] = []
  const anomalies = registration.anomalies
  const lookalikes = registration.lookalikes
  const needIndividuals = [
    ['duplicate-identity', anomalies['duplicate-identity'] ?? 0],
    ['namesake', lookalikes.namesake ?? 0],
    ['shared-family-address', lookalikes['shared-family-address'] ?? 0],
  ] as const
  const individuals = needIndividuals.reduce((total, [, n]) => total + n, 0)
  if (individuals > world.population.individuals) {
    const which = needIndividuals
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')
    findings.push(
      error(
        ['world', 'population', 'individuals'],
        `the registration cases need ${plural(individuals, 'distinct existing individual')} (${which}), but individuals is ${world.population.individuals}; raise it to at least ${individuals} or lower those counts`,
        msg('scenario.registration.needIndividuals', {
          needed: individuals,
          which,
          individuals: world.population.individuals,
        }),
      ),
    )
  }
  const phoenix = anomalies.phoenix ?? 0
  if (phoenix > world.population.businesses) {
    findings.push(
      error(
        ['world', 'population', 'businesses'],
        `each phoenix case needs its own existing business to rise from: ${plural(phoenix, 'phoenix case')} but businesses is ${world.population.businesses}; raise businesses to at least ${phoenix}`,
        msg('scenario.registration.needBusinesses', { phoenix, businesses: world.population.businesses }),
      ),
    )
  }
  const register = world.population.individuals + world.population.businesses
  const bogus = anomalies['bogus-registration'] ?? 0
  const sharing = registration.variants?.['bogus-registration']?.sharedPhoneTins
  if (bogus > 0 && sharing !== undefined && bogus * sharing + individuals + phoenix > register) {
    findings.push(
      error(
        ['world', 'registration', 'variants', 'bogus-registration', 'sharedPhoneTins'],
        `${plural(bogus, 'bogus registration')} with ${sharing} existing TINs on each phone need ${bogus * sharing} taxpayers of their own besides the ${individuals + phoenix} the other cases use, but the register has ${register}; lower sharedPhoneTins or raise individuals or businesses`,
        msg('scenario.registration.sharedPhones', {
          bogus,
          sharing,
          own: bogus * sharing,
          others: individuals + phoenix,
          register,
        }),
      ),
    )
  } else if (bogus > 0 && register < 3) {
    findings.push(
      error(
        ['world', 'population'],
        `bogus-registration needs at least 3 existing taxpayers (individuals or businesses) to share a phone number or address with, but the population has ${register}; raise individuals or businesses`,
        msg('scenario.registration.bogusNeedsThree', { register }),
      ),
    )
  }
  const vat = anomalies['vat-threshold'] ?? 0
  if (vat > 0 && jurisdiction && !jurisdiction.taxTypes.some((t) => t.code === 'VAT')) {
    findings.push(
      error(
        ['world', 'registration', 'anomalies', 'vat-threshold'],
        `vat-threshold cases need a VAT, but the jurisdiction "${jurisdiction.id}" has no VAT in its taxTypes; add VAT to the profile or remove this anomaly`,
        msg('scenario.registration.noVat', { jurisdiction: jurisdiction.id }),
        'key',
      ),
    )
  }
  return findings
}
