/** The collection process's part of the scenario format; listed in ../formats.ts. */
import { defineFormat } from '../world-schema'
import { ProfileSchema, WorldConfigSchema } from './config.schema'
import * as kinds from './kinds'

export const format = defineFormat({
  id: 'collection',
  kinds,
  world: WorldConfigSchema.optional().meta({
    description: 'Collection cases; needed by tasks with process: collection',
  }),
  countField: 'cases',
  perTaxpayer: true,
  profile: ProfileSchema.prefault({}),
})
