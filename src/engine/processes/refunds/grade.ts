/**
 * Grades the closing decision on a refund claim against what the evidence supports. The table
 * is the product's teaching position: paying a fraudulent refund is harmful, so is refusing a
 * genuine exporter; the offset and the statutory time limit are part of a right decision.
 */
import { money, msg, type Msg } from '../../primitives/message'
import { percentOf } from '../../rules/money'
import type { Currency } from '../../rules/money'
import type { Verdict } from '../contract'
import type { RefundKind } from './kinds'

/** What the best decision is for a kind of case. */
export type Expected = 'pay-full' | 'pay-partial' | 'refuse' | 'block'

export function expectedFor(kind: RefundKind, claimed: number, allowed: number): Expected {
  if (kind === 'phantom-exporter' || kind === 'refund-diversion') return 'block'
  if (allowed <= 0) return 'refuse'
  return allowed < claimed ? 'pay-partial' : 'pay-full'
}

/** The closing decision as the grader sees it. */
export type Decision =
  { type: 'pay'; amount: number; offsetApplied: boolean } | { type: 'refuse' } | { type: 'block' }

export interface GradeFacts {
  kind: RefundKind
  claimed: number
  /** The refund the evidence supports. */
  allowed: number
  /** What the offset takes from the amount the officer allowed (0 when nothing is owed). */
  owedOffset: number
  /** Days after the decision limit (0 or less when in time). */
  daysLate: number
  currency: Currency
}

/** Amounts within half a percent (at least one major unit) of the right figure count as right. */
export function tolerance(allowed: number, currency: Currency): number {
  return Math.max(10 ** currency.minorUnits, percentOf(allowed, 0.5))
}

const LOOKALIKE: Partial<Record<RefundKind, Msg>> = {
  'genuine-new-exporter': msg('refunds.verdict.lookalike.newExporter'),
  'genuine-large-investment': msg('refunds.verdict.lookalike.largeInvestment'),
}

const verdict = (grade: Verdict['grade'], why: Msg): Verdict => ({ grade, why })

function judgeBlock(f: GradeFacts, d: Decision): Verdict {
  if (d.type === 'block')
    return verdict(
      'correct',
      f.kind === 'refund-diversion'
        ? msg('refunds.verdict.block.diversion')
        : msg('refunds.verdict.block.phantom'),
    )
  if (d.type === 'refuse') return verdict('acceptable', msg('refunds.verdict.block.refused'))
  return verdict('harmful', msg('refunds.verdict.block.paid', { amount: money(d.amount) }))
}

function judgeRefuse(d: Decision): Verdict {
  if (d.type === 'refuse') return verdict('correct', msg('refunds.verdict.refuse.refused'))
  if (d.type === 'block') return verdict('acceptable', msg('refunds.verdict.refuse.blocked'))
  return verdict('harmful', msg('refunds.verdict.refuse.paid', { amount: money(d.amount) }))
}

function judgePartial(f: GradeFacts, d: Decision, tol: number): Verdict {
  const allowed = money(f.allowed)
  if (d.type === 'refuse') return verdict('acceptable', msg('refunds.verdict.partial.refused', { allowed }))
  if (d.type === 'block') return verdict('acceptable', msg('refunds.verdict.partial.blocked', { allowed }))
  if (d.amount > f.allowed + tol)
    return verdict(
      'harmful',
      msg('refunds.verdict.partial.tooMuch', {
        excess: money(d.amount - f.allowed),
        allowed,
        claimed: money(f.claimed),
      }),
    )
  if (d.amount < f.allowed - tol)
    return verdict(
      'wrong',
      msg('refunds.verdict.partial.tooLittle', {
        amount: money(d.amount),
        allowed,
        withheld: money(f.allowed - d.amount),
      }),
    )
  return verdict('correct', msg('refunds.verdict.partial.right', { allowed }))
}

function judgeFull(f: GradeFacts, d: Decision, tol: number): Verdict {
  const lookalike = LOOKALIKE[f.kind]
  if (d.type === 'refuse')
    return verdict(
      'harmful',
      lookalike
        ? msg('refunds.verdict.full.refusedLookalike', { facts: lookalike })
        : msg('refunds.verdict.full.refused'),
    )
  if (d.type === 'block')
    return verdict(
      'wrong',
      lookalike
        ? msg('refunds.verdict.full.blockedLookalike', { facts: lookalike })
        : msg('refunds.verdict.full.blocked'),
    )
  if (d.amount < f.allowed - tol)
    return verdict(
      'wrong',
      msg('refunds.verdict.full.tooLittle', { amount: money(d.amount), claimed: money(f.claimed) }),
    )
  return verdict(
    'correct',
    lookalike
      ? msg('refunds.verdict.full.rightLookalike', { facts: lookalike })
      : msg('refunds.verdict.full.right'),
  )
}

/** Judges the decision alone; the session adds evidence diligence. */
export function judgeDecision(f: GradeFacts, d: Decision): Verdict {
  const expected = expectedFor(f.kind, f.claimed, f.allowed)
  const tol = tolerance(f.allowed, f.currency)
  const base =
    expected === 'block'
      ? judgeBlock(f, d)
      : expected === 'refuse'
        ? judgeRefuse(d)
        : expected === 'pay-partial'
          ? judgePartial(f, d, tol)
          : judgeFull(f, d, tol)
  if (d.type === 'pay' && !d.offsetApplied && f.owedOffset > 0 && base.grade !== 'harmful')
    return verdict('wrong', msg('refunds.verdict.noOffset', { why: base.why, offset: money(f.owedOffset) }))
  if (f.daysLate > 0 && base.grade === 'correct')
    return verdict('acceptable', msg('refunds.verdict.late', { why: base.why, days: f.daysLate }))
  return base
}
