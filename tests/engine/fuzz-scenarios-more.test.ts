/**
 * The second half of the scenario fuzzer (see fuzz-scenarios.test.ts for what it checks and
 * its budget): 5,000 more cases with their own seed, in a file of its own so that Vitest runs
 * the two halves on two cores at once.
 */
import { describe, it } from 'vitest'
import { expectFuzzed, fuzz } from './robust/fuzz'

describe('fuzzed scenario and profile files (second half)', () => {
  it('5,000 mutations: located issues, or world, first policy, save and a replay with the same score', async () => {
    expectFuzzed(await fuzz(20_261_207, 5_000), 5_000)
  }, 2_400_000)
})
