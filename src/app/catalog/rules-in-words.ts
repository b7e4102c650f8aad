/**
 * A jurisdiction profile in plain words for the briefing: currency, thresholds, rates,
 * deadlines, and each penalty and interest rule with a worked example computed by the
 * engine's own rules, so the example is always what the simulation charges.
 */
import type { Jurisdiction, PenaltyRule, ProcessId } from '../../engine/index'
import { applyPenaltyRule, lateInterest, percentOf, toMinor } from './engine-lite'
import { humanize, money, rate } from '../format'
import { m } from '../i18n.svelte'
import { processLabel } from '../workspace-format'
import { hasSettings, settingsInWords, type RuleInWords } from './settings-in-words'

export type { RuleInWords } from './settings-in-words'

export interface RuleGroup {
  heading: string
  rules: RuleInWords[]
}

/** The tax in every example: a round sum in the jurisdiction's currency. */
const EXAMPLE_TAX = 1_000_000
const EXAMPLE_MONTHS = 3

const pct = rate

/** One penalty rule in words, with what it charges on the example tax paid or filed late. */
export function penaltyInWords(rule: PenaltyRule, j: Jurisdiction): { text: string; example: string } {
  const cur = (minor: number) => money(minor, j.currency)
  const major = (amount: number) => cur(toMinor(amount, j.currency, j.rounding))
  const base = toMinor(EXAMPLE_TAX, j.currency, j.rounding)
  const charged = (months: number) => cur(applyPenaltyRule(rule, base, months, j))
  switch (rule.type) {
    case 'percent-per-month': {
      const capMonths = Math.ceil(rule.maxPercent / Math.max(rule.percent, 1e-9)) + rule.graceMonths
      const counted = Math.max(0, EXAMPLE_MONTHS - rule.graceMonths)
      return {
        text: m('app.rules.perMonth', {
          percent: pct(rule.percent),
          grace: rule.graceMonths,
          max: pct(rule.maxPercent),
        }),
        example: m('app.rules.perMonthExample', {
          base: cur(base),
          months: EXAMPLE_MONTHS,
          counted,
          percent: pct(rule.percent),
          total: pct(Math.min(counted * rule.percent, rule.maxPercent)),
          charged: charged(EXAMPLE_MONTHS),
          capMonths,
          cap: charged(capMonths),
        }),
      }
    }
    case 'fixed-plus-percent': {
      const percentPart = cur(percentOf(base, rule.percent, j.rounding))
      const args = {
        fixed: major(rule.fixed),
        percent: pct(rule.percent),
        base: cur(base),
        part: percentPart,
      }
      return rule.combine === 'greater'
        ? {
            text: m('app.rules.greater', args),
            example: m('app.rules.greaterExample', { ...args, charged: charged(1) }),
          }
        : {
            text: m('app.rules.sum', args),
            example: m('app.rules.sumExample', { ...args, charged: charged(1) }),
          }
    }
    case 'flat':
      return {
        text: m('app.rules.flat', { amount: major(rule.amount) }),
        example: m('app.rules.flatExample', {
          base: cur(base),
          months: EXAMPLE_MONTHS,
          charged: charged(EXAMPLE_MONTHS),
        }),
      }
    default: {
      const unknown: never = rule
      return { text: JSON.stringify(unknown), example: '' }
    }
  }
}

/** The interest rule in words, with what it charges on the example tax. */
export function interestInWords(j: Jurisdiction): { text: string; example: string } {
  const cur = (minor: number) => money(minor, j.currency)
  const base = toMinor(EXAMPLE_TAX, j.currency, j.rounding)
  const due = '2025-01-01'
  const how = m(j.payments.interestCompounding === 'compound' ? 'app.rules.compound' : 'app.rules.simple')
  const charged = cur(lateInterest(base, due, '2025-04-01', j))
  if (j.interest.basis === 'daily') {
    const daily = (j.interest.percentPerMonth * 12) / 365
    return {
      text: m('app.rules.interestDaily', {
        percent: pct(j.interest.percentPerMonth),
        daily: pct(daily),
        how,
      }),
      example: m('app.rules.interestDailyExample', { base: cur(base), charged }),
    }
  }
  return {
    text: m('app.rules.interestMonthly', { percent: pct(j.interest.percentPerMonth), how }),
    example: m('app.rules.interestMonthlyExample', { base: cur(base), months: EXAMPLE_MONTHS, charged }),
  }
}

const DEADLINES: Record<keyof Jurisdiction['deadlines'], true> = {
  registrationDecisionDays: true,
  queryResponseDays: true,
  vatFilingDay: true,
  objectionDays: true,
  objectionDecisionDays: true,
  refundDecisionDays: true,
  demandNoticeDays: true,
  deemedReceiptDays: true,
}

/** The whole profile as the briefing shows it; `processes` selects the process-specific settings. */
export function jurisdictionInWords(j: Jurisdiction, processes: readonly ProcessId[] = []): RuleGroup[] {
  const major = (amount: number) => money(toMinor(amount, j.currency, j.rounding), j.currency)
  const { thresholds: t } = j
  const groups: RuleGroup[] = [
    {
      heading: m('app.rules.money'),
      rules: [
        {
          label: m('app.rules.currency'),
          text: m('app.rules.currencyText', {
            code: j.currency.code,
            symbol: j.currency.symbol,
            decimals: j.currency.minorUnits,
            // To the nearest unit of the currency's last digit: a whole franc CFA, a hundredth of a som.
            rounding: {
              id: j.rounding === 'half-up' ? 'app.rules.roundHalfUp' : 'app.rules.roundHalfEven',
              args: { decimals: j.currency.minorUnits },
            },
          }),
        },
        {
          label: m('app.rules.taxes'),
          // Each tax by its label in the reader's language: the profile's own names are in the
          // trainer's language, which a profile does not declare, and a code is not a word.
          text: m('app.rules.taxesText', {
            taxes: { list: j.taxTypes.map((tax) => ({ id: `common.taxType.${tax.code}` })), style: 'and' },
          }),
        },
        {
          label: m('app.rules.rates'),
          text: m('app.rules.ratesText', { vat: pct(j.rates.vat), cit: pct(j.rates.cit) }),
        },
      ],
    },
    {
      heading: m('app.rules.thresholds'),
      rules: [
        {
          label: m('app.rules.vatRegistration'),
          text: m('app.rules.vatRegistrationText', { amount: major(t.vatRegistration) }),
        },
        {
          label: m('app.rules.segments'),
          text: m('app.rules.segmentsText', {
            large: major(t.largeTaxpayer),
            medium: major(t.mediumTaxpayer),
            small: major(t.smallTaxpayer),
          }),
        },
      ],
    },
    {
      heading: m('app.rules.deadlines'),
      rules: Object.entries(j.deadlines).map(([name, days]) =>
        name in DEADLINES
          ? {
              label: m(`app.rules.deadline.${name}`),
              text: m(`app.rules.deadline.${name}.text`, { n: days }),
            }
          : { label: humanize(name), text: `${humanize(name)}: ${days}.` },
      ),
    },
    {
      heading: m('app.rules.penalties'),
      rules: [
        { label: m('app.rules.lateFiling'), ...penaltyInWords(j.penalties.lateFiling, j) },
        { label: m('app.rules.latePayment'), ...penaltyInWords(j.penalties.latePayment, j) },
        { label: m('app.rules.interest'), ...interestInWords(j) },
      ],
    },
  ]
  for (const process of processes) {
    if (!hasSettings(process)) continue
    const rules = settingsInWords(j, process)
    if (rules.length) groups.push({ heading: processLabel(process, 'long'), rules })
  }
  return groups
}
