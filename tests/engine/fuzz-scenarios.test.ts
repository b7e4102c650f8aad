/**
 * A property-based fuzzer over the bundled scenarios and jurisdiction profiles (the cases and
 * the run are in ./robust/fuzz.ts). Each bundled scenario is first scaled down (a few cases per
 * process, a register of tens of taxpayers; a change the validator must accept). Each case then
 * changes one to three keys of a scaled-down scenario or of the profile it uses, mostly as a
 * trainer would (a number within the schema's range, another enum value, a date moved by some
 * days, one more kind of case), sometimes hostile (any number, a date at the calendar's edge, a
 * removed key, a value of the wrong type), and loads it through the one validator. Its
 * invariant: either the validator returns issues located in the file, or the engine runs the
 * scenario: the world is generated, the `first` policy plays it, the session is saved as JSON
 * and replayed, and the replay earns the same score. The generator may still find its register
 * too small (the validator plans with typical shares): that is a WorldShortfall, located at a
 * key of the file like an issue. Nothing ever throws.
 *
 * Budget (2 CPU cores): 10,000 cases in two files of 5,000 (this one and
 * fuzz-scenarios-more.test.ts, different seeds), which Vitest runs in parallel. About 62 % of
 * the cases are accepted and played to the replay (10–130 ms of CPU each), the rest refused with
 * located issues (about 5 ms): some 35 ms of CPU per case on average, about 3 minutes of CPU per
 * file, 3 to 4 minutes of wall time on a quiet 2-core machine, several times that on a busy one.
 * Both files are seeded, so a failure reproduces; fast-check prints the seed and the shrunk
 * mutation. The time limit is only a guard against a hang: a file fails when it ran far fewer
 * than its 5,000 cases.
 */
import { describe, expect, it } from 'vitest'
import { isProfile } from '../../src/engine/scenario'
import { bundledFiles } from './robust/mutate'
import { expectFuzzed, fuzz, smallScenarios, unshrinkable } from './robust/fuzz'

describe('fuzzed scenario and profile files (first half)', () => {
  it('every bundled scenario scales down to a file the validator accepts and a world the generator fills', () => {
    expect(unshrinkable).toEqual([])
    expect(smallScenarios).toHaveLength(bundledFiles.filter((f) => !isProfile(f)).length)
  })

  it('5,000 mutations: located issues, or world, first policy, save and a replay with the same score', async () => {
    expectFuzzed(await fuzz(20_251_207, 5_000), 5_000)
  }, 2_400_000)
})
