/**
 * Generates the payments desk: suspense items, refund requests, waiver requests and late-payment
 * charges, each on a taxpayer nobody else has claimed, with the history the officer will read
 * written into the shared accounts. Genuine cases rotate through suspense, refund and charges.
 */
import { declaredKinds } from '../world-schema'
import type { ProcessWorldConfig } from '../../scenario/schema'
import { addDays } from '../../session/calendar'
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
import { caseId as caseIdOf } from '../case-id'

/** Every declared anomaly and look-alike, genuine cases up to `cases`, in a seeded order. */
function kindList(draw: Draw, config: ProcessWorldConfig): PaymentsKind[] {
  return draw.shuffle(declaredKinds(config, ANOMALIES, LOOKALIKES))
}

const GENUINE_ROTATION = ['suspense', 'refund', 'charges'] as const

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
  kinds.forEach((kind, i) => {
    const caseId = caseIdOf('payments', today, i + 1)
    const s: Story = { ctx, j, pop, accounts, today, caseId, lines: 0 }
    ctx.reseed(PROCESS_STREAM.payments, i)
    const type =
      kind === 'genuine'
        ? GENUINE_ROTATION[genuine++ % GENUINE_ROTATION.length]!
        : kind === 'credit-with-debts'
          ? 'refund'
          : kind === 'unjustified-waiver' || kind === 'reasonable-cause-waiver'
            ? 'waiver'
            : 'suspense'
    let built: Built
    switch (type) {
      case 'suspense': {
        const t = pickTaxpayer(
          s,
          (x) => old(x) && suspenseEligible(x),
          claimed,
          'active taxpayers without arrears',
        )
        ctx.reseed(PROCESS_STREAM.payments, i, 1)
        built = suspenseCase(s, kind, t, i, issued)
        break
      }
      case 'refund': {
        const withDebts = kind === 'credit-with-debts'
        const t = pickTaxpayer(
          s,
          (x) => old(x) && refundEligible(withDebts)(x),
          claimed,
          withDebts
            ? 'active taxpayers with arrears and a monthly tax'
            : 'active taxpayers with a monthly tax',
        )
        ctx.reseed(PROCESS_STREAM.payments, i, 1)
        built = refundCase(s, kind, t)
        break
      }
      case 'waiver': {
        const t = pickTaxpayer(
          s,
          (x) => old(x) && waiverEligible(x),
          claimed,
          'active taxpayers without arrears',
        )
        ctx.reseed(PROCESS_STREAM.payments, i, 1)
        built = waiverCase(s, kind, t)
        break
      }
      case 'charges': {
        const t = pickTaxpayer(
          s,
          (x) => old(x) && chargesEligible(x),
          claimed,
          'active taxpayers without arrears',
        )
        ctx.reseed(PROCESS_STREAM.payments, i, 1)
        built = chargesCase(s, t)
        break
      }
    }
    const receivedOn = built.receivedOn < today ? built.receivedOn : today
    const dueOn =
      type === 'suspense'
        ? addDays(built.receivedOn, j.payments.suspenseReturnDays)
        : addDays(receivedOn, settings.processingDays)
    cases.push({
      id: caseId,
      process: 'payments',
      tin: built.tin,
      title: built.title,
      receivedOn,
      dueOn,
      amount: built.amount,
      priority: built.amount >= ctx.bands.medium[0] / 12 ? 'high' : 'normal',
      data: built.data,
    })
    truth.push({
      caseId,
      process: 'payments',
      kind,
      expected: built.expected,
      explanation: built.explanation,
      flags: built.flags,
      evidence: built.evidence,
      tadat: [...TADAT_OF[type]],
      atStake: built.atStake,
      best: built.best,
    })
    tick()
  })
  return { cases, truth }
}

const TADAT_OF = {
  suspense: ['P8-23'],
  refund: ['P8-24', 'P5-15'],
  waiver: ['P5-14', 'P9-25'],
  charges: ['P5-14', 'P8-23'],
} as const satisfies Record<string, CaseTruth['tadat']>
