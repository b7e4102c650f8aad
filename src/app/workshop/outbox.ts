/**
 * The trainee's outbox: every event the session commits is kept in the browser and sent to the
 * hub in order, from the first one the hub has not acknowledged. A reload, a closed lid or lost
 * Wi-Fi only delays it; the hub's UNIQUE (participant, seq) means a resend is never counted twice.
 * Plain TypeScript with its storage and fetch passed in, so the same code runs in the tests.
 */
import type { Msg, SessionEvent } from '../../engine/index'
import { msg } from '../../engine/lite'

export interface OutboxState {
  participantId: string
  token: string
  /** The session's log as this browser knows it; event i has seq i. */
  log: SessionEvent[]
  /** Events below this seq are stored on the hub. */
  acked: number
}

export interface OutboxStorage {
  load(participantId: string): OutboxState | undefined
  save(state: OutboxState): void
}

export type OutboxStatus =
  | { kind: 'synced' }
  | { kind: 'sending'; pending: number }
  | { kind: 'offline'; pending: number }
  /** `text`: the hub's message, for the page to show in its language; `message`: its English. */
  | { kind: 'refused'; message: string; text?: Msg }

export interface OutboxOptions {
  hub: string
  storage: OutboxStorage
  fetch?: typeof fetch
  onStatus?: (status: OutboxStatus) => void
  /** Milliseconds before the first retry when the hub cannot be reached; doubles up to 30 s. */
  retryMs?: number
  batch?: number
  /** The timers retries wait on; tests pass a simulated clock to play out a long disconnect. */
  timers?: OutboxTimers
}

export interface OutboxTimers {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
}

const realTimers: OutboxTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export class Outbox {
  #state: OutboxState
  #options: OutboxOptions
  #running: Promise<void> | undefined
  #retry: unknown
  #delay: number
  #stopped = false
  status: OutboxStatus = { kind: 'synced' }

  constructor(state: OutboxState, options: OutboxOptions) {
    this.#state = options.storage.load(state.participantId) ?? state
    this.#options = options
    this.#delay = options.retryMs ?? 1000
  }

  get acked(): number {
    return this.#state.acked
  }

  get pending(): number {
    return this.#state.log.length - this.#state.acked
  }

  /** The session committed events: keep them, then send what the hub has not got. */
  record(log: readonly SessionEvent[]): Promise<void> {
    if (log.length > this.#state.log.length) {
      this.#state = { ...this.#state, log: [...log] }
      this.#options.storage.save(this.#state)
    }
    return this.flush()
  }

  /** Sends every unacknowledged event; resolves when the hub has them or it is unreachable. */
  flush(): Promise<void> {
    this.#running ??= this.#send().finally(() => (this.#running = undefined))
    return this.#running
  }

  stop(): void {
    this.#stopped = true
    if (this.#retry) this.#timers.clear(this.#retry)
  }

  get #timers(): OutboxTimers {
    return this.#options.timers ?? realTimers
  }

  #status(status: OutboxStatus) {
    this.status = status
    this.#options.onStatus?.(status)
  }

  async #send(): Promise<void> {
    const doFetch = this.#options.fetch ?? fetch
    const batch = this.#options.batch ?? 100
    while (!this.#stopped && this.pending > 0) {
      const from = this.#state.acked
      this.#status({ kind: 'sending', pending: this.pending })
      let response: Response
      try {
        response = await doFetch(
          new URL(
            `/api/participants/${encodeURIComponent(this.#state.participantId)}/events`,
            this.#options.hub,
          ),
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${this.#state.token}` },
            body: JSON.stringify({ from, events: this.#state.log.slice(from, from + batch) }),
          },
        )
      } catch {
        this.#offline()
        return
      }
      const body = (await response.json().catch(() => ({}))) as {
        acked?: number
        expected?: number
        error?: string
        text?: Msg
      }
      if (response.ok && typeof body.acked === 'number') {
        this.#ack(body.acked)
        this.#delay = this.#options.retryMs ?? 1000
        continue
      }
      // The hub has a different count than this browser thinks (an answer lost on the way):
      // carry on from the seq it expects.
      if (
        response.status === 409 &&
        typeof body.expected === 'number' &&
        body.expected <= this.#state.log.length
      ) {
        if (body.expected !== from) {
          this.#ack(body.expected)
          continue
        }
      }
      if (response.status === 429 || response.status >= 500) {
        this.#offline()
        return
      }
      this.#status({
        kind: 'refused',
        message: body.error ?? `The hub refused the events (${response.status}).`,
        // What the trainee reads: the hub's own words, or the status in the page's language.
        text: body.text ?? msg('workshop.sync.hubRefused', { status: String(response.status) }),
      })
      return
    }
    if (this.pending === 0) this.#status({ kind: 'synced' })
  }

  #ack(acked: number) {
    this.#state = { ...this.#state, acked }
    this.#options.storage.save(this.#state)
  }

  #offline() {
    this.#status({ kind: 'offline', pending: this.pending })
    if (this.#stopped) return
    if (this.#retry) this.#timers.clear(this.#retry)
    this.#retry = this.#timers.set(() => {
      this.#retry = undefined
      void this.flush()
    }, this.#delay)
    this.#delay = Math.min(this.#delay * 2, 30_000)
  }
}

/** The outbox kept in localStorage: it survives a reload or a browser restart. */
export function localOutboxStorage(storage: Storage = localStorage): OutboxStorage {
  const key = (id: string) => `tamis-workshop-outbox:${id}`
  return {
    load(participantId) {
      try {
        const raw = storage.getItem(key(participantId))
        return raw ? (JSON.parse(raw) as OutboxState) : undefined
      } catch {
        return undefined
      }
    },
    save(state) {
      try {
        storage.setItem(key(state.participantId), JSON.stringify(state))
      } catch {
        // Storage full or blocked: the events stay in memory and are still sent.
      }
    },
  }
}

export function memoryOutboxStorage(): OutboxStorage & { states: Map<string, OutboxState> } {
  const states = new Map<string, OutboxState>()
  return {
    states,
    load: (id) => states.get(id),
    save: (state) => void states.set(state.participantId, structuredClone(state)),
  }
}
