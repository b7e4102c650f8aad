/** The semantic checks of the objections part of a scenario's world (see ../definition.ts). */
import { lawProblems } from './generate'
import { msg, type Msg } from '../../primitives/message'
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
/** What each kind needs of the law, as catalogue entries (the recipes word it in English). */
const LAW_TEXT: Readonly<Record<string, string>> = {
  'undisputed-unpaid': 'scenario.objections.needsUndisputedPaid',
  'deemed-receipt-in-time': 'scenario.objections.needsDeemedReceipt',
}

/** Objection kinds the profile's law makes impossible (the same check the generator makes). */
export function objectionChecks(world: WorldConfig, jurisdiction: Jurisdiction | undefined): Finding[] {
  const config = world.objections
  if (!config || !jurisdiction) return []
  const declared = { ...config.anomalies, ...config.lookalikes } as Record<string, number | undefined>
  return Object.entries(declared)
    .filter(([, n]) => (n ?? 0) > 0)
    .flatMap(([kind]) =>
      lawProblems([kind] as Parameters<typeof lawProblems>[0], jurisdiction).map((problem) =>
        error(
          [
            'world',
            'objections',
            config.anomalies[kind as never] !== undefined ? 'anomalies' : 'lookalikes',
            kind,
          ],
          `${problem.replace(/\.$/, '')}, and the jurisdiction "${jurisdiction.id}" does not have that; change its profile or remove this kind`,
          msg(LAW_TEXT[kind] ?? 'scenario.objections.lawLacks', { kind, jurisdiction: jurisdiction.id }),
          'key',
        ),
      ),
    )
}
