/**
 * The payments process's part of the scenario format (world.payments) and of a jurisdiction profile
 * (jurisdiction.payments). Profile settings have defaults so existing profiles stay valid; the
 * shared money rules (src/engine/rules/{penalties,interest,ledger,calendar}.ts) read them.
 */
import '../../zod-jitless'
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'
import { DEFAULT_WAIVER_CAUSES } from '../../primitives/waiver-causes'

export const WorldConfigSchema = caseCountsSchema(kinds, 'Payments and taxpayer account').extend({
  processingDays: z.int().min(1).max(365).default(30).meta({
    description:
      'Service standard: days the office takes to answer a refund or waiver request or confirm charges (suspense items are due by the profile\u2019s suspenseReturnDays)',
  }),
})

export const ALLOCATION_ORDERS = ['oldest-first', 'penalty-interest-first'] as const
export type AllocationOrder = (typeof ALLOCATION_ORDERS)[number]

export const ProfileSchema = z.strictObject({
  allocationOrder: z.enum(ALLOCATION_ORDERS).default('oldest-first').meta({
    description:
      'How a payment without a period reference is applied: "oldest-first" pays the oldest debt first (tax, then penalty, then interest of each period); "penalty-interest-first" pays all penalties and interest (oldest first) before any tax',
  }),
  payeFilingDay: z.int().min(1).max(31).default(10).meta({
    description:
      'Day of the following month when PAYE and withholding-tax returns and payments are due (VAT and excise use deadlines.vatFilingDay)',
  }),
  pitFilingMonths: z.int().min(1).max(12).default(3).meta({
    description:
      'Personal income tax returns are due on the last day of this month after the calendar year ends (3 = 31 March)',
  }),
  citFilingMonths: z.int().min(1).max(12).default(6).meta({
    description:
      'Company income tax returns are due on the last day of this month after the calendar year ends (6 = 30 June)',
  }),
  interestCompounding: z.enum(['simple', 'compound']).default('simple').meta({
    description:
      '"simple": interest on the original unpaid tax only; "compound": interest also earns interest at each daily or monthly step',
  }),
  agreementPenaltyFactor: z.number().min(0).max(1).default(0.5).meta({
    description:
      'Share of the monthly late-payment penalty charged while an instalment agreement is kept (0.5 halves it, 0 suspends it)',
  }),
  suspenseReturnDays: z.int().min(1).max(3650).default(60).meta({
    description: 'Days an unidentified payment may stay in suspense; after that it is returned to the payer',
  }),
  waiverCauses: z
    .array(z.string().trim().min(1))
    .default([...DEFAULT_WAIVER_CAUSES])
    .meta({
      description:
        'Reasonable causes for which a penalty may be waived, when documented (interest is never waived: it is compensation, not a punishment)',
    }),
})
