/** The audit process's part of the scenario format; listed in ../formats.ts. */
import { defineFormat } from '../world-schema'
import { ProfileSchema, WorldConfigSchema } from './config.schema'
import * as kinds from './kinds'

export const format = defineFormat({
  id: 'audit',
  kinds,
  world: WorldConfigSchema.optional().meta({
    description: 'Risk and audit cases; needed by tasks with process: audit',
  }),
  countField: 'cases',
  perTaxpayer: true,
  profile: ProfileSchema.prefault({}),
})
