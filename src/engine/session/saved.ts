/**
 * Reading a saved session or decision log from untrusted text (a file, the browser's storage).
 * Bad input gets a message that says what is wrong; it never throws.
 */
import '../zod-jitless'
import { z } from 'zod'
import { msg, type Msg } from '../primitives/message'
import { MODES, SESSION_FORMAT, type Mode, type SessionEvent } from './types'

const query = z.strictObject({
  tin: z.string().optional(),
  idNumber: z.string().optional(),
  phone: z.string().optional(),
  name: z.string().optional(),
})

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])

/** A command is its type plus plain field values; the process checks the fields when replayed. */
const command = z.object({ type: z.string().min(1) }).catchall(fieldValue)

export const SessionEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('case.open'), caseId: z.string() }),
  z.strictObject({ type: z.literal('evidence.view'), caseId: z.string(), panel: z.string() }),
  z.strictObject({ type: z.literal('register.search'), caseId: z.string(), query }),
  z.strictObject({ type: z.literal('case.command'), caseId: z.string(), command }),
  z.strictObject({ type: z.literal('case.note'), caseId: z.string(), text: z.string() }),
  z.strictObject({ type: z.literal('clock.advance'), days: z.int() }),
  z.strictObject({ type: z.literal('hint.reveal'), taskId: z.string(), caseId: z.string().optional() }),
  z.strictObject({ type: z.literal('session.finish') }),
  z.strictObject({ type: z.literal('case.takeBack'), caseId: z.string() }),
  z.strictObject({ type: z.literal('clock.takeBack') }),
])

export const SavedSessionSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  scenarioId: z.string(),
  scenarioDigest: z.string(),
  seed: z.int().min(0),
  mode: z.enum(MODES).default('practice'),
  log: z.array(SessionEventSchema),
})

export type ParsedLog =
  | {
      ok: true
      log: SessionEvent[]
      seed?: number
      mode?: Mode
      scenarioId?: string
      scenarioDigest?: string
    }
  /**
   * `message` locates the problem for a trainer at the command line (field and check);
   * `plain` says it for a trainee on the page, with no field names or parser words.
   */
  | { ok: false; message: string; plain: Msg }

/** What each top-level part of a saved session is, in a trainee's words (`session.saved.part.*`). */
const PARTS: ReadonlySet<string> = new Set(['format', 'scenarioId', 'scenarioDigest', 'seed', 'mode', 'log'])

/** Accepts a saved session (`tamis-session/1`) or a bare array of events. */
export function parseSavedLog(text: string): ParsedLog {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      message: `not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
      plain: msg('session.saved.garbled'),
    }
  }
  if (Array.isArray(data)) {
    const events = z.array(SessionEventSchema).safeParse(data)
    return events.success
      ? { ok: true, log: events.data as SessionEvent[] }
      : { ok: false, message: describe(events.error), plain: inWords(events.error, true) }
  }
  if (data && typeof data === 'object' && 'format' in data && data.format !== SESSION_FORMAT)
    return {
      ok: false,
      message: `format "${String(data.format)}" is not supported; expected "${SESSION_FORMAT}".`,
      plain: msg('session.saved.otherFormat'),
    }
  const saved = SavedSessionSchema.safeParse(data)
  if (!saved.success) return { ok: false, message: describe(saved.error), plain: inWords(saved.error, false) }
  return {
    ok: true,
    log: saved.data.log as SessionEvent[],
    seed: saved.data.seed,
    mode: saved.data.mode,
    scenarioId: saved.data.scenarioId,
    scenarioDigest: saved.data.scenarioDigest,
  }
}

/**
 * Where a file's first problem lies, as a reader can be told it: a step of its log (1-based), a
 * top-level part (its key, for the caller to name in words), or nowhere nameable. Shared by the
 * saved session and the results file, which say it with their own messages. `logAt` is the path
 * of the list of steps (`['log']`, or `[]` for a bare array of events).
 */
export type Place = { step: number } | { part: string } | undefined

export function placeOf(error: z.ZodError, logAt: readonly string[]): Place {
  const path = error.issues[0]?.path ?? []
  const inLog = logAt.every((key, i) => path[i] === key)
  const step = inLog ? path[logAt.length] : undefined
  if (typeof step === 'number') return { step: step + 1 }
  return typeof path[0] === 'string' ? { part: path[0] } : undefined
}

/** The first problem in a trainee's words: which part is missing or unreadable, never a field name. */
function inWords(error: z.ZodError, bare: boolean): Msg {
  const place = placeOf(error, bare ? [] : ['log'])
  if (place && 'step' in place) return msg('session.saved.badStep', { step: place.step })
  return place && PARTS.has(place.part)
    ? msg('session.saved.badPart', { part: msg(`session.saved.part.${place.part}`) })
    : msg('session.saved.notASession')
}

function describe(error: z.ZodError): string {
  const first = error.issues[0]
  if (!first) return 'not a saved session.'
  const where = first.path.length ? first.path.join('.') : 'the top level'
  const more =
    error.issues.length > 1
      ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})`
      : ''
  return `not a saved session: at ${where}: ${first.message}${more}.`
}
