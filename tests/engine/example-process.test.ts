/**
 * A process is one folder, added to a process table with one line: the example process in
 * tests/fixtures/example-process joins a copy of the bundled table, and the world generator, the
 * session, the policies and the report play it with no other change. (A bundled process is one
 * line of the list in processes/formats.ts, from which `npm run processes` writes the registry's
 * table: docs/adding-a-process.md, tests/engine/process-registry.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { playPolicy, Session } from '../../src/engine'
import { PROCESS_DEFINITIONS, type ProcessTable } from '../../src/engine/processes/registry'
import type { Scenario } from '../../src/engine/scenario/schema'
import { benchScenario } from '../bench/scenarios'
import { definition as example } from '../fixtures/example-process/definition'

const processes: ProcessTable = { ...PROCESS_DEFINITIONS, example }

/** A scenario with a task of the example process (its id is not in the bundled vocabulary). */
function exampleScenario(): Scenario {
  const base = benchScenario({ registration: null })
  return {
    ...base,
    world: {
      ...base.world,
      example: { cases: 5, anomalies: { 'inflated-claim': 2 }, lookalikes: { 'round-figure': 1 } },
    } as Scenario['world'],
    tasks: [{ ...base.tasks[0]!, id: 'claims', process: 'example' as never, title: 'Claims desk' }],
  }
}

describe('a process added with one line', () => {
  it('generates its cases into the world with their ground truth', async () => {
    const session = await Session.start(exampleScenario(), { processes })
    const cases = session.cases()
    expect(cases.map((c) => c.process)).toEqual(Array(5).fill('example'))
    expect(cases.map((c) => session.truthOf(c.caseId)?.kind)).toEqual([
      'inflated-claim',
      'inflated-claim',
      'round-figure',
      'genuine',
      'genuine',
    ])
  })

  it('is played through the session: the procedure refuses a decision before the check', async () => {
    const session = await Session.start(exampleScenario(), { processes })
    const caseId = session.cases()[0]!.caseId
    session.send({ type: 'case.open', caseId })
    expect(session.send({ type: 'case.command', caseId, command: { type: 'example.pay' } })).toEqual({
      ok: false,
      reason: 'Check the receipts first.',
    })
    expect(session.availability(caseId).find((c) => c.type === 'example.pay')?.enabled).toBe(false)
    expect(
      session.send({ type: 'case.command', caseId, command: { type: 'example.checkReceipts' } }),
    ).toEqual({
      ok: true,
    })
    expect(session.caseView(caseId).panels.map((p) => p.id)).toEqual(['claim', 'receipts'])
  })

  it('its best log scores the maximum, and paying everything does not pass', async () => {
    const best = await Session.start(exampleScenario(), { processes })
    playPolicy(best, 'best')
    const report = best.report()
    expect(report.score).toBe(report.maxScore)
    expect(report.maxScore).toBe(50)
    expect(report.outcomes.anomaliesMissed).toBe(0)

    const naive = await Session.start(exampleScenario(), { processes })
    playPolicy(naive, 'first')
    expect(naive.report().passed).toBe(false)
  })

  it('a saved log replays to the same score', async () => {
    const played = await Session.start(exampleScenario(), { processes })
    playPolicy(played, 'best')
    const again = await Session.start(exampleScenario(), { processes, log: played.save().log })
    expect(again.report().score).toBe(played.report().score)
  })
})
