/**
 * The processes' command specs (labels, fields, options), to put a logged decision into words.
 * They are the engine's data, but the engine's process modules carry their machines with them,
 * so the page does not import them: the engine worker sends them with the library (see
 * worker/messages.ts) and the app hands them here.
 */
import type { CommandSpec, ProcessId } from '../../engine/index'

export type CommandSpecs = Partial<Record<ProcessId, readonly CommandSpec[]>>

let known: CommandSpecs = {}

export function useCommandSpecs(specs: CommandSpecs): void {
  known = specs
}

/** The spec of a process's command, or undefined before the library arrived or for an unknown one. */
export function commandSpec(process: ProcessId, type: string): CommandSpec | undefined {
  return known[process]?.find((c) => c.type === type)
}
