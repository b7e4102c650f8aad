/**
 * One filing case of each kind: the taxpayer's VAT history as the accounts will hold it, the
 * case file, and the ground truth with the best sequence of commands computed from the rules.
 */
import type { BuiltCase, CaseSetup } from './case-kit'
import type { FilingKind } from './kinds'
import { missingCase } from './missing-cases'
import { receivedCase } from './received-cases'

export type { BuiltCase, CaseSetup } from './case-kit'

export function buildCase(kind: FilingKind, s: CaseSetup): BuiltCase {
  switch (kind) {
    case 'stop-filer':
    case 'dormant':
      return missingCase(s, kind)
    case 'nil-filer-with-activity':
    case 'understated-return':
    case 'incomplete-return':
    case 'arithmetic-error':
    case 'late-with-reasonable-cause':
    case 'genuine':
      return receivedCase(s, kind)
    default: {
      const never: never = kind
      throw new Error(`Unknown filing kind ${String(never)}`)
    }
  }
}
