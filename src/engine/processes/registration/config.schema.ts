/**
 * The registration process's part of the scenario format (world.registration). Registration has
 * no profile section of its own: its deadlines and thresholds are the profile's general ones.
 */
import '../../zod-jitless'
import { z } from 'zod'
import { ANOMALIES, DESCRIPTIONS, LOOKALIKES, NAME_VARIANT_KINDS, type RegistrationKind } from './kinds'

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
  variants: z
    .strictObject({
      'duplicate-identity': z
        .strictObject({
          nameVariant: z.enum(NAME_VARIANT_KINDS).optional().meta({
            description:
              'How every duplicate applicant spells the registered name: transliteration (Mohammed / Muhammad), diacritics (accents added or dropped), swapped (surname first), dropped-given-name or initials. Drawn per case when absent',
          }),
        })
        .optional()
        .meta({ description: 'What the duplicate-identity cases look like' }),
      'bogus-registration': z
        .strictObject({
          sharedPhoneTins: z.int().min(1).max(20).optional().meta({
            description:
              'How many existing TINs share the phone number of each bogus registration (the phone is then always shared). 3 to 5, drawn per case, when absent',
          }),
        })
        .optional()
        .meta({ description: 'What the bogus-registration cases look like' }),
    })
    .optional()
    .meta({
      description:
        'Variants a trainer fixes instead of leaving them to the seed, per kind of case; absent keys are drawn as usual',
    }),
})
