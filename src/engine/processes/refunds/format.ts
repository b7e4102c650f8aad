/** The refunds process's part of the scenario format; listed in ../formats.ts. */
import { defineFormat } from '../world-schema'
import { ProfileSchema, WorldConfigSchema } from './config.schema'
import * as kinds from './kinds'

export const format = defineFormat({
  id: 'refunds',
  kinds,
  world: WorldConfigSchema.optional().meta({
    description: 'VAT refund claims; needed by tasks with process: refunds',
  }),
  countField: 'cases',
  perTaxpayer: true,
  profile: ProfileSchema.prefault({}),
})
