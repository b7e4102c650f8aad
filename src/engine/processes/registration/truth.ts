/**
 * A registration case's ground truth: what the generator knows about an application (the
 * decision that scores best, the tax types and segment a correct approval has) and how it
 * becomes the CaseTruth every process keeps in the world. The grader reads the decision back
 * from the best commands, so the world holds one truth per case, as for every process.
 */
import type { Tin } from '../../primitives/identifiers'
import { list, msg, type Arg, type Msg, type Text } from '../../primitives/message'
import { segmentLabel, taxTypeForLabel, type Segment, type TadatCode, type TaxType } from '../../vocabulary'
import type { CaseTruth, Command } from '../../world/case-record'
import type { RegistrationKind } from './kinds'

/** What the engine knows and the trainee must find out. Never shown before the decision. */
export interface RegistrationTruth {
  kind: RegistrationKind
  /** The decision that scores best. */
  expected: 'approve' | 'link' | 'reject'
  /** For 'link': the TIN the applicant already holds. For 'phoenix': the related TIN with arrears. */
  relatedTin?: Tin
  /** Tax types and segment a correct approval has. */
  taxTypes: TaxType[]
  segment: Segment
  /** Red flags present, in the officer's words. */
  flags: Text[]
  /** For a look-alike: the facts that clear the applicant, kept apart from the red flags. */
  clearing?: Text[]
  /** The facts the feedback cites, as data (see CaseTruth.facts). */
  facts?: Record<string, Arg>
  /** Evidence panels where the red flags can be seen. */
  evidence: string[]
  /** One-sentence explanation of the right answer. */
  explanation: Text
}

/** TADAT indicators each kind of registration case touches. */
const KIND_TADAT: Record<RegistrationKind, TadatCode[]> = {
  'duplicate-identity': ['P1-1'],
  'identity-mismatch': ['P1-1'],
  'bogus-registration': ['P1-1', 'P1-2'],
  'vat-threshold': ['P1-2'],
  phoenix: ['P1-1', 'P5-15'],
  namesake: ['P1-1'],
  'shared-family-address': ['P1-1'],
  genuine: ['P1-1'],
}

function describeExpected(truth: RegistrationTruth): Msg {
  if (truth.expected === 'link') return msg('registration.expected.link', { tin: truth.relatedTin ?? '' })
  if (truth.expected === 'reject') return msg('registration.expected.reject')
  const approval = { types: list(truth.taxTypes.map(taxTypeForLabel)), segment: segmentLabel(truth.segment) }
  return truth.relatedTin
    ? msg('registration.expected.approveLinked', { ...approval, tin: truth.relatedTin })
    : msg('registration.expected.approve', approval)
}

function bestCommands(truth: RegistrationTruth): Command[] {
  const steps: Command[] = [
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
      // The reason is free text an officer types: `wording` gives it (caseTruth).
      return [...steps, { type: 'registration.reject' }]
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

/**
 * The case truth of an application. `arrears` is what the related taxpayer owes (the revenue a
 * missed link or a second TIN puts at stake).
 */
export function caseTruth(caseId: string, truth: RegistrationTruth, arrears: number): CaseTruth {
  return {
    caseId,
    process: 'registration',
    kind: truth.kind,
    expected: describeExpected(truth),
    explanation: truth.explanation,
    flags: truth.flags,
    ...(truth.clearing ? { clearing: truth.clearing } : {}),
    ...(truth.facts ? { facts: truth.facts } : {}),
    evidence: truth.evidence,
    tadat: KIND_TADAT[truth.kind],
    atStake: truth.relatedTin ? arrears : 0,
    best: bestCommands(truth),
    // A rejection letter's reason: the first red flag, in the reader's words.
    ...(truth.expected === 'reject'
      ? { wording: { 'registration.reject': { reason: truth.flags[0] ?? truth.explanation } } }
      : {}),
  }
}

/** The best decision read back from a case truth's best commands (see bestCommands). */
export type ExpectedDecision = Pick<RegistrationTruth, 'expected' | 'relatedTin' | 'taxTypes'> & {
  /** Only an approval has one. */
  segment?: Segment
}

export function expectedDecision(truth: CaseTruth): ExpectedDecision | undefined {
  const last = truth.best.at(-1)
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
  switch (last?.type) {
    case 'registration.linkToExisting': {
      const suspected = truth.best.find((c) => c.type === 'registration.suspectDuplicate')
      const relatedTin = text(suspected?.tin)
      return { expected: 'link', taxTypes: [], ...(relatedTin ? { relatedTin } : {}) }
    }
    case 'registration.reject':
      return { expected: 'reject', taxTypes: [] }
    case 'registration.approve': {
      const relatedTin = text(last.relatedTin)
      return {
        expected: 'approve',
        taxTypes: Array.isArray(last.taxTypes) ? (last.taxTypes as TaxType[]) : [],
        segment: last.segment as Segment,
        ...(relatedTin ? { relatedTin } : {}),
      }
    }
    default:
      return undefined
  }
}
