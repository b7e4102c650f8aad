/** The registration process, as the process list (../registry.ts) holds it. */
import { STREAM } from '../../world/context'
import { defineProcess } from '../definition'
import { registrationChecks } from './checks'
import { format } from './format'
import { generate } from './generate'
import { registrationModule } from './module'

export const definition = defineProcess({
  format,
  module: registrationModule,
  generate,
  stream: STREAM.application,
  // Applicants join the civil and company registries, and a phoenix's old company gets its
  // debts, before the accounts are drawn up from the register.
  phase: 'register',
  guide: 'scenarios/README.md',
  checks: registrationChecks,
})
