import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import {
  registrationBlocker,
  registrationMachine,
  type RegistrationEvent,
  type RegistrationInput,
} from '../../src/engine/processes/registration/registration.machine'
import { registrationModule } from '../../src/engine/processes/registration/module'
import type { ProcessEnv } from '../../src/engine/processes/contract'
import { testJurisdiction } from '../fixtures/jurisdiction'
import { inEnglish } from '../../src/i18n/render'

const jurisdiction = testJurisdiction()
// VAT threshold is 25,000,000.00 → 2,500,000,000 minor units.
const smallShop: RegistrationInput = {
  application: { kind: 'business', expectedTurnover: 1_200_000_00, employees: 0 },
  jurisdiction,
}
const bigTrader: RegistrationInput = {
  application: { kind: 'business', expectedTurnover: 90_000_000_00, employees: 12 },
  jurisdiction,
}

const EVENTS: RegistrationEvent[] = [
  { type: 'registration.verifyIdentity' },
  { type: 'registration.verifyDocuments' },
  { type: 'registration.checkDuplicates' },
  { type: 'registration.inspectPremises' },
  { type: 'registration.raiseQuery' },
  { type: 'registration.applicantReplied' },
  { type: 'registration.suspectDuplicate', tin: '100000003' },
  { type: 'registration.clearDuplicate' },
  { type: 'registration.linkToExisting' },
  { type: 'registration.reject', reason: 'forged address proof' },
  { type: 'registration.approve', taxTypes: ['CIT'], segment: 'small' },
]

const STATES = Object.keys(registrationMachine.config.states ?? {})

describe('registration machine, explored with xstate/graph', () => {
  const paths = getShortestPaths(registrationMachine, { events: EVENTS, input: smallShop })
  const reached = new Set(paths.map((p) => String(p.state.value)))

  it('reaches every state', () => {
    expect([...reached].sort()).toEqual([...STATES].sort())
  })

  it.each(STATES.filter((s) => !['approved', 'linked', 'rejected'].includes(s)))(
    'can reach a final state from %s',
    (state) => {
      const from = paths.find((p) => String(p.state.value) === state)!.state
      const onward = getShortestPaths(registrationMachine, {
        events: EVENTS,
        input: smallShop,
        fromState: from,
      })
      expect(onward.some((p) => p.state.status === 'done')).toBe(true)
    },
  )

  it('never approves on a path that skipped identity, documents or the duplicate check', () => {
    for (const path of paths.filter((p) => p.state.value === 'approved')) {
      const types = path.steps.map((s) => s.event.type)
      expect(types).toEqual(
        expect.arrayContaining([
          'registration.verifyIdentity',
          'registration.verifyDocuments',
          'registration.checkDuplicates',
        ]),
      )
    }
  })
})

describe('guards block unlawful steps', () => {
  function actorAfter(input: RegistrationInput, events: RegistrationEvent[]) {
    const actor = createActor(registrationMachine, { input }).start()
    for (const e of events) actor.send(e)
    return actor
  }
  const allChecks: RegistrationEvent[] = [
    { type: 'registration.verifyIdentity' },
    { type: 'registration.verifyDocuments' },
    { type: 'registration.checkDuplicates' },
  ]

  it('does not approve before the duplicate check, and says why', () => {
    const actor = actorAfter(smallShop, allChecks.slice(0, 2))
    actor.send({ type: 'registration.approve', taxTypes: ['CIT'], segment: 'small' })
    expect(actor.getSnapshot().value).toBe('pendingVerification')
    expect(inEnglish(registrationBlocker(actor.getSnapshot().context, 'registration.approve'))).toBe(
      'Run the duplicate check first: one person, one TIN.',
    )
  })

  it('marks a check already made as done (dropped from the list), a step not yet open as not done', () => {
    const actor = actorAfter(smallShop, allChecks.slice(0, 1))
    const context = actor.getSnapshot().context
    const env = {} as ProcessEnv
    const said = (type: string) => {
      const refusal = registrationModule.blocker(context, type, env)
      return refusal && { reason: inEnglish(refusal.reason), done: refusal.done }
    }
    expect(said('registration.verifyIdentity')).toEqual({
      reason: 'Identity has already been verified.',
      done: true,
    })
    expect(said('registration.approve')).toEqual({
      reason: 'Check the documents first.',
      done: false,
    })
    expect(registrationModule.blocker(context, 'registration.verifyDocuments', env)).toBeUndefined()
  })

  it('does not reject before the identity is verified', () => {
    const actor = actorAfter(smallShop, [{ type: 'registration.verifyDocuments' }])
    actor.send({ type: 'registration.reject', reason: 'looks odd' })
    expect(actor.getSnapshot().value).toBe('pendingVerification')
  })

  it('reads the VAT threshold from the jurisdiction: no approval without VAT above it', () => {
    const actor = actorAfter(bigTrader, allChecks)
    actor.send({ type: 'registration.approve', taxTypes: ['CIT', 'PAYE'], segment: 'medium' })
    expect(actor.getSnapshot().value).toBe('pendingVerification')
    actor.send({ type: 'registration.approve', taxTypes: ['CIT', 'PAYE', 'VAT'], segment: 'medium' })
    expect(actor.getSnapshot().value).toBe('approved')
  })

  it('the same turnover needs no VAT where the threshold is higher', () => {
    const generous = {
      ...jurisdiction,
      thresholds: { ...jurisdiction.thresholds, vatRegistration: 500_000_000 },
    }
    const actor = actorAfter({ ...bigTrader, jurisdiction: generous }, allChecks)
    actor.send({ type: 'registration.approve', taxTypes: ['CIT', 'PAYE'], segment: 'medium' })
    expect(actor.getSnapshot().value).toBe('approved')
  })

  it('cannot link before a duplicate is suspected, nor raise a query twice', () => {
    const actor = actorAfter(smallShop, allChecks)
    actor.send({ type: 'registration.linkToExisting' })
    expect(actor.getSnapshot().value).toBe('pendingVerification')
    actor.send({ type: 'registration.raiseQuery' })
    actor.send({ type: 'registration.applicantReplied' })
    actor.send({ type: 'registration.raiseQuery' })
    expect(actor.getSnapshot().value).toBe('pendingVerification')
  })
})
