/**
 * Once the calendar has moved, a session's cases read its ledger followed by the charges
 * accrued on it to today. That list is kept up to date in place as cases post (so a posting
 * costs what it changes, not the whole ledger): these tests pin it, after random postings and
 * clock moves, to the whole-ledger computation it replaces — the same lines in the same order,
 * and the same answers to look-ups by TIN and id.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { accruals, GrowingAccruals, isAccrual } from '../../src/engine/rules/accrual'
import { AccruedLedger } from '../../src/engine/session/accrued-ledger'
import { settle, withId, withTin } from '../../src/engine/world/lookup'
import { addDays, Session, type LedgerEntry, type SessionEvent } from '../../src/engine'
import { testJurisdiction } from '../fixtures/jurisdiction'

const j = testJurisdiction()
const START = '2026-03-01'
const TINS = ['1000000001', '1000000002', '1000000003', '1000000004']
const PERIODS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03']
const KINDS = [
  'self-assessment',
  'default-assessment',
  'payment',
  'write-off',
  'agreement',
  'abatement',
  'offset-out',
  'interest',
] as const

/** One line a case might post: a debt, a credit or a memo on some period account, on some day. */
const line = fc.record({
  tin: fc.constantFrom(...TINS),
  taxType: fc.constantFrom('VAT' as const, 'CIT' as const),
  period: fc.constantFrom(...PERIODS),
  day: fc.integer({ min: -120, max: 200 }),
  kind: fc.constantFrom(...KINDS),
  amount: fc.integer({ min: 1, max: 5_000_000 }),
})
type Line = typeof line extends fc.Arbitrary<infer T> ? T : never

const op = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant('post' as const), lines: fc.array(line, { maxLength: 4 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 90 }) }),
  },
)

const credit = new Set(['payment', 'write-off', 'abatement'])
let ids = 0
function entryOf(l: Line): LedgerEntry {
  return {
    id: `P${++ids}`,
    tin: l.tin,
    taxType: l.taxType,
    period: l.period,
    date: addDays(START, l.day),
    kind: l.kind,
    amount: l.kind === 'agreement' ? 0 : credit.has(l.kind) ? -l.amount : l.amount,
    ref: 'test',
  }
}

/** The look-ups a case makes, against scans of the list the whole-ledger computation gives. */
function expectSame(accrued: AccruedLedger, ledger: readonly LedgerEntry[], today: string) {
  const whole = [...ledger, ...accruals(ledger, START, today, j)]
  expect(accrued.list).toEqual(whole)
  expect(accrued.charged).toBe(whole.length > ledger.length)
  for (const tin of [...TINS, 'nobody'])
    expect(withTin(accrued.list, tin)).toEqual(whole.filter((e) => e.tin === tin))
  for (const e of [...whole.slice(0, 3), ...whole.slice(-6)])
    expect(withId(accrued.list, e.id)).toEqual(whole.find((x) => x.id === e.id))
  expect(withId(accrued.list, 'nowhere')).toBeUndefined()
}

describe('the accrued ledger kept up to date in place', () => {
  it('equals the ledger and its whole-ledger accruals after random postings and clock moves', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(op, { maxLength: 25 }), (history, ops) => {
        // A session's ledger: settled, it only grows at the end; a clock move starts a new book.
        const ledger: LedgerEntry[] = history.map(entryOf)
        settle({ taxpayers: [], ledger, returns: [], thirdParty: [], cases: {} })
        let today = addDays(START, 1)
        let accrued = new AccruedLedger(new GrowingAccruals(ledger, START, today, j))
        expectSame(accrued, ledger, today)
        for (const o of ops) {
          if (o.type === 'advance') {
            today = addDays(today, o.days)
            accrued = new AccruedLedger(new GrowingAccruals(ledger, START, today, j))
          } else {
            // Look-ups made before the list catches up see the list as it is (scanned), never stale groups.
            withTin(accrued.list, TINS[0]!)
            ledger.push(...o.lines.map(entryOf))
            expect(withTin(accrued.list, TINS[0]!)).toEqual(accrued.list.filter((e) => e.tin === TINS[0]))
            accrued.update()
          }
          expectSame(accrued, ledger, today)
        }
      }),
      { seed: 20261207, numRuns: 300 },
    )
  })
})

describe('a session whose calendar moves between postings', async () => {
  const library = await loadBundledLibrary()
  const moving = [
    'filing-first-returns',
    'collection-debt-book',
    'capstone-district-office-week',
    'payments-suspense-desk',
  ]
  const scenarios = library.scenarios.filter((s) => moving.includes(s.id))

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: every step reads its ledger plus the whole ledger’s accruals to that day',
    async (_id, scenario) => {
      const played = await Session.start(scenario)
      const { playPolicy } = await import('../../src/engine/session/policies')
      playPolicy(played, 'best')
      // The best log with the calendar moved on at seeded points, a step refused now and then.
      const rng = fc.sample(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: played.log.length }), {
        seed: 7,
        numRuns: 1,
      })[0]!
      const session = await Session.start(scenario)
      const start = session.world.referenceDate
      let checked = 0
      played.log.forEach((event: SessionEvent, i) => {
        if (rng[i] === 0) session.send({ type: 'clock.advance', days: 1 + (i % 17) })
        session.send(event)
        if (session.today() <= start || (rng[i] !== 1 && i !== played.log.length - 1)) return
        const list = session.env.world.ledger
        const posted = list.filter((e) => !isAccrual(e))
        expect(list).toEqual([...posted, ...accruals(posted, start, session.today(), scenario.jurisdiction)])
        checked++
      })
      expect(checked).toBeGreaterThan(0)
      expect(session.env.world.ledger.some(isAccrual)).toBe(true)
    },
  )
})
