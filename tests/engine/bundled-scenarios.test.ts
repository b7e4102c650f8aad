/**
 * Every bundled scenario is playable and fair: it validates, its `best` log scores the
 * maximum, and clicking through (`first`) or guessing (`random`) does not pass.
 */
import { describe, expect, it } from 'vitest'
import { formatIssue, playPolicy, PROCESSES, Session } from '../../src/engine'
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

    it('world holds exactly the declared anomalies and look-alikes of every process', async () => {
      const session = await Session.start(scenario)
      const world = session.world
      const truths = [...world.truth.cases.map((t) => ({ process: t.process as string, kind: t.kind }))]
      const sections = {
        ...(scenario.world.registration
          ? {
              registration: {
                cases: scenario.world.registration.applications,
                anomalies: scenario.world.registration.anomalies,
                lookalikes: scenario.world.registration.lookalikes,
              },
            }
          : {}),
        ...Object.fromEntries(
          PROCESSES.flatMap((p) =>
            p !== 'registration' && scenario.world[p] ? [[p, scenario.world[p]]] : [],
          ),
        ),
      } as Record<string, { cases: number; anomalies: object; lookalikes: object }>
      for (const [process, config] of Object.entries(sections)) {
        const kinds = truths.filter((t) => t.process === process).map((t) => t.kind)
        const declared = { ...config.anomalies, ...config.lookalikes } as Record<string, number | undefined>
        for (const [kind, n] of Object.entries(declared))
          expect(kinds.filter((k) => k === kind).length, `${process} ${kind}`).toBe(n ?? 0)
        const total = Object.values(declared).reduce<number>((a, b) => a + (b ?? 0), 0)
        expect(kinds.filter((k) => k === 'genuine').length, `${process} genuine`).toBe(config.cases - total)
      }
    })

    it('every task has cases and the CLI lists its processes', async () => {
      const session = await Session.start(scenario)
      const withCases = new Set(session.cases().map((c) => c.taskId))
      for (const task of scenario.tasks) expect(withCases.has(task.id), task.id).toBe(true)
    })
  })
})
