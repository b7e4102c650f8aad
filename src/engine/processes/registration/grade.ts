/**
 * Grades a final registration decision against the world's ground truth. The grade table is
 * the product's teaching position, so each row says why in words a trainee can act on.
 */
import type { Grade } from '../../vocabulary'
import type { RegistrationCommand } from './registration.machine'
import type { ExpectedDecision } from './truth'

export interface RegistrationVerdict {
  grade: Grade
  why: string
}

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
  if (command.type === 'registration.linkToExisting') {
    if (expected === 'link' && linkedTin === truth.relatedTin)
      return { grade: 'correct', why: 'Linked to the TIN this person already holds.' }
    if (expected === 'link')
      return {
        grade: 'wrong',
        why: `Linked to the wrong taxpayer: the applicant already holds ${truth.relatedTin}.`,
      }
    if (expected === 'approve')
      return {
        grade: 'harmful',
        why: 'Linked a different person to an existing record: two taxpayers now share one account.',
      }
    return { grade: 'wrong', why: 'This application should have been rejected, not linked to a record.' }
  }
  if (command.type === 'registration.reject') {
    if (expected === 'reject')
      return { grade: 'correct', why: 'Rejected: the registration could not be trusted.' }
    if (expected === 'link')
      return {
        grade: 'acceptable',
        why: `No second TIN was issued, but the existing record ${truth.relatedTin} should have been linked and updated.`,
      }
    return { grade: 'wrong', why: 'A genuine applicant was refused a TIN: a taxpayer wrongly burdened.' }
  }
  // approve
  if (expected === 'link')
    return {
      grade: 'harmful',
      why: `A second TIN was issued to a person who already holds ${truth.relatedTin}.`,
    }
  if (expected === 'reject')
    return { grade: 'harmful', why: 'A TIN was issued on an identity or business that does not stand up.' }
  if (truth.relatedTin && command.relatedTin !== truth.relatedTin)
    return {
      grade: 'wrong',
      why: `Approved without linking ${truth.relatedTin}, whose debts the same directors left behind.`,
    }
  if (truth.taxTypes.includes('VAT') && !command.taxTypes.includes('VAT'))
    return { grade: 'wrong', why: 'Approved without VAT although the turnover is above the VAT threshold.' }
  if (!truth.relatedTin && command.relatedTin)
    return { grade: 'acceptable', why: 'Approved, but linked to an unrelated taxpayer.' }
  if (!sameSet(command.taxTypes, truth.taxTypes) || command.segment !== truth.segment)
    return {
      grade: 'acceptable',
      why: `Approved, but the registration should be for ${truth.taxTypes.join(', ')} in the ${truth.segment} segment.`,
    }
  return { grade: 'correct', why: 'Approved with the right tax types and segment.' }
}
