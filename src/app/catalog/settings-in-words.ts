/**
 * Each process's profile settings as a sentence an officer reads in the briefing ("An
 * instalment agreement runs for at most 12 monthly instalments."), never a raw field name or
 * a JSON object. The sentences are typed against the profile, so a setting added to a process
 * without words here shows as a compile error, not as "Pit rate percent: 25".
 */
import type { Jurisdiction } from '../../engine/index'
import { sectorLabel, toMinor, waiverCauseText } from './engine-lite'
import { money, rate as pct, semicolons } from '../format'
import { m, page, t } from '../i18n.svelte'

export interface RuleInWords {
  label: string
  text: string
  example?: string
}

type Profiles = Pick<Jurisdiction, 'filing' | 'payments' | 'collection' | 'audit' | 'refunds' | 'objections'>
export type ProfileProcess = keyof Profiles

type Words<P> = { [K in keyof P]-?: (value: NonNullable<P[K]>, j: Jurisdiction) => RuleInWords }

const major = (amount: number, j: Jurisdiction) => money(toMinor(amount, j.currency, j.rounding), j.currency)
const list = (items: readonly string[]) => t({ list: items })
/** A label and a sentence from the catalogue (`app.settings.<key>` and `.text`). */
const say = (key: string, args?: Parameters<typeof m>[1]): RuleInWords => ({
  label: m(`app.settings.${key}`),
  text: m(`app.settings.${key}.text`, args),
})

/**
 * 6 → "June" / "juin" / "июня": the month of the year the page's language names, as a date
 * names it (Russian's genitive, "до конца марта"; Intl's month alone is the nominative "март").
 */
const monthName = (n: number) =>
  new Intl.DateTimeFormat(page.translator.locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2000, (n - 1) % 12, 1)))
    .find((part) => part.type === 'month')?.value ?? String(n)

const TOOLS = ['offset', 'bank', 'employer', 'receivables', 'seizure']
const tool = (name: string) => (TOOLS.includes(name) ? m(`app.settings.tool.${name}`) : name)

const FILING: Words<Profiles['filing']> = {
  mathErrorContestDays: (n) => say('mathErrorContestDays', { n }),
  demandToFileDays: (n) => say('demandToFileDays', { n }),
  estimatePeriods: (n) => say('estimatePeriods', { n }),
  estimateTolerancePercent: (n) => say('estimateTolerancePercent', { percent: pct(n) }),
  mismatchTolerancePercent: (n) => say('mismatchTolerancePercent', { percent: pct(n) }),
}

const PAYMENTS: Words<Profiles['payments']> = {
  allocationOrder: (order) =>
    say('allocationOrder', { order: order === 'oldest-first' ? 'oldest' : 'charges' }),
  payeFilingDay: (n) => say('payeFilingDay', { n }),
  pitFilingMonths: (n) => say('pitFilingMonths', { month: monthName(n) }),
  citFilingMonths: (n) => say('citFilingMonths', { month: monthName(n) }),
  interestCompounding: (basis) => say('interestCompounding', { basis }),
  agreementPenaltyFactor: (factor) =>
    say('agreementPenaltyFactor', { stops: factor === 0 ? 'yes' : 'no', percent: pct(factor * 100) }),
  suspenseReturnDays: (n) => say('suspenseReturnDays', { n }),
  waiverCauses: (causes) => say('waiverCauses', { causes: list(causes.map((c) => t(waiverCauseText(c)))) }),
}

const COLLECTION: Words<Profiles['collection']> = {
  maxInstallmentMonths: (n) => say('maxInstallmentMonths', { n }),
  refuseAfterDefaults: (n) => say('refuseAfterDefaults', { n }),
  missedInstallmentsToDefault: (n) => say('missedInstallmentsToDefault', { n }),
  holdDisputedAmounts: (hold) => say('holdDisputedAmounts', { hold: hold ? 'yes' : 'no' }),
  protectiveMeasures: (allowed) => say('protectiveMeasures', { allowed: allowed ? 'yes' : 'no' }),
  enforcementLadder: (tools) => say('enforcementLadder', { tools: tools.map(tool).join(' → ') }),
  wageGarnishmentPercent: (n) => say('wageGarnishmentPercent', { percent: pct(n) }),
  garnishmentMonths: (n) => say('garnishmentMonths', { n }),
  uneconomicDebtLimit: (n, j) => say('uneconomicDebtLimit', { amount: major(n, j) }),
  supervisorWriteOffLimit: (n, j) => say('supervisorWriteOffLimit', { amount: major(n, j) }),
  highPriorityAmount: (n, j) => say('highPriorityAmount', { amount: major(n, j) }),
  agedDebtDays: (n) => say('agedDebtDays', { n }),
}

const AUDIT: Words<Profiles['audit']> = {
  pitRatePercent: (n) => say('pitRatePercent', { percent: pct(n) }),
  honestErrorPercent: (n) => say('honestErrorPercent', { none: n === 0 ? 'yes' : 'no', percent: pct(n) }),
  negligencePercent: (n) => say('negligencePercent', { percent: pct(n) }),
  fraudPercent: (n) => say('fraudPercent', { percent: pct(n) }),
  substantialPercent: (n) => say('substantialPercent', { percent: pct(n) }),
  substantialAmount: (n, j) =>
    say('substantialAmount', { none: n === 0 ? 'yes' : 'no', amount: major(n, j) }),
  materialityAmount: (n, j) =>
    say('materialityAmount', { none: n === 0 ? 'yes' : 'no', amount: major(n, j) }),
  replyDays: (n) => say('replyDays', { n }),
}

type RefundRisk = Profiles['refunds']['risk']
const RISK_POINTS: { [K in keyof RefundRisk['points']]-?: (risk: RefundRisk, j: Jurisdiction) => string } = {
  newRegistrant: (r) => m('app.settings.risk.newRegistrant', { n: r.newRegistrantMonths }),
  noHistory: () => m('app.settings.risk.noHistory'),
  claimGrowth: (r) => m('app.settings.risk.claimGrowth', { factor: r.claimGrowthFactor }),
  largeClaim: (r, j) => m('app.settings.risk.largeClaim', { amount: major(r.largeClaimAbove, j) }),
  accountChange: (r) => m('app.settings.risk.accountChange', { n: r.accountChangeDays }),
  highRiskSector: (r) =>
    m('app.settings.risk.highRiskSector', { sectors: t({ list: r.highRiskSectors.map(sectorLabel) }) }),
  customsMismatch: () => m('app.settings.risk.customsMismatch'),
  supplierMismatch: () => m('app.settings.risk.supplierMismatch'),
}

const REFUNDS: Words<Profiles['refunds']> = {
  claimLimitDays: (n) => say('claimLimitDays', { n }),
  secondApprovalAbove: (n, j) => say('secondApprovalAbove', { amount: major(n, j) }),
  matchingTolerancePercent: (n) => say('matchingTolerancePercent', { percent: pct(100 - n) }),
  risk: (risk, j) =>
    say('risk', {
      factors: semicolons(
        (Object.keys(RISK_POINTS) as (keyof typeof RISK_POINTS)[]).map((factor) =>
          m('app.settings.risk.factor', {
            factor: RISK_POINTS[factor](risk, j),
            points: risk.points[factor],
          }),
        ),
      ),
      medium: risk.mediumFrom,
      high: risk.highFrom,
    }),
}

const OBJECTIONS: Words<Profiles['objections']> = {
  requireUndisputedPaid: (required) => say('requireUndisputedPaid', { required: required ? 'yes' : 'no' }),
  extensionDays: (n) => say('extensionDays', { n }),
  holdDisputed: (hold) => say('holdDisputed', { hold: hold ? 'yes' : 'no' }),
  deemedOutcome: (outcome, j) =>
    say('deemedOutcome', {
      outcome: outcome === 'disallowed' ? 'disallowed' : 'allowed',
      n: j.deadlines.objectionDecisionDays,
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
