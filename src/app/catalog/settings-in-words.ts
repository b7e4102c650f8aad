/**
 * Each process's profile settings as a sentence an officer reads in the briefing ("An
 * instalment agreement runs for at most 12 monthly instalments."), never a raw field name or
 * a JSON object. The sentences are typed against the profile, so a setting added to a process
 * without words here shows as a compile error, not as "Pit rate percent: 25".
 */
import type { Jurisdiction } from '../../engine/index'
import { formatMoney, MONTHS, toMinor } from './engine-lite'
import type { RuleInWords } from './rules-in-words'

type Profiles = Pick<Jurisdiction, 'filing' | 'payments' | 'collection' | 'audit' | 'refunds' | 'objections'>
export type ProfileProcess = keyof Profiles

type Words<P> = { [K in keyof P]-?: (value: NonNullable<P[K]>, j: Jurisdiction) => RuleInWords }

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`
const days = (n: number) => count(n, 'day')
const months = (n: number) => count(n, 'month')
const pct = (n: number) => `${n.toLocaleString('en-GB', { maximumFractionDigits: 3 })}%`
const major = (amount: number, j: Jurisdiction) =>
  formatMoney(toMinor(amount, j.currency, j.rounding), j.currency)
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
const monthAfterYearEnd = (n: number) => MONTHS[(n - 1) % 12] ?? `month ${n}`

const TOOL_WORDS: Record<string, string> = {
  offset: 'offset against a credit',
  bank: 'order to the bank',
  employer: 'order to the employer',
  receivables: 'order to the debtor’s customers',
  seizure: 'seizure of goods',
}

const FILING: Words<Profiles['filing']> = {
  mathErrorContestDays: (n) => ({
    label: 'Math-error corrections',
    text: `The taxpayer may contest a corrected arithmetic error within ${days(n)} of receiving the notice.`,
  }),
  demandToFileDays: (n) => ({
    label: 'Demand to file',
    text: `A demand to file gives the taxpayer ${days(n)} from receipt; only then may a default assessment be issued.`,
  }),
  estimatePeriods: (n) => ({
    label: 'Default assessments',
    text: `A default assessment is estimated from the average of the last ${count(n, 'filed return')}.`,
  }),
  estimateTolerancePercent: (n) => ({
    label: 'Reasonable estimate',
    text: `A default assessment is reasonable when it is within ${pct(n)} of the evidence-based estimates.`,
  }),
  mismatchTolerancePercent: (n) => ({
    label: 'Third-party sales',
    text: `E-invoiced sales may exceed declared sales by up to ${pct(n)} before the return counts as understated.`,
  }),
}

const PAYMENTS: Words<Profiles['payments']> = {
  allocationOrder: (order) => ({
    label: 'Payments without a period',
    text:
      order === 'oldest-first'
        ? 'A payment that names no period pays the oldest debt first: its tax, then its penalty, then its interest.'
        : 'A payment that names no period pays all penalties and interest first (oldest first), then tax.',
  }),
  payeFilingDay: (n) => ({
    label: 'PAYE and withholding',
    text: `Returns and payments are due on day ${n} of the following month.`,
  }),
  pitFilingMonths: (n) => ({
    label: 'Personal income tax',
    text: `The return is due at the end of ${monthAfterYearEnd(n)} after the tax year.`,
  }),
  citFilingMonths: (n) => ({
    label: 'Company income tax',
    text: `The return is due at the end of ${monthAfterYearEnd(n)} after the tax year.`,
  }),
  interestCompounding: (basis) => ({
    label: 'Interest basis',
    text:
      basis === 'simple'
        ? 'Interest is charged on the unpaid tax only, never on earlier interest.'
        : 'Interest is compounded: earlier interest also earns interest.',
  }),
  agreementPenaltyFactor: (factor) => ({
    label: 'Penalties under an agreement',
    text:
      factor === 0
        ? 'While an instalment agreement is kept, the late-payment penalty stops.'
        : `While an instalment agreement is kept, ${pct(factor * 100)} of the monthly late-payment penalty is charged.`,
  }),
  suspenseReturnDays: (n) => ({
    label: 'Unidentified payments',
    text: `A payment that cannot be matched stays in suspense for at most ${days(n)}, then goes back to the payer.`,
  }),
  waiverCauses: (causes) => ({
    label: 'Penalty waivers',
    text: `A penalty may be waived for a documented reasonable cause: ${list(causes)}. Interest is never waived.`,
  }),
}

const COLLECTION: Words<Profiles['collection']> = {
  maxInstallmentMonths: (n) => ({
    label: 'Instalment agreements',
    text: `An agreement runs for at most ${count(n, 'monthly instalment')}.`,
  }),
  refuseAfterDefaults: (n) => ({
    label: 'Earlier defaults',
    text: `A taxpayer with ${count(n, 'defaulted agreement')} is refused a new one; with fewer, a new agreement needs security.`,
  }),
  missedInstallmentsToDefault: (n) => ({
    label: 'Default of an agreement',
    text: `After ${count(n, 'missed instalment')} the agreement may be declared in default.`,
  }),
  holdDisputedAmounts: (hold) => ({
    label: 'Debts under objection',
    text: hold
      ? 'A valid objection suspends collection of the disputed amount; the rest is still collected.'
      : 'Collection goes on while an objection is pending.',
  }),
  protectiveMeasures: (allowed) => ({
    label: 'Protective measures',
    text: allowed
      ? 'Accounts may be frozen before the demand period ends when the debtor is moving assets away.'
      : 'Nothing may be frozen before the demand period ends.',
  }),
  enforcementLadder: (tools) => ({
    label: 'Enforcement ladder',
    text: `Use the least intrusive tool that reaches enough money, in this order: ${tools.map((t) => TOOL_WORDS[t] ?? t).join(', then ')}.`,
  }),
  wageGarnishmentPercent: (n) => ({
    label: 'Wage garnishment',
    text: `An employer can be ordered to pay over up to ${pct(n)} of each wage.`,
  }),
  garnishmentMonths: (n) => ({
    label: 'Reach of a garnishment',
    text: `A garnishment order on an employer is counted as reaching ${months(n)} of wages.`,
  }),
  uneconomicDebtLimit: (n, j) => ({
    label: 'Uneconomic debts',
    text: `A debt of up to ${major(n, j)} costs more to collect than it brings in and may be written off.`,
  }),
  supervisorWriteOffLimit: (n, j) => ({
    label: 'Write-off approval',
    text: `The team supervisor approves write-offs up to ${major(n, j)}; above that, the head of collection.`,
  }),
  highPriorityAmount: (n, j) => ({
    label: 'High priority',
    text: `A young, collectable debt of ${major(n, j)} or more is high priority.`,
  }),
  agedDebtDays: (n) => ({
    label: 'Aged debt',
    text: `A debt overdue for more than ${days(n)} counts as aged.`,
  }),
}

const AUDIT: Words<Profiles['audit']> = {
  pitRatePercent: (n) => ({
    label: 'Tax on added personal income',
    text: `Income an audit adds to a personal return is taxed at ${pct(n)}; company income at the company rate.`,
  }),
  honestErrorPercent: (n) => ({
    label: 'Penalty: honest error',
    text: n === 0 ? 'No penalty for an honest error.' : `${pct(n)} of the additional tax.`,
  }),
  negligencePercent: (n) => ({
    label: 'Penalty: negligence',
    text: `${pct(n)} of the additional tax, also for a substantial understatement.`,
  }),
  fraudPercent: (n) => ({
    label: 'Penalty: fraud',
    text: `${pct(n)} of the additional tax, and the case is referred to investigation.`,
  }),
  substantialPercent: (n) => ({
    label: 'Substantial understatement',
    text: `An understatement is substantial when the additional tax is more than ${pct(n)} of the correct tax.`,
  }),
  substantialAmount: (n, j) => ({
    label: 'Substantial, in money',
    text:
      n === 0
        ? 'No minimum amount: the percentage alone decides.'
        : `It must also be more than ${major(n, j)}.`,
  }),
  materialityAmount: (n, j) => ({
    label: 'Materiality for selection',
    text:
      n === 0
        ? 'No materiality floor: the risk score alone decides which candidates are audited.'
        : `A candidate whose estimated additional tax is below ${major(n, j)} is not audited, however high its risk score.`,
  }),
  replyDays: (n) => ({
    label: 'Reply to findings',
    text: `The taxpayer has ${days(n)} to reply to the preliminary findings before the final assessment.`,
  }),
}

type RefundRisk = Profiles['refunds']['risk']
const RISK_POINTS: { [K in keyof RefundRisk['points']]-?: (risk: RefundRisk, j: Jurisdiction) => string } = {
  newRegistrant: (r) => `registered less than ${months(r.newRegistrantMonths)} before the claim`,
  noHistory: () => 'first refund claim',
  claimGrowth: (r) => `claim more than ${r.claimGrowthFactor} times the average earlier claim`,
  largeClaim: (r, j) => `claim above ${major(r.largeClaimAbove, j)}`,
  accountChange: (r) => `refund account opened or changed less than ${days(r.accountChangeDays)} before`,
  highRiskSector: (r) => `trades in ${list(r.highRiskSectors)}`,
  customsMismatch: () => 'declared exports without a matching customs record (customs check always required)',
  supplierMismatch: () =>
    'input VAT above what the suppliers declared (matching the credits always required)',
}

const REFUNDS: Words<Profiles['refunds']> = {
  claimLimitDays: (n) => ({
    label: 'Time limit to claim',
    text: `A refund must be claimed within ${days(n)} of the end of the VAT period.`,
  }),
  secondApprovalAbove: (n, j) => ({
    label: 'Second approval',
    text: `A refund above ${major(n, j)} needs a second approver before payment.`,
  }),
  matchingTolerancePercent: (n) => ({
    label: 'Supplier matching',
    text: `Input VAT counts as matched when the supplier declared at least ${pct(100 - n)} of it; otherwise only what the supplier declared is allowed.`,
  }),
  risk: (risk, j) => ({
    label: 'Risk tier',
    text:
      `Points add up per factor: ${(Object.keys(RISK_POINTS) as (keyof typeof RISK_POINTS)[])
        .map((factor) => `${RISK_POINTS[factor](risk, j)} (${count(risk.points[factor], 'point')})`)
        .join('; ')}. ` +
      `From ${count(risk.mediumFrom, 'point')} a claim is medium risk (desk verification); from ${count(risk.highFrom, 'point')} high risk (full verification before paying).`,
  }),
}

const OBJECTIONS: Words<Profiles['objections']> = {
  requireUndisputedPaid: (required) => ({
    label: 'Paying the undisputed part',
    text: required
      ? 'An objection is admissible only once the tax the taxpayer does not dispute has been paid.'
      : 'No payment is required to object.',
  }),
  extensionDays: (n) => ({
    label: 'Late objections',
    text:
      n === 0
        ? 'The time limit is strict: a late objection cannot be admitted.'
        : `A late objection with a reason for the delay may still be admitted up to ${days(n)} after the window closes.`,
  }),
  holdDisputed: (hold) => ({
    label: 'Collection during an objection',
    text: hold
      ? 'The disputed amount is not collected while an admissible objection is pending; the rest is.'
      : 'An objection does not stop collection.',
  }),
  deemedOutcome: (outcome, j) => ({
    label: 'No decision in time',
    text:
      outcome === 'disallowed'
        ? `An objection not decided within ${days(j.deadlines.objectionDecisionDays)} is deemed disallowed; the taxpayer may go to the tribunal.`
        : `An objection not decided within ${days(j.deadlines.objectionDecisionDays)} is deemed allowed: the assessment falls.`,
  }),
}

const WORDS: { [P in ProfileProcess]: Words<Profiles[P]> } = {
  filing: FILING,
  payments: PAYMENTS,
  collection: COLLECTION,
  audit: AUDIT,
  refunds: REFUNDS,
  objections: OBJECTIONS,
}

/** The process's settings in the profile as sentences, in the order the profile format lists them. */
export function settingsInWords<P extends ProfileProcess>(j: Jurisdiction, process: P): RuleInWords[] {
  const profile = j[process] as Profiles[P] | undefined
  if (!profile) return []
  const words = WORDS[process] as Words<Profiles[P]>
  return (Object.keys(words) as (keyof Profiles[P])[]).flatMap((key) => {
    const value = profile[key]
    return value === undefined ? [] : [words[key](value as NonNullable<Profiles[P][typeof key]>, j)]
  })
}

export function hasSettings(process: string): process is ProfileProcess {
  return Object.hasOwn(WORDS, process)
}
