/**
 * A later task's cases are made as of the day the task starts ("25 days later"): received
 * and due from that day, their ground truth judged on it. Property: on random valid variants
 * of the bundled scenarios (later starts, fewer cases), the `best` policy never throws and
 * always scores the maximum, with no deadline missed.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { addDays, generateWorld, playPolicy, seededRandom, Session, type Scenario } from '../../src/engine'
import { checkTasks } from '../../src/engine/scenario/semantic'
import type { ScenarioFile } from '../../src/engine/scenario/schema'
import { inEnglish } from '../../src/i18n/render'

const library = await loadBundledLibrary()
const VARIANTS = 200

/** The scenario without its agenda of days: a task is given a day there or a later start, not both. */
function withoutAgenda(scenario: Scenario): Scenario {
  const copy = { ...scenario }
  delete copy.agenda
  return copy
}

/** A variant: each process starts on one day, days never decrease down the task list. */
function variant(base: Scenario, random: () => number): Scenario {
  const starts = new Map<string, number>()
  let day = 0
  const tasks = base.tasks.map((task) => {
    let start = starts.get(task.process)
    if (start === undefined) {
      if (random() < 0.5) day += 1 + Math.floor(random() * 60)
      start = day
      starts.set(task.process, start)
    }
    const cases =
      typeof task.cases === 'number' && random() < 0.5 ? 1 + Math.floor(random() * task.cases) : task.cases
    return { ...task, cases, ...(start > 0 ? { startsAfterDays: start } : {}) }
  })
  return { ...withoutAgenda(base), tasks }
}

describe('startsAfterDays', () => {
  it('gives a later task cases received and due from its start', async () => {
    const base = withoutAgenda(library.scenarios.find((s) => s.id === 'capstone-district-office-week')!)
    const scenario = {
      ...base,
      tasks: base.tasks.map((t) =>
        t.process === 'audit' || t.process === 'filing' ? { ...t, startsAfterDays: 25 } : t,
      ),
    }
    expect(checkTasks(scenario as ScenarioFile).filter((f) => f.severity === 'error')).toEqual([])
    const session = new Session(scenario, await generateWorld(scenario, { seed: scenario.world.seed }))
    const start = addDays(session.world.referenceDate, 25)
    for (const c of session.cases().filter((x) => x.process === 'audit' || x.process === 'filing')) {
      expect(c.dueOn >= start, c.caseId).toBe(true)
      expect(c.receivedOn <= start, c.caseId).toBe(true)
    }
    playPolicy(session, 'best')
    const report = session.report()
    expect(report.percent).toBe(100)
    expect(report.outcomes.deadlinesMissed).toBe(0)
  }, 60_000)

  it('refuses a task that starts before the one above it, or apart from its process', () => {
    const base = library.scenarios.find((s) => s.id === 'capstone-district-office-week')!
    const backwards = {
      ...base,
      tasks: base.tasks.map((t, i) => (i === 0 ? { ...t, startsAfterDays: 10 } : t)),
    }
    expect(checkTasks(backwards as ScenarioFile).map((f) => f.message)).toContainEqual(
      expect.stringMatching(/starts on day 0, before a task above it \(day 10\)/),
    )
  })

  it(`the best policy scores the maximum on ${VARIANTS} random valid variants`, async () => {
    const random = seededRandom(8)
    const failures: string[] = []
    for (let n = 0; n < VARIANTS; n++) {
      const base = library.scenarios[n % library.scenarios.length]!
      const scenario = variant(base, random)
      const errors = checkTasks(scenario as ScenarioFile).filter((f) => f.severity === 'error')
      expect(errors, scenario.id).toEqual([])
      const label = `${scenario.id} ${scenario.tasks.map((t) => `${t.id}:${t.cases}@${t.startsAfterDays ?? 0}`).join(' ')}`
      try {
        const session = new Session(
          scenario,
          await generateWorld(scenario, { seed: scenario.world.seed + n }),
        )
        playPolicy(session, 'best')
        const report = session.report()
        const off = report.decisions.filter((d) => d.feedback.grade !== 'correct')
        const why = off.map((d) => `${d.caseId} ${d.kind}: ${inEnglish(d.feedback.explanation)}`).join('; ')
        if (report.score !== report.maxScore)
          failures.push(`${label}: ${report.score} / ${report.maxScore} ${why}`)
      } catch (e) {
        failures.push(`${label}: ${String(e)}`)
      }
    }
    expect(failures).toEqual([])
  }, 600_000)
})
