/**
 * The shape of a session event, checked before the session acts on it. Events come from saved
 * logs, pasted files and the hub, so any of them may be malformed: a missing field, a number
 * where text belongs, NaN, a cycle. Each is refused with a sentence instead of reaching the
 * process code, which trusts the types.
 */

/** How far the simulated calendar may move from the world's reference date, in days (50 years). */
export const MAX_CALENDAR_SPAN_DAYS = 50 * 365

/** Longest id, panel name, search term or note the session accepts. */
const MAX_TEXT = 10_000
/** How deeply a command's fields may nest (forms hold lists of lines at most). */
const MAX_DEPTH = 6

const TEXT_FIELDS: Record<string, readonly string[]> = {
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Why a value cannot be stored in a log and replayed identically (JSON has no NaN, no cycles). */
function plainDataProblem(value: unknown, depth: number, seen: Set<unknown>): string | undefined {
  if (value === null || typeof value === 'boolean') return undefined
  if (typeof value === 'string') return value.length > MAX_TEXT ? 'a text is too long' : undefined
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'a number is not finite'
  if (typeof value !== 'object') return `a field holds a ${typeof value}`
  if (depth > MAX_DEPTH) return 'the fields nest too deeply'
  if (seen.has(value)) return 'the fields refer to themselves'
  seen.add(value)
  const items = Array.isArray(value) ? value : Object.values(value)
  if (items.length > MAX_TEXT) return 'a list is too long'
  for (const item of items) {
    const problem = plainDataProblem(item, depth + 1, seen)
    if (problem) return problem
  }
  seen.delete(value)
  return undefined
}

/** Why `event` is not a well-formed session event, or undefined when it is. */
export function eventShapeProblem(event: unknown): string | undefined {
  if (!isRecord(event)) return 'An event must be an object with a "type".'
  const type = event.type
  if (typeof type !== 'string' || !Object.hasOwn(TEXT_FIELDS, type))
    return `Unknown event type ${JSON.stringify(String(type)).slice(0, 80)}.`
  for (const field of TEXT_FIELDS[type]!) {
    const value = event[field]
    if (typeof value !== 'string') return `The ${type} event needs "${field}" as text.`
    if (value.length > MAX_TEXT) return `The "${field}" of the ${type} event is too long.`
  }
  if (type === 'hint.reveal' && event.caseId !== undefined && typeof event.caseId !== 'string')
    return 'The hint.reveal event\'s "caseId" must be text.'
  if (type === 'clock.advance' && (typeof event.days !== 'number' || !Number.isFinite(event.days)))
    return 'The clock.advance event needs "days" as a whole number.'
  if (type === 'register.search') {
    const query = event.query
    if (!isRecord(query)) return 'The register.search event needs a "query" object.'
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && (typeof value !== 'string' || value.length > MAX_TEXT))
        return `The search field "${key.slice(0, 40)}" must be text.`
  }
  if (type === 'case.command') {
    const command = event.command
    if (!isRecord(command) || typeof command.type !== 'string')
      return 'The case.command event needs a "command" object with a "type".'
    const problem = plainDataProblem(command, 0, new Set())
    if (problem) return `The command cannot be recorded: ${problem}.`
  }
  return undefined
}
