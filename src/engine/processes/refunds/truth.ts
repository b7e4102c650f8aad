/**
 * The ground truth of a refund case, computed from the world with the same rules the panels
 * and the grading use: what the evidence supports, the red flags in an officer's words, where
 * they show, and the best sequence of commands. Every sentence is a message whose figures are
 * typed arguments taken from the claim and the assessment the grader uses (docs/i18n.md).
 */
import { day, list, money, msg, type Msg, type Text } from '../../primitives/message'
import { daysBetween } from '../../primitives/calendar'
import type { TadatCode } from '../../vocabulary'
import type { CaseRecord, CaseTruth, Command } from '../contract'
import { assessClaim, offsetFor, sourcesFor } from './evidence'
import { expectedFor } from './grade'
import type { RefundKind } from './kinds'
import type { PartyState } from './parties'
import { RECIPES } from './recipes'
import { secondApprovalLimit } from './refunds.machine'
import type { RefundCase } from './types'
import type { Taxpayer } from '../../world/types'
import { taxTypeLabel } from '../../vocabulary'

const KIND_TADAT: Record<RefundKind, TadatCode[]> = {
  'phantom-exporter': ['P8-24', 'P2-3'],
  'fictitious-exports': ['P8-24', 'P6-16'],
  'refund-diversion': ['P8-24', 'P9-25'],
  'fake-input-credits': ['P8-24', 'P6-16'],
  'genuine-new-exporter': ['P8-24'],
  'genuine-large-investment': ['P8-24'],
  genuine: ['P8-24'],
}

const tm = (key: string, args?: Parameters<typeof msg>[1]): Msg => msg(`refunds.truth.${key}`, args)

/** What the best play types as a decision's reason (words a scripted officer renders). */
const reason = (type: string, key: 'block' | 'refuse' | 'exports' | 'credits') => ({
  [type]: { reason: tm(`bestReason.${key}`) },
})

export function caseTruth(
  st: PartyState,
  kind: RefundKind,
  record: CaseRecord<RefundCase>,
  unsupported: ReadonlySet<string>,
): CaseTruth {
  const { j, ctx } = st
  const c = record.data
  const sources = sourcesFor({ ...st.accounts, taxpayers: st.pop.taxpayers }, record.tin)
  const a = assessClaim(c, sources, j)
  const expected = expectedFor(kind, c.claimed, a.allowed)
  const pays = expected === 'pay-full' || expected === 'pay-partial'
  const offset = pays ? offsetFor(sources, record, a.allowed, ctx.referenceDate, j) : undefined
  const owed = offset?.offset ?? 0
  const facts: Facts = { st, kind, c, t: sources.taxpayer!, a, unsupported, owed, offset }
  const { flags, clearing } = flagsOf(facts)
  const decision = decisionOf(facts, expected)
  const atStake =
    expected === 'pay-full' ? owed : expected === 'pay-partial' ? c.claimed - a.allowed + owed : c.claimed
  return {
    caseId: record.id,
    process: 'refunds',
    kind,
    expected: decision.expected,
    explanation: decision.explanation,
    flags,
    ...(clearing.length ? { clearing } : {}),
    evidence: [...RECIPES[kind].evidence, ...(owed > 0 ? ['offset'] : [])],
    tadat: [...KIND_TADAT[kind], ...(owed > 0 ? (['P5-15'] as TadatCode[]) : [])],
    atStake,
    best: decision.best,
    ...(decision.wording ? { wording: decision.wording } : {}),
  }
}

/** What the truth of a claim is computed from. */
interface Facts {
  st: PartyState
  kind: RefundKind
  c: RefundCase
  t: Taxpayer
  a: ReturnType<typeof assessClaim>
  unsupported: ReadonlySet<string>
  /** What the offset takes from the amount the evidence supports. */
  owed: number
  offset: ReturnType<typeof offsetFor> | undefined
}

/** Whole months (of 30 days) between registration and the claim, as the flags cite them. */
export const monthsBefore = (registeredOn: string, lodgedOn: string) =>
  Math.round(daysBetween(registeredOn, lodgedOn) / 30)

/** The claim ÷ the average earlier claim, to one decimal, as the flag cites it. */
export function growthOf(c: Pick<RefundCase, 'claimed' | 'history'>): number {
  const average = c.history.reduce((s, h) => s + h.claimed, 0) / Math.max(1, c.history.length)
  return Math.round((c.claimed / Math.max(1, average)) * 10) / 10
}

/** The red flags of each kind's own story, and what clears a look-alike. */
const KIND_FLAGS: Record<RefundKind, (f: Facts) => { flags: Text[]; clearing: Text[] }> = {
  'phantom-exporter': ({ c, t }) => {
    const current = c.accounts.at(-1)!
    return {
      flags: [
        tm('flag.phantomRegistered', {
          registered: day(t.registeredOn),
          months: monthsBefore(t.registeredOn, c.lodgedOn),
          claimed: money(c.claimed),
        }),
        tm('flag.servicedOffice', { address: t.address.line }),
        tm('flag.noExportRecords', { count: c.exports.length }),
        tm('flag.newAccount', {
          opened: day(current.openedOn),
          days: daysBetween(current.from, c.lodgedOn),
        }),
      ],
      clearing: [],
    }
  },
  'fictitious-exports': ({ c, a, unsupported }) => ({
    flags: [
      tm('flag.unsupportedExports', {
        unsupported: unsupported.size,
        count: c.exports.length,
        value: money(a.exports.value),
      }),
    ],
    clearing: [],
  }),
  'refund-diversion': ({ c, t }) => {
    const current = c.accounts.at(-1)!
    return {
      flags: [
        tm('flag.accountChanged', {
          changed: day(current.from),
          days: daysBetween(current.from, c.lodgedOn),
        }),
        tm('flag.holderMismatch', { holder: current.bankHolder, name: t.name }),
      ],
      clearing: [],
    }
  },
  'genuine-new-exporter': ({ c, t }) => ({
    flags: [
      tm('flag.newExporter', { months: monthsBefore(t.registeredOn, c.lodgedOn), claimed: money(c.claimed) }),
    ],
    clearing: [tm('clearing.newExporter')],
  }),
  'genuine-large-investment': ({ c }) => {
    const capital = c.purchases.find((p) => p.capital)
    return {
      flags: [tm('flag.growth', { ratio: growthOf(c) })],
      clearing: [
        tm('clearing.investment', {
          purchase: capital?.description ?? tm('clearing.aCapitalPurchase'),
          supplier: capital?.supplierName ?? tm('clearing.aSupplier'),
        }),
      ],
    }
  },
  'fake-input-credits': () => ({ flags: [], clearing: [] }),
  genuine: () => ({ flags: [], clearing: [] }),
}

/**
 * The red flags in an officer's words, and what clears a look-alike (kept apart): the kind's own
 * story, then the unmatched credits and the debts to offset, whatever the kind.
 */
function flagsOf(f: Facts): { flags: Text[]; clearing: Text[] } {
  const { flags, clearing } = KIND_FLAGS[f.kind](f)
  if (f.kind === 'fake-input-credits' || f.kind === 'phantom-exporter')
    for (const r of f.a.credits.rows.filter((r) => r.result === 'short' || r.result === 'not declared'))
      flags.push(
        tm('flag.creditsShort', {
          supplier: r.purchase.supplierName,
          declared: money(r.declaredVat),
          claimed: money(r.purchase.vat),
        }),
      )
  if (f.owed > 0)
    flags.push(
      tm('flag.owes', {
        owed: money(f.owed),
        debts: list(
          f.offset!.lines.map((l) => tm('debt', { taxType: taxTypeLabel(l.taxType), period: l.period })),
        ),
      }),
    )
  return { flags, clearing }
}

/** The verification steps every best play takes before deciding. */
function checks(f: Facts): Command[] {
  return [
    { type: 'refunds.validate' },
    { type: 'refunds.assessRisk' },
    { type: 'refunds.checkSuppliers' },
    ...(f.a.hasExports ? [{ type: 'refunds.checkCustoms' }] : []),
    { type: 'refunds.verifyBankAccount' },
  ]
}

/** After the amount is decided: the offset, a second approval when needed, the payment. */
function payment(f: Facts): Command[] {
  return [
    { type: 'refunds.applyOffset' },
    ...(f.a.allowed > secondApprovalLimit(f.st.j) ? [{ type: 'refunds.requestSecondApproval' }] : []),
    { type: 'refunds.authorisePayment' },
  ]
}

interface Decision {
  best: Command[]
  wording?: CaseTruth['wording']
  expected: Text
  explanation: Text
}

function blockDecision(f: Facts): Decision {
  return {
    best: [...checks(f), { type: 'refunds.blockAndRefer' }],
    wording: reason('refunds.blockAndRefer', 'block'),
    expected: tm('expected.block'),
    explanation: tm(
      f.kind === 'refund-diversion' ? 'explanation.blockDiversion' : 'explanation.blockPhantom',
    ),
  }
}

function refuseDecision(f: Facts): Decision {
  return {
    best: [...checks(f), { type: 'refunds.refuse' }],
    wording: reason('refunds.refuse', 'refuse'),
    expected: tm('expected.refuse'),
    explanation: tm('explanation.refuse'),
  }
}

function partialDecision(f: Facts): Decision {
  const { c, a, owed } = f
  const exports = f.kind === 'fictitious-exports'
  return {
    best: [...checks(f), { type: 'refunds.approvePartial', amount: a.allowed }, ...payment(f)],
    wording: reason('refunds.approvePartial', exports ? 'exports' : 'credits'),
    expected:
      owed > 0
        ? tm('expected.partialOffset', {
            allowed: money(a.allowed),
            claimed: money(c.claimed),
            owed: money(owed),
            pay: money(a.allowed - owed),
          })
        : tm('expected.partial', { allowed: money(a.allowed), claimed: money(c.claimed) }),
    explanation: exports
      ? tm('explanation.partialExports', {
          value: money(a.exports.value),
          rate: f.st.j.rates.vat,
          vat: money(a.exports.vat),
        })
      : tm('explanation.partialCredits', { disallowed: money(a.credits.disallowed) }),
  }
}

const FULL_EXPLANATION: Partial<Record<RefundKind, string>> = {
  'genuine-new-exporter': 'explanation.fullNewExporter',
  'genuine-large-investment': 'explanation.fullInvestment',
}

function fullDecision(f: Facts): Decision {
  const { c, a, owed } = f
  const explanation = tm(FULL_EXPLANATION[f.kind] ?? 'explanation.fullGenuine')
  return {
    best: [...checks(f), { type: 'refunds.approveFull' }, ...payment(f)],
    expected:
      owed > 0
        ? tm('expected.fullOffset', {
            claimed: money(c.claimed),
            owed: money(owed),
            pay: money(a.allowed - owed),
          })
        : tm('expected.full', { claimed: money(c.claimed) }),
    explanation: owed > 0 ? tm('explanation.withOffset', { explanation }) : explanation,
  }
}

/** The best sequence of commands, and the right outcome and why, in words. */
function decisionOf(f: Facts, expected: ReturnType<typeof expectedFor>): Decision {
  switch (expected) {
    case 'block':
      return blockDecision(f)
    case 'refuse':
      return refuseDecision(f)
    case 'pay-partial':
      return partialDecision(f)
    case 'pay-full':
      return fullDecision(f)
  }
}
