/**
 * Reading a saved session or decision log from untrusted text (a file, the browser's storage).
 * Bad input gets a message that says what is wrong; it never throws.
 */
import '../zod-jitless'
import { z } from 'zod'
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
  z.strictObject({ type: z.literal('hint.reveal'), taskId: z.string() }),
  z.strictObject({ type: z.literal('session.finish') }),
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
  | { ok: false; message: string }

/** Accepts a saved session (`tamis-session/1`) or a bare array of events. */
export function parseSavedLog(text: string): ParsedLog {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      message: `not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    }
  }
  if (Array.isArray(data)) {
    const events = z.array(SessionEventSchema).safeParse(data)
    return events.success
      ? { ok: true, log: events.data as SessionEvent[] }
      : { ok: false, message: describe(events.error) }
  }
  if (data && typeof data === 'object' && 'format' in data && data.format !== SESSION_FORMAT)
    return {
      ok: false,
      message: `format "${String(data.format)}" is not supported; expected "${SESSION_FORMAT}".`,
    }
  const saved = SavedSessionSchema.safeParse(data)
  if (!saved.success) return { ok: false, message: describe(saved.error) }
  return {
    ok: true,
    log: saved.data.log as SessionEvent[],
    seed: saved.data.seed,
    mode: saved.data.mode,
    scenarioId: saved.data.scenarioId,
    scenarioDigest: saved.data.scenarioDigest,
  }
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
