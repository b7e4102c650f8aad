/**
 * The audit process's part of the scenario format (world.audit: the risk model and the audit
 * plan) and of a jurisdiction profile (jurisdiction.audit: penalty rates and the reply window).
 * Profile settings have defaults so existing profiles stay valid.
 */
import '../../zod-jitless'
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'
import { RISK_RULE_INFO, RISK_RULES } from './risk-rules'

const ruleList = RISK_RULES.map(
  (id) => `"${id}" (${RISK_RULE_INFO[id].description}; default ${RISK_RULE_INFO[id].weight})`,
)

export const RiskRuleSchema = z
  .strictObject({
    id: z.enum(RISK_RULES).meta({ description: `Which risk rule: ${ruleList.join('; ')}` }),
    weight: z.int().min(0).max(100).meta({
      description: 'Points the rule adds to the risk score when it fires (0 switches it off)',
    }),
  })
  .meta({ description: 'One named risk rule and its weight' })

export const WorldConfigSchema = caseCountsSchema(kinds, 'Risk and audit').extend({
  riskRules: z
    .array(RiskRuleSchema)
    .default(RISK_RULES.map((id) => ({ id, weight: RISK_RULE_INFO[id].weight })))
    .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, {
      message: 'each risk rule may be listed once; remove the second entry',
    })
    .meta({
      description:
        'The risk model: named rules and their weights. A case’s score is the sum of the weights of the rules that fire on it; rules left out keep their default weight',
    }),
  threshold: z.int().min(0).max(1000).default(50).meta({
    description: 'Risk score from which a candidate qualifies for audit (below it: not selected)',
  }),
  capacity: z.int().min(0).max(5000).optional().meta({
    description:
      'How many audits the team can open from this worklist; the highest scores above the threshold are selected first. Left out: as many as the worklist has anomalies and honest errors',
  }),
  screeningDays: z.int().min(1).max(365).default(30).meta({
    description:
      'Days the office gives itself to decide whether to audit a candidate (shown as its due date)',
  }),
})
export type AuditWorldConfig = z.infer<typeof WorldConfigSchema>

export const ProfileSchema = z.strictObject({
  pitRatePercent: z.number().min(0).max(100).default(25).meta({
    description:
      'Rate at which income added to a personal return by an audit is taxed (the marginal rate, simplified to one rate); company income uses rates.cit',
  }),
  honestErrorPercent: z.number().min(0).max(1000).default(0).meta({
    description:
      'Penalty for an honest error, as a percent of the additional tax (usually 0: correct, do not punish)',
  }),
  negligencePercent: z.number().min(0).max(1000).default(20).meta({
    description: 'Penalty for negligence or a substantial understatement, percent of the additional tax',
  }),
  fraudPercent: z.number().min(0).max(1000).default(50).meta({
    description:
      'Penalty for fraud (intent evident: fake invoices, concealment), percent of the additional tax; fraud is also referred to investigation',
  }),
  substantialPercent: z.number().min(0).max(100).default(10).meta({
    description:
      'An understatement is substantial (negligence, not an honest slip) when the additional tax exceeds this percent of the correct tax…',
  }),
  substantialAmount: z.number().min(0).max(1e12).default(0).meta({
    description: '…and also exceeds this amount in major units (0: the percent alone decides)',
  }),
  materialityAmount: z.number().min(0).max(1e12).default(0).meta({
    description:
      'Materiality floor for audit selection, in major units: a candidate whose estimated additional tax is below it is not selected (reason "below materiality"), however high its risk score, so a trivial slip never takes a slot from a material case (0: risk alone decides)',
  }),
  replyDays: z.int().min(1).max(365).default(15).meta({
    description:
      'Days the taxpayer has to reply to the preliminary findings; the final assessment waits for the reply or the end of this window',
  }),
})
