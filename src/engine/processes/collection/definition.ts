/** The collection process, as the process list (../registry.ts) holds it. */
import { PROCESS_STREAM } from '../../world/process-world'
import { defineProcess } from '../definition'
import { collectionChecks } from './checks'
import { format } from './format'
import { generate } from './generate'
import { module } from './module'

export const definition = defineProcess({
  format,
  module,
  generate,
  stream: PROCESS_STREAM.collection,
  phase: 'accounts',
  guide: 'scenarios/guide/collection.md',
  checks: collectionChecks,
})
