/**
 * Every process the sandbox can run. The lines between the markers are written by
 * `npm run processes` (scripts/processes.ts) from the list of processes in ./formats.ts: one
 * import and one table line per format listed there, in its order; a test fails when they are
 * stale. The compiler refuses a definition that lacks a part (see ProcessDefinition). Scenario
 * checks, world generation, the session and the player all read this table.
 */
import type { ProcessModule } from './contract'
import type { ProcessDefinition } from './definition'
import { PROCESSES, type ProcessId } from './formats'
// <processes> Written by `npm run processes` from the list in ./formats.ts: change that list, not these lines.
import { definition as registration } from './registration/definition'
import { definition as filing } from './filing/definition'
import { definition as payments } from './payments/definition'
import { definition as collection } from './collection/definition'
import { definition as audit } from './audit/definition'
import { definition as refunds } from './refunds/definition'
import { definition as objections } from './objections/definition'

export const PROCESS_DEFINITIONS = {
  registration,
  filing,
  payments,
  collection,
  audit,
  refunds,
  objections,
} satisfies { [P in ProcessId]: ProcessDefinition<P> }
// </processes>

/** Any one process's definition. */
export type AnyProcessDefinition = { [P in ProcessId]: ProcessDefinition<P> }[ProcessId]

/**
 * Processes by id, in the order their generators run: the bundled table, or one a test extends
 * with a process of its own (tests/fixtures/example-process) to play it through the session.
 */
export type ProcessTable = Readonly<Record<string, TableEntry>>
/** A definition of any process, compared by its parts (each process's own types stay its own). */
type TableEntry = { [K in keyof ProcessDefinition<string>]: ProcessDefinition<string>[K] }

/** The definitions in the order of the process list. */
export const PROCESS_LIST: readonly AnyProcessDefinition[] = PROCESSES.map((id) => PROCESS_DEFINITIONS[id])

/** Each process's module, by id (the player's forms and the report read the commands' labels). */
export const PROCESS_MODULES: Readonly<Record<ProcessId, ProcessModule>> = Object.fromEntries(
  PROCESS_LIST.map((d) => [d.format.id, d.module]),
) as Record<ProcessId, ProcessModule>
