/**
 * The jurisdiction profile's format: currency, thresholds, rates, deadlines, penalties, interest
 * and each process's settings. It sits below the scenario format, the rules and the processes,
 * which all read a profile; scenario/schema.ts re-exports it for the scenario files.
 */
import './zod-jitless'
import { z } from 'zod'
import { profileShape } from './processes/formats'
import { LOCALES, TAX_TYPES } from './vocabulary'

export const text = (description: string) => z.string().trim().min(1).meta({ description })
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use only lower-case letters, digits and hyphens (no spaces), e.g. "first-week"',
  )
/** An amount of money in the currency's major units (e.g. 5000000 for five million). */
const amount = (description: string) => z.number().min(0).max(1e12).meta({ description })
const percent = (description: string) => z.number().min(0).max(1000).meta({ description })
export const days = (description: string) => z.int().min(0).max(3650).meta({ description })

/** Per-process settings of a jurisdiction profile; each has defaults. */
const ProcessProfileSchemas = profileShape()

export const CurrencySchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^[A-Z]{3}$/, 'use a three-letter ISO 4217 code such as "NGN" or "XOF"')
      .meta({ description: 'ISO 4217 currency code' }),
    symbol: text('How amounts are shown, e.g. "₦" or "FCFA"'),
    minorUnits: z.int().min(0).max(3).meta({
      description: 'Digits after the decimal point: 2 for cents, 0 for a currency without minor units',
    }),
  })
  .meta({ description: 'The currency every amount in this jurisdiction is kept in' })

export const PenaltyRuleSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('percent-per-month'),
      percent: percent('Percent of the unpaid tax charged per month or part-month'),
      maxPercent: percent('Cap on the total penalty, as a percent of the unpaid tax'),
      graceMonths: z
        .int()
        .min(0)
        .max(24)
        .default(0)
        .meta({ description: 'Months before the penalty starts' }),
    }),
    z.strictObject({
      type: z.literal('fixed-plus-percent'),
      fixed: amount('Fixed amount in major units'),
      percent: percent('Percent of the tax'),
      combine: z
        .enum(['greater', 'sum'])
        .meta({ description: '"greater": the larger of the two; "sum": both together' }),
    }),
    z.strictObject({
      type: z.literal('flat'),
      amount: amount('Fixed penalty in major units'),
    }),
  ])
  .meta({ description: 'How a penalty is computed' })

/** What a profile file says in its `format:` key, so it is recognised in any folder. */
export const PROFILE_FORMAT = 'jurisdiction/1' as const

export const JurisdictionSchema = z
  .strictObject({
    format: z.literal(PROFILE_FORMAT).optional().meta({
      description:
        'Marks the file as a jurisdiction profile, so it is recognised in any folder: write "jurisdiction/1"',
    }),
    id: slug.meta({ description: 'Stable id that scenarios use to refer to this profile' }),
    name: text('Name shown to trainees, e.g. "Republic of Northland (fictional)"'),
    disclaimer: text("States that the parameters are illustrative and not any country's law"),
    locale: z.enum(LOCALES).meta({ description: 'Faker locale for names, addresses and phone numbers' }),
    currency: CurrencySchema,
    taxTypes: z
      .array(
        z.strictObject({
          code: z.enum(TAX_TYPES).meta({ description: 'Which tax this is, from the fixed list' }),
          name: text('Local name of the tax'),
        }),
      )
      .min(1)
      .meta({ description: 'The taxes administered' }),
    thresholds: z
      .strictObject({
        vatRegistration: amount('Expected annual turnover above which VAT registration is compulsory'),
        largeTaxpayer: amount('Annual turnover from which a business is in the large-taxpayer segment'),
        mediumTaxpayer: amount('Annual turnover from which a business is in the medium segment'),
        smallTaxpayer: amount('Annual turnover from which a business is small (below it: micro)'),
      })
      .meta({ description: 'Turnover limits in major units; small ≤ medium ≤ large' }),
    rates: z
      .strictObject({
        vat: percent('Standard VAT rate in percent'),
        cit: percent('Corporate income tax rate in percent'),
      })
      .meta({ description: 'Tax rates in percent' }),
    deadlines: z
      .strictObject({
        registrationDecisionDays: days('Days the office has to decide a registration application'),
        queryResponseDays: days('Days an applicant has to answer a query'),
        vatFilingDay: z
          .int()
          .min(1)
          .max(31)
          .meta({ description: 'Day of the following month when VAT returns are due' }),
        objectionDays: days('Days a taxpayer has to object to an assessment'),
        objectionDecisionDays: days('Days the office has to decide an objection'),
        refundDecisionDays: days('Days the office has to decide a VAT refund claim'),
        demandNoticeDays: days('Days a demand notice gives before enforcement is lawful'),
        deemedReceiptDays: days('Days after mailing when a notice is deemed received'),
      })
      .meta({ description: 'Statutory and service deadlines in calendar days' }),
    penalties: z
      .strictObject({ lateFiling: PenaltyRuleSchema, latePayment: PenaltyRuleSchema })
      .meta({ description: 'Penalties for filing late and for paying late' }),
    interest: z
      .strictObject({
        percentPerMonth: percent('Interest on unpaid tax, percent per month'),
        basis: z.enum(['daily', 'monthly']).meta({ description: 'Accrue by the day or by the month' }),
      })
      .meta({ description: 'Interest on unpaid tax' }),
    rounding: z
      .enum(['half-up', 'half-even'])
      .default('half-up')
      .meta({ description: 'How computed amounts are rounded to the minor unit' }),
    ...ProcessProfileSchemas,
  })
  .meta({ title: 'TAMIS Sandbox jurisdiction profile' })

export type Jurisdiction = z.infer<typeof JurisdictionSchema>
export type PenaltyRule = z.infer<typeof PenaltyRuleSchema>
