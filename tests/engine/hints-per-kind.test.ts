/**
 * A hint may belong to a case kind: it is offered on cases of that kind only, after the task's
 * general hints, and its cost is charged like any other hint's.
 */
import { describe, expect, it } from 'vitest'
import { Session, type Scenario } from '../../src/engine'
import { loadBundledLibrary } from '../../src/cli/files'

const library = await loadBundledLibrary()
const desk = library.scenarios.find((s) => s.id === 'registration-desk')!

function withHints(scenario: Scenario, hints: Scenario['tasks'][number]['hints']): Scenario {
  return { ...scenario, tasks: scenario.tasks.map((t, i) => (i === 0 ? { ...t, hints } : t)) }
}

const hints = [
  { text: 'Compare every application with the register.', cost: 1 },
  { text: 'A duplicate shares the national ID whatever the name says.', cost: 3, kind: 'duplicate-identity' },
  { text: 'A namesake shares the name, not the ID.', cost: 2, kind: 'namesake' },
]

describe('hints per case kind', () => {
  it('offers a kind hint only on cases of that kind, and charges what was revealed', async () => {
    const scenario = withHints(desk, hints)
    const session = await Session.start(scenario)
    const task = scenario.tasks[0]!
    const cases = session.cases().filter((c) => c.taskId === task.id)
    const kindOf = (caseId: string) => session.truthOf(caseId)!.kind
    const duplicate = cases.find((c) => kindOf(c.caseId) === 'duplicate-identity')!
    const genuine = cases.find((c) => kindOf(c.caseId) === 'genuine')!
    expect(duplicate && genuine).toBeTruthy()

    // Without a case, and on a genuine case, only the general hint is there.
    expect(session.hints(task.id).next).toEqual({ cost: 1 })
    expect(session.send({ type: 'hint.reveal', taskId: task.id, caseId: genuine.caseId })).toEqual({
      ok: true,
    })
    expect(session.hints(task.id, genuine.caseId)).toEqual({ revealed: [{ text: hints[0]!.text, cost: 1 }] })
    const none = session.send({ type: 'hint.reveal', taskId: task.id, caseId: genuine.caseId })
    expect(none.ok).toBe(false)

    // On the duplicate, the general hint is already revealed and its own comes next.
    expect(session.hints(task.id, duplicate.caseId).next).toEqual({ cost: 3 })
    expect(session.send({ type: 'hint.reveal', taskId: task.id, caseId: duplicate.caseId })).toEqual({
      ok: true,
    })
    expect(session.hints(task.id, duplicate.caseId).revealed.map((h) => h.cost)).toEqual([1, 3])
    // The namesake hint was never offered.
    expect(session.hints(task.id, genuine.caseId).revealed.map((h) => h.cost)).toEqual([1])

    const report = session.report()
    expect(report.tasks[0]!.hintsUsed).toBe(2)
    expect(report.tasks[0]!.hintPenalty).toBe(4)
    expect(report.hintsUsed).toBe(2)

    // A replay of the log reaches the same hints and the same charge.
    const replayed = await Session.start(scenario, { log: session.save().log })
    expect(replayed.report()).toEqual(report)
  })

  it('refuses a case of another task or an unknown case, and old logs without a case still replay', async () => {
    const scenario = withHints(desk, hints)
    const session = await Session.start(scenario)
    const task = scenario.tasks[0]!
    expect(session.send({ type: 'hint.reveal', taskId: task.id, caseId: 'NOPE-1' })).toMatchObject({
      ok: false,
    })
    expect(session.send({ type: 'hint.reveal', taskId: task.id })).toEqual({ ok: true })
    expect(session.send({ type: 'hint.reveal', taskId: task.id })).toMatchObject({ ok: false })
  })
})
