/**
 * A session's ledger grows at the end as cases post. The look-ups by TIN and id, and the
 * accrued charges, follow it by reading only the new lines (so playing a worklist stays linear
 * in its cases): these tests prove they give exactly what a fresh scan of the whole list gives.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { accruals, GrowingAccruals } from '../../src/engine/rules/accrual'
import { joined, settle, withId, withIds, withTin } from '../../src/engine/world/lookup'
import { addDays, Session, type LedgerEntry } from '../../src/engine'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'collection-debt-book')!
const world = (await Session.start(scenario)).world
const tins = [...new Set(world.ledger.map((e) => e.tin))]

describe('a growing ledger', () => {
  it('looks up by TIN and id exactly as a scan of the whole list, after every append', () => {
    const list: LedgerEntry[] = []
    settle({ taxpayers: [], ledger: list, returns: [], thirdParty: [], cases: {} })
    const handedOut = withTin(list, tins[0]!)
    for (const [i, entry] of world.ledger.entries()) {
      list.push(entry)
      if (i % 97 !== 0) continue
      for (const tin of tins.slice(0, 20))
        expect(withTin(list, tin)).toEqual(list.filter((e) => e.tin === tin))
      expect(withId(list, entry.id)).toBe(entry)
      const ids = [entry.id, world.ledger[0]!.id, 'nowhere', world.ledger[i >> 1]!.id]
      expect(withIds(list, ids)).toEqual(list.filter((e) => ids.includes(e.id)))
    }
    // A group handed out earlier is not changed by later appends.
    expect(handedOut).toEqual([])
  })

  it('accrues, line by line, the charges a fresh computation gives', () => {
    const start = world.referenceDate
    const today = addDays(start, 95)
    const list: LedgerEntry[] = []
    const growing = new GrowingAccruals(list, start, today, scenario.jurisdiction)
    const step = Math.ceil(world.ledger.length / 25)
    for (let i = 0; i < world.ledger.length; i += step) {
      list.push(...world.ledger.slice(i, i + step))
      expect(growing.charges()).toEqual(accruals(list, start, today, scenario.jurisdiction))
    }
    expect(growing.charges().length).toBeGreaterThan(0)
  })

  it('looks up a joined list as its two parts', () => {
    const head = world.ledger.slice(0, 200)
    const tail = world.ledger.slice(200, 230)
    settle({ taxpayers: [], ledger: head, returns: [], thirdParty: [], cases: {} })
    const list = joined(head, tail)
    expect(list).toEqual([...head, ...tail])
    for (const tin of tins) expect(withTin(list, tin)).toEqual(list.filter((e) => e.tin === tin))
    expect(withId(list, tail[3]!.id)).toBe(tail[3])
  })
})
