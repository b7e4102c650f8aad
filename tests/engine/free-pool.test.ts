/**
 * The indexed picks and look-ups that keep big worlds linear must answer exactly what the scans
 * they replace answered, or the seeded draws (and every world) would change.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FreeItems, FreePositions } from '../../src/engine/world/free-pool'
import { dropWithTin, groupWhileWriting, stopGrouping, withTin } from '../../src/engine/world/lookup'

describe('FreeItems', () => {
  it('counts and finds the k-th item left as filtering the list would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(80)),
        (freeAtStart, takes) => {
          const items = freeAtStart.map((free, i) => ({ tin: `T${i}`, free }))
          const pool = new FreeItems(
            items,
            (x) => x.tin,
            (x) => x.free,
          )
          const left = new Set(items.filter((x) => x.free).map((x) => x.tin))
          for (const n of takes) {
            pool.take(`T${n}`)
            left.delete(`T${n}`)
            const expected = items.filter((x) => left.has(x.tin))
            expect(pool.count).toBe(expected.length)
            expected.forEach((x, k) => expect(pool.nth(k)).toBe(x))
          }
        },
      ),
      { seed: 20261206, numRuns: 200 },
    )
  })

  it('counts what comes before a position', () => {
    const set = new FreePositions(10)
    for (const p of [1, 4, 5, 9]) set.add(p, 1)
    set.add(4, -1)
    expect([0, 2, 5, 6, 10].map((p) => set.before(p))).toEqual([0, 1, 1, 2, 3])
    expect([0, 1, 2].map((k) => set.kth(k))).toEqual([1, 5, 9])
  })
})

type Item = { tin: string; n: number }
const op = fc.oneof(
  fc.record({ type: fc.constant('push' as const), tin: fc.constantFrom('A', 'B', 'C'), n: fc.nat(9) }),
  fc.record({ type: fc.constant('drop' as const), tin: fc.constantFrom('A', 'B', 'C'), n: fc.nat(9) }),
  fc.record({ type: fc.constant('read' as const), tin: fc.constantFrom('A', 'B', 'C', 'D') }),
)

describe('grouping a list while a generator writes it', () => {
  it('reads and removes as scanning the list would, and leaves the same list', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const start: Item[] = ['A', 'B', 'A', 'C'].map((tin, n) => ({ tin, n }))
        const list = [...start]
        const reference = [...start]
        groupWhileWriting(list)
        for (const o of ops) {
          if (o.type === 'push') {
            const item = { tin: o.tin, n: o.n }
            list.push(item)
            reference.push(item)
          } else if (o.type === 'drop') {
            const drop = (x: Item) => x.n <= o.n
            dropWithTin(list, o.tin, drop)
            const kept = reference.filter((x) => !(x.tin === o.tin && drop(x)))
            reference.splice(0, reference.length, ...kept)
          } else {
            expect(withTin(list, o.tin)).toEqual(reference.filter((x) => x.tin === o.tin))
          }
        }
        stopGrouping(list)
        expect(list).toEqual(reference)
        // Released: the list is scanned again, so later changes are seen.
        list.push({ tin: 'D', n: 0 })
        expect(withTin(list, 'D')).toEqual([{ tin: 'D', n: 0 }])
      }),
      { seed: 20261206, numRuns: 200 },
    )
  })
})
