/**
 * What an exercise reads and writes in this browser's storage (persist.ts holds the database and
 * what the catalogue reads): the running session, written after every event, the kept copy of a
 * replaced one, the step being saved and the name on the certificate. It loads with the exercise
 * (pages/exercise.ts), not with the first page.
 */
import type { SessionEvent } from '../engine/index'
import { m } from './i18n.svelte'
import { storageProblem, result } from './idb'
import {
  asSession,
  db,
  finishedLog,
  key,
  localGet,
  localRemove,
  localSet,
  stamp,
  type StoredAttempt,
  type StoredSession,
  type StoredText,
} from './persist'

/** The saved session of a scenario, or null when there is none or storage cannot be read. */
export function readSession(scenarioId: string): Promise<StoredSession | null> {
  return db
    .read('sessions', async (transaction) =>
      asSession(await result<unknown>(transaction.objectStore('sessions').get(scenarioId)), scenarioId),
    )
    .catch(() => null)
}

export type WriteOutcome =
  | { ok: true; /** What was stored before was not what this tab wrote last. */ elsewhere: boolean }
  /** `reason` is the message id of `message`, in the page's language (idb.ts's StorageProblem). */
  | { ok: false; message: string; reason: string }

/**
 * Saves the session after an event. `expected` is the text this tab wrote last (or read when it
 * opened the session): if storage holds something else, another tab changed it. A finished
 * session is also kept as an attempt, in the same transaction.
 */
export function writeSession(stored: StoredSession, expected: string | null): Promise<WriteOutcome> {
  return db
    .write(['sessions', 'attempts'], async (transaction): Promise<WriteOutcome> => {
      const sessions = transaction.objectStore('sessions')
      const before = await result<StoredSession | undefined>(sessions.get(stored.scenarioId))
      sessions.put(stored, stored.scenarioId)
      if (finishedLog(stored.text)) {
        const attempt: StoredAttempt = { ...stored, on: stamp() }
        transaction.objectStore('attempts').put(attempt, stored.uid)
      }
      return { ok: true, elsewhere: expected !== null && before?.text !== expected }
    })
    .catch((error: unknown) => {
      const problem = storageProblem(error, 'app.storage.notSaved')
      return { ok: false, message: problem.message, reason: problem.id }
    })
}

/** Keeps a copy of a saved session that is about to be replaced. */
export function keepPrevious(scenarioId: string, text: string): Promise<boolean> {
  return db
    .write('previous', (transaction) => {
      transaction.objectStore('previous').put({ scenarioId, text } satisfies StoredText, scenarioId)
      return true
    })
    .catch(() => false)
}

export function readPrevious(scenarioId: string): Promise<string | null> {
  return db
    .read('previous', async (transaction) => {
      const found = await result<StoredText | undefined>(transaction.objectStore('previous').get(scenarioId))
      return typeof found?.text === 'string' ? found.text : null
    })
    .catch(() => null)
}

/**
 * The step being saved, noted before its transaction starts and removed once it committed. If
 * the browser dies in between, the next visit finds a note for more steps than were saved and
 * says so. localStorage may itself lose the note; then nothing was shown that was not saved.
 */
export interface Pending {
  /** How many events the log has with this step. */
  events: number
  /** The step in words, for the trainee. */
  what: string
}

export function notePending(scenarioId: string, pending: Pending): void {
  localSet(key.pending(scenarioId), JSON.stringify(pending))
}

export function clearPending(scenarioId: string): void {
  localRemove(key.pending(scenarioId))
}

export function readPending(scenarioId: string): Pending | undefined {
  const raw = localGet(key.pending(scenarioId))
  if (!raw) return undefined
  try {
    const data = JSON.parse(raw) as Partial<Pending> | null
    if (typeof data?.events !== 'number' || typeof data.what !== 'string') return undefined
    return { events: data.events, what: data.what }
  } catch {
    return undefined
  }
}

export function readName(): string {
  return localGet(key.name) ?? ''
}

export function writeName(name: string): void {
  if (name.trim()) localSet(key.name, name)
  else localRemove(key.name)
}

/** A step in words, for the message after a crash (in the page's language at the time). */
export function inWords(event: SessionEvent): string {
  const caseId = ('caseId' in event ? event.caseId : undefined) ?? ''
  switch (event.type) {
    case 'case.command':
    case 'case.note':
    case 'register.search':
    case 'case.takeBack':
      return m(`app.step.${event.type}`, { caseId })
    case 'clock.advance':
      return m('app.step.clock.advance', { days: event.days })
    case 'hint.reveal':
    case 'session.finish':
    case 'clock.takeBack':
      return m(`app.step.${event.type}`)
    default:
      return m('app.step.other', { caseId })
  }
}
