/**
 * Ground truth of an objection case, computed from the rules (not from the kind label): the
 * admissibility verdict, the items the new evidence supports, the best sequence of commands
 * and the explanation a trainee reads after deciding.
 */
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import { daysBetween } from '../../primitives/calendar'
import type { TadatCode } from '../../vocabulary'
import type { CaseRecord, CaseTruth, Command } from '../contract'
import { disputedTax, itemList, undisputedTax, type ObjectionCaseData } from './case-data'
import type { ObjectionKind } from './kinds'
import {
  daysLate,
  deemedReceipt,
  GROUND_LABELS,
  inadmissibility,
  objectionLimit,
  outcomeOf,
  type InadmissibleGround,
} from './rules'

const TADAT: Record<ObjectionKind, TadatCode[]> = {
  'late-objection': ['P7-19'],
  'undisputed-unpaid': ['P7-19', 'P5-15'],
  'no-grounds': ['P7-19'],
  'deemed-receipt-in-time': ['P7-19', 'P7-20'],
  'valid-partial': ['P7-19', 'P7-21'],
  genuine: ['P7-19', 'P7-20'],
}

const EVIDENCE: Record<ObjectionKind, string[]> = {
  'late-objection': ['notice'],
  'undisputed-unpaid': ['account'],
  'no-grounds': ['objection-letter'],
  'deemed-receipt-in-time': ['notice'],
  'valid-partial': ['new-evidence', 'audit-file'],
  genuine: ['new-evidence'],
}

const list = itemList

/** The reviewer the best play assigns: the first officer of the objections unit. */
export function independentReviewer(data: ObjectionCaseData): string {
  return (data.roster.find((o) => o.unit === 'objections' && o.id !== data.auditorId) ?? data.roster[0]!).id
}

export function bestCommands(
  data: ObjectionCaseData,
  j: Jurisdiction,
  ground: InadmissibleGround | undefined,
  supported: readonly string[],
): Command[] {
  const steps: Command[] = [{ type: 'objections.checkNotice' }, { type: 'objections.checkPayments' }]
  if (ground) return [...steps, { type: 'objections.declareInadmissible', ground }]
  return [
    ...steps,
    { type: 'objections.reviewAuditFile' },
    { type: 'objections.examineEvidence' },
    { type: 'objections.acceptAdmissible' },
    ...(j.objections.holdDisputed ? [{ type: 'objections.holdCollection', amount: disputedTax(data) }] : []),
    { type: 'objections.assignReviewer', officer: independentReviewer(data) },
    { type: 'objections.decide', allowedItems: [...supported] },
  ]
}

interface Story {
  expected: string
  explanation: string
  flags: string[]
  /** What clears a look-alike: kept apart from the red flags. */
  clearing: string[]
}

interface Facts {
  data: ObjectionCaseData
  receivedOn: string
  j: Jurisdiction
  paid: number
  undisputed: number
  /** The dates of the case in one sentence. */
  dates: string
}

function inadmissibleStory(ground: InadmissibleGround, f: Facts): Story {
  const { data, j, paid, undisputed } = f
  const money = (minor: number) => formatMoney(minor, j.currency)
  const expected = `Declare the objection inadmissible (${GROUND_LABELS[ground].toLowerCase()}) and notify the taxpayer in writing`
  switch (ground) {
    case 'late':
      return {
        expected,
        flags: [
          `Received ${daysLate(data.mailedOn, f.receivedOn, j)} days after the last day to object, even counting from deemed receipt`,
          j.objections.extensionDays === 0
            ? 'The law allows no extension of the objection period'
            : data.lateReason
              ? 'Beyond any extension the law allows'
              : 'No reason for the delay is given',
        ],
        explanation: `${f.dates}: too late. The time limit is applied strictly; the merits are not reviewed. A written notice tells the taxpayer why.`,
        clearing: [],
      }
    case 'no-grounds':
      return {
        expected,
        flags: ['The letter disputes items but gives no grounds or reasons', 'No new evidence is attached'],
        explanation:
          'An objection must state precise grounds. This letter only says the taxpayer disagrees. Declare it inadmissible and tell the taxpayer in writing what a valid objection must contain.',
        clearing: [],
      }
    case 'undisputed-unpaid':
      return {
        expected,
        flags: [
          `The accepted items come to ${money(undisputed)}; only ${money(paid)} has been paid on the assessment`,
        ],
        explanation: `The law makes an objection admissible only once the undisputed tax is paid. ${money(undisputed - paid)} of the accepted ${money(undisputed)} is unpaid: inadmissible until it is paid, and the taxpayer must be told so in writing.`,
        clearing: [],
      }
  }
}

function meritsStory(
  kind: ObjectionKind,
  f: Facts,
  supported: readonly string[],
  refused: readonly string[],
  disputed: readonly string[],
): Story {
  const { data, j, paid, undisputed } = f
  const money = (minor: number) => formatMoney(minor, j.currency)
  const outcome = outcomeOf(supported, disputed)
  const verb =
    outcome === 'allowed'
      ? 'allow it in full'
      : outcome === 'disallowed'
        ? 'disallow it'
        : 'partially allow it'
  const hold = j.objections.holdDisputed ? `, hold ${money(disputedTax(data))} (the disputed tax only)` : ''
  const items =
    outcome === 'allowed'
      ? `allow ${list(supported)}`
      : outcome === 'disallowed'
        ? `disallow ${list(refused)}`
        : `allow ${list(supported)}, disallow ${list(refused)}`
  const fromMailing = daysBetween(data.mailedOn, f.receivedOn)
  const clearing =
    kind === 'deemed-receipt-in-time'
      ? [`The deemed-receipt rule adds ${j.deadlines.deemedReceiptDays} days to the mailing: in time`]
      : []
  const flags =
    kind === 'deemed-receipt-in-time'
      ? [`Lodged ${fromMailing} days after the notice was mailed (looks late)`]
      : kind === 'valid-partial'
        ? [`New evidence is confirmed for ${list(supported)} and not for ${list(refused)}`]
        : []
  const merits =
    outcome === 'allowed'
      ? `the checks confirm the new evidence for every disputed item (${list(supported)}): allow them all, and the reassessment abates them`
      : outcome === 'disallowed'
        ? `the checks confirm none of the new evidence (${list(refused)}): disallow, with reasons, and the assessment stands`
        : `the checks confirm the new evidence for ${list(supported)} but not for ${list(refused)}: allow those, disallow the rest, and the reassessment abates the allowed items only`
  const paidNote =
    undisputed > 0 && paid >= undisputed ? ` and the accepted ${money(undisputed)} is paid` : ''
  return {
    expected: `Admit the objection${hold}, assign a reviewer outside the audit, and ${verb}: ${items}`,
    explanation: `${f.dates}: in time. The grounds are stated${paidNote}. On the merits, ${merits}.`,
    flags,
    clearing,
  }
}

export function truthOf(
  kind: ObjectionKind,
  record: CaseRecord<ObjectionCaseData>,
  j: Jurisdiction,
  paid: number,
  supportedIds: readonly string[],
): CaseTruth {
  const data = record.data
  const undisputed = undisputedTax(data)
  const ground = inadmissibility(
    {
      mailedOn: data.mailedOn,
      receivedOn: record.receivedOn,
      groundsStated: data.groundsStated,
      undisputed,
      paid,
      lateReason: data.lateReason !== undefined,
    },
    j,
  )
  const disputed = data.items.filter((i) => i.disputed).map((i) => i.id)
  const supported = ground ? [] : supportedIds.filter((id) => disputed.includes(id))
  const refused = disputed.filter((id) => !supported.includes(id))
  const deemed = deemedReceipt(data.mailedOn, j)
  const limit = objectionLimit(data.mailedOn, j)
  const dates = `Mailed ${data.mailedOn}, deemed received ${deemed} (${j.deadlines.deemedReceiptDays} days later); the ${j.deadlines.objectionDays}-day window closed on ${limit}; the objection arrived on ${record.receivedOn}`
  const facts: Facts = { data, receivedOn: record.receivedOn, j, paid, undisputed, dates }
  const { expected, explanation, flags, clearing } = ground
    ? inadmissibleStory(ground, facts)
    : meritsStory(kind, facts, supported, refused, disputed)
  return {
    caseId: record.id,
    process: 'objections',
    kind,
    expected,
    explanation,
    flags,
    ...(clearing.length ? { clearing } : {}),
    evidence: EVIDENCE[kind],
    tadat: TADAT[kind],
    atStake: disputedTax(data),
    best: bestCommands(data, j, ground, supported),
  }
}
