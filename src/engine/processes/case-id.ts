/**
 * One case-id format across processes, so a worklist, a debrief and a results file read alike:
 * PREFIX-YYYY-NNNN, the process's three-letter prefix, the year the exercise is set in, and the
 * case's number within its process (APP-2026-0002, REF-2026-0001, COL-2026-0004).
 */
export const CASE_PREFIX = {
  registration: 'APP',
  filing: 'FIL',
  payments: 'PMT',
  refunds: 'REF',
  audit: 'AUD',
  objections: 'OBJ',
  collection: 'COL',
} as const

/** `n` counts from 1; `date` is an ISO date in the year the case belongs to. */
export function caseId(process: keyof typeof CASE_PREFIX, date: string, n: number): string {
  return `${CASE_PREFIX[process]}-${date.slice(0, 4)}-${String(n).padStart(4, '0')}`
}

const LEGACY: Record<string, (n: number) => string> = {
  FIL: (n) => `filing-${String(n).padStart(4, '0')}`,
  PMT: (n) => `payments-${String(n).padStart(4, '0')}`,
  REF: (n) => `refunds-${String(n).padStart(3, '0')}`,
  AUD: (n) => `audit-${String(n).padStart(4, '0')}`,
  COL: (n) => `COL-${String(n).padStart(4, '0')}`,
}

/**
 * The id a case had before the shared format (refunds-001, payments-0001, COL-0004, …), so
 * sessions and results saved with those ids still replay; undefined when the format is unchanged.
 */
export function legacyCaseId(id: string): string | undefined {
  const match = /^([A-Z]{3})-\d{4}-(\d{4,})$/.exec(id)
  const legacy = match && LEGACY[match[1]!]
  return legacy ? legacy(Number(match[2])) : undefined
}
