/**
 * A world the generator cannot build from a scenario that passed the validator: the register
 * turned out to have too few taxpayers of the kind a process needs (the validator plans with
 * typical shares; the generated register decides). It carries the scenario key to change, so
 * every door shows it like a validation issue, located in the file, never as a crash.
 */
import type { DataPath } from '../scenario/yaml-source'

export class WorldShortfall extends Error {
  override readonly name = 'WorldShortfall'
  constructor(
    /** The scenario key a trainer should change, e.g. ['world', 'population', 'businesses']. */
    readonly path: DataPath,
    message: string,
  ) {
    super(message)
  }
}

export const BUSINESSES: DataPath = ['world', 'population', 'businesses']
export const INDIVIDUALS: DataPath = ['world', 'population', 'individuals']

/**
 * The message for a register that has `have` of the `needed` taxpayers of some kind, with a
 * new population size to try: scaled by how many the generated register lacked, plus a margin.
 */
export function shortfallMessage(
  what: string,
  forWhat: string,
  needed: number,
  have: number,
  key: 'businesses' | 'individuals',
  current: number,
): string {
  if (have === 0 && current > 0)
    return `the world needs ${needed} ${what} for ${forWhat}, but none of the ${current} ${key} on the generated register qualifies; check the jurisdiction's thresholds (a VAT threshold no business reaches, say) or raise \`${key}\``
  const suggested = Math.max(current + 1, Math.ceil((current * needed * 1.25) / Math.max(have, 1)) + 5)
  return `the world needs ${needed} ${what} for ${forWhat}, but the generated register has ${have}; raise \`${key}\` (now ${current}) to at least ${suggested}`
}
