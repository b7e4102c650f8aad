/**
 * The one IndexedDB wrapper of the app, for each database it keeps (docs/storage.md): the
 * trainees' sessions (persist.ts), the LMS outbox (lms/lrs.ts) and the trainers' files
 * (studio/store.ts). The same conventions hold for all of them:
 * - one operation at a time, in the order asked: a write is on disk before the next one starts,
 *   and a read sees every write asked before it;
 * - every write is a transaction with strict durability, so when it resolves the browser has
 *   put it on disk, and a hard kill right after loses nothing;
 * - a write whose body throws, or any of whose requests fails, is aborted as a whole;
 * - storage that cannot be opened (private windows, no IndexedDB) rejects each operation, and
 *   the caller decides what that means (usually: nothing is remembered, and the page says so).
 * A database another tab upgrades is closed here and reopened on the next operation.
 * Every failure it reports is a StorageProblem in the page's language, as the page shows it to
 * the trainee: the browser's own text (English whatever the page's language, e.g. "The quota has
 * been exceeded.") never reaches the page; it goes to the console for whoever investigates.
 */
import type { Msg } from '../engine/lite'
import { m } from './i18n.svelte'

/** A storage failure told in the page's language (see `storageProblem`); `id` is its message id. */
export class StorageProblem extends Error {
  override name = 'StorageProblem'
  /** The same as a message, as the crash screen shows a known failure (failure.ts). */
  readonly text: Msg
  constructor(readonly id: string) {
    super(m(id))
    this.text = { id }
  }
}

/** What went wrong, by the browser's DOMException name; anything else is the operation's own failure. */
const REASONS: Readonly<Record<string, string>> = {
  QuotaExceededError: 'app.storage.full',
  VersionError: 'app.storage.newerVersion',
  SecurityError: 'app.storage.refused',
  InvalidStateError: 'app.storage.refused',
}

/**
 * Any failure of an operation on storage as a StorageProblem: `fallback` names what failed
 * (reading, saving, opening) when the browser's error says nothing more useful.
 */
export function storageProblem(error: unknown, fallback: string): StorageProblem {
  if (error instanceof StorageProblem) return error
  if (error !== null && error !== undefined) console.warn('Storage:', error)
  const name = error instanceof DOMException ? error.name : ''
  return new StorageProblem(REASONS[name] ?? fallback)
}

export interface DatabaseSpec {
  name: string
  version: number
  /** Creates or updates the stores, inside the upgrade's transaction. */
  upgrade: (db: IDBDatabase, transaction: IDBTransaction) => void
  /** Runs once the database was opened after being created by this call (not merely opened). */
  created?: () => void
}

export type Stores = string | string[]

/** A request's result as a promise. */
export function result<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T)
    request.onerror = () => reject(storageProblem(request.error, 'app.storage.unreadable'))
  })
}

/** Resolves when the transaction committed; rejects when it was aborted. */
function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onabort = () => reject(storageProblem(transaction.error, 'app.storage.notSaved'))
  })
}

export class Database {
  readonly spec: DatabaseSpec
  #opened: Promise<IDBDatabase> | undefined
  #queue: Promise<unknown> = Promise.resolve()

  constructor(spec: DatabaseSpec) {
    this.spec = spec
  }

  #open(): Promise<IDBDatabase> {
    this.#opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const idb = globalThis.indexedDB
      if (!idb) throw new StorageProblem('app.storage.none')
      const request = idb.open(this.spec.name, this.spec.version)
      let created = false
      request.onupgradeneeded = (event) => {
        created = event.oldVersion === 0
        this.spec.upgrade(request.result, request.transaction!)
      }
      request.onsuccess = () => {
        const db = request.result
        // Another tab upgrading the database (a newer version of the app) must not wait on us.
        db.onversionchange = () => {
          db.close()
          this.#opened = undefined
        }
        if (created) this.spec.created?.()
        resolve(db)
      }
      request.onerror = () => reject(storageProblem(request.error, 'app.storage.refused'))
      request.onblocked = () => reject(new StorageProblem('app.storage.olderTab'))
    }).catch((error: unknown) => {
      this.#opened = undefined
      throw storageProblem(error, 'app.storage.refused')
    })
    return this.#opened
  }

  /** Runs an operation after every one asked before it has finished, failed or not. */
  serial<T>(operation: (db: IDBDatabase) => Promise<T>): Promise<T> {
    const run = () => this.#open().then(operation)
    const next = this.#queue.then(run, run)
    this.#queue = next.catch(() => undefined)
    return next
  }

  /** Reads in one transaction. */
  read<T>(stores: Stores, body: (transaction: IDBTransaction) => Promise<T>): Promise<T> {
    return this.serial((db) => body(db.transaction(stores, 'readonly'))).catch((error: unknown) => {
      throw storageProblem(error, 'app.storage.unreadable')
    })
  }

  /**
   * Writes in one transaction with strict durability; resolves with the body's value once the
   * transaction is on disk. The body may await requests of the transaction, nothing else
   * (a transaction commits as soon as it has no request pending).
   */
  write<T>(stores: Stores, body: (transaction: IDBTransaction) => T | Promise<T>): Promise<T> {
    return this.serial(async (db) => {
      const transaction = db.transaction(stores, 'readwrite', { durability: 'strict' })
      const finished = committed(transaction)
      let value: T
      try {
        value = await body(transaction)
      } catch (error) {
        try {
          transaction.abort()
        } catch {
          // Already finished or aborted: `finished` reports it.
        }
        await finished.catch(() => undefined)
        throw error
      }
      await finished
      return value
    }).catch((error: unknown) => {
      throw storageProblem(error, 'app.storage.notSaved')
    })
  }
}
