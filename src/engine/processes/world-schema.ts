/**
 * Building blocks for each process's part of the scenario format: how many cases, and how
 * many of each anomaly and look-alike. A process extends the result with its own settings.
 */
import '../zod-jitless'
import { z } from 'zod'

export interface KindsModule {
  ANOMALIES: readonly string[]
  LOOKALIKES: readonly string[]
  DESCRIPTIONS: Readonly<Record<string, string>>
}

/**
 * What a scenario file can say about one process: its id, its kinds of case, its
 * part of the world (world.<id>) and of a jurisdiction profile (jurisdiction.<id>). The scenario
 * schema, the JSON Schema and the semantic checks are built from the list in ../formats.ts.
 */
export interface ProcessFormat<
  Id extends string = string,
  World extends z.ZodType = z.ZodType,
  Profile extends z.ZodType | undefined = z.ZodType | undefined,
> {
  id: Id
  kinds: KindsModule
  /** world.<id>: optional, described for the trainer's editor. */
  world: World
  /** Where world.<id> says how many cases it holds (registration says `applications`). */
  countField: 'cases' | 'applications'
  /**
   * Each case is about its own registered taxpayer (false for registration, whose cases are
   * applicants not yet on the register): the register must hold at least as many taxpayers.
   */
  perTaxpayer: boolean
  /** jurisdiction.<id>, with defaults, when the process has settings of its own. */
  profile?: Profile
}

/** Declares a process's format, keeping its id and schemas' precise types. */
export function defineFormat<
  const Id extends string,
  World extends z.ZodType,
  Profile extends z.ZodType | undefined = undefined,
>(format: ProcessFormat<Id, World, Profile>): ProcessFormat<Id, World, Profile> {
  return format
}

const count = () => z.int().min(0).max(10000)

function countsFor(kinds: readonly string[], descriptions: Readonly<Record<string, string>>, what: string) {
  const shape = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      count()
        .optional()
        .meta({ description: descriptions[kind] ?? kind }),
    ]),
  )
  return z
    .strictObject(shape as Record<string, z.ZodOptional<ReturnType<typeof count>>>)
    .default({})
    .meta({ description: `How many of each ${what} to inject, e.g. { ${kinds[0] ?? what}: 1 }` })
}

/** `{ cases, anomalies, lookalikes }` for a process; extend it with `.extend({...})`. */
export function caseCountsSchema(kinds: KindsModule, label: string) {
  return z.strictObject({
    cases: z
      .int()
      .min(1)
      .max(5000)
      .meta({
        description: `${label} cases in the worklist, anomalies and look-alikes included`,
      }),
    anomalies: countsFor(kinds.ANOMALIES, kinds.DESCRIPTIONS, 'anomaly'),
    lookalikes: countsFor(kinds.LOOKALIKES, kinds.DESCRIPTIONS, 'innocent look-alike'),
  })
}

/**
 * The kinds of a process's worklist in a fixed order: each declared anomaly, then each
 * declared look-alike, as many times as counted, then 'genuine' up to `cases`.
 */
export function declaredKinds<const A extends string, const L extends string>(
  config: {
    cases: number
    anomalies: Partial<Record<string, number>>
    lookalikes: Partial<Record<string, number>>
  },
  anomalies: readonly A[],
  lookalikes: readonly L[],
): (A | L | 'genuine')[] {
  const kinds: (A | L | 'genuine')[] = []
  for (const k of anomalies) for (let n = 0; n < (config.anomalies[k] ?? 0); n++) kinds.push(k)
  for (const k of lookalikes) for (let n = 0; n < (config.lookalikes[k] ?? 0); n++) kinds.push(k)
  while (kinds.length < config.cases) kinds.push('genuine')
  return kinds
}
