/**
 * Ground truth of an objection case, computed from the rules (not from the kind label): the
 * admissibility verdict, the items the new evidence supports, the best sequence of commands
 * and the explanation a trainee reads after deciding. Every sentence is a message whose dates,
 * days and amounts are typed arguments taken from the case data the grader reads.
 */
import { day, money, msg, type Msg, type Text } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import { daysBetween } from '../../primitives/calendar'
import type { CaseRecord, CaseTruth, Command } from '../contract'
import { disputedTax, undisputedTax, type ObjectionCaseData } from './case-data'
import type { ObjectionKind } from './kinds'
import { groundInText, itemsInText } from './labels'
import { RECIPES, type Recipe } from './recipes'
import {
  daysLate,
  deemedReceipt,
  inadmissibility,
  objectionLimit,
  outcomeOf,
  type InadmissibleGround,
} from './rules'

const tm = (key: string, args?: Parameters<typeof msg>[1]): Msg => msg(`objections.truth.${key}`, args)

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
  expected: Text
  explanation: Text
  flags: Text[]
  /** What clears a look-alike: kept apart from the red flags. */
  clearing: Text[]
}

interface Facts {
  data: ObjectionCaseData
  receivedOn: string
  j: Jurisdiction
  paid: number
  undisputed: number
  /** The dates of the case in one sentence. */
  dates: Msg
}

function lateFlag(f: Facts): Msg {
  if (f.j.objections.extensionDays === 0) return tm('flag.noExtension')
  return f.data.lateReason ? tm('flag.beyondExtension') : tm('flag.noLateReason')
}

function inadmissibleStory(ground: InadmissibleGround, f: Facts): Story {
  const { data, j, paid, undisputed } = f
  const expected = tm('expected.inadmissible', { ground: groundInText(ground) })
  switch (ground) {
    case 'late':
      return {
        expected,
        flags: [tm('flag.late', { days: daysLate(data.mailedOn, f.receivedOn, j) }), lateFlag(f)],
        explanation: tm('explanation.late', { dates: f.dates }),
        clearing: [],
      }
    case 'no-grounds':
      return {
        expected,
        flags: [tm('flag.noGrounds'), tm('flag.noEvidence')],
        explanation: tm('explanation.noGrounds'),
        clearing: [],
      }
    case 'undisputed-unpaid':
      return {
        expected,
        flags: [tm('flag.undisputedUnpaid', { accepted: money(undisputed), paid: money(paid) })],
        explanation: tm('explanation.undisputedUnpaid', {
          unpaid: money(undisputed - paid),
          accepted: money(undisputed),
        }),
        clearing: [],
      }
  }
}

/** The look-alike's flags and what clears it, and the partial case's flag. */
function meritsFlags(
  looksLike: Recipe['looksLike'],
  f: Facts,
  supported: readonly string[],
  refused: readonly string[],
): Pick<Story, 'flags' | 'clearing'> {
  if (looksLike === 'late')
    return {
      flags: [tm('flag.looksLate', { days: daysBetween(f.data.mailedOn, f.receivedOn) })],
      clearing: [tm('clearing.deemedReceipt', { days: f.j.deadlines.deemedReceiptDays })],
    }
  if (looksLike === 'partly-confirmed')
    return {
      flags: [
        tm('flag.partlyConfirmed', { supported: itemsInText(supported), refused: itemsInText(refused) }),
      ],
      clearing: [],
    }
  return { flags: [], clearing: [] }
}

function meritsStory(
  recipe: Recipe,
  f: Facts,
  supported: readonly string[],
  refused: readonly string[],
  disputed: readonly string[],
): Story {
  const { data, j, paid, undisputed } = f
  const outcome = outcomeOf(supported, disputed)
  const items = { outcome, supported: itemsInText(supported), refused: itemsInText(refused) }
  const merits = tm('merits', items)
  return {
    expected: j.objections.holdDisputed
      ? tm('expected.admitHold', { ...items, hold: money(disputedTax(data)) })
      : tm('expected.admit', items),
    explanation:
      undisputed > 0 && paid >= undisputed
        ? tm('explanation.inTimePaid', { dates: f.dates, accepted: money(undisputed), merits })
        : tm('explanation.inTime', { dates: f.dates, merits }),
    ...meritsFlags(recipe.looksLike, f, supported, refused),
  }
}

/** The case's dates in one sentence, from the mailing and the law. */
function datesOf(data: ObjectionCaseData, receivedOn: string, j: Jurisdiction): Msg {
  return tm('dates', {
    mailed: day(data.mailedOn),
    deemed: day(deemedReceipt(data.mailedOn, j)),
    deemedDays: j.deadlines.deemedReceiptDays,
    windowDays: j.deadlines.objectionDays,
    windowEnd: day(objectionLimit(data.mailedOn, j)),
    received: day(receivedOn),
  })
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
  const recipe = RECIPES[kind]
  const dates = datesOf(data, record.receivedOn, j)
  const facts: Facts = { data, receivedOn: record.receivedOn, j, paid, undisputed, dates }
  const { expected, explanation, flags, clearing } = ground
    ? inadmissibleStory(ground, facts)
    : meritsStory(recipe, facts, supported, refused, disputed)
  return {
    caseId: record.id,
    process: 'objections',
    kind,
    expected,
    explanation,
    flags,
    ...(clearing.length ? { clearing } : {}),
    evidence: [...recipe.evidence],
    tadat: [...recipe.tadat],
    atStake: disputedTax(data),
    best: bestCommands(data, j, ground, supported),
  }
}
