/**
 * Stories as data: one recipe per kind of objection case. A recipe says when the letter arrives,
 * how much of the assessment it disputes, what the new evidence supports, whether it states
 * grounds, how the accepted tax was paid, what the jurisdiction's law must allow for the kind to
 * exist, and which panels and TADAT indicators the case exercises. generate.ts and truth.ts read
 * this table and never switch on the kind itself; the verdict still comes from the rules.
 */
import type { Jurisdiction } from '../../scenario/schema'
import type { TadatCode } from '../../vocabulary'
import type { ObjectionKind } from './kinds'

export interface Recipe {
  /**
   * When the objection arrives, counted from the notice's mailing: 'in-time' within the time
   * limit; 'deemed' after the limit counted from the mailing, within it counted from the deemed
   * receipt; 'late' after the limit, the deemed-receipt days and any extension.
   */
  arrival: 'in-time' | 'deemed' | 'late'
  /** The fewest items the letter disputes (a partial decision needs one allowed and one refused). */
  fewestDisputed: 1 | 2
  /**
   * Which disputed items the new evidence supports: 'all-or-none' (one draw for the letter),
   * 'some' (at least one supported and one not), 'each' (each item on its own).
   */
  support: 'all-or-none' | 'some' | 'each'
  /** The letter states grounds and the new evidence for each disputed item. */
  grounds: boolean
  /**
   * The tax the taxpayer accepts: 'as-law' paid in full when the law requires it (otherwise the
   * seed decides), 'short' unpaid or paid in part.
   */
  payment: 'as-law' | 'short'
  /** The letter may explain why it is late (the seed decides). */
  lateReason: boolean
  /** What the case shows a trainee at a glance, beside the verdict's own flags. */
  looksLike?: 'late' | 'partly-confirmed'
  /** What the jurisdiction's law must allow for the kind to exist, and the trainer's message if not. */
  law?: { allows: (j: Jurisdiction) => boolean; problem: string }
  /** Panels where the red flags (or what clears them) can be seen. */
  evidence: readonly string[]
  tadat: readonly TadatCode[]
}

const admissible = {
  arrival: 'in-time',
  fewestDisputed: 1,
  support: 'each',
  grounds: true,
  payment: 'as-law',
  lateReason: false,
} as const satisfies Partial<Recipe>

export const RECIPES: Record<ObjectionKind, Recipe> = {
  'late-objection': {
    ...admissible,
    arrival: 'late',
    lateReason: true,
    evidence: ['notice'],
    tadat: ['P7-19'],
  },
  'undisputed-unpaid': {
    ...admissible,
    payment: 'short',
    law: {
      allows: (j) => j.objections.requireUndisputedPaid,
      problem: 'undisputed-unpaid cases need a jurisdiction whose objections.requireUndisputedPaid is true.',
    },
    evidence: ['account'],
    tadat: ['P7-19', 'P5-15'],
  },
  'no-grounds': {
    ...admissible,
    grounds: false,
    evidence: ['objection-letter'],
    tadat: ['P7-19'],
  },
  'deemed-receipt-in-time': {
    ...admissible,
    arrival: 'deemed',
    looksLike: 'late',
    law: {
      allows: (j) => j.deadlines.deemedReceiptDays >= 1,
      problem:
        'deemed-receipt-in-time cases need a jurisdiction whose deadlines.deemedReceiptDays is above 0.',
    },
    evidence: ['notice'],
    tadat: ['P7-19', 'P7-20'],
  },
  'valid-partial': {
    ...admissible,
    fewestDisputed: 2,
    support: 'some',
    looksLike: 'partly-confirmed',
    evidence: ['new-evidence', 'audit-file'],
    tadat: ['P7-19', 'P7-21'],
  },
  genuine: {
    ...admissible,
    support: 'all-or-none',
    evidence: ['new-evidence'],
    tadat: ['P7-19', 'P7-20'],
  },
}
