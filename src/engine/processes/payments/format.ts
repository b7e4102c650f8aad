/** The payments process's part of the scenario format; listed in ../formats.ts. */
import { defineFormat } from '../world-schema'
import { ProfileSchema, WorldConfigSchema } from './config.schema'
import * as kinds from './kinds'

export const format = defineFormat({
  id: 'payments',
  kinds,
  world: WorldConfigSchema.optional().meta({
    description: 'Payment and account cases; needed by tasks with process: payments',
  }),
  countField: 'cases',
  perTaxpayer: true,
  profile: ProfileSchema.prefault({}),
})
