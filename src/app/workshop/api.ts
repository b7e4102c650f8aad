/**
 * Talking to the workshop hub that served this page, and remembering this browser's keys: the
 * trainer token of the workshops created here, and the trainee's seat in the ones joined here.
 */
import type { Msg, SessionEvent } from '../../engine/index'
import { t } from '../i18n.svelte'
import { m } from './text'

/** One definition, the hub's: the trainee-visible part of a workshop. */
import type { PublicScenario, PublicWorkshop } from '../../hub/workshop'
export type { PublicScenario, PublicWorkshop }

/** The seat's session on one scenario of the workshop. */
export interface SeatSession {
  scenarioNo: number
  participantId: string
  seed: number
}

export interface Seat {
  /** The session on the first scenario (a workshop of one scenario has only this one). */
  participantId: string
  token: string
  seed: number
  seat: number
  displayName: string
  /** One per scenario of the workshop; absent in seats taken before workshops held several. */
  sessions?: SeatSession[]
}

export interface OwnSession extends Seat {
  workshop: PublicWorkshop
  scenarioNo: number
  /** Every session of the seat, with how far each has got. */
  sessions: (SeatSession & { decided: number; cases: number; finished: boolean })[]
  acked: number
  log: SessionEvent[]
  /** Milliseconds left in this trainee's time box by the hub's clock; null when there is none. */
  timeLeftMs: number | null
}

export class HubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The hub's message as a catalogue entry, for a page that renders it again on a language switch. */
    readonly text?: Msg,
    /**
     * No hub answered: the page was served by something else (`vite preview`, a static server, a
     * USB stick), which answers the API's addresses with the app's own page or a bare 404. The
     * message is the trainee's ("ask your trainer for the link"); a trainer's page says its own.
     */
    readonly noHub = false,
  ) {
    super(message)
  }
}

/** The hub's answers are JSON; the app's page or a bare 404 from another server is not. */
function fromHub(response: Response): boolean {
  return /^application\/json\b/i.test(response.headers.get('content-type') ?? '')
}

/** Whether a workshop hub serves this page (it answers its health check); false on any other server. */
export async function hubHere(): Promise<boolean> {
  try {
    await hubFetch('/api/health')
    return true
  } catch (e) {
    // Unreachable or refused is not "no hub": the page says so when it asks for real.
    return !(e instanceof HubError && e.noHub)
  }
}

export async function hubFetch<T>(
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
  } catch {
    throw new HubError(0, m('workshop.api.unreachable'))
  }
  if (!fromHub(response)) throw new HubError(response.status, m('workshop.api.needsHub'), undefined, true)
  const body = (await response.json().catch(() => ({}))) as { error?: string; text?: Msg }
  if (!response.ok)
    throw new HubError(
      response.status,
      // The hub's message in this page's language; its English words from an older hub.
      (body.text ? t(body.text) : body.error) ?? m('workshop.api.refused', { status: response.status }),
      body.text,
    )
  return body as T
}

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key)
    return raw ? (JSON.parse(raw) as T) : undefined
  } catch {
    return undefined
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Storage blocked: the key lives for this page only; the trainer can paste it again.
  }
}

export const trainerToken = {
  get: (workshopId: string) => read<string>(`tamis-workshop-trainer:${workshopId}`),
  set: (workshopId: string, token: string) => write(`tamis-workshop-trainer:${workshopId}`, token),
}

export const seat = {
  get: (workshopId: string) => read<Seat>(`tamis-workshop-seat:${workshopId}`),
  set: (workshopId: string, value: Seat) => write(`tamis-workshop-seat:${workshopId}`, value),
}
