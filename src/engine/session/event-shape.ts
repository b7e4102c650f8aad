/**
 * The shape of a session event, checked before the session acts on it. Events come from saved
 * logs, pasted files and the hub, so any of them may be malformed: a missing field, a number
 * where text belongs, NaN, a cycle. Each is refused with a sentence instead of reaching the
 * process code, which trusts the types. The sentence is a message (`session.shape.*`): a
 * trainer who imports a tampered file reads it in their language.
 */
import { msg, type Msg } from '../primitives/message'
import type { SessionEvent } from './types'

type EventType = SessionEvent['type']

/** How far the simulated calendar may move from the world's reference date, in days (50 years). */
export const MAX_CALENDAR_SPAN_DAYS = 50 * 365

/** Longest id, panel name, search term or note the session accepts. */
const MAX_TEXT = 10_000
/** How deeply a command's fields may nest (forms hold lists of lines at most). */
const MAX_DEPTH = 6

/** The fields a trainee's file names as text; each is said in words (`session.shape.field.*`). */
type TextField = 'caseId' | 'panel' | 'text' | 'taskId'

const TEXT_FIELDS: Readonly<Record<EventType, readonly TextField[]>> = {
  'case.open': ['caseId'],
  'evidence.view': ['caseId', 'panel'],
  'register.search': ['caseId'],
  'case.command': ['caseId'],
  'case.note': ['caseId', 'text'],
  'clock.advance': [],
  'hint.reveal': ['taskId'],
  'session.finish': [],
  'case.takeBack': ['caseId'],
  'clock.takeBack': [],
}

/**
 * Each event type's name in the reader's words (`session.event.*`), for sentences about a step.
 * Typed by every event type, so a new one does not compile without its name.
 */
export const EVENT_NAMES: Readonly<Record<EventType, string>> = {
  'case.open': 'caseOpen',
  'evidence.view': 'evidenceView',
  'register.search': 'registerSearch',
  'case.command': 'caseCommand',
  'case.note': 'caseNote',
  'clock.advance': 'clockAdvance',
  'hint.reveal': 'hintReveal',
  'session.finish': 'sessionFinish',
  'case.takeBack': 'caseTakeBack',
  'clock.takeBack': 'clockTakeBack',
}

/** An event named for a reader, never by its code (`case.command`); an unknown type is "a step". */
export function eventName(type: unknown): Msg {
  const key = isEventType(type) ? EVENT_NAMES[type] : 'unknown'
  return msg(`session.event.${key}`)
}

const isEventType = (type: unknown): type is EventType =>
  typeof type === 'string' && Object.hasOwn(EVENT_NAMES, type)

/** A step's text field named as the trainee knows it ("the case's reference"), never its key. */
const fieldName = (field: TextField): Msg => msg(`session.shape.field.${field}`)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Why a value cannot be stored in a log and replayed identically (JSON has no NaN, no cycles). */
function plainDataProblem(value: unknown, depth: number, seen: Set<unknown>): Msg | undefined {
  if (value === null || typeof value === 'boolean') return undefined
  if (typeof value === 'string') return value.length > MAX_TEXT ? msg('session.shape.textTooLong') : undefined
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : msg('session.shape.notFinite')
  if (typeof value !== 'object') return msg('session.shape.oddValue', { kind: typeof value })
  if (depth > MAX_DEPTH) return msg('session.shape.tooDeep')
  if (seen.has(value)) return msg('session.shape.cycle')
  seen.add(value)
  const items = Array.isArray(value) ? value : Object.values(value)
  if (items.length > MAX_TEXT) return msg('session.shape.listTooLong')
  for (const item of items) {
    const problem = plainDataProblem(item, depth + 1, seen)
    if (problem) return problem
  }
  seen.delete(value)
  return undefined
}

/** Why `event` is not a well-formed session event, or undefined when it is. */
export function eventShapeProblem(event: unknown): Msg | undefined {
  if (!isRecord(event)) return msg('session.shape.notAnEvent')
  const type = event.type
  if (!isEventType(type))
    return msg('session.shape.unknownType', { type: JSON.stringify(String(type)).slice(0, 80) })
  const name = eventName(type)
  for (const field of TEXT_FIELDS[type]) {
    const value = event[field]
    if (typeof value !== 'string')
      return msg('session.shape.needsText', { type: name, field: fieldName(field) })
    if (value.length > MAX_TEXT)
      return msg('session.shape.fieldTooLong', { type: name, field: fieldName(field) })
  }
  if (type === 'hint.reveal' && event.caseId !== undefined && typeof event.caseId !== 'string')
    return msg('session.shape.needsText', { type: name, field: fieldName('caseId') })
  if (type === 'clock.advance' && (typeof event.days !== 'number' || !Number.isFinite(event.days)))
    return msg('session.shape.needsDays')
  if (type === 'register.search') return queryProblem(event.query)
  if (type === 'case.command') return commandProblem(event.command)
  return undefined
}

function queryProblem(query: unknown): Msg | undefined {
  if (!isRecord(query)) return msg('session.shape.needsQuery')
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && (typeof value !== 'string' || value.length > MAX_TEXT))
      return msg('session.shape.searchField', { field: key.slice(0, 40) })
  return undefined
}

function commandProblem(command: unknown): Msg | undefined {
  if (!isRecord(command) || typeof command.type !== 'string') return msg('session.shape.needsCommand')
  const problem = plainDataProblem(command, 0, new Set())
  return problem ? msg('session.shape.commandNotRecorded', { problem }) : undefined
}
