/**
 * A part of the page the catalogue does not show (the workshop pages, a scenario's briefing),
 * loaded the first time it is wanted so the first page stays small on a thin link. Its module
 * and the message namespaces it shows arrive together, before it renders: it never shows a
 * message id. After one visit the service worker has every part, so they open offline too.
 */
import { m, page } from './i18n.svelte'
import type { Namespace } from '../i18n/languages'

export class LazyPart<T> {
  /** The loaded module; undefined until it has arrived. */
  value = $state.raw<T | undefined>(undefined)
  /** Why the last load failed, in the trainee's language; cleared by a new attempt. */
  error = $state.raw<string | undefined>(undefined)
  #loading: Promise<T> | undefined
  readonly #load: () => Promise<T>
  readonly #namespaces: readonly Namespace[]

  constructor(load: () => Promise<T>, namespaces: readonly Namespace[] = []) {
    this.#load = load
    this.#namespaces = namespaces
  }

  /** Starts loading (once; again after a failure) and resolves when the part can render. */
  load(): Promise<T> {
    if (!this.#loading) {
      this.error = undefined
      this.#loading = Promise.all([this.#load(), page.need(this.#namespaces)]).then(
        ([module]) => (this.value = module),
        (error: unknown) => {
          // A failed fetch (offline before the first visit) may be retried by the next call.
          this.#loading = undefined
          this.error = m('app.shell.partFailed')
          throw error
        },
      )
    }
    return this.#loading
  }
}
