/**
 * The pre-assessment checks readiness on every process, and the capstone mixes processes in
 * one world: each touches every process it claims, with cases that discriminate.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { PROCESSES, Session } from '../../src/engine'

const library = await loadBundledLibrary()

describe.each([
  ['pre-assessment', PROCESSES.length],
  ['capstone-district-office-week', 5],
])('%s', (id, minProcesses) => {
  const scenario = library.scenarios.find((s) => s.id === id)

  it('is bundled and claims enough processes', () => {
    expect(scenario).toBeDefined()
    expect(new Set(scenario!.tasks.map((t) => t.process)).size).toBeGreaterThanOrEqual(minProcesses)
  })

  it('gives every claimed process cases, at least one of them an anomaly or a look-alike', async () => {
    const session = await Session.start(scenario!)
    for (const process of new Set(scenario!.tasks.map((t) => t.process))) {
      const cases = session.cases().filter((c) => c.process === process)
      expect(cases.length, process).toBeGreaterThan(0)
      const kinds = cases.map((c) => session.truthOf(c.caseId)!.kind)
      expect(
        kinds.some((k) => k !== 'genuine'),
        `${process} has only genuine cases`,
      ).toBe(true)
    }
  })
})
