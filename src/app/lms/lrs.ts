/**
 * Sending xAPI statements to a learning record store (docs/lms.md §xAPI), through an outbox kept
 * in IndexedDB: a statement is on disk before any attempt to send it, survives a closed tab or a
 * dead network, and leaves the outbox only when the LRS has acknowledged it. Statement ids are
 * deterministic, so a batch resent because its answer was lost is the same statements again: the
 * LRS keeps one of each. The database is this module's own ("tamis-lms"), apart from the
 * sessions database (persist.ts), through the same wrapper (idb.ts): strict durability, one
 * operation at a time, and storage that cannot be opened only means nothing is remembered.
 */
import type { XapiStatement } from '../../engine/index'
import { Database, result } from '../idb'

export const XAPI_VERSION = '1.0.3'

export interface LrsConfig {
  /** The LRS's xAPI endpoint, e.g. https://lrs.example.org/xapi/ (statements are under it). */
  endpoint: string
  /** The Authorization header value: "Basic …" from a key and secret, or a cmi5 launch's token. */
  auth: string
}

export type FlushOutcome =
  | { ok: true; sent: number; pending: number }
  | { ok: false; pending: number; retryable: boolean; message: string }

const DB_NAME = 'tamis-lms'
const DB_VERSION = 1
const BATCH = 50

interface Queued {
  seq?: number
  id: string
  statement: XapiStatement
}

const db = new Database({
  name: DB_NAME,
  version: DB_VERSION,
  upgrade(database) {
    const outbox = database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true })
    outbox.createIndex('id', 'id', { unique: true })
    database.createObjectStore('sent')
    database.createObjectStore('meta')
  },
})

/**
 * Puts statements in the outbox, stamped with `now` the first time they are seen; ones already
 * queued or sent are left alone, so deriving a session's statements again adds only new ones.
 * Resolves with how many were added.
 */
export function enqueue(statements: readonly XapiStatement[], now: string): Promise<number> {
  return db.write(['outbox', 'sent'], async (transaction) => {
    const outbox = transaction.objectStore('outbox')
    const sent = transaction.objectStore('sent')
    let added = 0
    for (const statement of statements) {
      const [queued, gone] = await Promise.all([
        result<IDBValidKey | undefined>(outbox.index('id').getKey(statement.id)),
        result<IDBValidKey | undefined>(sent.getKey(statement.id)),
      ])
      if (queued !== undefined || gone !== undefined) continue
      outbox.add({
        id: statement.id,
        statement: { ...statement, timestamp: statement.timestamp ?? now },
      } satisfies Queued)
      added++
    }
    return added
  })
}

/** How many statements wait to be sent. */
export function pendingCount(): Promise<number> {
  return db
    .read('outbox', (transaction) => result<number>(transaction.objectStore('outbox').count()))
    .catch(() => 0)
}

async function oldest(limit: number): Promise<Queued[]> {
  return db.read('outbox', (transaction) =>
    result<Queued[]>(transaction.objectStore('outbox').getAll(null, limit)),
  )
}

async function acknowledge(batch: readonly Queued[]): Promise<void> {
  await db.write(['outbox', 'sent'], (transaction) => {
    for (const queued of batch) {
      transaction.objectStore('outbox').delete(queued.seq!)
      transaction.objectStore('sent').put(true, queued.id)
    }
  })
}

/** The statements resource under an endpoint, whether or not the endpoint ends with a slash. */
export function statementsUrl(endpoint: string): string {
  return new URL('statements', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).href
}

/**
 * Sends the outbox, oldest first, in batches. Stops at the first failure: a network error or a
 * 5xx or 429 answer is worth retrying later; any other refusal (bad credentials, a statement the
 * LRS rejects) is not, and is reported in words a trainer can pass to the LMS administrator.
 */
export async function flush(
  config: LrsConfig,
  fetcher: typeof fetch = globalThis.fetch,
): Promise<FlushOutcome> {
  let sent = 0
  for (;;) {
    const batch = await oldest(BATCH)
    if (!batch.length) return { ok: true, sent, pending: 0 }
    let response: Response
    try {
      response = await fetcher(statementsUrl(config.endpoint), {
        method: 'POST',
        headers: {
          Authorization: config.auth,
          'Content-Type': 'application/json',
          'X-Experience-API-Version': XAPI_VERSION,
        },
        body: JSON.stringify(batch.map((q) => q.statement)),
      })
    } catch {
      return {
        ok: false,
        pending: await pendingCount(),
        retryable: true,
        message: 'The learning record store cannot be reached.',
      }
    }
    // 409: the LRS already holds statements with these ids; with deterministic ids and stamps
    // fixed in the outbox they can only be ours, from an attempt whose answer was lost.
    if (response.ok || response.status === 409) {
      await acknowledge(batch)
      sent += batch.length
      continue
    }
    const retryable = response.status >= 500 || response.status === 429 || response.status === 408
    const message =
      response.status === 401 || response.status === 403
        ? 'The learning record store refused the credentials.'
        : `The learning record store answered ${response.status}.`
    return { ok: false, pending: await pendingCount(), retryable, message }
  }
}

/** Waits before the next try after a failure: 2 s, 4 s, 8 s… up to 5 minutes. */
export function retryDelay(failures: number): number {
  return Math.min(300_000, 2000 * 2 ** Math.max(0, failures - 1))
}

/**
 * Keeps the outbox draining: sends now, after each failure again with a growing delay, and at
 * once when the browser says it is back online. `stop` ends it.
 */
export class Sender {
  #config: LrsConfig
  #fetcher: typeof fetch
  #failures = 0
  #timer: ReturnType<typeof setTimeout> | undefined
  #running: Promise<FlushOutcome> | undefined
  #again = false
  #stopped = false
  last: FlushOutcome | undefined
  onOutcome: ((outcome: FlushOutcome) => void) | undefined

  constructor(config: LrsConfig, fetcher: typeof fetch = globalThis.fetch.bind(globalThis)) {
    this.#config = config
    this.#fetcher = fetcher
    globalThis.addEventListener?.('online', this.#online)
  }

  #online = () => void this.send()

  /** Sends what is queued; a call during a send runs once more after it. */
  send(): Promise<FlushOutcome> {
    if (this.#running) {
      this.#again = true
      return this.#running
    }
    clearTimeout(this.#timer)
    this.#running = flush(this.#config, this.#fetcher)
      .catch((error: unknown): FlushOutcome => ({
        ok: false,
        pending: 0,
        retryable: true,
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((outcome) => {
        this.#running = undefined
        this.last = outcome
        this.onOutcome?.(outcome)
        if (this.#stopped) return outcome
        if (outcome.ok) this.#failures = 0
        else if (outcome.retryable)
          this.#timer = setTimeout(() => void this.send(), retryDelay(++this.#failures))
        if (this.#again) {
          this.#again = false
          void this.send()
        }
        return outcome
      })
    return this.#running
  }

  stop(): void {
    this.#stopped = true
    clearTimeout(this.#timer)
    globalThis.removeEventListener?.('online', this.#online)
  }
}

/** Forgets the outbox and what was sent (for tests and for "reset everything"). */
export function clearLms(): Promise<void> {
  return db.write(['outbox', 'sent', 'meta'], (transaction) => {
    for (const name of ['outbox', 'sent', 'meta']) transaction.objectStore(name).clear()
  })
}

/** A small value kept with the outbox (the LRS settings, a cmi5 launch). */
export function readMeta<T>(key: string): Promise<T | undefined> {
  return db
    .read('meta', (transaction) => result<T | undefined>(transaction.objectStore('meta').get(key)))
    .catch(() => undefined)
}

export function writeMeta(key: string, value: unknown): Promise<void> {
  return db.write('meta', (transaction) => {
    transaction.objectStore('meta').put(value, key)
  })
}
