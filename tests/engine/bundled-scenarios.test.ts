/**
 * Every bundled scenario is playable and fair: it validates, its `best` log scores the
 * maximum, and clicking through (`first`) or guessing (`random`) does not pass.
 */
import { describe, expect, it } from 'vitest'
import { formatIssue, playPolicy, Session } from '../../src/engine'
import { loadBundledLibrary } from '../../src/cli/files'

const library = await loadBundledLibrary()

describe('bundled scenarios', () => {
  it('all validate without errors', () => {
    expect(library.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([])
    expect(library.scenarios.length).toBeGreaterThan(0)
  })

  describe.each(library.scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    it('best policy scores the maximum', async () => {
      const session = await Session.start(scenario)
      playPolicy(session, 'best')
      const report = session.report()
      expect(report.undecided).toEqual([])
      expect(report.grades).toMatchObject({ acceptable: 0, wrong: 0, harmful: 0 })
      expect(report.score).toBe(report.maxScore)
      expect(report.passed).toBe(true)
    })

    it('first policy does not pass', async () => {
      const session = await Session.start(scenario)
      playPolicy(session, 'first')
      const report = session.report()
      expect(report.passed).toBe(false)
      expect(report.percent).toBeLessThan(scenario.passMark)
    })

    it.each([1, 2, 3])('random policy (seed %i) does not pass', async (policySeed) => {
      const session = await Session.start(scenario)
      playPolicy(session, 'random', policySeed)
      expect(session.report().passed).toBe(false)
    })

    it('world holds exactly the declared anomalies and look-alikes', async () => {
      const session = await Session.start(scenario)
      const config = scenario.world.registration
      const kinds = session.world.truth.registration.map((t) => t.kind)
      const count = (k: string) => kinds.filter((x) => x === k).length
      for (const [kind, n] of Object.entries({ ...config?.anomalies, ...config?.lookalikes }))
        expect(count(kind), kind).toBe(n)
      const declared = Object.values({ ...config?.anomalies, ...config?.lookalikes }).reduce(
        (a, b) => a + (b ?? 0),
        0,
      )
      expect(count('genuine')).toBe((config?.applications ?? 0) - declared)
    })
  })
})
