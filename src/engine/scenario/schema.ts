/**
 * The scenario format, defined once. Types come from z.infer, the JSON Schema that trainers'
 * editors use is generated from these objects (see json-schema.ts), and the validator reports
 * every problem with file:line:col. Descriptions are written for a trainer, not a developer:
 * they show up as editor tooltips.
 */
import '../zod-jitless'
import { z } from 'zod'
import { PROCESS_FORMATS, PROCESSES, worldShape } from '../processes/formats'
import { FORMAT_VERSION, TADAT_CODES } from '../vocabulary'
import { JurisdictionSchema, slug, text, type Jurisdiction } from '../jurisdiction'

export {
  CurrencySchema,
  JurisdictionSchema,
  PenaltyRuleSchema,
  PROFILE_FORMAT,
  type Jurisdiction,
  type PenaltyRule,
} from '../jurisdiction'

const isoDate = z.iso.date().meta({ description: 'A calendar date written YYYY-MM-DD' })

/**
 * The largest register a world may hold (individuals + businesses). Generation takes about
 * 10 s and 1 GB of memory at this size (see `npm run bench`); twice as much froze laptops.
 */
export const MAX_REGISTER = 100_000

/** The case counts every process config has; a process reads its own settings from its schema. */
export interface ProcessWorldConfig {
  cases: number
  anomalies: Partial<Record<string, number>>
  lookalikes: Partial<Record<string, number>>
}

export const WorldSchema = z
  .strictObject({
    seed: z
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .meta({ description: 'Same seed, same world: every trainee sees the same taxpayers' }),
    referenceDate: isoDate.meta({
      description: 'The simulated "today" when the scenario starts (YYYY-MM-DD)',
    }),
    population: z
      .strictObject({
        individuals: z
          .int()
          .min(0)
          .max(MAX_REGISTER)
          .meta({
            description: `Registered individual taxpayers (with businesses, at most ${MAX_REGISTER} in all)`,
          }),
        businesses: z
          .int()
          .min(0)
          .max(MAX_REGISTER)
          .meta({ description: `Registered businesses (with individuals, at most ${MAX_REGISTER} in all)` }),
      })
      .meta({ description: 'The existing taxpayer register' }),
    ...worldShape(),
  })
  .meta({ description: 'The synthetic world the trainee works in' })

export const HintSchema = z.strictObject({
  text: text('The hint, from general to specific'),
  kind: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'use a case kind such as "duplicate-applicant"')
    .optional()
    .meta({
      description:
        'A case kind (anomaly or look-alike): the hint is offered only on cases of that kind; without it, on every case of the task',
    }),
  cost: z.int().min(0).max(1000).default(0).meta({ description: 'Points deducted when the trainee uses it' }),
})

export const PointsSchema = z
  .strictObject({
    correct: z.int().min(0).max(1000).default(10).meta({ description: 'Points for the best decision' }),
    acceptable: z
      .int()
      .min(0)
      .max(1000)
      .default(5)
      .meta({ description: 'Points for a defensible but weaker decision' }),
    wrong: z
      .int()
      .min(-1000)
      .max(0)
      .default(0)
      .meta({ description: 'Points (0 or less) for a wrong decision' }),
    harmful: z
      .int()
      .min(-1000)
      .max(0)
      .default(-5)
      .meta({ description: 'Points (0 or less) for a decision that harms revenue or a taxpayer' }),
  })
  .meta({ description: 'Points per case for each grade of decision' })

/** Every case kind of every process with its editor tooltip. */
function kindDescriptions(): Record<string, string> {
  const descriptions: Record<string, string> = {}
  for (const { kinds } of PROCESS_FORMATS) Object.assign(descriptions, kinds.DESCRIPTIONS)
  return descriptions
}

/** Every case kind a task can hold, across processes ("genuine" included). */
export const ALL_CASE_KINDS: readonly string[] = Object.keys(kindDescriptions())

const teachingText = () => text('Teaching note shown after a decision on a case of this kind')

/** Feedback for one kind: one text for every decision, or a text per grade of decision. */
const FeedbackEntrySchema = z.union([
  teachingText(),
  z
    .strictObject({
      correct: text('Shown after the best decision').optional(),
      acceptable: text('Shown after a defensible but weaker decision').optional(),
      wrong: text('Shown after a wrong decision').optional(),
      harmful: text('Shown after a decision that harms revenue or a taxpayer').optional(),
    })
    .meta({ description: 'A teaching note per grade of decision; grades left out show no note' }),
])

/** Teaching notes keyed by case kind, for every process (editors suggest the kinds). */
function feedbackSchema() {
  const shape = Object.fromEntries(
    Object.entries(kindDescriptions()).map(([kind, description]) => [
      kind,
      FeedbackEntrySchema.optional().meta({ description }),
    ]),
  )
  return z
    .strictObject(shape as Record<string, z.ZodOptional<typeof FeedbackEntrySchema>>)
    .default({})
    .meta({
      description:
        'Teaching text shown after a decision on a case of this kind: one text, or a text per grade (correct, acceptable, wrong, harmful)',
    })
}

/** Points for the grades other than correct, for one kind of case. */
const KindPointsSchema = z
  .strictObject({
    acceptable: z
      .int()
      .min(0)
      .max(1000)
      .optional()
      .meta({ description: 'Points for a weaker decision on this kind' }),
    wrong: z
      .int()
      .min(-1000)
      .max(0)
      .optional()
      .meta({ description: 'Points (0 or less) for a wrong decision on this kind' }),
    harmful: z
      .int()
      .min(-1000)
      .max(0)
      .optional()
      .meta({ description: 'Points (0 or less) for a harmful decision on this kind' }),
  })
  .meta({ description: "Overrides the task's points for mistakes on cases of this kind" })

/** Points per kind of mistake: e.g. wrongly refusing a genuine applicant costs less than a second TIN. */
function pointsByKindSchema() {
  const shape = Object.fromEntries(
    Object.entries(kindDescriptions()).map(([kind, description]) => [
      kind,
      KindPointsSchema.optional().meta({ description }),
    ]),
  )
  return z
    .strictObject(shape as Record<string, z.ZodOptional<typeof KindPointsSchema>>)
    .optional()
    .meta({
      description:
        'Points for mistakes per kind of case, overriding acceptable, wrong and harmful above (correct is the same for every case)',
    })
}

export const TaskSchema = z.strictObject({
  id: slug.meta({ description: 'Stable id of the task within the scenario' }),
  process: z.enum(PROCESSES).meta({ description: 'Which TAMIS process the trainee works in' }),
  title: text('Short title of the task'),
  briefing: text('What the trainee is told before starting'),
  cases: z
    .union([z.literal('all'), z.int().min(1).max(5000)])
    .default('all')
    .meta({
      description:
        '"all" cases of this process in the world, or how many; tasks of the same process share the cases in order',
    }),
  points: PointsSchema.prefault({}),
  pointsByKind: pointsByKindSchema(),
  kinds: z
    .array(
      z
        .string()
        .refine((k) => ALL_CASE_KINDS.includes(k), 'not a kind of case; use a kind listed under world'),
    )
    .min(1)
    .optional()
    .meta({
      description:
        'Which kinds of case this task holds, e.g. [asset-flight]; tasks without kinds take the remaining cases of their process in order',
    }),
  tadat: z
    .array(z.enum(TADAT_CODES))
    .optional()
    .meta({ description: "Indicators this task trains (default: the scenario's)" }),
  startsAfterDays: z.int().min(0).max(3650).optional().meta({
    description:
      'Move the calendar forward when the trainee starts this task: "30" means it begins 30 days after the reference date (deadlines, interest and deemed decisions run meanwhile)',
  }),
  hints: z.array(HintSchema).default([]).meta({ description: 'Tiered hints, from general to specific' }),
  feedback: feedbackSchema(),
})

export const ScenarioSchema = z
  .strictObject({
    format: z
      .literal(FORMAT_VERSION)
      .meta({ description: 'Scenario format version; this guide describes version 1' }),
    title: text('Title shown in the catalogue'),
    summary: text('One or two sentences on what the trainee will do'),
    objectives: z
      .array(text('A learning objective'))
      .min(1)
      .meta({ description: 'What the trainee will be able to do' }),
    difficulty: z.literal([1, 2, 3]).meta({ description: '1 introductory, 2 intermediate, 3 advanced' }),
    minutes: z.int().min(1).max(600).meta({ description: 'Estimated minutes to finish' }),
    tadat: z
      .array(z.enum(TADAT_CODES))
      .min(1)
      .meta({ description: 'TADAT indicators this scenario trains, e.g. P1-1' }),
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'use a language code such as "en" or "fr"')
      .meta({ description: 'Language of the scenario text' }),
    jurisdiction: z
      .union([
        slug,
        z
          .string()
          .regex(/^[^\s].*\.ya?ml$/i, 'write a relative path to the profile file, e.g. "./my-country.yaml"'),
        JurisdictionSchema,
      ])
      .meta({
        description:
          'Id of a profile (in scenarios/jurisdictions/ or next to this file), a relative path to a profile file such as "./my-country.yaml", or a whole profile written here',
      }),
    world: WorldSchema,
    tasks: z.array(TaskSchema).min(1).meta({ description: 'What the trainee works through, in order' }),
    agenda: z
      .array(
        z.strictObject({
          day: z.int().min(0).max(3650).meta({
            description:
              'Days after the reference date on which these cases arrive: 0 is the first day, 1 the next',
          }),
          tasks: z
            .array(slug)
            .min(1)
            .meta({ description: 'Ids of the tasks whose cases arrive on that day' }),
        }),
      )
      .optional()
      .meta({
        description:
          "The days of the story: each task's cases arrive on their day and can be worked once the calendar reaches it (tasks not listed arrive on day 0)",
      }),
    passMark: z.int().min(0).max(100).meta({ description: 'Percent of the maximum score needed to pass' }),
    debrief: z
      .string()
      .optional()
      .meta({ description: 'Notes for the trainer: what to discuss, common mistakes' }),
  })
  .meta({ title: 'TAMIS Sandbox scenario' })

export type ScenarioFile = z.infer<typeof ScenarioSchema>
export type Task = z.infer<typeof TaskSchema>
export type WorldConfig = z.infer<typeof WorldSchema>
export type Points = z.infer<typeof PointsSchema>

/** A scenario after loading: its id (the file name) and its jurisdiction resolved. */
export interface Scenario extends Omit<ScenarioFile, 'jurisdiction'> {
  id: string
  jurisdiction: Jurisdiction
}
