/**
 * The session asks a process for its commands (`commandsFor`) once per step and keeps the answer
 * while nothing they are made from changes; a calendar move, a posting or a take-back asks again.
 */
import { describe, expect, it } from 'vitest'
import { Session } from '../../src/engine'
import type { CommandSpec, ProcessEnv } from '../../src/engine/processes/contract'
import { PROCESS_DEFINITIONS, type ProcessTable } from '../../src/engine/processes/registry'
import { loadBundledLibrary } from '../../src/cli/files'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'registration-desk')!

/** The registration process with a `commandsFor` that counts its calls and dates its help. */
function countingProcesses(): { processes: ProcessTable; calls: () => number } {
  const entry = PROCESS_DEFINITIONS.registration
  const base = entry.module
  let calls = 0
  const commandsFor = (env: ProcessEnv): readonly CommandSpec[] => {
    calls++
    return (base.commandsFor?.(env) ?? base.commands).map((c) => ({ ...c, help: `as of ${env.today}` }))
  }
  const processes: ProcessTable = {
    ...PROCESS_DEFINITIONS,
    registration: { ...entry, module: { ...base, commandsFor } },
  }
  return { processes, calls: () => calls }
}

const helpOf = (session: Session, caseId: string) => session.caseView(caseId).available[0]!.help

describe("the session's commands of a process", () => {
  it('are asked for once per step, however often the step, its case view and its map read them', async () => {
    const { processes, calls } = countingProcesses()
    const session = await Session.start(scenario, { processes })
    const caseId = session.cases()[0]!.caseId
    expect(session.send({ type: 'case.open', caseId })).toEqual({ ok: true })
    const before = calls()
    const step = { type: 'case.command' as const, caseId, command: { type: 'registration.verifyIdentity' } }
    expect(session.send(step)).toEqual({ ok: true })
    session.caseView(caseId)
    session.availability(caseId)
    session.caseView(caseId)
    session.commandSpecs()
    // The step judged the command against them, then the log grew: one more answer serves the rest.
    expect(calls() - before).toBe(2)
  })

  it('follow the calendar and a take-back: a cached answer never outlives the day it was made for', async () => {
    const { processes } = countingProcesses()
    const session = await Session.start(scenario, { mode: 'practice', processes })
    const caseId = session.cases()[0]!.caseId
    session.send({ type: 'case.open', caseId })
    const start = session.today()
    expect(helpOf(session, caseId)).toBe(`as of ${start}`)
    expect(session.send({ type: 'clock.advance', days: 3 })).toEqual({ ok: true })
    expect(helpOf(session, caseId)).toBe(`as of ${session.today()}`)
    expect(session.today()).not.toBe(start)
    expect(session.send({ type: 'clock.takeBack' })).toEqual({ ok: true })
    expect(session.today()).toBe(start)
    expect(helpOf(session, caseId)).toBe(`as of ${start}`)
  })
})
