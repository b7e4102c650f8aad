/**
 * Scripted trainees. `best` plays every case from ground truth, `first` always takes the first
 * thing offered, `random` a seeded random one. They prove that a scenario can be passed and
 * that it cannot be passed by clicking through.
 */
import type { Command } from '../processes/contract'
import type { Session } from './session'
import type { CaseView, SessionEvent } from './types'

export const POLICIES = ['best', 'first', 'random'] as const
export type Policy = (typeof POLICIES)[number]

/** mulberry32: a tiny seeded PRNG, so policies never touch Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A command of the given type filled in with the form's prefilled values (a hurried officer). */
function naiveCommand(view: CaseView, type: string): Command {
  return { ...(view.defaults[type] ?? {}), type }
}

const MAX_STEPS_PER_CASE = 40

/** Plays the whole scenario on `session` with a policy and returns the log it produced. */
export function playPolicy(session: Session, policy: Policy, policySeed = 1): readonly SessionEvent[] {
  const random = seededRandom(policySeed)
  for (const summary of session.cases()) {
    const caseId = summary.caseId
    if (session.caseView(caseId).feedback || summary.status === 'closed') continue
    session.send({ type: 'case.open', caseId })
    if (policy === 'best') {
      for (const command of session.truthOf(caseId)?.best ?? []) {
        // A best sequence may wait for the calendar (a demand's period, a reply): that is a
        // session event, not a case command.
        const result =
          command.type === 'clock.advance'
            ? session.send({ type: 'clock.advance', days: Number(command.days) })
            : session.send({ type: 'case.command', caseId, command })
        if (!result.ok) throw new Error(`best policy refused on ${caseId}: ${command.type}: ${result.reason}`)
      }
      continue
    }
    for (let step = 0; step < MAX_STEPS_PER_CASE; step++) {
      const view = session.caseView(caseId)
      if (view.summary.status === 'closed') break
      let options = view.available.filter((c) => c.enabled)
      if (step === MAX_STEPS_PER_CASE - 1) options = options.filter((c) => c.final)
      if (options.length === 0) break
      const ordered =
        policy === 'first'
          ? options
          : options
              .map((o) => ({ o, k: random() }))
              .sort((a, b) => a.k - b.k)
              .map((x) => x.o)
      ordered.some(
        (option) =>
          session.send({ type: 'case.command', caseId, command: naiveCommand(view, option.type) }).ok,
      )
    }
  }
  session.send({ type: 'session.finish' })
  return session.log
}
