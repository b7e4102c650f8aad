/**
 * The taxpayer's letter asking for the late-filing penalty to be waived: a documented cause the
 * profile accepts (payments.waiverCauses), a listed cause with no document, or an excuse.
 */
import { addDays } from '../../primitives/calendar'
import type { IsoDate, Taxpayer } from '../../world/types'
import type { WaiverClaim } from './case-data'
import type { CaseSetup } from './case-kit'

const UNLISTED_CAUSES = [
  'our accountant was on leave and nobody else knew the e-filing password',
  'we were busy with the year-end stock count',
  'the manager forgot the date',
]

/** The taxpayer's letter: documented and covering the due date, or not a reasonable cause. */
export function claimFor(s: CaseSetup, due: IsoDate, filedOn: IsoDate, reasonable: boolean): WaiverClaim {
  const causes = s.j.payments.waiverCauses
  const from = addDays(due, -s.draw.int(4, 10))
  const to = addDays(filedOn, -s.draw.int(1, 3))
  const name = s.taxpayer.name
  if (reasonable && causes.length > 0) {
    const cause = s.draw.pick(causes)
    return {
      cause,
      letter: `We ask you to waive the penalty on our late VAT return: ${cause} prevented us from filing between ${from} and ${to}. The document is attached.`,
      document: documentFor(cause, from, to, s.taxpayer),
    }
  }
  if (causes.length > 0 && s.draw.chance(0.5)) {
    const cause = s.draw.pick(causes)
    return {
      cause,
      letter: `${name} filed late because of ${cause}. We hope you will understand.`,
      document: null,
    }
  }
  const cause = s.draw.pick(UNLISTED_CAUSES)
  return { cause, letter: `Please excuse the delay: ${cause}.`, document: null }
}

function documentFor(cause: string, from: IsoDate, to: IsoDate, t: Taxpayer): string {
  const c = cause.toLowerCase()
  if (/ill|hospital|medical/.test(c))
    return `Medical certificate, ${t.address.city} regional hospital: the managing director was hospitalised from ${from} to ${to}.`
  if (/death|died|bereave/.test(c))
    return `Death certificate dated ${from} of the owner's spouse; funeral and mourning period until ${to}.`
  if (/fire|flood|disaster/.test(c))
    return `Fire brigade report of ${from}: fire at ${t.address.line}, ${t.address.city}; accounting records destroyed, rebuilt by ${to}.`
  return `Official certificate dated ${from} attesting: ${cause} (until ${to}).`
}
