/**
 * The registration worklist: the declared anomalies and look-alikes, then genuine applications,
 * shuffled so their kind cannot be guessed from their position, with the ground truth beside
 * each one.
 */
import { STREAM, type WorldContext } from './context'
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
import type { Population } from './population'
import type { Application, RegistrationTruth } from './types'
import { caseId } from '../processes/case-id'

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

/** Generates the applications and their ground truth, adding applicants to the registries. */
export function generateRegistration(
  ctx: WorldContext,
  pop: Population,
  tick: () => void,
): { applications: Application[]; truth: RegistrationTruth[] } {
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
  const applications: Application[] = []
  const truth: RegistrationTruth[] = []
  order.forEach((b, k) => {
    const id = caseId('registration', ctx.referenceDate, k + 1)
    applications.push({ id, ...b.application })
    truth.push({ applicationId: id, ...b.truth })
  })
  return { applications, truth }
}
