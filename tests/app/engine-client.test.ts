/**
 * The page's side of the engine worker when the worker fails (worker/client.ts): a worker that
 * never answered "could not start"; one that had answered "stopped", and the app is told so it
 * can reopen the exercise; the next request starts a fresh worker; an error the worker did not
 * put into words reaches the page as a sentence in its language, never the engine's English.
 * A worker that ends without an error event is noticed through its lock, or, where the browser
 * has no Web Locks, because it does not answer when asked whether it is there.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { m } from '../../src/app/i18n.svelte'
import { EngineClient, QUIET_MS } from '../../src/app/worker/client'
import type { WorkerRequest, WorkerResponse } from '../../src/app/worker/messages'
import { msg } from '../../src/engine/lite'

/** A stand-in for the engine worker: the test answers its requests and makes it fail. */
class FakeWorker {
  static made: FakeWorker[] = []
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  requests: WorkerRequest[] = []
  terminated = false
  constructor() {
    FakeWorker.made.push(this)
  }
  postMessage(request: WorkerRequest): void {
    this.requests.push(request)
  }
  terminate(): void {
    this.terminated = true
  }
  answer(response: WorkerResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>)
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent)
  }
  /** The id of the last request, to answer it. */
  get last(): number {
    return this.requests.at(-1)!.id
  }
}

/** A client whose first worker has answered one request, with the app's "stopped" callback watched. */
async function answeredOnce() {
  const client = new EngineClient()
  const stopped = vi.fn()
  client.onStopped = stopped
  const first = client.checkSaved('{}', {} as never)
  const worker = FakeWorker.made[0]!
  worker.answer({ id: worker.last, type: 'checked', check: { kind: 'damaged', message: '' } })
  await first
  return { client, stopped, worker }
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('it should have failed'),
    (error: unknown) => (error as Error).message,
  )

beforeEach(() => {
  FakeWorker.made = []
  vi.stubGlobal('Worker', FakeWorker)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('the engine client when the worker fails', () => {
  it('says the engine could not start when the worker fails before any answer, and tries a new one next time', async () => {
    const client = new EngineClient()
    const stopped = vi.fn()
    client.onStopped = stopped
    const asked = client.checkSaved('{}', {} as never)
    FakeWorker.made[0]!.fail('Uncaught SyntaxError: Unexpected token <')
    expect(await rejection(asked)).toBe(m('app.engine.cannotStart'))
    expect(FakeWorker.made[0]!.terminated).toBe(true)
    expect(stopped).not.toHaveBeenCalled()
    void client.checkSaved('{}', {} as never).catch(() => undefined)
    expect(FakeWorker.made).toHaveLength(2)
  })

  it('says the engine stopped when a worker that had answered fails, and tells the app', async () => {
    const { client, stopped, worker } = await answeredOnce()
    const second = client.checkSaved('{}', {} as never)
    const third = client.checkSaved('{}', {} as never)
    worker.fail('Uncaught Error: Simulated crash')
    expect(await rejection(second)).toBe(m('app.engine.stopped'))
    expect(await rejection(third)).toBe(m('app.engine.stopped'))
    expect(stopped).toHaveBeenCalledTimes(1)
    // A fresh worker answers the next request.
    const fourth = client.checkSaved('{}', {} as never)
    const fresh = FakeWorker.made[1]!
    fresh.answer({ id: fresh.last, type: 'checked', check: { kind: 'damaged', message: '' } })
    expect(await fourth).toEqual({ kind: 'damaged', message: '' })
  })

  it('shows an engine error of its own as a sentence, and a refusal in the worker’s words', async () => {
    const client = new EngineClient()
    const bug = client.checkSaved('{}', {} as never)
    const worker = FakeWorker.made[0]!
    worker.answer({
      id: worker.last,
      type: 'error',
      message: "Cannot read properties of undefined (reading 'log')",
    })
    expect(await rejection(bug)).toBe(m('app.engine.failed'))
    expect(console.warn).toHaveBeenCalledWith('Engine worker:', expect.stringContaining('Cannot read'))

    const refused = client.checkSaved('{}', {} as never)
    worker.answer({
      id: worker.last,
      type: 'error',
      message: 'app.engine.notOpen',
      text: msg('app.engine.notOpen'),
    })
    expect(await rejection(refused)).toBe(m('app.engine.notOpen'))
  })
})

/** A stand-in for the browser's lock manager: the test ends the worker that holds a lock. */
class FakeLocks {
  waiting = new Map<string, () => unknown>()
  request(name: string, granted: () => unknown): Promise<unknown> {
    this.waiting.set(name, granted)
    return Promise.resolve()
  }
  /** The worker holding `name` ended: the lock goes to whoever waits for it. */
  release(name: string): void {
    this.waiting.get(name)?.()
    this.waiting.delete(name)
  }
}

describe('the engine client when the worker ends without a word', () => {
  it('notices through its lock that the worker ended, fails what waits and tells the app', async () => {
    const locks = new FakeLocks()
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
    try {
      const client = new EngineClient()
      const stopped = vi.fn()
      client.onStopped = stopped
      const first = client.checkSaved('{}', {} as never)
      const worker = FakeWorker.made[0]!
      worker.answer({ id: 0, type: 'alive' })
      const [name] = [...locks.waiting.keys()]
      expect(name).toMatch(/^tamis-engine-\w+$/)
      worker.answer({ id: worker.last, type: 'checked', check: { kind: 'damaged', message: '' } })
      await first
      const waiting = client.checkSaved('{}', {} as never)
      locks.release(name!)
      expect(await rejection(waiting)).toBe(m('app.engine.stopped'))
      expect(stopped).toHaveBeenCalledTimes(1)
      expect(worker.terminated).toBe(true)
      // The fresh worker has a lock of its own.
      void client.checkSaved('{}', {} as never).catch(() => undefined)
      FakeWorker.made[1]!.answer({ id: 0, type: 'alive' })
      expect([...locks.waiting.keys()]).toHaveLength(1)
      expect([...locks.waiting.keys()][0]).not.toBe(name)
    } finally {
      Reflect.deleteProperty(navigator, 'locks')
    }
  })

  it('without its lock, asks a silent worker whether it is there, and takes no answer as stopped', async () => {
    vi.useFakeTimers()
    try {
      const { client, stopped, worker } = await answeredOnce()
      const waiting = client.checkSaved('{}', {} as never)
      const failed = rejection(waiting)
      vi.advanceTimersByTime(QUIET_MS - 1)
      expect(worker.requests.at(-1)!.type).toBe('check-saved')
      vi.advanceTimersByTime(1)
      expect(worker.requests.at(-1)).toEqual({ id: 0, type: 'ping' })
      vi.advanceTimersByTime(QUIET_MS)
      expect(await failed).toBe(m('app.engine.stopped'))
      expect(stopped).toHaveBeenCalledTimes(1)
      expect(worker.terminated).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('without its lock, leaves a worker that answers, however long its request takes', async () => {
    vi.useFakeTimers()
    try {
      const client = new EngineClient()
      const long = client.checkSaved('{}', {} as never)
      const worker = FakeWorker.made[0]!
      const id = worker.last
      for (let round = 0; round < 5; round++) {
        vi.advanceTimersByTime(QUIET_MS)
        expect(worker.requests.at(-1)).toEqual({ id: 0, type: 'ping' })
        worker.answer({ id: 0, type: 'pong' })
      }
      vi.advanceTimersByTime(QUIET_MS - 1)
      worker.answer({ id, type: 'checked', check: { kind: 'damaged', message: '' } })
      expect(await long).toEqual({ kind: 'damaged', message: '' })
      expect(worker.terminated).toBe(false)
      // Nothing waits: nothing is asked.
      const pings = worker.requests.filter((r) => r.type === 'ping').length
      vi.advanceTimersByTime(QUIET_MS * 3)
      expect(worker.requests.filter((r) => r.type === 'ping')).toHaveLength(pings)
    } finally {
      vi.useRealTimers()
    }
  })
})
