/**
 * Collection and the objections desk count the objection window the same way: from the
 * notice's deemed receipt (issued + deemedReceiptDays), then objectionDays.
 */
import { describe, expect, it } from 'vitest'
import { objectionValid } from '../../../src/engine/processes/collection/rules'
import { objectionLimit, timeliness } from '../../../src/engine/processes/objections/rules'
import type { Objection } from '../../../src/engine/processes/collection/case-data'
import { testJurisdiction } from '../../fixtures/jurisdiction'

// Testland: deemed receipt 5 days after issue, 30 days to object → last day 35 days after issue.
const j = testJurisdiction()
const objection = (lodgedOn: string): Objection =>
  ({
    id: 'OBJ-1',
    taxType: 'CIT',
    period: '2025',
    assessedOn: '2026-01-01',
    lodgedOn,
    amount: 100,
    status: 'pending',
    grounds: 'x',
  }) as Objection

describe('the objection window in collection', () => {
  it('runs from deemed receipt, as on the objections desk', () => {
    expect(objectionLimit('2026-01-01', j)).toBe('2026-02-05')
    // 33 days after the notice: late by the notice date, in time from deemed receipt.
    expect(objectionValid(objection('2026-02-03'), j)).toBe(true)
    expect(objectionValid(objection('2026-02-05'), j)).toBe(true)
    expect(objectionValid(objection('2026-02-06'), j)).toBe(false)
    for (const lodged of ['2026-01-20', '2026-02-03', '2026-02-05', '2026-02-06'])
      expect(objectionValid(objection(lodged), j), lodged).toBe(
        timeliness('2026-01-01', lodged, { ...j, objections: { ...j.objections, extensionDays: 0 } }) ===
          'in-time',
      )
  })
})
