/**
 * Grades the closing decision on a refund claim against what the evidence supports. The table
 * is the product's teaching position: paying a fraudulent refund is harmful, so is refusing a
 * genuine exporter; the offset and the statutory time limit are part of a right decision.
 */
import { formatMoney, percentOf } from '../../rules/money'
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

const LOOKALIKE: Partial<Record<RefundKind, string>> = {
  'genuine-new-exporter': 'customs records, foreign receipts and its own bank account all check out',
  'genuine-large-investment': 'the capital purchase is declared by the supplier',
}

/** Judges the decision alone; the session adds evidence diligence. */
export function judgeDecision(f: GradeFacts, d: Decision): Verdict {
  const money = (m: number) => formatMoney(m, f.currency)
  const expected = expectedFor(f.kind, f.claimed, f.allowed)
  const tol = tolerance(f.allowed, f.currency)
  const base = ((): Verdict => {
    switch (expected) {
      case 'block':
        if (d.type === 'block')
          return {
            grade: 'correct',
            why:
              f.kind === 'refund-diversion'
                ? 'Blocked and referred: the refund account was changed just before the claim to an account the bank says is not the taxpayer\u2019s. Identity must be verified first.'
                : 'Blocked and referred: a new company, "exports" without customs records and a new account are the marks of a phantom exporter.',
          }
        if (d.type === 'refuse')
          return {
            grade: 'acceptable',
            why: 'No money left the office, but refusing closes the file: this claim needed a block and a referral so that the people behind it are investigated.',
          }
        return {
          grade: 'harmful',
          why: `${money(d.amount)} was authorised on a claim that should have been blocked and referred.`,
        }
      case 'refuse':
        if (d.type === 'refuse')
          return { grade: 'correct', why: 'Refused: nothing in the claim is supported by the evidence.' }
        if (d.type === 'block')
          return {
            grade: 'acceptable',
            why: 'Blocked: no money was paid, but the claim should simply be refused.',
          }
        return {
          grade: 'harmful',
          why: `${money(d.amount)} was authorised although nothing in the claim is supported.`,
        }
      case 'pay-partial':
        if (d.type === 'refuse')
          return {
            grade: 'acceptable',
            why: `No unsupported credit was paid, but ${money(f.allowed)} is properly due: refuse only the part the evidence does not support.`,
          }
        if (d.type === 'block')
          return {
            grade: 'acceptable',
            why: `A referral is defensible, but ${money(f.allowed)} is supported and should be paid in time; disallow only the unsupported part.`,
          }
        if (d.amount > f.allowed + tol)
          return {
            grade: 'harmful',
            why: `${money(d.amount - f.allowed)} of unsupported VAT was allowed: only ${money(f.allowed)} of the ${money(f.claimed)} claimed is supported.`,
          }
        if (d.amount < f.allowed - tol)
          return {
            grade: 'wrong',
            why: `Allowed ${money(d.amount)}, but ${money(f.allowed)} is supported: ${money(f.allowed - d.amount)} of genuine credit was withheld.`,
          }
        return {
          grade: 'correct',
          why: `Allowed ${money(f.allowed)}: the unsupported part was disallowed and the rest paid.`,
        }
      case 'pay-full': {
        const lookalike = LOOKALIKE[f.kind]
        if (d.type === 'refuse')
          return {
            grade: 'harmful',
            why: lookalike
              ? `A genuine claim was refused: ${lookalike}. Refusing hurts an honest business's cash flow.`
              : 'A genuine, fully supported claim was refused.',
          }
        if (d.type === 'block')
          return {
            grade: 'wrong',
            why: lookalike
              ? `A genuine claim was blocked: ${lookalike}. The risk tier asks for verification, not refusal.`
              : 'A genuine, fully supported claim was blocked.',
          }
        if (d.amount < f.allowed - tol)
          return {
            grade: 'wrong',
            why: `Allowed ${money(d.amount)} of a fully supported ${money(f.claimed)}: the whole claim is due.`,
          }
        return {
          grade: 'correct',
          why: lookalike ? `Approved in full: ${lookalike}.` : 'Approved in full: the claim is supported.',
        }
      }
    }
  })()
  if (d.type === 'pay' && !d.offsetApplied && f.owedOffset > 0 && base.grade !== 'harmful')
    return {
      grade: 'wrong',
      why: `${base.why} But the refund was paid without the offset check: ${money(f.owedOffset)} should first have cleared the taxpayer's debts in other tax types.`,
    }
  if (f.daysLate > 0 && base.grade === 'correct')
    return {
      grade: 'acceptable',
      why: `${base.why} But the decision came ${f.daysLate} days after the statutory limit.`,
    }
  return base
}
