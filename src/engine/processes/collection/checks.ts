/**
 * The semantic checks of the collection part of a scenario's world (see ../definition.ts): the
 * variants a trainer fixes must be ones the world can honour without changing what the case is.
 */
import { msg, type Msg } from '../../primitives/message'
import type { Jurisdiction, WorldConfig } from '../../scenario/schema'
import type { Finding } from '../../scenario/structure'
import type { DataPath } from '../../scenario/yaml-source'

const finding = (severity: Finding['severity'], path: DataPath, message: string, text: Msg): Finding => ({
  path,
  message,
  text,
  severity,
  anchor: 'value',
})

type Variants = NonNullable<NonNullable<WorldConfig['collection']>['variants']>
type VariantKind = keyof Variants

/** A fixed tax type must be one the jurisdiction administers. */
function taxTypeFindings(kind: VariantKind, variants: Variants, j: Jurisdiction): Finding[] {
  const taxType = variants[kind]?.taxType
  if (!taxType || j.taxTypes.some((t) => t.code === taxType)) return []
  const codes = j.taxTypes.map((t) => t.code).join(', ')
  return [
    finding(
      'error',
      ['world', 'collection', 'variants', kind, 'taxType'],
      `the jurisdiction "${j.id}" does not administer ${taxType}, so no arrears can sit in it; use one of its tax types (${codes})`,
      msg('scenario.collection.taxTypeNotAdministered', { jurisdiction: j.id, taxType, codes }),
    ),
  ]
}

/** An abuser needs at least one defaulted agreement, or the request is an ordinary one to grant. */
function defaultsFindings(variants: Variants, j: Jurisdiction): Finding[] {
  const defaults = variants['agreement-abuse']?.defaultedAgreements
  if (defaults === undefined || defaults >= 1) return []
  return [
    finding(
      'error',
      ['world', 'collection', 'variants', 'agreement-abuse', 'defaultedAgreements'],
      `with no defaulted agreement the request for time to pay is an ordinary one and the right answer would be to grant it, which is not agreement abuse; use at least 1 (from ${j.collection.refuseAfterDefaults}, the profile's refuseAfterDefaults, the request is refused; below it a new agreement needs security)`,
      msg('scenario.collection.noDefaults', { refuseAfter: j.collection.refuseAfterDefaults }),
    ),
  ]
}

/** Variants of a kind the world declares no case of change nothing: most likely a slip. */
function unusedFindings(world: WorldConfig, variants: Variants): Finding[] {
  const config = world.collection!
  const counts: Partial<Record<string, number>> = { ...config.anomalies, ...config.lookalikes }
  return (Object.keys(variants) as VariantKind[])
    .filter((kind) => variants[kind] && !(counts[kind] ?? 0))
    .map((kind) =>
      finding(
        'warning',
        ['world', 'collection', 'variants', kind],
        `variants are set for ${kind}, but the world declares no ${kind} case; add one under anomalies or lookalikes, or remove these variants`,
        msg('scenario.collection.unusedVariants', { kind }),
      ),
    )
}

export function collectionChecks(world: WorldConfig, jurisdiction: Jurisdiction | undefined): Finding[] {
  const variants = world.collection?.variants
  if (!variants) return []
  const kinds = Object.keys(variants) as VariantKind[]
  return [
    ...unusedFindings(world, variants),
    ...(jurisdiction
      ? [
          ...kinds.flatMap((kind) => taxTypeFindings(kind, variants, jurisdiction)),
          ...defaultsFindings(variants, jurisdiction),
        ]
      : []),
  ]
}
