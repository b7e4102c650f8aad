/**
 * The entry point to world generation. Faker is imported here on demand, so the page's first
 * bundle does not carry it; the app should call this from a worker or after first paint.
 */
import type { ProcessTable } from '../processes/registry'
import type { Scenario } from '../scenario/schema'
import type { World } from './types'

export interface GenerateOptions {
  /** Overrides the scenario's seed (a trainer replaying or varying a session). */
  seed?: number
  /** Called every 1,000 entities and at the end, e.g. to drive a progress bar. */
  onProgress?: (done: number, total: number) => void
  /** The processes whose cases the world holds (default: every bundled process). */
  processes?: ProcessTable
}

/**
 * Generates the synthetic world of a scenario: the civil and company registries, the TAMIS
 * register, the registration applications and their hidden ground truth. The same scenario
 * and seed give byte-identical `JSON.stringify(world)` on any machine, day and time zone.
 * Throws a RangeError when the scenario asks for cases its population cannot supply (see
 * registrationProblems).
 */
export async function generateWorld(scenario: Scenario, options: GenerateOptions = {}): Promise<World> {
  const { buildWorldAsync } = await import('./faker-world')
  const seed = options.seed ?? scenario.world.seed
  return buildWorldAsync(scenario, {
    seed,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.processes ? { processes: options.processes } : {}),
  })
}
