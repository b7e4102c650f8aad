/**
 * Everything the sandbox knows about one process, in one object: its format (id, names, kinds
 * of case, world and profile schemas), how its cases are generated (generator, randomness
 * stream, phase), how they are played (machine and module) and the authoring guide's page.
 * Each process folder exports one as `definition.ts`; ./registry.ts lists them.
 */
import type { Jurisdiction, WorldConfig } from '../scenario/schema'
import type { Finding } from '../scenario/structure'
import type { ProcessGenerator } from '../world/process-world'
import type { ProcessModule } from './contract'
import type { FormatOf, ProcessId } from './formats'
import type { ProcessFormat } from './world-schema'

export interface ProcessDefinition<P extends string = ProcessId, TData = unknown, TContext = unknown> {
  /** A bundled process's format is the one listed in ./formats.ts. */
  format: P extends ProcessId ? FormatOf<P> : ProcessFormat<P>
  /** The machine, commands, panels and grading. */
  module: ProcessModule<TContext, TData>
  generate: ProcessGenerator<TData>
  /**
   * The first number of the seed path the generator draws from (world/process-world.ts
   * PROCESS_STREAM), so adding a process never reshuffles another's part of the world.
   */
  stream: number
  /**
   * 'register': the generator shapes the register itself (new applicants, a phoenix's old
   * debts) and runs before the accounts are drawn up; 'accounts': it runs after, on the shared
   * accounts. Generators of one phase run in the order of the process list.
   */
  phase: 'register' | 'accounts'
  /** The authoring guide's page on this process, from the repository root. */
  guide: string
  /**
   * What the validator checks beyond the process's own counts, when the world has its cases:
   * what its generator needs of the register or of the jurisdiction's law.
   */
  checks?(world: WorldConfig, jurisdiction: Jurisdiction | undefined): Finding[]
}

/**
 * Declares a process. The compiler checks that the generator's case data is what the module
 * reads, and that the module's id is the format's.
 */
export function defineProcess<P extends string, TData, TContext>(
  definition: ProcessDefinition<P, TData, TContext>,
): ProcessDefinition<P, TData, TContext> {
  return definition
}
