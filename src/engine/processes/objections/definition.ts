/** The objections process, as the process list (../registry.ts) holds it. */
import { PROCESS_STREAM } from '../../world/process-world'
import { defineProcess } from '../definition'
import { objectionChecks } from './checks'
import { format } from './format'
import { generate } from './generate'
import { module } from './module'

export const definition = defineProcess({
  format,
  module,
  generate,
  stream: PROCESS_STREAM.objections,
  phase: 'accounts',
  guide: 'scenarios/guide/objections.md',
  checks: objectionChecks,
})
