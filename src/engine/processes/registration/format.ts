/** The registration process's part of the scenario format; listed in ../formats.ts. */
import { defineFormat } from '../world-schema'
import { WorldConfigSchema } from './config.schema'
import * as kinds from './kinds'

export const format = defineFormat({
  id: 'registration',
  kinds,
  world: WorldConfigSchema.optional().meta({
    description: 'Registration applications to generate; needed by tasks with process: registration',
  }),
  countField: 'applications',
  perTaxpayer: false,
})
