/**
 * The engine worker's client as the page holds it from the start: its code (worker/client.ts)
 * is fetched with the first request, which the catalogue makes once it has painted, so the first
 * page does not carry it (npm run bench). Each method forwards to the one client; a client that
 * could not be fetched (offline before the first visit) fails the request in the trainee's
 * language, like a worker that cannot start, and the next request tries again.
 */
import { msg } from '../../engine/lite'
import { t } from '../i18n.svelte'
import type { EngineClient } from './client'

type Api = Pick<EngineClient, 'library' | 'open' | 'score' | 'checkSaved' | 'run'>

/** The client's code could not be fetched: said like a worker that cannot start (failure.ts reads `text`). */
export class EngineUnavailable extends Error {
  override readonly name = 'EngineUnavailable'
  readonly text = msg('app.engine.cannotStart')
  constructor() {
    super(t(msg('app.engine.cannotStart')))
  }
}

export class LazyEngine implements Api {
  /** Called when a worker that had answered stops: the exercises opened in it are gone. */
  onStopped: (() => void) | undefined
  #client: Promise<EngineClient> | undefined

  /** Awaited rather than `.then(ok, failed)`, which Vite would move inside its preload wrapper. */
  async #get(): Promise<EngineClient> {
    try {
      const { EngineClient } = await import('./client')
      const client = new EngineClient()
      client.onStopped = () => this.onStopped?.()
      return client
    } catch {
      this.#client = undefined
      throw new EngineUnavailable()
    }
  }

  #use(): Promise<EngineClient> {
    return (this.#client ??= this.#get())
  }

  library: Api['library'] = async (...args) => (await this.#use()).library(...args)
  open: Api['open'] = async (...args) => (await this.#use()).open(...args)
  score: Api['score'] = async (...args) => (await this.#use()).score(...args)
  checkSaved: Api['checkSaved'] = async (...args) => (await this.#use()).checkSaved(...args)
  run: Api['run'] = async (...args) => (await this.#use()).run(...args)
}
