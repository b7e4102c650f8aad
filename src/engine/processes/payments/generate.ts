/**
 * Generates the payments desk: suspense items, refund requests, waiver requests and late-payment
 * charges, each on a taxpayer nobody else has claimed, with the history the officer will read
 * written into the shared accounts. Genuine cases rotate through suspense, refund and charges.
 */
import { groupWhileWriting, stopGrouping } from '../../world/lookup'
import { declaredKinds } from '../world-schema'
import type { ProcessWorldConfig } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import { PROCESS_STREAM, type ProcessGenerator } from '../../world/process-world'
import type { Draw } from '../../world/prng'
import type { Taxpayer } from '../../world/types'
import type { CaseRecord, CaseTruth } from '../contract'
import { WorldConfigSchema } from './config.schema'
import { ANOMALIES, LOOKALIKES, type PaymentsKind } from './kinds'
import {
  chargesCase,
  chargesEligible,
  refundCase,
  refundEligible,
  waiverCase,
  waiverEligible,
} from './requests'
import { pickTaxpayer, type Built, type Story } from './story'
import { suspenseCase, suspenseEligible } from './suspense'
import { caseId as caseIdOf } from '../../primitives/case-id'

/** Every declared anomaly and look-alike, genuine cases up to `cases`, in a seeded order. */
function kindList(draw: Draw, config: ProcessWorldConfig): PaymentsKind[] {
  return draw.shuffle(declaredKinds(config, ANOMALIES, LOOKALIKES))
}

const GENUINE_ROTATION = ['suspense', 'refund', 'charges'] as const

type CaseType = (typeof GENUINE_ROTATION)[number] | 'waiver'

/** The kind of desk item a case kind is (genuine cases rotate through suspense, refund and charges). */
function typeOf(kind: PaymentsKind, genuine: number): CaseType {
  if (kind === 'genuine') return GENUINE_ROTATION[genuine % GENUINE_ROTATION.length]!
  if (kind === 'credit-with-debts') return 'refund'
  if (kind === 'unjustified-waiver' || kind === 'reasonable-cause-waiver') return 'waiver'
  return 'suspense'
}

interface Build {
  s: Story
  kind: PaymentsKind
  i: number
  old: (t: Taxpayer) => boolean
  claimed: Parameters<typeof pickTaxpayer>[2]
  issued: ReadonlySet<string>
}

/** Picks the item's taxpayer, then writes its story on the case's own random stream. */
const BUILDERS: Record<CaseType, (b: Build) => Built> = {
  suspense: ({ s, kind, i, old, claimed, issued }) => {
    const eligible = (x: Taxpayer) => old(x) && suspenseEligible(x)
    const t = pickTaxpayer(s, eligible, claimed, 'noArrears')
    // The mistyped TIN's look-alike: another taxpayer who will owe exactly the amount.
    const lure = kind === 'mistyped-tin' ? pickTaxpayer(s, eligible, claimed, 'noArrears') : undefined
    s.ctx.reseed(PROCESS_STREAM.payments, i, 1)
    return suspenseCase(s, kind, t, i, issued, lure)
  },
  refund: ({ s, kind, i, old, claimed }) => {
    const withDebts = kind === 'credit-with-debts'
    const t = pickTaxpayer(
      s,
      (x) => old(x) && refundEligible(withDebts)(x),
      claimed,
      withDebts ? 'withArrears' : 'monthly',
    )
    s.ctx.reseed(PROCESS_STREAM.payments, i, 1)
    return refundCase(s, kind, t)
  },
  waiver: ({ s, kind, i, old, claimed }) => {
    const t = pickTaxpayer(s, (x) => old(x) && waiverEligible(x), claimed, 'noArrears')
    s.ctx.reseed(PROCESS_STREAM.payments, i, 1)
    return waiverCase(s, kind, t)
  },
  charges: ({ s, i, old, claimed }) => {
    const t = pickTaxpayer(s, (x) => old(x) && chargesEligible(x), claimed, 'noArrears')
    s.ctx.reseed(PROCESS_STREAM.payments, i, 1)
    return chargesCase(s, t)
  },
}

/** The case record and its ground truth, from what the builder wrote. */
function recordOf(
  s: Story,
  kind: PaymentsKind,
  type: CaseType,
  built: Built,
  processingDays: number,
): { record: CaseRecord; truth: CaseTruth } {
  const { today, caseId, j, ctx } = s
  const receivedOn = built.receivedOn < today ? built.receivedOn : today
  const dueOn =
    type === 'suspense'
      ? addDays(built.receivedOn, j.payments.suspenseReturnDays)
      : addDays(receivedOn, processingDays)
  const record: CaseRecord = {
    id: caseId,
    process: 'payments',
    tin: built.tin,
    title: built.title,
    receivedOn,
    dueOn,
    amount: built.amount,
    priority: built.amount >= ctx.bands.medium[0] / 12 ? 'high' : 'normal',
    data: built.data,
  }
  const truth: CaseTruth = {
    caseId,
    process: 'payments',
    kind,
    expected: built.expected,
    explanation: built.explanation,
    flags: built.flags,
    ...(built.clearing ? { clearing: built.clearing } : {}),
    evidence: built.evidence,
    tadat: [...TADAT_OF[type]],
    atStake: built.atStake,
    best: built.best,
  }
  return { record, truth }
}

export const generate: ProcessGenerator = ({ ctx, pop, accounts, config, claimed, tick }) => {
  const settings = WorldConfigSchema.parse(config)
  const j = ctx.scenario.jurisdiction
  const today = ctx.referenceDate
  const settled = addDays(today, -500)
  const old = (t: Taxpayer) => t.registeredOn < settled
  const issued = new Set(pop.taxpayers.map((t) => t.tin))
  ctx.reseed(PROCESS_STREAM.payments, 999_999)
  const kinds = kindList(ctx.draw, settings)
  const cases: CaseRecord[] = []
  const truth: CaseTruth[] = []
  let genuine = 0
  // One taxpayer's lines are read and replaced per case: grouped by TIN, not scanned (lookup.ts).
  const lists = [accounts.ledger, accounts.returns]
  for (const list of lists) groupWhileWriting(list)
  try {
    kinds.forEach((kind, i) => {
      const caseId = caseIdOf('payments', today, i + 1)
      const s: Story = { ctx, j, pop, accounts, today, caseId, lines: 0 }
      ctx.reseed(PROCESS_STREAM.payments, i)
      const type = typeOf(kind, kind === 'genuine' ? genuine++ : genuine)
      const built = BUILDERS[type]({ s, kind, i, old, claimed, issued })
      const made = recordOf(s, kind, type, built, settings.processingDays)
      cases.push(made.record)
      truth.push(made.truth)
      tick()
    })
  } finally {
    for (const list of lists) stopGrouping(list)
  }
  return { cases, truth }
}

const TADAT_OF = {
  suspense: ['P8-23'],
  refund: ['P8-24', 'P5-15'],
  waiver: ['P5-14', 'P9-25'],
  charges: ['P5-14', 'P8-23'],
} as const satisfies Record<string, CaseTruth['tadat']>
