/**
 * The list of processes: every process's part of the scenario format, one line per process (the
 * name of its folder), in the order the catalogue, the scenario file and the generator take them.
 * The process ids (PROCESSES), the world and profile sections of the scenario schema, the kinds
 * of case and their counts derive from this list; the rest of a process (machine, generator,
 * grading) is its definition, listed in ./registry.ts. `npm run processes` writes the imports
 * below and that table from this list (docs/adding-a-process.md).
 */
// <processes> Written by `npm run processes` from the list below: change the list, not these lines.
import { format as registration } from './registration/format'
import { format as filing } from './filing/format'
import { format as payments } from './payments/format'
import { format as collection } from './collection/format'
import { format as audit } from './audit/format'
import { format as refunds } from './refunds/format'
import { format as objections } from './objections/format'
// </processes>
import type { ProcessFormat } from './world-schema'

export const PROCESS_FORMATS = [
  registration,
  filing,
  payments,
  collection,
  audit,
  refunds,
  objections,
] as const

type IdsOf<T extends readonly { id: string }[]> = { [K in keyof T]: T[K]['id'] }
/** The ids of a list, as a tuple of literals in the list's order (map keeps order and length). */
const idsOf = <const T extends readonly { id: string }[]>(list: T) => list.map((f) => f.id) as IdsOf<T>

/**
 * The process ids, in the list's order. The page's first bundle may not load this module (zod):
 * it takes them from the build-time scenario index (src/build/scenario-index-data.ts).
 */
export const PROCESSES = idsOf(PROCESS_FORMATS)
export type ProcessId = (typeof PROCESSES)[number]

type Formats = (typeof PROCESS_FORMATS)[number]
export type FormatOf<P extends ProcessId> = Extract<Formats, { id: P }>

const byId = <T>(value: (format: ProcessFormat) => T) =>
  Object.fromEntries(PROCESS_FORMATS.map((f) => [f.id, value(f)])) as Record<ProcessId, T>

export function formatOf<P extends ProcessId>(id: P): FormatOf<P> {
  return PROCESS_FORMATS.find((f) => f.id === id) as FormatOf<P>
}

/** world.<id> for every process, as a zod shape. */
export function worldShape(): { [F in Formats as F['id']]: F['world'] } {
  return byId((f) => f.world) as never
}

/** jurisdiction.<id> for every process that has settings of its own, as a zod shape. */
export function profileShape(): {
  [F in Formats as [NonNullable<F['profile']>] extends [never] ? never : F['id']]: NonNullable<F['profile']>
} {
  return Object.fromEntries(PROCESS_FORMATS.flatMap((f) => (f.profile ? [[f.id, f.profile]] : []))) as never
}

/** A process's case counts, whatever its part of the world calls the total. */
export interface CaseCounts {
  cases: number
  anomalies: Partial<Record<string, number>>
  lookalikes: Partial<Record<string, number>>
}

/** The case counts world.<id> declares; undefined when the world has no cases of the process. */
export function caseCountsOf(
  world: Partial<Record<ProcessId, object>>,
  id: ProcessId,
): CaseCounts | undefined {
  return countsIn(world, formatOf(id))
}

/** The case counts a world declares for a process of any format (a test's own process too). */
export function countsIn(
  world: object,
  format: Pick<ProcessFormat, 'id' | 'countField'>,
): CaseCounts | undefined {
  const config = (world as Record<string, Record<string, unknown> | undefined>)[format.id]
  if (!config) return undefined
  return {
    cases: config[format.countField] as number,
    anomalies: (config.anomalies ?? {}) as CaseCounts['anomalies'],
    lookalikes: (config.lookalikes ?? {}) as CaseCounts['lookalikes'],
  }
}

/** Whether a kind of case is one of the process's anomalies (not a look-alike, not genuine). */
export function isAnomalyKind(process: string, kind: string): boolean {
  const format = PROCESS_FORMATS.find((f) => f.id === process)
  return (format?.kinds.ANOMALIES as readonly string[] | undefined)?.includes(kind) ?? false
}
