/**
 * The collection process's part of the scenario format (world.collection) and of a jurisdiction
 * profile (jurisdiction.collection). Profile settings have defaults so existing profiles stay valid.
 */
import '../../zod-jitless'
import { z } from 'zod'
import { TAX_TYPES } from '../../vocabulary'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

const taxType = z.enum(TAX_TYPES).optional().meta({
  description:
    'The tax the arrears sit in, one the jurisdiction profile administers (e.g. VAT, CIT, PAYE); when absent the seed draws it: VAT for a VAT-registered business, else CIT',
})

const defaultedAgreements = z.int().min(0).max(12).optional().meta({
  description:
    'Defaulted instalment agreements in the abuser\u2019s history (at least 1); from the profile\u2019s refuseAfterDefaults the request is refused, below it a new agreement needs security. When absent the seed draws it',
})

const knobs = <S extends z.core.$ZodLooseShape>(shape: S, description: string) =>
  z.strictObject(shape).optional().meta({ description })

/** What a trainer may fix for each kind of case; anything left out is drawn by the seed. */
export const VariantsSchema = z
  .strictObject({
    'asset-flight': knobs({ taxType }, 'Variants of the asset-flight cases'),
    'agreement-abuse': knobs({ taxType, defaultedAgreements }, 'Variants of the agreement-abuse cases'),
    'disputed-debt': knobs(
      { taxType },
      'Variants of the disputed-debt cases (taxType: the undisputed arrears; the disputed part is an assessed CIT)',
    ),
    'cash-flow-problem': knobs({ taxType }, 'Variants of the cash-flow-problem cases'),
    uncollectible: knobs({ taxType }, 'Variants of the uncollectible cases'),
  })
  .optional()
  .meta({
    description:
      'Variants a trainer fixes per kind of case, e.g. { agreement-abuse: { defaultedAgreements: 3 } }; when absent the seed draws them',
  })

const share = (description: string, fallback: number) =>
  z.int().min(0).max(100).default(fallback).meta({ description })

export const WorldConfigSchema = caseCountsSchema(kinds, 'Arrears collection').extend({
  newDebtShare: share(
    'Percent of the genuine cases where no demand notice has been served yet (best: serve it and diarise)',
    20,
  ),
  runningPeriodShare: share(
    'Percent of the genuine cases whose demand period is still running and nothing is wrong (best: diarise until it ends)',
    20,
  ),
  refundShare: share(
    'Percent of the other genuine cases (demand period over) where a refund credit covers the debt (best: offset)',
    30,
  ),
  employeeShare: share(
    'Percent of the other genuine cases (demand period over) that are employees without savings (best: order the employer to pay over part of the wages)',
    30,
  ),
  variants: VariantsSchema,
})

/**
 * Enforcement tools, least intrusive first (docs/domain.md §Collection, the USAID escalation
 * ladder).
 */
export const ENFORCEMENT_TOOLS = ['offset', 'bank', 'employer', 'receivables', 'seizure'] as const
export type EnforcementTool = (typeof ENFORCEMENT_TOOLS)[number]

const amount = (description: string, fallback: number) =>
  z.number().min(0).max(1e12).default(fallback).meta({ description })

export const ProfileSchema = z.strictObject({
  maxInstallmentMonths: z.int().min(1).max(120).default(12).meta({
    description: 'Longest instalment agreement the law allows, in monthly instalments',
  }),
  refuseAfterDefaults: z.int().min(1).max(20).default(2).meta({
    description:
      'Defaulted agreements in the taxpayer\u2019s history from which a new request is refused; with fewer (but at least one) a new agreement needs security',
  }),
  missedInstallmentsToDefault: z.int().min(1).max(12).default(2).meta({
    description: 'Missed instalments after which an agreement may be declared in default',
  }),
  holdDisputedAmounts: z.boolean().default(true).meta({
    description:
      'true: a valid objection suspends collection of the disputed amount (hold it, collect the rest); false: collection goes on during the objection',
  }),
  protectiveMeasures: z.boolean().default(true).meta({
    description:
      'true: accounts may be frozen before the demand period ends when the debtor is moving assets away (protective measure)',
  }),
  enforcementLadder: z
    .array(z.enum(ENFORCEMENT_TOOLS))
    .min(1)
    .default([...ENFORCEMENT_TOOLS])
    .meta({
      description:
        'Enforcement tools from least to most intrusive; the right tool is the first that reaches enough money (offset, bank, employer, receivables, seizure)',
    }),
  wageGarnishmentPercent: z.number().min(0).max(100).default(30).meta({
    description: 'Percent of each wage an employer can be ordered to pay over to the administration',
  }),
  garnishmentMonths: z.int().min(1).max(60).default(6).meta({
    description: 'Months of wages a garnishment order on an employer is counted as reaching',
  }),
  uneconomicDebtLimit: amount(
    'Debts up to this amount (major units) cost more to collect than they bring in: the write-off criterion "cost exceeds the debt"',
    50_000,
  ),
  supervisorWriteOffLimit: amount(
    'Largest write-off (major units) the team supervisor may approve; above it the head of collection approves',
    10_000_000,
  ),
  highPriorityAmount: amount(
    'Debts from this amount (major units) are high priority when they are young and collectable',
    5_000_000,
  ),
  agedDebtDays: z.int().min(1).max(3650).default(365).meta({
    description: 'Days overdue after which a debt counts as aged (TADAT measures the share over 12 months)',
  }),
})
