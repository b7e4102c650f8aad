/**
 * A jurisdiction profile in plain words for the briefing: currency, thresholds, rates,
 * deadlines, and each penalty and interest rule with a worked example computed by the
 * engine's own rules, so the example is always what the simulation charges.
 */
import type { Jurisdiction, PenaltyRule, ProcessId } from '../../engine/index'
import {
  applyPenaltyRule,
  formatMoney,
  lateInterest,
  PROCESS_LABELS,
  percentOf,
  toMinor,
} from './engine-lite'
import { humanize } from '../format'
import { hasSettings, settingsInWords } from './settings-in-words'

export interface RuleInWords {
  label: string
  text: string
  example?: string
}

export interface RuleGroup {
  heading: string
  rules: RuleInWords[]
}

/** The tax in every example: a round sum in the jurisdiction's currency. */
const EXAMPLE_TAX = 1_000_000
const EXAMPLE_MONTHS = 3

const pct = (n: number) => `${n.toLocaleString('en-GB', { maximumFractionDigits: 3 })}%`
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** 1 → '1st', 22 → '22nd'. */
export function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** One penalty rule in words, with what it charges on the example tax paid or filed late. */
export function penaltyInWords(rule: PenaltyRule, j: Jurisdiction): { text: string; example: string } {
  const m = (minor: number) => formatMoney(minor, j.currency)
  const major = (amount: number) => m(toMinor(amount, j.currency, j.rounding))
  const base = toMinor(EXAMPLE_TAX, j.currency, j.rounding)
  const charged = (months: number) => m(applyPenaltyRule(rule, base, months, j))
  const late = `${plural(EXAMPLE_MONTHS, 'month')} late`
  switch (rule.type) {
    case 'percent-per-month': {
      const grace = rule.graceMonths ? `, starting after ${plural(rule.graceMonths, 'month')} of grace` : ''
      const capMonths = Math.ceil(rule.maxPercent / Math.max(rule.percent, 1e-9)) + rule.graceMonths
      const counted = Math.max(0, EXAMPLE_MONTHS - rule.graceMonths)
      return {
        text: `${pct(rule.percent)} of the unpaid tax for each month or part of a month${grace}, up to ${pct(rule.maxPercent)} of the tax in total.`,
        example: `On ${m(base)} of tax, ${late}: ${counted} × ${pct(rule.percent)} = ${pct(Math.min(counted * rule.percent, rule.maxPercent))}, so ${charged(EXAMPLE_MONTHS)}. The cap is reached after about ${plural(capMonths, 'month')} (${charged(capMonths)}).`,
      }
    }
    case 'fixed-plus-percent': {
      const percentPart = m(percentOf(base, rule.percent, j.rounding))
      return rule.combine === 'greater'
        ? {
            text: `The greater of ${major(rule.fixed)} and ${pct(rule.percent)} of the tax, however long the delay.`,
            example: `On ${m(base)} of tax: ${pct(rule.percent)} is ${percentPart}; the penalty is the greater of that and ${major(rule.fixed)}, so ${charged(1)}.`,
          }
        : {
            text: `${major(rule.fixed)} plus ${pct(rule.percent)} of the tax, however long the delay.`,
            example: `On ${m(base)} of tax: ${major(rule.fixed)} + ${percentPart} = ${charged(1)}.`,
          }
    }
    case 'flat':
      return {
        text: `A fixed ${major(rule.amount)}, whatever the tax and however long the delay.`,
        example: `On ${m(base)} of tax, ${late}: ${charged(EXAMPLE_MONTHS)}.`,
      }
    default: {
      const unknown: never = rule
      return { text: `A rule of type ${JSON.stringify(unknown)}.`, example: '' }
    }
  }
}

/** The interest rule in words, with what it charges on the example tax. */
export function interestInWords(j: Jurisdiction): { text: string; example: string } {
  const m = (minor: number) => formatMoney(minor, j.currency)
  const base = toMinor(EXAMPLE_TAX, j.currency, j.rounding)
  const due = '2025-01-01'
  const compound = j.payments.interestCompounding === 'compound'
  const how = compound ? 'compound (interest also earns interest)' : 'simple (on the unpaid tax only)'
  if (j.interest.basis === 'daily') {
    const daily = (j.interest.percentPerMonth * 12) / 365
    return {
      text: `${pct(j.interest.percentPerMonth)} a month on unpaid tax, counted day by day (${pct(daily)} a day) from the original due date until payment; ${how}. Interest is compensation, not a penalty, and is not waived.`,
      example: `On ${m(base)} unpaid for 90 days: ${m(lateInterest(base, due, '2025-04-01', j))}.`,
    }
  }
  return {
    text: `${pct(j.interest.percentPerMonth)} for each month or part of a month the tax stays unpaid, from the original due date; ${how}. Interest is compensation, not a penalty, and is not waived.`,
    example: `On ${m(base)} unpaid for ${EXAMPLE_MONTHS} months: ${m(lateInterest(base, due, '2025-04-01', j))}.`,
  }
}

const DEADLINES: Record<keyof Jurisdiction['deadlines'], (n: number) => string> = {
  registrationDecisionDays: (n) =>
    `The office decides a registration application within ${plural(n, 'day')} of receiving it.`,
  queryResponseDays: (n) => `An applicant or taxpayer has ${plural(n, 'day')} to answer a query.`,
  vatFilingDay: (n) =>
    `VAT returns and the VAT due are due on the ${ordinal(n)} of the month after the period.`,
  objectionDays: (n) => `A taxpayer has ${plural(n, 'day')} to object to an assessment.`,
  objectionDecisionDays: (n) => `The office decides an objection within ${plural(n, 'day')}.`,
  refundDecisionDays: (n) => `The office decides a VAT refund claim within ${plural(n, 'day')}.`,
  demandNoticeDays: (n) =>
    `A demand notice gives the taxpayer ${plural(n, 'day')} before enforcement is lawful.`,
  deemedReceiptDays: (n) => `A notice sent by post is deemed received ${plural(n, 'day')} after it is sent.`,
}

const ROUNDING: Record<Jurisdiction['rounding'], string> = {
  'half-up': 'rounded to the nearest minor unit, halves upwards',
  'half-even': 'rounded to the nearest minor unit, halves to the even digit',
}

/** The whole profile as the briefing shows it; `processes` selects the process-specific settings. */
export function jurisdictionInWords(j: Jurisdiction, processes: readonly ProcessId[] = []): RuleGroup[] {
  const major = (amount: number) => formatMoney(toMinor(amount, j.currency, j.rounding), j.currency)
  const { thresholds: t } = j
  const groups: RuleGroup[] = [
    {
      heading: 'Money',
      rules: [
        {
          label: 'Currency',
          text: `${j.currency.code}, written ${j.currency.symbol}, ${j.currency.minorUnits ? `with ${j.currency.minorUnits} decimals` : 'without decimals'}. Computed amounts are ${ROUNDING[j.rounding]}.`,
        },
        { label: 'Taxes', text: j.taxTypes.map((tax) => `${tax.name} (${tax.code})`).join(', ') + '.' },
        { label: 'Rates', text: `VAT ${pct(j.rates.vat)}; companies income tax ${pct(j.rates.cit)}.` },
      ],
    },
    {
      heading: 'Thresholds',
      rules: [
        {
          label: 'VAT registration',
          text: `Compulsory when the expected yearly turnover is above ${major(t.vatRegistration)}.`,
        },
        {
          label: 'Segments',
          text: `Large from ${major(t.largeTaxpayer)} of turnover a year, medium from ${major(t.mediumTaxpayer)}, small from ${major(t.smallTaxpayer)}; below that, micro.`,
        },
      ],
    },
    {
      heading: 'Deadlines',
      rules: Object.entries(j.deadlines).map(([name, days]) => ({
        label: humanize(name.replace(/Days?$/, '')),
        text: DEADLINES[name as keyof Jurisdiction['deadlines']]?.(days) ?? `${humanize(name)}: ${days}.`,
      })),
    },
    {
      heading: 'Penalties and interest',
      rules: [
        { label: 'Late filing', ...penaltyInWords(j.penalties.lateFiling, j) },
        { label: 'Late payment', ...penaltyInWords(j.penalties.latePayment, j) },
        { label: 'Interest', ...interestInWords(j) },
      ],
    },
  ]
  for (const process of processes) {
    if (!hasSettings(process)) continue
    const rules = settingsInWords(j, process)
    if (rules.length) groups.push({ heading: PROCESS_LABELS[process], rules })
  }
  return groups
}
