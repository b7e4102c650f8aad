/**
 * Grades a final registration decision against the world's ground truth. The grade table is
 * the product's teaching position, so each row says why in words a trainee can act on.
 */
import { list, msg } from '../../primitives/message'
import { segmentLabel, taxTypeForLabel, type Grade } from '../../vocabulary'
import type { Text } from '../../primitives/message'
import type { RegistrationCommand } from './registration.machine'
import type { ExpectedDecision } from './truth'

export interface RegistrationVerdict {
  grade: Grade
  why: Text
}

const verdict = (grade: Grade, key: string, args?: Parameters<typeof msg>[1]): RegistrationVerdict => ({
  grade,
  why: msg(`registration.verdict.${key}`, args),
})

type FinalCommand = Extract<
  RegistrationCommand,
  { type: 'registration.approve' | 'registration.reject' | 'registration.linkToExisting' }
>

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

/** Judges the decision alone; evidence diligence is applied by gradeWithEvidence. */
export function judgeRegistration(
  truth: ExpectedDecision,
  command: FinalCommand,
  linkedTin?: string,
): RegistrationVerdict {
  const { expected } = truth
  const tin = truth.relatedTin ?? ''
  if (command.type === 'registration.linkToExisting') {
    if (expected === 'link' && linkedTin === truth.relatedTin) return verdict('correct', 'linkedRight')
    if (expected === 'link') return verdict('wrong', 'linkedWrongTaxpayer', { tin })
    if (expected === 'approve') return verdict('harmful', 'linkedDifferentPerson')
    return verdict('wrong', 'linkedShouldReject')
  }
  if (command.type === 'registration.reject') {
    if (expected === 'reject') return verdict('correct', 'rejectedRight')
    if (expected === 'link') return verdict('acceptable', 'rejectedDuplicate', { tin })
    return verdict('wrong', 'rejectedGenuine')
  }
  // approve
  if (expected === 'link') return verdict('harmful', 'approvedDuplicate', { tin })
  if (expected === 'reject') return verdict('harmful', 'approvedBogus')
  if (truth.relatedTin && command.relatedTin !== truth.relatedTin)
    return verdict('wrong', 'approvedWithoutLink', { tin })
  if (truth.taxTypes.includes('VAT') && !command.taxTypes.includes('VAT'))
    return verdict('wrong', 'approvedWithoutVat')
  if (!truth.relatedTin && command.relatedTin) return verdict('acceptable', 'approvedWrongLink')
  if (!sameSet(command.taxTypes, truth.taxTypes) || command.segment !== truth.segment)
    return verdict('acceptable', 'approvedWrongTypes', {
      types: list(truth.taxTypes.map(taxTypeForLabel)),
      segment: truth.segment ? segmentLabel(truth.segment) : '',
    })
  return verdict('correct', 'approvedRight')
}
