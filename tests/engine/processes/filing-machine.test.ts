/**
 * The filing machine explored with xstate/graph: every state is reachable, a final state is
 * reachable from every other, and the guards refuse unlawful steps until the calendar allows
 * them (sahel-coast: a demand is deemed received after 5 days and gives 30 more).
 */
import { describe, expect, it } from 'vitest'
import { inEnglish } from '../../../src/i18n/render'
import { arrowsDrawn, movesMade, statesDrawn, statesThatCannotFinish } from './machine-graph'
import { filingModule } from '../../../src/engine/processes/filing/module'
import { createActor, type AnyMachineSnapshot as AnySnapshot } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import { loadBundledLibrary } from '../../../src/cli/files'
import { DECISION, STEP } from '../../../src/engine/processes/filing/commands'
import {
  arrivalDate,
  filingBlocker,
  filingMachine,
  filingProblem,
  type FilingContext,
  type FilingEvent,
  type FilingInput,
} from '../../../src/engine/processes/filing/filing.machine'
import { demandExpiry, vatLines } from '../../../src/engine/processes/filing/rules'
import { addDays } from '../../../src/engine/primitives/calendar'

const library = await loadBundledLibrary()
const jurisdiction = library.jurisdictions.find((x) => x.id === 'sahel-coast')!
const lines = vatLines(10_000_000, 6_000_000, jurisdiction)

const missing = (afterDays: number | null): FilingInput => ({
  jurisdiction,
  today: '2025-04-07',
  period: '2024-12',
  returnDueOn: '2025-01-15',
  filedOn: null,
  declaredTaxDue: 0,
  hasClaim: false,
  response: afterDays === null ? null : { afterDays, lines, taxDue: 720_000 },
})
const received: FilingInput = {
  jurisdiction,
  today: '2025-04-07',
  period: '2025-02',
  returnDueOn: '2025-03-15',
  filedOn: '2025-03-28',
  declaredTaxDue: 810_000,
  hasClaim: true,
  response: null,
}
const INPUTS = {
  'replies within the demand period': missing(10),
  'replies after a default assessment': missing(45),
  'never replies': missing(null),
  'late return with a claim': received,
}

// Demand served on 2025-04-07: deemed received 04-12, lawful default assessment from 05-12.
const EVENTS: FilingEvent[] = [
  { type: STEP.viewHistory },
  { type: STEP.checkThirdParty },
  { type: STEP.viewLedger },
  { type: STEP.validate },
  { type: STEP.examineClaim },
  { type: STEP.sendDemand },
  { type: STEP.defaultAssessment, amount: 720_000, basis: 'prior-returns' },
  { type: DECISION.accept, penalty: 'apply' },
  { type: DECISION.accept, penalty: 'waive' },
  { type: DECISION.correctMathError, correctedTaxDue: 720_000 },
  { type: DECISION.referForReview, reason: 'sales below e-invoices' },
  { type: DECISION.reject, reason: 'period missing' },
  { type: DECISION.closeAssessed },
  { type: DECISION.startDormancy },
]

/** The commands, and ticks 35 and 60 days on (enough to run out any demand), up to a horizon. */
const events = (state: AnySnapshot): FilingEvent[] => {
  const today = (state.context as FilingContext).today
  if (today >= '2025-09-01') return EVENTS
  return [
    ...EVENTS,
    { type: 'clock.tick', today: addDays(today, 35) },
    { type: 'clock.tick', today: addDays(today, 60) },
  ]
}

/**
 * States differ by their value, the steps taken and where today stands against the demand's
 * dates (the only way the date changes what is allowed), not by the constant profile.
 */
const serializeState = (state: AnySnapshot) => {
  const c = state.context as FilingContext
  const arrival = arrivalDate(c)
  return JSON.stringify([
    state.value,
    c.checks,
    c.demandServedOn !== null,
    c.demandServedOn !== null && c.today >= demandExpiry(c.demandServedOn, jurisdiction),
    arrival !== null && c.today >= arrival,
    c.assessed !== null,
    c.replaced !== null,
    c.arrivedOn !== null,
  ])
}
const traversal = { events, serializeState }

/** The states the process map draws: every state a case can stand in (a case passes through `opened`). */
const STATES = statesDrawn(filingModule)
const FINAL = Object.entries(filingMachine.config.states ?? {})
  .filter(([, s]) => s.type === 'final')
  .map(([id]) => id)

describe('filing machine, explored with xstate/graph', () => {
  const explored = Object.entries(INPUTS).map(([name, input]) => ({
    name,
    input,
    paths: getShortestPaths(filingMachine, { ...traversal, input }),
  }))

  it('reaches every state', () => {
    const reached = new Set(explored.flatMap((e) => e.paths.map((p) => String(p.state.value))))
    expect([...reached].sort()).toEqual([...STATES].sort())
  })

  it('draws on the process map exactly the moves a case makes', () => {
    expect(STATES).not.toContain('opened')
    expect(arrowsDrawn(filingModule)).toEqual(
      movesMade(
        filingMachine,
        explored.map((e) => ({ ...traversal, input: e.input })),
      ),
    )
  })

  it.each(explored.map((e) => [e.name, e] as const))(
    'can reach a final state from every state (%s)',
    (_name, e) => {
      expect(statesThatCannotFinish(filingMachine, { ...traversal, input: e.input })).toEqual([])
    },
  )

  it('never closes on a default assessment without a demand whose period had run out', () => {
    for (const e of explored)
      for (const path of e.paths.filter((p) => p.state.value === 'assessed')) {
        const types = path.steps.map((s) => s.event.type)
        const demand = types.indexOf(STEP.sendDemand)
        const assessed = types.indexOf(STEP.defaultAssessment)
        expect(demand).toBeGreaterThanOrEqual(0)
        const ticks = path.steps
          .slice(demand, assessed)
          .flatMap((s) => (s.event.type === 'clock.tick' ? [s.event.today] : []))
        expect(ticks.at(-1)! >= addDays(String(path.steps[demand]!.state.context.today), 35)).toBe(true)
      }
  })

  it('has the final states the officer can close on', () => {
    expect(FINAL.sort()).toEqual(['assessed', 'corrected', 'dormancy', 'posted', 'referred', 'rejected'])
  })
})

function start(input: FilingInput, ...events: FilingEvent[]) {
  const actor = createActor(filingMachine, { input }).start()
  for (const e of events) actor.send(e)
  return actor
}

describe('guards on the calendar', () => {
  it('refuses a default assessment before the demand period ends, and allows it after a tick past it', () => {
    const actor = start(
      missing(null),
      { type: STEP.viewHistory },
      { type: STEP.checkThirdParty },
      { type: STEP.sendDemand },
    )
    const da = { type: STEP.defaultAssessment, amount: 720_000, basis: 'prior-returns' } as const
    expect(inEnglish(filingBlocker(actor.getSnapshot().context, da.type)?.reason)).toBe(
      'The demand to file runs until May 11, 2025: a default assessment is lawful from May 12, 2025.',
    )
    expect(actor.getSnapshot().can(da)).toBe(false)
    actor.send({ type: 'clock.tick', today: '2025-05-11' })
    expect(actor.getSnapshot().can(da)).toBe(false)
    actor.send({ type: 'clock.tick', today: '2025-05-12' })
    expect(actor.getSnapshot().can(da)).toBe(true)
    actor.send(da)
    expect(actor.getSnapshot().value).toBe('defaultAssessed')
    actor.send({ type: DECISION.closeAssessed })
    expect(actor.getSnapshot().status).toBe('done')
  })

  it('refuses a default assessment with no demand served at all', () => {
    const actor = start(missing(null), { type: 'clock.tick', today: '2025-09-01' })
    expect(inEnglish(filingBlocker(actor.getSnapshot().context, STEP.defaultAssessment)?.reason)).toMatch(
      /Serve a demand to file first/,
    )
  })

  it('refuses dormancy before the third-party check and while a demand runs', () => {
    const actor = start(missing(null), { type: STEP.viewHistory })
    expect(inEnglish(filingBlocker(actor.getSnapshot().context, DECISION.startDormancy)?.reason)).toMatch(
      /Check the third-party data first/,
    )
    actor.send({ type: STEP.checkThirdParty })
    actor.send({ type: STEP.sendDemand })
    expect(inEnglish(filingBlocker(actor.getSnapshot().context, DECISION.startDormancy)?.reason)).toMatch(
      /runs until May 11, 2025/,
    )
    actor.send({ type: 'clock.tick', today: '2025-05-12' })
    expect(filingBlocker(actor.getSnapshot().context, DECISION.startDormancy)).toBeUndefined()
  })

  it('receives the return the taxpayer files in reply, on the tick that reaches it', () => {
    // Deemed received 04-12, files 10 days later: 04-22.
    const actor = start(missing(10), { type: STEP.viewHistory }, { type: STEP.sendDemand })
    actor.send({ type: 'clock.tick', today: '2025-04-21' })
    expect(actor.getSnapshot().value).toBe('demandServed')
    actor.send({ type: 'clock.tick', today: '2025-04-22' })
    const { value, context } = actor.getSnapshot()
    expect(value).toBe('received')
    expect(context).toMatchObject({ arrivedOn: '2025-04-22', declaredTaxDue: 720_000, replaced: null })
    expect(inEnglish(filingBlocker(context, STEP.defaultAssessment)?.reason)).toMatch(
      /^A default assessment|The return has arrived/,
    )
    expect(inEnglish(filingProblem(context, { type: DECISION.accept, penalty: 'none' }))).toMatch(
      /97 days late/,
    )
  })

  it('replaces a default assessment when the return arrives after it', () => {
    // Files 45 days after deemed receipt: 2025-05-27, after the assessment of 05-12.
    const actor = start(
      missing(45),
      { type: STEP.viewHistory },
      { type: STEP.sendDemand },
      { type: 'clock.tick', today: '2025-05-12' },
      { type: STEP.defaultAssessment, amount: 700_000, basis: 'prior-returns' },
    )
    expect(actor.getSnapshot().value).toBe('defaultAssessed')
    actor.send({ type: 'clock.tick', today: '2025-05-27' })
    const { value, context } = actor.getSnapshot()
    expect(value).toBe('received')
    expect(context.replaced).toEqual({ on: '2025-05-12', amount: 700_000 })
    expect(context.assessed).toBeNull()
    expect(inEnglish(filingBlocker(context, DECISION.closeAssessed)?.reason)).toMatch(
      /replaces the default assessment/,
    )
  })
})

describe('guards on the procedure and the fields', () => {
  it('validates before any decision on a received return', () => {
    const actor = start(received)
    for (const type of [DECISION.accept, DECISION.correctMathError, DECISION.reject, DECISION.referForReview])
      expect(inEnglish(filingBlocker(actor.getSnapshot().context, type)?.reason)).toBe(
        'Validate the return first.',
      )
    expect(inEnglish(filingBlocker(actor.getSnapshot().context, STEP.sendDemand)?.reason)).toMatch(
      /nothing to demand/,
    )
  })

  it('refers only with something to point at', () => {
    const actor = start(received, { type: STEP.validate })
    expect(inEnglish(filingBlocker(actor.getSnapshot().context, DECISION.referForReview)?.reason)).toMatch(
      /third-party data or the filing history/,
    )
    actor.send({ type: STEP.checkThirdParty })
    expect(filingBlocker(actor.getSnapshot().context, DECISION.referForReview)).toBeUndefined()
  })

  it('says "already" for steps already taken, so the screen can hide them', () => {
    const actor = start(
      received,
      { type: STEP.viewHistory },
      { type: STEP.validate },
      { type: STEP.examineClaim },
    )
    const c = actor.getSnapshot().context
    for (const type of [STEP.viewHistory, STEP.validate, STEP.examineClaim])
      expect(filingBlocker(c, type)?.done).toBe(true)
  })

  it('checks the penalty choice against the filing date and the claim', () => {
    const actor = start(received, { type: STEP.validate })
    const c = () => actor.getSnapshot().context
    expect(inEnglish(filingProblem(c(), { type: DECISION.accept, penalty: 'none' }))).toMatch(/13 days late/)
    expect(inEnglish(filingProblem(c(), { type: DECISION.accept, penalty: 'waive' }))).toMatch(
      /Examine the taxpayer’s claim/,
    )
    expect(filingProblem(c(), { type: DECISION.accept, penalty: 'apply' })).toBeUndefined()
    actor.send({ type: STEP.examineClaim })
    expect(filingProblem(c(), { type: DECISION.accept, penalty: 'waive' })).toBeUndefined()
    const onTime = start({ ...received, filedOn: '2025-03-10', hasClaim: false }, { type: STEP.validate })
    expect(
      inEnglish(filingProblem(onTime.getSnapshot().context, { type: DECISION.accept, penalty: 'apply' })),
    ).toMatch(/filed on time/)
  })

  it('refuses a negative correction, a default assessment of nothing and a rejection without a defect', () => {
    const c = start(received, { type: STEP.validate }).getSnapshot().context
    expect(inEnglish(filingProblem(c, { type: DECISION.correctMathError, correctedTaxDue: -1 }))).toMatch(
      /zero or more/,
    )
    expect(filingProblem(c, { type: DECISION.correctMathError, correctedTaxDue: 720_000 })).toBeUndefined()
    expect(
      inEnglish(filingProblem(c, { type: STEP.defaultAssessment, amount: 0, basis: 'prior-returns' })),
    ).toMatch(/positive/)
    expect(inEnglish(filingProblem(c, { type: DECISION.reject, reason: '  ' }))).toMatch(/structural defect/)
  })
})
