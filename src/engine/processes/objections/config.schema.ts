/**
 * The objections process's part of the scenario format (world.objections) and of a jurisdiction
 * profile (jurisdiction.objections). Profile settings have defaults so existing profiles stay
 * valid; the time limits themselves are the shared deadlines (objectionDays,
 * objectionDecisionDays, deemedReceiptDays).
 */
import '../../zod-jitless'
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

export const WorldConfigSchema = caseCountsSchema(kinds, 'Objection').extend({
  maxItems: z.int().min(3).max(6).default(4).meta({
    description:
      'Most adjustment items on one audit assessment (each has 3 or more: at least one the taxpayer accepts and pays, the others disputed)',
  }),
  otherDebtShare: z.number().min(0).max(1).default(0.75).meta({
    description:
      'Share of objecting taxpayers who also owe tax for another period: that debt is not under objection and must not be put on hold',
  }),
})

export const DEEMED_OUTCOMES = ['disallowed', 'allowed'] as const
export type DeemedOutcome = (typeof DEEMED_OUTCOMES)[number]

export const ProfileSchema = z.strictObject({
  requireUndisputedPaid: z.boolean().default(true).meta({
    description:
      'An objection is admissible only once the tax the taxpayer does not dispute has been paid (as in Kenya); false: no payment is required to object',
  }),
  extensionDays: z.int().min(0).max(365).default(0).meta({
    description:
      'Days after the objection window within which a late objection may still be admitted when the letter gives a reason for the delay; 0: the time limit is strict and cannot be extended (as in the Philippines)',
  }),
  holdDisputed: z.boolean().default(true).meta({
    description:
      'Collection of the disputed amount is suspended while an admissible objection is pending (the undisputed part and other debts stay collectable); false: an objection does not suspend collection',
  }),
  deemedOutcome: z.enum(DEEMED_OUTCOMES).default('disallowed').meta({
    description:
      'What the law deems when the office has not decided within deadlines.objectionDecisionDays of receiving the objection: "disallowed" (the taxpayer may go to the tribunal) or "allowed" (the assessment falls)',
  }),
})
