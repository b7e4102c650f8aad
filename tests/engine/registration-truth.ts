/**
 * Test helpers: a world's registration applications and their ground truth, read the way the
 * registration process reads them (its case records' data and the decision its best commands
 * name).
 */
import { expectedDecision, type RegistrationTruth } from '../../src/engine/processes/registration/truth'
import type { Application, World } from '../../src/engine/world/types'

export type TestRegistrationTruth = RegistrationTruth & { applicationId: string }

export const applicationsOf = (world: World): Application[] =>
  (world.cases.registration ?? []).map((r) => r.data as Application)

export function registrationTruthsOf(world: World): TestRegistrationTruth[] {
  return world.truth.cases
    .filter((t) => t.process === 'registration')
    .map((t) => {
      const decision = expectedDecision(t)!
      return {
        applicationId: t.caseId,
        kind: t.kind as RegistrationTruth['kind'],
        expected: decision.expected,
        ...(decision.relatedTin ? { relatedTin: decision.relatedTin } : {}),
        taxTypes: decision.taxTypes,
        segment: decision.segment ?? 'micro',
        flags: t.flags,
        ...(t.clearing ? { clearing: t.clearing } : {}),
        ...(t.facts ? { facts: t.facts } : {}),
        evidence: t.evidence,
        explanation: t.explanation,
      }
    })
}
