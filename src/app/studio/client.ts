/** The studio page's side of its worker: one request at a time is all the page makes. */
import type { Scenario } from '../../engine/index'
import { m } from '../i18n.svelte'
import type { PathTestResult } from '../../engine'
import type { PreviewRow, StudioRequest, StudioResponse } from './messages'

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export class StudioClient {
  #worker: Worker | undefined
  #next = 1
  #pending = new Map<
    number,
    {
      resolve: (r: StudioResponse) => void
      reject: (e: Error) => void
      onProgress?: (d: number, t: number) => void
    }
  >()

  async preview(scenario: Scenario): Promise<{ seed: number; rows: PreviewRow[] }> {
    const response = await this.#request({ type: 'preview', scenario: scenario })
    if (response.type !== 'preview') throw new Error(m('studio.worker.outOfTurn'))
    return response
  }

  async test(
    scenario: Scenario,
    seeds: number,
    onProgress: (done: number, total: number) => void,
  ): Promise<PathTestResult> {
    const response = await this.#request({ type: 'test', scenario: scenario, seeds }, onProgress)
    if (response.type !== 'tested') throw new Error(m('studio.worker.outOfTurn'))
    return response.result
  }

  #request(request: Without<StudioRequest, 'id'>, onProgress?: (d: number, t: number) => void) {
    const id = this.#next++
    return new Promise<StudioResponse>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) })
      this.#start().postMessage({ ...request, id } as StudioRequest)
    })
  }

  #start(): Worker {
    if (this.#worker) return this.#worker
    const worker = new Worker(new URL('./studio.worker.ts', import.meta.url), {
      type: 'module',
      name: 'tamis-studio',
    })
    worker.onmessage = (event: MessageEvent<StudioResponse>) => {
      const response = event.data
      const pending = this.#pending.get(response.id)
      if (!pending) return
      if (response.type === 'progress') return pending.onProgress?.(response.done, response.total)
      this.#pending.delete(response.id)
      if (response.type === 'error') pending.reject(new Error(response.message))
      else pending.resolve(response)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      for (const [, p] of this.#pending) p.reject(new Error(m('studio.worker.failed')))
      this.#pending.clear()
      this.#worker = undefined
    }
    this.#worker = worker
    return worker
  }
}
