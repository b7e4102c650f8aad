/** The objections process's part of the scenario format; listed in ../formats.ts. */
import { defineFormat } from '../world-schema'
import { ProfileSchema, WorldConfigSchema } from './config.schema'
import * as kinds from './kinds'

export const format = defineFormat({
  id: 'objections',
  kinds,
  world: WorldConfigSchema.optional().meta({
    description: 'Objections; needed by tasks with process: objections',
  }),
  countField: 'cases',
  perTaxpayer: true,
  profile: ProfileSchema.prefault({}),
})
