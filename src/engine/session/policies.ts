/**
 * Scripted trainees. `best` plays every case from ground truth, `first` always takes the first
 * thing offered, `random` a seeded random one. They prove that a scenario can be passed and
 * that it cannot be passed by clicking through.
 */
import type { World } from '../world/types'
import type { CaseCommand, SessionEvent } from './types'
import type { CaseView, Session } from './session'

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

function bestCommands(world: World, caseId: string): CaseCommand[] {
  const truth = world.truth.registration.find((t) => t.applicationId === caseId)
  if (!truth) throw new Error(`No ground truth for ${caseId}`)
  const steps: CaseCommand[] = [
    { type: 'registration.verifyIdentity' },
    { type: 'registration.verifyDocuments' },
    { type: 'registration.checkDuplicates' },
  ]
  if (truth.evidence.includes('premises')) steps.push({ type: 'registration.inspectPremises' })
  switch (truth.expected) {
    case 'link':
      return [
        ...steps,
        { type: 'registration.suspectDuplicate', tin: truth.relatedTin! },
        { type: 'registration.linkToExisting' },
      ]
    case 'reject':
      return [...steps, { type: 'registration.reject', reason: truth.flags[0] ?? truth.explanation }]
    case 'approve':
      return [
        ...steps,
        {
          type: 'registration.approve',
          taxTypes: [...truth.taxTypes],
          segment: truth.segment,
          ...(truth.relatedTin ? { relatedTin: truth.relatedTin } : {}),
        },
      ]
  }
}

/** Fills in a command of the given type the way a hurried officer would. */
function naiveCommand(view: CaseView, type: CaseCommand['type']): CaseCommand {
  switch (type) {
    case 'registration.approve':
      return { type, taxTypes: view.suggestion.taxTypes, segment: view.suggestion.segment }
    case 'registration.reject':
      return { type, reason: 'Not satisfied with the application.' }
    case 'registration.suspectDuplicate': {
      const search = view.panels.findLast((p) => p.panel === 'register-search')
      const top = search?.panel === 'register-search' ? search.hits[0]?.taxpayer.tin : undefined
      return { type, tin: top ?? '' }
    }
    default:
      return { type } as CaseCommand
  }
}

const MAX_STEPS_PER_CASE = 40

/** Plays the whole scenario on `session` with a policy and returns the log it produced. */
export function playPolicy(session: Session, policy: Policy, policySeed = 1): readonly SessionEvent[] {
  const random = seededRandom(policySeed)
  for (const summary of session.cases()) {
    const caseId = summary.caseId
    session.send({ type: 'case.open', caseId })
    if (policy === 'best') {
      for (const command of bestCommands(session.world, caseId)) {
        const result = session.send({ type: 'case.command', caseId, command })
        if (!result.ok) throw new Error(`best policy refused on ${caseId}: ${command.type}: ${result.reason}`)
      }
      continue
    }
    for (let step = 0; step < MAX_STEPS_PER_CASE; step++) {
      const view = session.caseView(caseId)
      if (view.feedback) break
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
