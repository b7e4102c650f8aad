/**
 * The registration process's part of the scenario format (world.registration). Registration has
 * no profile section of its own: its deadlines and thresholds are the profile's general ones.
 */
import '../../zod-jitless'
import { z } from 'zod'
import { ANOMALIES, DESCRIPTIONS, LOOKALIKES, type RegistrationKind } from './kinds'

/** A mapping with an optional entry for each kind of case (so editors can suggest the kinds). */
function perKind<const K extends readonly RegistrationKind[], S extends z.ZodType>(kinds: K, value: () => S) {
  const shape = Object.fromEntries(
    kinds.map((kind) => [kind, value().optional().meta({ description: DESCRIPTIONS[kind] })]),
  )
  return z.strictObject(shape as { [P in K[number]]: z.ZodOptional<S> })
}

const count = () => z.int().min(0).max(10000)

export const WorldConfigSchema = z.strictObject({
  applications: z.int().min(1).max(5000).meta({
    description: 'Registration applications waiting in the worklist, anomalies and look-alikes included',
  }),
  anomalies: perKind(ANOMALIES, count)
    .default({})
    .meta({ description: 'How many of each anomaly to inject, e.g. { duplicate-identity: 2 }' }),
  lookalikes: perKind(LOOKALIKES, count)
    .default({})
    .meta({ description: 'How many of each innocent look-alike to inject, e.g. { namesake: 1 }' }),
})
