/**
 * The page's side of the engine worker: one worker for the app's lifetime, a Promise per
 * request. If the worker itself cannot start, every pending request fails with a message.
 */
import type { Issue, Mode, Report, Scenario, SessionEvent, SourceFile, World } from '../../engine/index'
import type { LibraryData, WorkerRequest, WorkerResponse } from './messages'
import { WorldAssembly } from './world-parts'

type Progress = (done: number, total: number) => void

/** A request refused because of a problem in the scenario file, located like a validation issue. */
export class ScenarioFileProblem extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message)
  }
}

interface Pending {
  resolve: (response: WorkerResponse) => void
  reject: (error: Error) => void
  onProgress?: Progress | undefined
  world: WorldAssembly
}

/** Distributes the request union over its members, so each keeps its own fields. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export class EngineClient {
  #worker: Worker | undefined
  #next = 1
  #pending = new Map<number, Pending>()

  /** Checks the bundled scenario files plus the ones the trainee opened. */
  async library(uploads: SourceFile[] = []): Promise<LibraryData> {
    const response = await this.#request({ type: 'library', uploads })
    if (response.type !== 'library') throw new Error('The engine worker answered out of turn.')
    return response.library
  }

  /** Generates the scenario's world with the given seed; progress is reported as it goes. */
  async generate(
    scenario: Scenario,
    seed: number,
    onProgress?: Progress,
  ): Promise<{ world: World; ms: number }> {
    const response = await this.#request({ type: 'generate', scenario, seed }, onProgress)
    if (response.type !== 'world') throw new Error('The engine worker answered out of turn.')
    return { world: response.world as World, ms: response.ms }
  }

  /** Scores a session in the worker: its log replayed on the world kept from the generation. */
  async score(scenario: Scenario, seed: number, mode: Mode, log: readonly SessionEvent[]): Promise<Report> {
    const response = await this.#request({ type: 'score', scenario, seed, mode, log: [...log] })
    if (response.type !== 'report') throw new Error('The engine worker answered out of turn.')
    return response.report
  }

  #request(request: Without<WorkerRequest, 'id'>, onProgress?: Progress): Promise<WorkerResponse> {
    const id = this.#next++
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress, world: new WorldAssembly() })
      this.#start().postMessage({ ...request, id } as WorkerRequest)
    })
  }

  #start(): Worker {
    if (this.#worker) return this.#worker
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'tamis-engine',
    })
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.#receive(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      this.#failAll(
        `The simulation engine could not start in this browser (${event.message || 'worker error'}). Reload the page; if it happens again, tell your trainer.`,
      )
    }
    this.#worker = worker
    return worker
  }

  #receive(response: WorkerResponse): void {
    const pending = this.#pending.get(response.id)
    if (!pending) return
    switch (response.type) {
      case 'progress':
        pending.onProgress?.(response.done, response.total)
        return
      case 'world-part':
        pending.world.add(response.part)
        return
      case 'world':
        this.#pending.delete(response.id)
        return pending.resolve({ ...response, world: pending.world.finish(response.world) })
      case 'error':
        this.#pending.delete(response.id)
        return pending.reject(
          response.issue ? new ScenarioFileProblem(response.issue) : new Error(response.message),
        )
      case 'library':
      case 'report':
        this.#pending.delete(response.id)
        return pending.resolve(response)
      default: {
        const unknown: never = response
        throw new Error(`Unknown answer ${JSON.stringify(unknown)}`)
      }
    }
  }

  #failAll(message: string): void {
    for (const pending of this.#pending.values()) pending.reject(new Error(message))
    this.#pending.clear()
    this.#worker?.terminate()
    this.#worker = undefined
  }
}
