/**
 * The taxpayer's letter asking for the late-filing penalty to be waived: a documented cause the
 * profile accepts (payments.waiverCauses), a listed cause with no document, or an excuse.
 */
import { addDays } from '../../primitives/calendar'
import { day, msg, type Msg } from '../../primitives/message'
import type { IsoDate, Taxpayer } from '../../world/types'
import type { WaiverClaim } from './case-data'
import type { CaseSetup } from './case-kit'
import { waiverCauseText } from '../../primitives/waiver-causes'

const UNLISTED_CAUSES: readonly Msg[] = [
  msg('filing.world.excuse.accountant'),
  msg('filing.world.excuse.stockCount'),
  msg('filing.world.excuse.forgot'),
]

/** The taxpayer's letter: documented and covering the due date, or not a reasonable cause. */
export function claimFor(s: CaseSetup, due: IsoDate, filedOn: IsoDate, reasonable: boolean): WaiverClaim {
  const causes = s.j.payments.waiverCauses
  const from = addDays(due, -s.draw.int(4, 10))
  const to = addDays(filedOn, -s.draw.int(1, 3))
  const name = s.taxpayer.name
  if (reasonable && causes.length > 0) {
    const listed = s.draw.pick(causes)
    const cause = waiverCauseText(listed)
    return {
      cause,
      letter: msg('filing.world.claim.documentedLetter', { cause, from: day(from), to: day(to) }),
      document: documentFor(listed, from, to, s.taxpayer),
    }
  }
  if (causes.length > 0 && s.draw.chance(0.5)) {
    const cause = waiverCauseText(s.draw.pick(causes))
    return {
      cause,
      letter: msg('filing.world.claim.undocumentedLetter', { name, cause }),
      document: null,
    }
  }
  const cause = s.draw.pick(UNLISTED_CAUSES)
  return { cause, letter: msg('filing.world.claim.excuseLetter', { cause }), document: null }
}

/** The document a listed cause comes with, chosen by the profile's (English) wording of the cause. */
function documentFor(cause: string, fromOn: IsoDate, toOn: IsoDate, t: Taxpayer): Msg {
  const c = cause.toLowerCase()
  const from = day(fromOn)
  const to = day(toOn)
  if (/ill|hospital|medical/.test(c))
    return msg('filing.world.document.medical', { city: t.address.city, from, to })
  if (/death|died|bereave/.test(c)) return msg('filing.world.document.death', { from, to })
  if (/fire|flood|disaster/.test(c))
    return msg('filing.world.document.fire', { line: t.address.line, city: t.address.city, from, to })
  return msg('filing.world.document.official', { cause: waiverCauseText(cause), from, to })
}
