/** The semantic checks of the refunds part of a scenario's world (see ../definition.ts). */
import { msg } from '../../primitives/message'
import type { Jurisdiction, WorldConfig } from '../../scenario/schema'
import type { Finding } from '../../scenario/structure'
import { phantomRegisteredBounds } from './recipes'

/**
 * A variant the world cannot honour: a phantom company registered so long before its claim that
 * the profile would not count it as a new registrant, or a variant for a kind with no cases.
 */
export function refundChecks(world: WorldConfig, jurisdiction: Jurisdiction | undefined): Finding[] {
  const config = world.refunds
  const days = config?.variants?.['phantom-exporter']?.registeredDaysBeforeClaim
  if (!config || days === undefined) return []
  const path = ['world', 'refunds', 'variants', 'phantom-exporter', 'registeredDaysBeforeClaim']
  const findings: Finding[] = []
  if (!(config.anomalies['phantom-exporter'] ?? 0))
    findings.push({
      path: path.slice(0, 4),
      message:
        'This scenario has no phantom-exporter cases, so this variant changes nothing; add some under world.refunds.anomalies or remove it',
      text: msg('scenario.refunds.unusedVariant'),
      severity: 'warning',
      anchor: 'key',
    })
  if (!jurisdiction) return findings
  const [, newest] = phantomRegisteredBounds(jurisdiction)
  if (days > newest)
    findings.push({
      path,
      text: msg('scenario.refunds.notNewRegistrant', {
        days,
        jurisdiction: jurisdiction.id,
        months: jurisdiction.refunds.risk.newRegistrantMonths,
        newest,
      }),
      message: `A company registered ${days} days before its claim is not a new registrant under the jurisdiction "${jurisdiction.id}" (refunds.risk.newRegistrantMonths is ${jurisdiction.refunds.risk.newRegistrantMonths}); use at most ${newest} days, or raise newRegistrantMonths in the profile`,
      severity: 'error',
      anchor: 'value',
    })
  return findings
}
