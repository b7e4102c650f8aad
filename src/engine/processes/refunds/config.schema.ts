/**
 * The refunds process's part of the scenario format (world.refunds) and of a jurisdiction profile
 * (jurisdiction.refunds). Profile settings have defaults so existing profiles stay valid.
 */
import '../../zod-jitless'
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

/** The newest a trainer may make a phantom company: its refund account changes after it registered. */
export const PHANTOM_MIN_DAYS = 45

export const WorldConfigSchema = caseCountsSchema(kinds, 'VAT refund').extend({
  arrearsShare: z.number().min(0).max(1).default(0.4).meta({
    description:
      'Share of the claims with a genuine part (genuine, look-alikes, partly supported claims) whose taxpayer owes tax in another tax type, so the refund must be offset first; with any above 0, at least one case has arrears',
  }),
  minDaysLeft: z.int().min(1).max(365).default(10).meta({
    description:
      'Fewest days left before the refund decision limit (deadlines.refundDecisionDays) on the scenario date; claims were lodged between then and the day before the scenario date',
  }),
  variants: z
    .strictObject({
      'phantom-exporter': z
        .strictObject({
          registeredDaysBeforeClaim: z
            .int()
            .min(PHANTOM_MIN_DAYS)
            .max(3650)
            .optional()
            .meta({
              description: `How new the phantom company is: days from its registration to its refund claim (at least ${PHANTOM_MIN_DAYS}, so its refund account changes after it registered, and less than the profile's refunds.risk.newRegistrantMonths, so it counts as a new registrant); absent, the seed draws 60 to 240 days within that limit`,
            }),
        })
        .optional()
        .meta({ description: 'Variants of the phantom-exporter cases' }),
    })
    .optional()
    .meta({
      description:
        'Variants a trainer fixes per kind of case; what is left out, the seed draws (so a world without variants stays as it was)',
    }),
})

const amount = (value: number, description: string) =>
  z.number().min(0).max(1e12).default(value).meta({ description })
const points = (value: number, description: string) =>
  z.int().min(0).max(20).default(value).meta({ description })

/** Risk points per factor; the tier comes from their sum (see `mediumFrom` and `highFrom`). */
const RiskPointsSchema = z
  .strictObject({
    newRegistrant: points(
      2,
      'Points when the claimant registered less than newRegistrantMonths before the claim',
    ),
    noHistory: points(1, 'Points when this is the claimant\u2019s first refund claim'),
    claimGrowth: points(
      2,
      'Points when the claim is more than claimGrowthFactor times the average of the claimant\u2019s earlier claims',
    ),
    largeClaim: points(1, 'Points when the claim is above largeClaimAbove'),
    accountChange: points(
      2,
      'Points when the refund account was opened or changed less than accountChangeDays before the claim',
    ),
    highRiskSector: points(1, 'Points when the claimant trades in one of highRiskSectors'),
    customsMismatch: points(
      2,
      'Points when zero-rated exports on the return have no matching customs export record (the check with customs is then always required)',
    ),
    supplierMismatch: points(
      2,
      'Points when input VAT claimed exceeds what the suppliers declared on their sales to the claimant (matching the credits is then always required)',
    ),
  })
  .meta({ description: 'Risk points per factor; the risk tier comes from their sum' })

const RiskSchema = z
  .strictObject({
    newRegistrantMonths: z.int().min(0).max(120).default(12).meta({
      description: 'A claimant registered for fewer months than this before the claim is a new registrant',
    }),
    claimGrowthFactor: z.number().min(1).max(100).default(3).meta({
      description:
        'A claim above this multiple of the average earlier claim counts as out of line with history',
    }),
    largeClaimAbove: amount(10_000_000, 'A claim above this amount (major units) counts as large'),
    accountChangeDays: z.int().min(0).max(3650).default(60).meta({
      description:
        'A refund account opened or changed fewer days than this before the claim is a risk factor',
    }),
    highRiskSectors: z
      .array(z.string().trim().min(1))
      .default(['Wholesale trade', 'Mining and quarrying', 'Telecommunications'])
      .meta({ description: 'Sectors with a history of refund fraud (register sector names)' }),
    points: RiskPointsSchema.prefault({}),
    mediumFrom: z.int().min(1).max(50).default(2).meta({
      description: 'Risk points from which a claim is medium risk (desk verification)',
    }),
    highFrom: z.int().min(1).max(50).default(4).meta({
      description: 'Risk points from which a claim is high risk (full pre-refund verification)',
    }),
  })
  .meta({ description: 'How a refund claim is risk-scored into low, medium or high' })

export const ProfileSchema = z.strictObject({
  claimLimitDays: z.int().min(1).max(3650).default(1095).meta({
    description: 'Days after the end of the VAT period within which a refund must be claimed',
  }),
  secondApprovalAbove: amount(
    10_000_000,
    'Refunds above this amount (major units) need a second approver before payment',
  ),
  matchingTolerancePercent: z.number().min(0).max(100).default(2).meta({
    description:
      'Input VAT claimed from a supplier counts as matched when the supplier declared at least (100 minus this) percent of it on its sales to the claimant (timing, rounding); otherwise only what the supplier declared is allowed',
  }),
  risk: RiskSchema.prefault({}),
})

export type RefundsProfile = z.infer<typeof ProfileSchema>
