import 'fake-indexeddb/auto'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, runRegistration, Session, XAPI_VERBS, xapiStatements } from '../../src/engine'
import {
  clearLms,
  enqueue,
  flush,
  pendingCount,
  retryDelay,
  Sender,
  statementsUrl,
} from '../../src/app/lms/lrs'
import { startLrs } from './lrs-stub'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'registration-desk')!
const lrs = await startLrs()
afterAll(() => lrs.close())
beforeEach(() => clearLms())

const config = () => ({ endpoint: lrs.endpoint, auth: lrs.auth })

async function finishedSession() {
  const session = await Session.start(scenario, { mode: 'assessment' })
  playPolicy(session, 'random', 11)
  return session
}

const options = {
  actor: { objectType: 'Agent' as const, mbox: 'mailto:trainee@example.org' },
  registration: runRegistration('lrs-test'),
  activityId: 'https://training.example.org/tamis/scenario/registration-desk',
}

describe('sending statements to an LRS', () => {
  it('after an outage the LRS holds exactly one statement per decision', async () => {
    const session = await finishedSession()
    const statements = xapiStatements(session, options)
    const decisions = session.report().decisions.length
    expect(decisions).toBeGreaterThan(1)
    expect(await enqueue(statements, '2026-12-06T10:00:00.000Z')).toBe(statements.length)

    lrs.outage = 'refuse'
    const refused = await flush(config())
    expect(refused).toMatchObject({ ok: false, retryable: true, pending: statements.length })
    expect(lrs.statements).toHaveLength(0)

    // The LRS stores the batch but the answer never arrives: the sender must try again.
    lrs.outage = 'lose-answers'
    const lost = await flush(config())
    expect(lost).toMatchObject({ ok: false, retryable: true, pending: statements.length })
    expect(lrs.statements).toHaveLength(statements.length)

    // Deriving the statements again (the next event) queues nothing twice.
    expect(await enqueue(xapiStatements(session, options), '2026-12-06T10:05:00.000Z')).toBe(0)

    lrs.outage = 'none'
    expect(await flush(config())).toEqual({ ok: true, sent: statements.length, pending: 0 })
    expect(await pendingCount()).toBe(0)
    const answered = lrs.statements.filter((s) => (s.verb as { id: string }).id === XAPI_VERBS.answered)
    expect(answered).toHaveLength(decisions)
    expect(new Set(answered.map((s) => (s.object as { id: string }).id)).size).toBe(decisions)
    expect(lrs.statements).toHaveLength(statements.length)
    expect(lrs.refusals.filter((r) => !r.startsWith('503'))).toEqual([])
    // Sent once, never again: not even when the session's statements are derived once more.
    expect(await enqueue(statements, '2026-12-06T11:00:00.000Z')).toBe(0)
  })

  it('bad credentials are reported, kept, and not retried in a loop', async () => {
    const session = await finishedSession()
    await enqueue(
      xapiStatements(session, { ...options, registration: runRegistration('creds') }),
      '2026-12-06T10:00:00.000Z',
    )
    const outcome = await flush({ endpoint: lrs.endpoint, auth: 'Basic bm9ib2R5Om5vdGhpbmc=' })
    expect(outcome).toMatchObject({
      ok: false,
      retryable: false,
      message: 'The learning record store refused the credentials.',
    })
    expect(await pendingCount()).toBeGreaterThan(0)
  })

  it('the sender drains the outbox when the browser comes back online', async () => {
    const session = await finishedSession()
    const statements = xapiStatements(session, { ...options, registration: runRegistration('online') })
    await enqueue(statements, '2026-12-06T10:00:00.000Z')
    const before = lrs.statements.length
    lrs.outage = 'refuse'
    // Node has no window: give globalThis the browser's online/offline events for this test.
    const events = new EventTarget()
    const host = globalThis as unknown as EventTarget
    Object.assign(host, {
      addEventListener: events.addEventListener.bind(events),
      removeEventListener: events.removeEventListener.bind(events),
    })
    const sender = new Sender(config())
    const outcomes: boolean[] = []
    sender.onOutcome = (o) => outcomes.push(o.ok)
    await sender.send()
    lrs.outage = 'none'
    events.dispatchEvent(new Event('online'))
    await expect.poll(() => pendingCount()).toBe(0)
    sender.stop()
    expect(outcomes).toEqual([false, true])
    expect(lrs.statements.length - before).toBe(statements.length)
  })

  it('retries wait longer after each failure, up to five minutes', () => {
    expect([1, 2, 3, 20].map(retryDelay)).toEqual([2000, 4000, 8000, 300_000])
    expect(statementsUrl('https://lrs.example.org/xapi')).toBe('https://lrs.example.org/xapi/statements')
  })
})
