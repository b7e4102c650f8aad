/**
 * The filing process's part of the scenario format (world.filing) and of a jurisdiction profile
 * (jurisdiction.filing). Profile settings have defaults so existing profiles stay valid.
 */
import '../../zod-jitless'
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

export const WorldConfigSchema = caseCountsSchema(kinds, 'Return filing').extend({
  historyPeriods: z.int().min(6).max(36).default(12).meta({
    description:
      'Monthly VAT periods shown in each case\u2019s filing history (the case period and the ones before it)',
  }),
  missedPeriods: z.int().min(1).max(6).default(3).meta({
    description:
      'Consecutive returns a non-filer (stop-filer or dormant) has missed when the case reaches the officer',
  }),
  demandResponseRate: z.number().min(0).max(1).default(0.5).meta({
    description:
      'Share of stop-filers who file the missing return within the period of the demand to file (the others do not, or only after a default assessment)',
  }),
  reminderAfterDays: z.int().min(1).max(90).default(10).meta({
    description: 'Days after the due date when the system sends its automatic reminder to a non-filer',
  }),
  processingDays: z.int().min(1).max(90).default(10).meta({
    description: 'Days the office gives itself to deal with a case in the worklist (shown as its due date)',
  }),
})

export const ProfileSchema = z.strictObject({
  mathErrorContestDays: z.int().min(1).max(365).default(60).meta({
    description:
      'Days a taxpayer has, after a math-error notice is deemed received, to contest the correction (then normal assessment procedures apply)',
  }),
  demandToFileDays: z.int().min(1).max(365).default(30).meta({
    description:
      'Days a demand to file gives the taxpayer, after it is deemed received, before a default assessment may be issued',
  }),
  estimatePeriods: z.int().min(1).max(24).default(6).meta({
    description:
      'How many of the last filed returns are averaged to estimate a default assessment (the prior-returns basis)',
  }),
  estimateTolerancePercent: z.number().min(0).max(100).default(20).meta({
    description:
      'How far (in percent) a default assessment may sit outside the evidence-based estimates (prior returns, third-party turnover) and still count as reasonable',
  }),
  mismatchTolerancePercent: z.number().min(0).max(100).default(5).meta({
    description:
      'E-invoiced sales may exceed declared sales by this percent (timing, credit notes) before the return counts as understated',
  }),
})
