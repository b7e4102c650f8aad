/**
 * A mixed set of register queries for the search benchmark, drawn deterministically from a
 * world: TIN, ID and phone look-ups, exact names, name variants as applicants write them,
 * surname-only searches, and the duplicate check on applications.
 */
import type { Application, World } from '../../src/engine/world/types'
import type { SearchQuery } from '../../src/engine/world/search'
import { Draw, Sfc32 } from '../../src/engine/world/prng'
import { fold } from '../../src/engine/world/names'

export type BenchQuery =
  { type: 'search'; query: SearchQuery } | { type: 'duplicates'; application: Application }

export function searchQueries(world: World, count: number): BenchQuery[] {
  const draw = new Draw(new Sfc32([world.seed, 99]))
  const applications = (world.cases.registration ?? []).map((r) => r.data as Application)
  const out: BenchQuery[] = []
  for (let k = 0; k < count; k++) {
    const t = draw.pick(world.taxpayers)
    const tokens = t.name.split(' ')
    switch (k % 8) {
      case 0:
        out.push({ type: 'search', query: { tin: t.tin } })
        break
      case 1:
        out.push({ type: 'search', query: { idNumber: t.idNumber } })
        break
      case 2:
        out.push({ type: 'search', query: { phone: `+234 ${t.phone.replace(/^0/, '')}` } })
        break
      case 3:
        out.push({ type: 'search', query: { name: t.name } })
        break
      case 4:
        out.push({ type: 'search', query: { name: fold([...tokens].reverse().join(' ')) } })
        break
      case 5:
        out.push({ type: 'search', query: { name: tokens[tokens.length - 1] ?? t.name } })
        break
      case 6:
        out.push({ type: 'search', query: { name: t.name, phone: t.phone, idNumber: t.idNumber } })
        break
      default:
        if (applications.length) out.push({ type: 'duplicates', application: draw.pick(applications) })
        else out.push({ type: 'search', query: { name: t.name } })
    }
  }
  return out
}
