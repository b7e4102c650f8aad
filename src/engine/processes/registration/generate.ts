/**
 * The registration worklist: the declared anomalies and look-alikes, then genuine applications,
 * shuffled so their kind cannot be guessed from their position, with the ground truth beside
 * each one.
 */
import { STREAM, type WorldContext } from '../../world/context'
import { bogusRegistration, genuineBusiness, phoenix, vatThreshold } from './business-cases'
import { CASE_KINDS, caseCounts, NEEDS, registrationProblems } from './cases'
import type { Built, CaseKind, CaseState, Slot } from './drafts'
import {
  duplicateIdentity,
  genuineIndividual,
  identityMismatch,
  namesake,
  sharedFamilyAddress,
} from './identity-cases'
import { addDays } from '../../primitives/calendar'
import type { CaseRecord, CaseTruth } from '../../world/case-record'
import type { ProcessGenInput, ProcessGenOutput } from '../../world/process-world'
import type { Application } from '../../world/types'
import { caseTruth } from './truth'
import { caseId } from '../../primitives/case-id'
import { msg } from '../../primitives/message'

const BUILDERS: Record<
  Exclude<CaseKind, 'genuine'>,
  (ctx: WorldContext, st: CaseState, slot: Slot) => Built
> = {
  'duplicate-identity': duplicateIdentity,
  'identity-mismatch': identityMismatch,
  'bogus-registration': bogusRegistration,
  'vat-threshold': vatThreshold,
  phoenix,
  namesake,
  'shared-family-address': sharedFamilyAddress,
}

/**
 * Generates the applications (as case records) and their ground truth, adding applicants to
 * the registries. Runs before the accounts are drawn up: a phoenix's old company gets its debts
 * here.
 */
export function generate({ ctx, pop, tick }: ProcessGenInput): ProcessGenOutput<Application> {
  const { world, jurisdiction } = ctx.scenario
  const problems = registrationProblems(world, jurisdiction)
  if (problems.length) throw new RangeError(`This world cannot be generated: ${problems.join(' ')}`)
  const counts = caseCounts(world)
  const st: CaseState = {
    pop,
    usedIndividuals: new Set(),
    usedBusinesses: new Set(),
    reserve: { individual: 0, business: 0 },
  }
  for (const [kind, n] of counts) {
    st.reserve.individual += (NEEDS[kind]?.individual ?? 0) * n
    st.reserve.business += (NEEDS[kind]?.business ?? 0) * n
  }
  const built: Built[] = []
  CASE_KINDS.forEach((kind, kindIndex) => {
    for (let index = 0; index < (counts.get(kind) ?? 0); index++) {
      const slot: Slot = { kind, kindIndex, index, number: kindIndex * 10_000 + index }
      ctx.reseed(STREAM.application, kindIndex, index)
      built.push(
        kind === 'genuine'
          ? ctx.draw.chance(0.5)
            ? genuineIndividual(ctx, st, slot)
            : genuineBusiness(ctx, st, slot)
          : BUILDERS[kind](ctx, st, slot),
      )
      tick()
    }
  })
  ctx.reseed(STREAM.shuffle)
  const order = ctx.draw.shuffle(built)
  const arrears = new Map(pop.taxpayers.map((t) => [t.tin, t]))
  const cases: CaseRecord<Application>[] = []
  const truth: CaseTruth[] = []
  order.forEach((b, k) => {
    const id = caseId('registration', ctx.referenceDate, k + 1)
    const application: Application = { id, ...b.application }
    cases.push({
      id,
      process: 'registration',
      tin: '',
      title: msg(`registration.title.${application.kind}`, { name: application.name }),
      receivedOn: application.receivedOn,
      dueOn: addDays(application.receivedOn, jurisdiction.deadlines.registrationDecisionDays),
      amount: 0,
      priority: 'normal',
      data: application,
    })
    const related = b.truth.relatedTin ? arrears.get(b.truth.relatedTin) : undefined
    truth.push(caseTruth(id, b.truth, related?.arrears ?? 0))
  })
  return { cases, truth }
}
