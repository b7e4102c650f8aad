/**
 * The page's side of the engine worker when the worker fails (worker/client.ts): a worker that
 * never answered "could not start"; one that had answered "stopped", and the app is told so it
 * can reopen the exercise; the next request starts a fresh worker; an error the worker did not
 * put into words reaches the page as a sentence in its language, never the engine's English.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { m } from '../../src/app/i18n.svelte'
import { EngineClient } from '../../src/app/worker/client'
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
    const client = new EngineClient()
    const stopped = vi.fn()
    client.onStopped = stopped
    const first = client.checkSaved('{}', {} as never)
    const worker = FakeWorker.made[0]!
    worker.answer({ id: worker.last, type: 'checked', check: { kind: 'damaged', message: '' } })
    await first
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
