/**
 * The page's side of the engine worker: one worker for the app's lifetime, a Promise per
 * request. An exercise opened here runs in the worker; the page gets a `SessionLink` to it.
 * If the worker cannot start, or stops (an uncaught error, a crash), every pending request fails
 * with a message in the page's language, the next request starts a fresh worker, and
 * `onStopped` tells the app that the sessions open in the old one are gone (it reopens them
 * from what was saved). An error the worker did not put into words of its own (an engine bug)
 * reaches the page as a sentence in its language; its English text goes to the console only.
 * A worker that ends without an error event (it closed itself, the browser stopped it) is noticed
 * through the lock it holds while it lives (Web Locks); where the browser has no locks, requests
 * that wait `QUIET_MS` without a word from the worker ask it whether it is there, and a worker
 * that does not answer within `QUIET_MS` more is taken as stopped.
 */
import type {
  Issue,
  Mode,
  Msg,
  SavedSession,
  Scenario,
  SessionEvent,
  SourceFile,
  XapiOptions,
} from '../../engine/index'
import type { Refusal, Scored, SessionLink, SessionView, Watch } from './host'
import type { LibraryData, WorkerRequest, WorkerResponse } from './messages'
import type { RunReport } from './runs'
import type { SavedCheck } from './session'
import { msg } from '../../engine/lite'
import { t } from '../i18n.svelte'

type Progress = (done: number, total: number) => void

/**
 * How long waiting requests go without a word from the worker before it is asked whether it is
 * there, and how long it then has to answer (without Web Locks only). Generous: a world's
 * generation reports progress about a hundred times, and every other request answers in seconds.
 */
export const QUIET_MS = 30_000

/** A request refused because of a problem in the scenario file, located like a validation issue. */
export class ScenarioFileProblem extends Error {
  // The app tells it by its name (app.svelte.ts), not instanceof: this module loads after the first paint.
  override readonly name = 'ScenarioFileProblem'
  constructor(readonly issue: Issue) {
    super(issue.message)
  }
}

/**
 * A request the engine could not answer, in the page's language (`message`) and as the message
 * it says (`text`), so the crash screen shows it in words if it ever gets there (failure.ts).
 */
export class EngineProblem extends Error {
  override readonly name = 'EngineProblem'
  constructor(readonly text: Msg) {
    super(t(text))
  }
}

/** An exercise opened in the worker: its link, its first view and the saved steps it refused. */
export interface Opened {
  link: SessionLink
  view: SessionView
  refused: Refusal[]
  /** Generation time in the worker; 0 when the world was already there. */
  ms: number
}

interface Pending {
  resolve: (response: WorkerResponse) => void
  reject: (error: Error) => void
  onProgress?: Progress | undefined
}

/** Distributes the request union over its members, so each keeps its own fields. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
type Answer<T extends WorkerResponse['type']> = Extract<WorkerResponse, { type: T }>

export class EngineClient {
  /** Called when a worker that had answered stops: the exercises opened in it are gone. */
  onStopped: (() => void) | undefined
  #worker: Worker | undefined
  /** Whether the current worker has answered: a worker that never did could not start. */
  #answered = false
  #next = 1
  #handles = 1
  #pending = new Map<number, Pending>()
  /** Whether the current worker holds its lock: its end is then noticed without asking it. */
  #held = false
  /** Runs out when waiting requests have had no word from the worker for QUIET_MS. */
  #quiet: ReturnType<typeof setTimeout> | undefined
  /** Whether the worker was asked if it is there and has not said a word since. */
  #pinged = false

  /** Checks the bundled scenario files plus the ones the trainee opened. */
  async library(uploads: SourceFile[] = []): Promise<LibraryData> {
    return (await this.#ask({ type: 'library', uploads }, 'library')).library
  }

  /**
   * Opens an exercise in the worker: the world generated (progress reported as it goes) or
   * reused, the log replayed. `watch` names the cases whose views the first view carries.
   */
  async open(
    scenario: Scenario,
    seed: number,
    mode: Mode,
    log: readonly SessionEvent[],
    onProgress?: Progress,
    watch: Watch = { cases: [], taxpayers: [] },
  ): Promise<Opened> {
    const handle = this.#handles++
    const opened = await this.#ask(
      { type: 'open', handle, scenario, seed, mode, log: [...log], watch },
      'opened',
      onProgress,
    )
    return { link: this.#link(handle), view: opened.view, refused: opened.refused, ms: opened.ms }
  }

  /** Scores a stored log in the worker, replayed on the world kept from the generation. */
  async score(scenario: Scenario, seed: number, mode: Mode, log: readonly SessionEvent[]): Promise<Scored> {
    return (await this.#ask({ type: 'score', scenario, seed, mode, log: [...log] }, 'scored')).scored
  }

  /** Reads stored text as a saved session of this scenario (the engine's parser runs in the worker). */
  async checkSaved(raw: string, scenario: Scenario): Promise<SavedCheck> {
    return (await this.#ask({ type: 'check-saved', raw, scenario }, 'checked')).check
  }

  /** A saved run replayed in the worker for the LMS connection: its report and statements. */
  async run(scenario: Scenario, saved: SavedSession, runId: string, xapi?: XapiOptions): Promise<RunReport> {
    return (await this.#ask({ type: 'run', scenario, saved, runId, ...(xapi ? { xapi } : {}) }, 'ran')).run
  }

  #link(handle: number): SessionLink {
    return {
      send: async (event, watch) => (await this.#ask({ type: 'send', handle, event, watch }, 'sent')).reply,
      views: async (watch) => (await this.#ask({ type: 'views', handle, watch }, 'views')).views,
      preview: async (days) => (await this.#ask({ type: 'preview', handle, days }, 'preview')).preview,
      score: async () => (await this.#ask({ type: 'score-session', handle }, 'scored')).scored,
      close: () => void this.#ask({ type: 'close', handle }, 'closed').catch(() => undefined),
    }
  }

  async #ask<T extends WorkerResponse['type']>(
    request: Without<WorkerRequest, 'id'>,
    type: T,
    onProgress?: Progress,
  ): Promise<Answer<T>> {
    const response = await this.#request(request, onProgress)
    if (response.type !== type) throw new EngineProblem(msg('app.engine.outOfTurn'))
    return response as Answer<T>
  }

  #request(request: Without<WorkerRequest, 'id'>, onProgress?: Progress): Promise<WorkerResponse> {
    const id = this.#next++
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress })
      this.#start().postMessage({ ...request, id } as WorkerRequest)
      this.#listen()
    })
  }

  #start(): Worker {
    if (this.#worker) return this.#worker
    // The name is the worker's lock: one per worker, and unlike any other tab's.
    const name = `tamis-engine-${[...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(36)).join('')}`
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name })
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.#receive(worker, name, event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      if (event.message) console.warn('Engine worker:', event.message)
      this.#failAll()
    }
    this.#worker = worker
    this.#answered = false
    this.#held = false
    return worker
  }

  /** The worker holds its lock: when this page gets the lock, the worker has ended. */
  #watch(worker: Worker, name: string): void {
    this.#held = true
    this.#hush()
    void navigator.locks.request(name, () => {
      if (this.#worker !== worker) return
      console.warn('Engine worker: ended without an error')
      this.#failAll()
    })
  }

  /** Without the lock, waiting requests listen for the worker, and ask it once when it is silent. */
  #listen(): void {
    if (this.#held || this.#quiet !== undefined || this.#pending.size === 0) return
    this.#quiet = setTimeout(() => {
      this.#quiet = undefined
      if (this.#held || !this.#worker || this.#pending.size === 0) return
      if (this.#pinged) {
        console.warn('Engine worker: no answer')
        this.#failAll()
        return
      }
      this.#pinged = true
      this.#worker.postMessage({ id: 0, type: 'ping' } satisfies WorkerRequest)
      this.#listen()
    }, QUIET_MS)
  }

  #hush(): void {
    clearTimeout(this.#quiet)
    this.#quiet = undefined
    this.#pinged = false
  }

  #receive(worker: Worker, name: string, response: WorkerResponse): void {
    if (worker !== this.#worker) return
    this.#hush()
    if (response.type === 'alive' && 'locks' in navigator) this.#watch(worker, name)
    else if (response.type !== 'alive') {
      this.#answered = true
      this.#deliver(response)
    }
    this.#listen()
  }

  #deliver(response: WorkerResponse): void {
    const pending = this.#pending.get(response.id)
    if (!pending) return
    if (response.type === 'progress') {
      pending.onProgress?.(response.done, response.total)
      return
    }
    this.#pending.delete(response.id)
    if (response.type === 'error') pending.reject(refusal(response))
    else pending.resolve(response)
  }

  /** The worker is gone: what it was asked fails, and the next request starts another one. */
  #failAll(): void {
    const stopped = this.#answered
    const text = msg(stopped ? 'app.engine.stopped' : 'app.engine.cannotStart')
    for (const pending of this.#pending.values()) pending.reject(new EngineProblem(text))
    this.#pending.clear()
    this.#hush()
    this.#worker?.terminate()
    this.#worker = undefined
    this.#answered = false
    this.#held = false
    if (stopped) this.onStopped?.()
  }
}

/** A failed request as the page shows it: located, in the worker's own words, or a plain sentence. */
function refusal(response: Extract<WorkerResponse, { type: 'error' }>): Error {
  if (response.issue) return new ScenarioFileProblem(response.issue)
  if (response.text) return new EngineProblem(response.text)
  console.warn('Engine worker:', response.message)
  return new EngineProblem(msg('app.engine.failed'))
}
