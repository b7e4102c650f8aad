/**
 * Session.send refuses, and never throws, whatever arrives: saved logs, pasted files and the
 * hub all feed it events of any shape. A refused event is not logged, so the log still replays.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { Session, type SessionEvent } from '../../../src/engine'
import { bundled, loadOne } from './mutate'
import { inEnglish } from '../../../src/i18n/render'

let session: Session
let caseId: string

beforeAll(async () => {
  const ok = loadOne(bundled('scenarios/objections-first-steps.yaml'))
  if (!ok.ok) throw new Error('the bundled file should load')
  session = await Session.start(ok.scenario)
  caseId = session.cases()[0]!.caseId
})

const cyclic: Record<string, unknown> = { type: 'objections.decide' }
cyclic.self = cyclic

const MALFORMED: [string, unknown][] = [
  ['nothing', undefined],
  ['null', null],
  ['a number', 42],
  ['a list', [{ type: 'case.open' }]],
  ['an unknown type', { type: 'case.delete', caseId: 'x' }],
  ['a type that is not text', { type: 7 }],
  ['a missing case id', { type: 'case.open' }],
  ['a case id that is a number', { type: 'case.open', caseId: 12 }],
  ['days as text', { type: 'clock.advance', days: '30' }],
  ['NaN days', { type: 'clock.advance', days: Number.NaN }],
  ['infinite days', { type: 'clock.advance', days: Number.POSITIVE_INFINITY }],
  ['huge days', { type: 'clock.advance', days: 1e308 }],
  ['negative days', { type: 'clock.advance', days: -5 }],
  ['a command without type', { type: 'case.command', caseId: 'CASE', command: {} }],
  ['a command that is text', { type: 'case.command', caseId: 'CASE', command: 'decide' }],
  [
    'a command with NaN',
    { type: 'case.command', caseId: 'CASE', command: { type: 'x', amount: Number.NaN } },
  ],
  ['a command that refers to itself', { type: 'case.command', caseId: 'CASE', command: cyclic }],
  ['a search without query', { type: 'register.search', caseId: 'CASE' }],
  ['a search with a number', { type: 'register.search', caseId: 'CASE', query: { name: 5 } }],
  ['a note that is not text', { type: 'case.note', caseId: 'CASE', text: { a: 1 } }],
  ['a hint without task', { type: 'hint.reveal' }],
  ['a huge note', { type: 'case.note', caseId: 'CASE', text: 'x'.repeat(100_001) }],
]

describe('Session.send with malformed events', () => {
  it.each(MALFORMED)('refuses %s with a reason', (_name, raw) => {
    // The placeholder case id becomes a real one, so only the malformed part is wrong.
    const event =
      raw && typeof raw === 'object' && 'caseId' in raw && raw.caseId === 'CASE' ? { ...raw, caseId } : raw
    const before = session.log.length
    const result = session.send(event as SessionEvent)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(inEnglish(result.reason).length).toBeGreaterThan(5)
    expect(session.log.length).toBe(before)
  })

  it('never throws for 2,000 arbitrary values or arbitrary event-like objects', () => {
    const types = fc.constantFrom(
      'case.open',
      'evidence.view',
      'register.search',
      'case.command',
      'case.note',
      'clock.advance',
      'hint.reveal',
      'unknown',
    )
    const eventLike = fc.record(
      {
        type: types,
        caseId: fc.oneof(fc.constant(caseId), fc.anything()),
        days: fc.oneof(fc.integer(), fc.double(), fc.anything()),
        panel: fc.anything(),
        text: fc.anything(),
        taskId: fc.anything(),
        query: fc.anything(),
        command: fc.oneof(fc.anything(), fc.record({ type: fc.string() }, { requiredKeys: [] })),
      },
      { requiredKeys: ['type'] },
    )
    fc.assert(
      fc.property(fc.oneof(fc.anything(), eventLike), (event) => {
        const result = session.send(event as SessionEvent)
        expect(typeof result.ok).toBe('boolean')
      }),
      { seed: 9, numRuns: 2000 },
    )
    // Whatever was accepted still replays to the same state.
    const copy = new Session(session.scenario, session.world, session.mode)
    expect(copy.replay(session.log)).toEqual([])
    expect(copy.report()).toEqual(session.report())
  })
})
