/**
 * Test helpers: a world's registration applications and their ground truth, read the way the
 * registration process reads them (its case records' data and the decision its best commands
 * name).
 */
import { expectedDecision, type RegistrationTruth } from '../../src/engine/processes/registration/truth'
import type { Arg } from '../../src/engine/primitives/message'
import type { Application, World } from '../../src/engine/world/types'
import { inEnglish } from '../../src/i18n/render'

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
        flags: t.flags.map((f) => inEnglish(f)),
        ...(t.clearing ? { clearing: t.clearing.map((c) => inEnglish(c)) } : {}),
        ...(t.facts ? { facts: englishFacts(t.facts) } : {}),
        evidence: t.evidence,
        explanation: inEnglish(t.explanation),
      }
    })
}

/** A case's facts as the English reader sees them (facts are typed; the tests compare words). */
export function englishFacts(facts: Readonly<Record<string, Arg>>): Record<string, string> {
  return Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, inEnglish(v)]))
}
