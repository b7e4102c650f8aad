/**
 * Case ids read alike in every process (PREFIX-YYYY-NNNN), and a log saved with the ids of
 * earlier versions (refunds-001, payments-0001, COL-0004, …) still replays to the same result.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session, type SessionEvent } from '../../src/engine'
import { CASE_PREFIX, legacyCaseId } from '../../src/engine/primitives/case-id'

const library = await loadBundledLibrary()
const capstone = library.scenarios.find((s) => s.id === 'capstone-district-office-week')!

describe('one case-id format', () => {
  it.each(library.scenarios.map((s) => [s.id, s] as const))('%s', async (_, scenario) => {
    const session = await Session.start(scenario)
    for (const c of session.cases()) {
      expect(c.caseId).toMatch(/^[A-Z]{3}-\d{4}-\d{4}$/)
      expect(c.caseId.slice(0, 3)).toBe(CASE_PREFIX[c.process])
    }
  })

  it('translates the earlier formats', () => {
    expect(legacyCaseId('REF-2026-0001')).toBe('refunds-001')
    expect(legacyCaseId('PMT-2026-0002')).toBe('payments-0002')
    expect(legacyCaseId('COL-2026-0004')).toBe('COL-0004')
    expect(legacyCaseId('AUD-2026-0003')).toBe('audit-0003')
    expect(legacyCaseId('FIL-2026-0010')).toBe('filing-0010')
    expect(legacyCaseId('APP-2026-0002')).toBeUndefined()
    expect(legacyCaseId('OBJ-2026-0002')).toBeUndefined()
  })

  it('a log saved with the earlier ids replays to the same report', async () => {
    const played = await Session.start(capstone)
    playPolicy(played, 'best')
    const old = played.log.map((event): SessionEvent => {
      if (!('caseId' in event) || event.caseId === undefined) return event
      const legacy = legacyCaseId(event.caseId)
      return legacy ? { ...event, caseId: legacy } : event
    })
    expect(old).not.toEqual(played.log)
    const replayed = await Session.start(capstone, { log: old })
    expect(replayed.report()).toEqual(played.report())
    expect(replayed.report().score).toBe(replayed.report().maxScore)
  })
})
