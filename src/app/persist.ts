/**
 * What this browser remembers, in one IndexedDB database (see docs/storage.md):
 * - sessions: the running session of each scenario in the engine's saved form (scenario id,
 *   digest, seed, mode, event log), rewritten after every event; the state is a replay of it;
 * - previous: the last saved session that was replaced (an older version, a damaged or
 *   abandoned one), kept so the trainee can still download it;
 * - attempts: every finished session, as saved. Results are never stored: the catalogue scores
 *   these logs with the engine, so a number typed into storage cannot pass anyone.
 * Every write is a transaction with strict durability, one at a time in the order asked (idb.ts):
 * when it resolves, the browser has put it on disk, and only then does the trainee see what the
 * event did (see session.svelte.ts).
 * Storage can be unavailable or full (private windows, quotas): the player still works, it
 * just does not remember, and says so. This module never parses with the engine, so the first
 * page stays small; reading a saved session properly is checkSaved's job, in the engine worker.
 * localStorage keeps only small things that may be lost: the name on the certificate and the
 * marker of a step being saved (see Pending).
 * What only an exercise reads and writes (its running session, the kept copy, the step being
 * saved, the name on the certificate) is in session-store.ts, which loads with the exercise:
 * this module is on the first page, for the catalogue's progress and its resets.
 */
import type { Mode, SavedSession } from '../engine/index'
import { Database, result } from './idb'

const DB_NAME = 'tamis-sandbox'
const DB_VERSION = 1
const STORES = ['sessions', 'previous', 'attempts', 'meta'] as const

/** Keys the app used in localStorage before IndexedDB; moved once, then removed. */
const PREFIX = 'tamis-sandbox/'
const legacy = {
  session: `${PREFIX}session/`,
  previous: `${PREFIX}previous/`,
  results: `${PREFIX}results/`,
}
export const key = {
  name: `${PREFIX}certificate-name`,
  pending: (id: string) => `${PREFIX}pending/${id}`,
}

/** A running session: `uid` tells this run of the scenario from the next one. */
export interface StoredSession {
  scenarioId: string
  uid: string
  text: string
}

export interface StoredText {
  scenarioId: string
  text: string
}

/** A finished session, kept to score the trainee's progress from. */
export interface StoredAttempt {
  uid: string
  scenarioId: string
  text: string
  /** When it was finished (wall-clock ISO time). */
  on: string
}

function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

export function localGet(name: string): string | null {
  try {
    return localStore()?.getItem(name) ?? null
  } catch {
    return null
  }
}

export function localSet(name: string, value: string): void {
  try {
    localStore()?.setItem(name, value)
  } catch {
    // Only conveniences live here; losing them costs nothing.
  }
}

export function localRemove(name: string): void {
  try {
    localStore()?.removeItem(name)
  } catch {
    // As above.
  }
}

function localKeys(prefix: string): string[] {
  const store = localStore()
  if (!store) return []
  try {
    return Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
      (name): name is string => !!name?.startsWith(prefix),
    )
  } catch {
    return []
  }
}

/** Now, as stored with an attempt (wall-clock ISO time). */
export function stamp(): string {
  return new Date().toISOString()
}

/** A fresh id for a run of a scenario; not secret, only unique in this browser. */
export function newUid(): string {
  const bytes = new Uint8Array(12)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export const finishedLog = (text: string): boolean => {
  try {
    const data = JSON.parse(text) as Partial<SavedSession> | null
    return !!data && Array.isArray(data.log) && data.log.some((e) => e?.type === 'session.finish')
  } catch {
    return false
  }
}

/**
 * Copies what an earlier version kept in localStorage, inside the transaction that creates the
 * database: it happens exactly once, and a crash half-way leaves no database, so it runs again.
 * Stored results are not copied: they were free-standing numbers. A finished session becomes
 * an attempt, so its score is recomputed from its log.
 */
function migrate(transaction: IDBTransaction): void {
  const on = stamp()
  for (const name of localKeys(legacy.session)) {
    const scenarioId = name.slice(legacy.session.length)
    const text = localGet(name)
    if (text === null) continue
    const uid = newUid()
    transaction.objectStore('sessions').put({ scenarioId, uid, text } satisfies StoredSession, scenarioId)
    if (finishedLog(text))
      transaction.objectStore('attempts').put({ uid, scenarioId, text, on } satisfies StoredAttempt, uid)
  }
  for (const name of localKeys(legacy.previous)) {
    const scenarioId = name.slice(legacy.previous.length)
    const text = localGet(name)
    if (text === null) continue
    transaction.objectStore('previous').put({ scenarioId, text } satisfies StoredText, scenarioId)
    if (finishedLog(text)) {
      const uid = newUid()
      transaction.objectStore('attempts').put({ uid, scenarioId, text, on } satisfies StoredAttempt, uid)
    }
  }
  transaction.objectStore('meta').put(on, 'migrated-from-local-storage')
}

function forgetLegacy(): void {
  for (const prefix of Object.values(legacy)) for (const name of localKeys(prefix)) localRemove(name)
}

export const db = new Database({
  name: DB_NAME,
  version: DB_VERSION,
  upgrade(database, transaction) {
    for (const name of STORES) if (!database.objectStoreNames.contains(name)) database.createObjectStore(name)
    const attempts = transaction.objectStore('attempts')
    if (!attempts.indexNames.contains('scenario')) attempts.createIndex('scenario', 'scenarioId')
    migrate(transaction)
  },
  created: forgetLegacy,
})

/**
 * A stored record as a scenario's session. A record that is not one (storage damaged or written
 * by something else) keeps what it holds as its text, so that it reads as a damaged session
 * the trainee is told about and can download, never as no session at all.
 */
export function asSession(found: unknown, scenarioId: string): StoredSession | null {
  if (found === undefined || found === null) return null
  const record = (typeof found === 'object' ? found : {}) as Partial<Record<keyof StoredSession, unknown>>
  const uid = typeof record.uid === 'string' ? record.uid : ''
  if (typeof record.text === 'string') return { scenarioId, uid, text: record.text }
  let text = ''
  try {
    // A record JSON cannot write (a cycle) stays empty: still damaged, nothing to download.
    text = JSON.stringify(found) ?? ''
  } catch {
    // As above.
  }
  return { scenarioId, uid, text }
}

/** Moves the saved session aside (kept as the previous copy unless `keepCopy` is false). */
export function clearSession(scenarioId: string, keepCopy: boolean): Promise<boolean> {
  return db
    .write(['sessions', 'previous'], async (transaction) => {
      const sessions = transaction.objectStore('sessions')
      const before = await result<StoredSession | undefined>(sessions.get(scenarioId))
      if (before && keepCopy)
        transaction
          .objectStore('previous')
          .put({ scenarioId, text: before.text } satisfies StoredText, scenarioId)
      sessions.delete(scenarioId)
      return true
    })
    .catch(() => false)
}

/** Everything the catalogue derives progress from, read in one transaction. */
export interface StoredIndex {
  sessions: Map<string, StoredSession>
  previous: Set<string>
  attempts: StoredAttempt[]
}

export function emptyIndex(): StoredIndex {
  return { sessions: new Map(), previous: new Set(), attempts: [] }
}

export function readIndex(): Promise<StoredIndex> {
  return db
    .read(['sessions', 'previous', 'attempts'], async (transaction) => {
      const [ids, sessions, previous, attempts] = await Promise.all([
        result<IDBValidKey[]>(transaction.objectStore('sessions').getAllKeys()),
        result<unknown[]>(transaction.objectStore('sessions').getAll()),
        result<IDBValidKey[]>(transaction.objectStore('previous').getAllKeys()),
        result<StoredAttempt[]>(transaction.objectStore('attempts').getAll()),
      ])
      // Both lists come in key order: each record is read as the session of its key.
      const read = ids.map((id, i) => (typeof id === 'string' ? asSession(sessions[i], id) : null))
      return {
        sessions: new Map(read.filter((s) => s !== null).map((s) => [s.scenarioId, s] as const)),
        previous: new Set(previous.map(String)),
        attempts: attempts.filter((a) => typeof a?.text === 'string' && typeof a.scenarioId === 'string'),
      }
    })
    .catch(emptyIndex)
}

/** A quick look at a saved session for the catalogue, without validating it. */
export type Peek =
  | { kind: 'none' }
  | { kind: 'damaged' }
  | { kind: 'saved'; events: number; finished: boolean; mode: Mode; digest: string; seed: number }

export function peek(scenarioId: string, raw: string | null | undefined): Peek {
  if (raw === null || raw === undefined) return { kind: 'none' }
  try {
    const data = JSON.parse(raw) as Partial<SavedSession> | null
    if (!data || !Array.isArray(data.log) || data.scenarioId !== scenarioId) return { kind: 'damaged' }
    return {
      kind: 'saved',
      events: data.log.length,
      finished: data.log.some((e) => e?.type === 'session.finish'),
      mode: data.mode === 'assessment' ? 'assessment' : 'practice',
      digest: typeof data.scenarioDigest === 'string' ? data.scenarioDigest : '',
      seed: typeof data.seed === 'number' ? data.seed : NaN,
    }
  } catch {
    return { kind: 'damaged' }
  }
}

/** Forgets everything about one scenario: the running session, the kept copy and the attempts. */
export function resetScenario(scenarioId: string): Promise<boolean> {
  localRemove(key.pending(scenarioId))
  return db
    .write(['sessions', 'previous', 'attempts'], async (transaction) => {
      transaction.objectStore('sessions').delete(scenarioId)
      transaction.objectStore('previous').delete(scenarioId)
      const attempts = transaction.objectStore('attempts')
      const uids = await result<IDBValidKey[]>(attempts.index('scenario').getAllKeys(scenarioId))
      for (const uid of uids) attempts.delete(uid)
      return true
    })
    .catch(() => false)
}

/** Forgets everything this app stored in this browser. */
export function resetAll(): Promise<boolean> {
  for (const name of localKeys(PREFIX)) localRemove(name)
  return db
    .write(['sessions', 'previous', 'attempts'], (transaction) => {
      transaction.objectStore('sessions').clear()
      transaction.objectStore('previous').clear()
      transaction.objectStore('attempts').clear()
      return true
    })
    .catch(() => false)
}
