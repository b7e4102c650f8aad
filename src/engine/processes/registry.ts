/**
 * Every process the sandbox can run, one line each. The compiler refuses a process whose format
 * is listed in ./formats.ts (the list of processes) but whose definition is missing here, or a
 * definition that lacks a part (see ProcessDefinition). Scenario checks, world generation, the session and the player
 * all read this table.
 */
import type { ProcessDefinition } from './definition'
import { PROCESSES, type ProcessId } from './formats'
import { definition as registration } from './registration/definition'
import { definition as filing } from './filing/definition'
import { definition as payments } from './payments/definition'
import { definition as collection } from './collection/definition'
import { definition as audit } from './audit/definition'
import { definition as refunds } from './refunds/definition'
import { definition as objections } from './objections/definition'
import type { ProcessModule } from './contract'

export const PROCESS_DEFINITIONS = {
  registration,
  filing,
  payments,
  collection,
  audit,
  refunds,
  objections,
} satisfies { [P in ProcessId]: ProcessDefinition<P> }

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
