/**
 * Storage failures as the trainee reads them (idb.ts, persist.ts): whatever the browser throws
 * (its text is English whatever the page's language), the page gets a StorageProblem saying
 * what went wrong in the page's language; a stored record that is not a session reads as a
 * damaged session, never as nothing saved. Browser tests provoke the same through the real app
 * (tests/e2e/errors-in-language.spec.ts).
 */
import 'fake-indexeddb/auto'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { m, page } from '../../src/app/i18n.svelte'
import { Database, StorageProblem, storageProblem } from '../../src/app/idb'
import { asSession, peek, readIndex } from '../../src/app/persist'
import { readSession, writeSession } from '../../src/app/session-store'

let databases = 0
const fresh = () =>
  new Database({
    name: `storage-errors-${++databases}`,
    version: 1,
    upgrade: (db) => void db.createObjectStore('things'),
  })

/** The rejection of `promise`, which must reject. */
async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('it should have failed'),
    (error: unknown) => error,
  )
}

beforeAll(async () => {
  // The browser's own messages must not reach a French page; console.warn keeps them for a developer.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  await page.use('fr')
})
afterAll(async () => {
  vi.restoreAllMocks()
  await page.use('en')
})
afterEach(() => vi.unstubAllGlobals())

describe('a storage failure is a sentence in the page’s language', () => {
  it('names a full disk, whatever the browser said', async () => {
    const db = fresh()
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const error = await refusal(db.write('things', (t) => t.objectStore('things').put(1, 'a')))
    put.mockRestore()
    expect(error).toBeInstanceOf(StorageProblem)
    expect((error as Error).message).toBe(m('app.storage.full'))
    expect((error as Error).message).toMatch(/plein/)
    // The failed write left nothing behind, and the next one goes through.
    await db.write('things', (t) => void t.objectStore('things').put(2, 'b'))
    expect(await db.read('things', () => Promise.resolve('read'))).toBe('read')
  })

  it('says "not saved" when a transaction is aborted without a reason', async () => {
    const db = fresh()
    const error = await refusal(
      db.write('things', (t) => {
        t.objectStore('things').put(1, 'a')
        t.abort()
      }),
    )
    expect((error as Error).message).toBe(m('app.storage.notSaved'))
  })

  it('says there is no storage when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const error = await refusal(fresh().read('things', () => Promise.resolve(0)))
    expect(error).toBeInstanceOf(StorageProblem)
    expect((error as Error).message).toBe(m('app.storage.none'))
  })

  it('says storage was refused when opening throws, and tries again on the next operation', async () => {
    const open = vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError')
    })
    const db = fresh()
    const error = await refusal(db.read('things', () => Promise.resolve(0)))
    expect((error as Error).message).toBe(m('app.storage.refused'))
    expect((error as Error).message).not.toMatch(/denied/)
    open.mockRestore()
    expect(await db.read('things', () => Promise.resolve('opened'))).toBe('opened')
  })

  it('keeps a problem already said, and says any other error as the operation’s failure', () => {
    const said = new StorageProblem('app.storage.olderTab')
    expect(storageProblem(said, 'app.storage.notSaved')).toBe(said)
    expect(storageProblem(new TypeError('x is undefined'), 'app.storage.unreadable').message).toBe(
      m('app.storage.unreadable'),
    )
    expect(storageProblem(null, 'app.storage.notSaved').message).toBe(m('app.storage.notSaved'))
  })

  it('reaches the workspace through writeSession as the reason it did not save', async () => {
    await readSession('x')
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const outcome = await writeSession({ scenarioId: 'x', uid: 'u', text: '{}' }, null)
    put.mockRestore()
    expect(outcome).toEqual({ ok: false, message: m('app.storage.full'), reason: 'app.storage.full' })
  })
})

describe('a stored record that is not a session', () => {
  it('reads as a damaged session holding what the record held', () => {
    expect(asSession(undefined, 'desk')).toBeNull()
    expect(asSession({ scenarioId: 'desk', uid: 'u1', text: '{"log":[]}' }, 'desk')).toEqual({
      scenarioId: 'desk',
      uid: 'u1',
      text: '{"log":[]}',
    })
    const damaged = asSession(42, 'desk')!
    expect(damaged).toEqual({ scenarioId: 'desk', uid: '', text: '42' })
    expect(peek('desk', damaged.text)).toEqual({ kind: 'damaged' })
    expect(asSession({ text: 5 }, 'desk')!.text).toBe('{"text":5}')
    const loop: Record<string, unknown> = {}
    loop.self = loop
    expect(asSession(loop, 'desk')!.text).toBe('')
    expect(peek('desk', '')).toEqual({ kind: 'damaged' })
  })

  it('is listed and read as damaged, not as nothing saved', async () => {
    await writeSession({ scenarioId: 'good', uid: 'u', text: '{"log":[]}' }, null)
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tamis-sandbox')
      open.onsuccess = () => {
        const tx = open.result.transaction('sessions', 'readwrite')
        tx.objectStore('sessions').put(42, 'broken')
        tx.oncomplete = () => {
          open.result.close()
          resolve()
        }
        tx.onabort = () => reject(tx.error)
      }
    })
    expect(await readSession('broken')).toEqual({ scenarioId: 'broken', uid: '', text: '42' })
    const index = await readIndex()
    expect([...index.sessions.keys()].sort()).toEqual(['broken', 'good'])
    expect(peek('broken', index.sessions.get('broken')!.text)).toEqual({ kind: 'damaged' })
  })
})
