/**
 * Grades the decision that closes an objection against ground truth. The table is the
 * product's teaching position, so each row says why in words a trainee can act on:
 * admissibility applied strictly but fairly (deemed receipt counts), holds on the disputed
 * part only, a reviewer independent of the audit, and an item-by-item decision.
 */
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { CaseTruth, Command, Verdict } from '../contract'
import { disputedTax, itemList, UNIT_LABELS, type ObjectionCaseData } from './case-data'
import { GROUND_LABELS, INADMISSIBLE_GROUNDS, type InadmissibleGround } from './rules'

const items = itemList

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

const CORRECT_INADMISSIBLE: Record<InadmissibleGround, string> = {
  late: 'Declared inadmissible as late, in writing: even counted from deemed receipt the objection was out of time, and the law allows no extension for it.',
  'no-grounds':
    'Declared inadmissible for want of grounds, in writing: the taxpayer learns what a valid objection must state.',
  'undisputed-unpaid':
    'Declared inadmissible until the undisputed tax is paid, in writing: the taxpayer can pay and object properly.',
}

function lastOf(history: readonly Command[], type: string): Command | undefined {
  return [...history].reverse().find((c) => c.type === type)
}

export function gradeObjection(
  truth: CaseTruth,
  command: Command,
  history: readonly Command[],
  data: ObjectionCaseData,
  j: Jurisdiction,
): Verdict {
  const money = (minor: number) => formatMoney(minor, j.currency)
  const barred = truth.best.find((c) => c.type === 'objections.declareInadmissible')?.ground as
    InadmissibleGround | undefined
  const supported = strings(truth.best.find((c) => c.type === 'objections.decide')?.allowedItems)
  const disputed = data.items.filter((i) => i.disputed).map((i) => i.id)

  if (command.type === 'objections.declareInadmissible') {
    const ground = String(command.ground ?? '') as InadmissibleGround
    const stated = INADMISSIBLE_GROUNDS.includes(ground) ? GROUND_LABELS[ground].toLowerCase() : 'no reason'
    if (barred && ground === barred) return { grade: 'correct', why: CORRECT_INADMISSIBLE[barred] }
    if (barred)
      return {
        grade: 'wrong',
        why: `Inadmissible is right, but the notice gives the wrong reason (${stated}); the defect is: ${GROUND_LABELS[barred].toLowerCase()}. A notice with a reason that does not hold will not survive an appeal.`,
      }
    return {
      grade: 'harmful',
      why:
        ground === 'late' && truth.kind === 'deemed-receipt-in-time'
          ? `Counted from the mailing date it looks late, but the notice is deemed received ${j.deadlines.deemedReceiptDays} days after mailing and the objection was in time. The taxpayer lost a review the law guarantees.`
          : `This objection was admissible (in time, reasoned${j.objections.requireUndisputedPaid ? ', undisputed tax paid' : ''}); declaring it inadmissible (${stated}) denied the taxpayer a review the law guarantees.`,
    }
  }

  if (command.type !== 'objections.decide')
    return {
      grade: 'wrong',
      why: `The objection was not decided within ${j.deadlines.objectionDecisionDays} days of receipt: it is deemed ${j.objections.deemedOutcome} by law (TADAT P7-20).`,
    }

  const allowed = strings(command.allowedItems).filter((id) => disputed.includes(id))
  if (barred) {
    return allowed.length
      ? {
          grade: 'harmful',
          why: `The objection was not admissible (${GROUND_LABELS[barred].toLowerCase()}); allowing ${items(allowed)} on the merits gave away tax the taxpayer could no longer dispute.`,
        }
      : {
          grade: 'wrong',
          why: `The tax stands, but the objection was not admissible (${GROUND_LABELS[barred].toLowerCase()}): it should have been declared inadmissible with a written notice, not reviewed on the merits.`,
        }
  }
  const extra = allowed.filter((id) => !supported.includes(id))
  const missing = supported.filter((id) => !allowed.includes(id))
  if (extra.length || missing.length) {
    const parts = [
      ...(extra.length
        ? [`allowed ${items(extra)}, which the new evidence does not support (tax given away)`]
        : []),
      ...(missing.length
        ? [`disallowed ${items(missing)}, which the checked evidence proves (a valid claim refused)`]
        : []),
    ]
    return { grade: 'wrong', why: `Decide item by item: this decision ${parts.join(' and ')}.` }
  }

  const outcome =
    supported.length === 0
      ? 'Disallowed'
      : supported.length === disputed.length
        ? 'Allowed'
        : 'Partially allowed'
  const base = `${outcome} item by item${supported.length ? `: the reassessment abates ${items(supported)} only` : ''}.`
  const weaker: string[] = []
  if (j.objections.holdDisputed) {
    const hold = lastOf(history, 'objections.holdCollection')
    const held = typeof hold?.amount === 'number' ? hold.amount : 0
    const inDispute = disputedTax(data)
    if (held > inDispute)
      weaker.push(
        `the hold covered ${money(held)}, more than the ${money(inDispute)} in dispute: the undisputed tax and other debts must stay collectable`,
      )
    else if (held < inDispute)
      weaker.push(
        `the hold left ${money(inDispute - held)} of the disputed tax open to enforcement during the review`,
      )
  }
  const reviewer = data.roster.find((o) => o.id === lastOf(history, 'objections.assignReviewer')?.officer)
  if (reviewer?.unit === 'audit')
    weaker.push(
      `the reviewer ${reviewer.id} works in the ${UNIT_LABELS.audit.toLowerCase()} unit that raised the assessment; the review should come from outside the audit (TADAT P7-19-2)`,
    )
  return weaker.length
    ? { grade: 'acceptable', why: `${base} But ${weaker.join('; and ')}.` }
    : { grade: 'correct', why: base }
}
