/**
 * Grades the decision that closes an objection against ground truth. The table is the
 * product's teaching position, so each row says why in words a trainee can act on:
 * admissibility applied strictly but fairly (deemed receipt counts), holds on the disputed
 * part only, a reviewer independent of the audit, and an item-by-item decision.
 */
import { list, money, msg, type Msg } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import type { CaseTruth, Command, Verdict } from '../contract'
import { disputedTax, type ObjectionCaseData } from './case-data'
import { groundInText, itemsInText } from './labels'
import { INADMISSIBLE_GROUNDS, type InadmissibleGround } from './rules'

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

const v = (key: string, args?: Parameters<typeof msg>[1]): Msg => msg(`objections.verdict.${key}`, args)

function lastOf(history: readonly Command[], type: string): Command | undefined {
  return [...history].reverse().find((c) => c.type === type)
}

/** The trainee declared the objection inadmissible on `command.ground`. */
function gradeInadmissible(
  truth: CaseTruth,
  command: Command,
  barred: InadmissibleGround | undefined,
  j: Jurisdiction,
): Verdict {
  const ground = String(command.ground ?? '') as InadmissibleGround
  const stated = INADMISSIBLE_GROUNDS.includes(ground) ? groundInText(ground) : v('noReason')
  if (barred && ground === barred) return { grade: 'correct', why: v(`inadmissible.${barred}`) }
  if (barred) return { grade: 'wrong', why: v('wrongGround', { stated, barred: groundInText(barred) }) }
  if (ground === 'late' && truth.kind === 'deemed-receipt-in-time')
    return { grade: 'harmful', why: v('deemedInTime', { days: j.deadlines.deemedReceiptDays }) }
  return {
    grade: 'harmful',
    why: v('wasAdmissible', { paid: j.objections.requireUndisputedPaid ? 'yes' : 'no', stated }),
  }
}

/** What weakens a right decision: the hold's amount, the reviewer's unit. */
function weaknesses(history: readonly Command[], data: ObjectionCaseData, j: Jurisdiction): Msg[] {
  const weaker: Msg[] = []
  if (j.objections.holdDisputed) {
    const hold = lastOf(history, 'objections.holdCollection')
    const held = typeof hold?.amount === 'number' ? hold.amount : 0
    const inDispute = disputedTax(data)
    if (held > inDispute) weaker.push(v('holdTooMuch', { held: money(held), disputed: money(inDispute) }))
    else if (held < inDispute) weaker.push(v('holdTooLittle', { open: money(inDispute - held) }))
  }
  const reviewer = data.roster.find((o) => o.id === lastOf(history, 'objections.assignReviewer')?.officer)
  if (reviewer?.unit === 'audit') weaker.push(v('reviewerInAudit', { officer: reviewer.id }))
  return weaker
}

function gradeMerits(
  command: Command,
  history: readonly Command[],
  data: ObjectionCaseData,
  supported: readonly string[],
  j: Jurisdiction,
): Verdict {
  const disputed = data.items.filter((i) => i.disputed).map((i) => i.id)
  const allowed = strings(command.allowedItems).filter((id) => disputed.includes(id))
  const extra = allowed.filter((id) => !supported.includes(id))
  const missing = supported.filter((id) => !allowed.includes(id))
  if (extra.length || missing.length) {
    const parts = [
      ...(extra.length ? [v('extra', { items: itemsInText(extra) })] : []),
      ...(missing.length ? [v('missing', { items: itemsInText(missing) })] : []),
    ]
    return { grade: 'wrong', why: v('itemByItem', { parts: list(parts) }) }
  }
  const outcome =
    supported.length === 0 ? 'disallowed' : supported.length === disputed.length ? 'allowed' : 'partial'
  const base = supported.length
    ? v(`decided.${outcome}`, { items: itemsInText(supported) })
    : v('decided.disallowed')
  const weaker = weaknesses(history, data, j)
  return weaker.length
    ? { grade: 'acceptable', why: v('but', { base, weaker: list(weaker) }) }
    : { grade: 'correct', why: base }
}

export function gradeObjection(
  truth: CaseTruth,
  command: Command,
  history: readonly Command[],
  data: ObjectionCaseData,
  j: Jurisdiction,
): Verdict {
  const barred = truth.best.find((c) => c.type === 'objections.declareInadmissible')?.ground as
    InadmissibleGround | undefined
  const supported = strings(truth.best.find((c) => c.type === 'objections.decide')?.allowedItems)
  if (command.type === 'objections.declareInadmissible') return gradeInadmissible(truth, command, barred, j)
  if (command.type !== 'objections.decide')
    return {
      grade: 'wrong',
      why: v('notDecided', { days: j.deadlines.objectionDecisionDays, outcome: j.objections.deemedOutcome }),
    }
  if (barred) {
    const disputed = data.items.filter((i) => i.disputed).map((i) => i.id)
    const allowed = strings(command.allowedItems).filter((id) => disputed.includes(id))
    return allowed.length
      ? {
          grade: 'harmful',
          why: v('barredAllowed', { ground: groundInText(barred), items: itemsInText(allowed) }),
        }
      : { grade: 'wrong', why: v('barredReviewed', { ground: groundInText(barred) }) }
  }
  return gradeMerits(command, history, data, supported, j)
}
