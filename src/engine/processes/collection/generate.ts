/**
 * Generates the collection worklist: one case per debtor, each with its debt in the shared
 * ledger, the notices served, and whatever the banks, employers, registries and the taxpayer's
 * own papers show. Ground truth (the kind, the red flags, the best commands) is worked out from
 * the same rules the machine and the grading use, so `best` always plays and grades correct.
 */
import { BUSINESSES, shortfallMessage, WorldShortfall } from '../../world/shortfall'
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import type { TadatCode } from '../../vocabulary'
import type { ProcessGenerator } from '../../world/process-world'
import { PROCESS_STREAM } from '../../world/process-world'
import type { Company, Taxpayer } from '../../world/types'
import type { CaseRecord, CaseTruth, Command } from '../contract'
import { AccountWriter, clearHistory } from './accounts'
import type { CollectionCaseData } from './case-data'
import { CHECK_COMMAND, TOOL_EVIDENCE } from './collection.machine'
import { WorldConfigSchema } from './config.schema'
import { factsOf, type CaseFacts } from './facts'
import { ANOMALIES, LOOKALIKES, type CollectionKind } from './kinds'
import { agreementDecision, debtPriority, demandDates, leastIntrusiveTool, requiredApprover } from './rules'
import {
  agreementAbuseStory,
  assetFlightStory,
  cashFlowStory,
  disputedDebtStory,
  genuineStory,
  uncollectibleStory,
  type GenuineVariant,
  type Story,
  type StoryEnv,
} from './stories'
import { caseId } from '../../primitives/case-id'

interface Slot {
  kind: CollectionKind
  variant?: GenuineVariant
}

/** How many of each genuine variant, from the scenario's shares (largest remainders, bank last). */
export function genuineVariants(
  count: number,
  shares: { newDebt: number; running: number; refund: number; employee: number },
): GenuineVariant[] {
  const newDebt = Math.round((count * shares.newDebt) / 100)
  const running = Math.min(count - newDebt, Math.round((count * shares.running) / 100))
  const rest = count - newDebt - running
  const refund = Math.min(rest, Math.round((rest * shares.refund) / 100))
  const employee = Math.min(rest - refund, Math.round((rest * shares.employee) / 100))
  return [
    ...Array<GenuineVariant>(newDebt).fill('serve-demand'),
    ...Array<GenuineVariant>(running).fill('wait'),
    ...Array<GenuineVariant>(refund).fill('offset'),
    ...Array<GenuineVariant>(employee).fill('employer'),
    ...Array<GenuineVariant>(rest - refund - employee).fill('bank'),
  ]
}

const TADAT: Record<CollectionKind, TadatCode[]> = {
  'asset-flight': ['P5-15'],
  'agreement-abuse': ['P5-15'],
  'disputed-debt': ['P5-15', 'P7-19'],
  'cash-flow-problem': ['P5-15'],
  uncollectible: ['P5-15', 'P9-25'],
  genuine: ['P5-15'],
}

const step = (check: keyof typeof CHECK_COMMAND): Command => ({ type: CHECK_COMMAND[check] })

/** The lawful enforcement path: evidence, clearing what stands in the way, then the right tool. */
function enforcementPath(facts: CaseFacts, data: CollectionCaseData, j: Jurisdiction): Command[] {
  const commands: Command[] = [step('account'), step('notices'), step('objections')]
  if (data.request || data.agreements.length) commands.push(step('agreements'))
  const active = data.agreements.find((a) => a.status === 'active')
  if (active) commands.push({ type: 'collection.declareDefault' })
  if (data.request)
    commands.push({
      type: 'collection.refuseAgreement',
      reason: `${facts.defaults} earlier agreement(s) defaulted and returns are missing: a new agreement would not be kept.`,
    })
  if (j.collection.holdDisputedAmounts && facts.disputed > 0)
    commands.push({ type: 'collection.holdDisputed' })
  commands.push(step('bank'))
  const tool = leastIntrusiveTool(facts.sources, facts.enforceable, j) ?? 'seizure'
  const needs = TOOL_EVIDENCE[tool]
  if (needs !== 'account' && needs !== 'bank') commands.push(step(needs))
  commands.push({ type: 'collection.enforce', tool, amount: facts.enforceable })
  return commands
}

function bestFor(slot: Slot, facts: CaseFacts, data: CollectionCaseData, j: Jurisdiction): Command[] {
  switch (slot.kind) {
    case 'asset-flight':
      return data.demand && j.collection.protectiveMeasures
        ? [step('account'), step('notices'), step('bank'), { type: 'collection.protectiveMeasure' }]
        : enforcementPath(facts, data, j)
    case 'agreement-abuse': {
      if (agreementDecision(facts.defaults, j) === 'refuse') return enforcementPath(facts, data, j)
      return [
        step('account'),
        step('notices'),
        step('agreements'),
        step('cash-flow'),
        { type: 'collection.grantAgreement', months: data.request!.months, security: 'bank-guarantee' },
      ]
    }
    case 'cash-flow-problem':
      return [
        step('account'),
        step('notices'),
        step('agreements'),
        step('cash-flow'),
        { type: 'collection.grantAgreement', months: data.request!.months, security: 'none' },
      ]
    case 'uncollectible':
      return [
        step('account'),
        step('notices'),
        step('registry'),
        step('bank'),
        {
          type: 'collection.proposeWriteOff',
          criterion: 'liquidation',
          note: `Company registry: ${data.registry.status}. ${data.registry.note}`,
        },
        { type: 'collection.approveWriteOff', approver: requiredApprover(facts.debt, j) },
      ]
    case 'disputed-debt':
      return enforcementPath(facts, data, j)
    case 'genuine':
      if (slot.variant === 'serve-demand')
        return [
          step('account'),
          step('notices'),
          { type: 'collection.serveDemand' },
          { type: 'collection.diarise' },
        ]
      if (slot.variant === 'wait')
        return [step('account'), step('notices'), step('bank'), { type: 'collection.diarise' }]
      return enforcementPath(facts, data, j)
  }
}

/** The best outcome in words, for the feedback after the decision. */
function describe(best: readonly Command[], facts: CaseFacts, j: Jurisdiction): string {
  const money = (m: number) => formatMoney(m, j.currency)
  const last = best.at(-1)!
  switch (last.type) {
    case 'collection.enforce':
      return `Enforce ${money(facts.enforceable)} with the least intrusive tool that reaches it (${String(last.tool)})${
        facts.disputed > 0 && j.collection.holdDisputedAmounts
          ? `, holding the disputed ${money(facts.disputed)}`
          : ''
      }`
    case 'collection.protectiveMeasure':
      return 'Freeze the accounts now (protective measure), before the money is gone'
    case 'collection.grantAgreement':
      return `Grant an instalment agreement over ${String(last.months)} months${last.security === 'none' ? '' : ' against security'}`
    case 'collection.approveWriteOff':
      return 'Propose a write-off on the documented criterion (liquidation) and have it approved by another officer'
    case 'collection.diarise':
      return best.some((c) => c.type === 'collection.serveDemand')
        ? 'Serve the final demand notice, then diarise until the demand period ends'
        : 'Diarise: nothing lawful to do until the demand period ends'
    default:
      return last.type
  }
}

const EXPLANATIONS: Record<CollectionKind, string> = {
  'asset-flight':
    'Large sums left the accounts right after the demand notice was served: waiting for the period to end would leave nothing to collect. A protective freeze is lawful before the period ends when assets are being moved away.',
  'agreement-abuse':
    'The taxpayer has defaulted on earlier instalment agreements and is behind on returns: another agreement would only let the debt age. The request is decided first, then the debt is enforced with the least intrusive tool that reaches money.',
  'disputed-debt':
    'A valid, pending objection covers part of the debt. Only that part is held; the undisputed arrears are enforced as usual.',
  'cash-flow-problem':
    'The taxpayer files and pays on time, the problem is temporary and documented, and the schedule fits the projected surplus within the legal maximum: time to pay collects more, at less cost, than enforcement.',
  uncollectible:
    'The company is in liquidation and the liquidator expects nothing for unsecured creditors: enforcement would cost more than it brings. The debt is written off on a documented criterion, approved by someone other than the proposer.',
  genuine:
    'An ordinary debt: follow the procedure and, when enforcement is lawful, use the least intrusive tool that works.',
}

const EVIDENCE: Record<CollectionKind, string[]> = {
  'asset-flight': ['bank', 'notices'],
  'agreement-abuse': ['agreements'],
  'disputed-debt': ['objections'],
  'cash-flow-problem': ['cash-flow', 'agreements'],
  uncollectible: ['registry'],
  genuine: [],
}

interface Pools {
  businesses: { taxpayer: Taxpayer; company: Company }[]
  individuals: Taxpayer[]
}

function pick<T extends { tin: string }>(
  env: { draw: { int(a: number, b: number): number } },
  pool: T[],
  claimed: Set<string>,
): T | undefined {
  const free = pool.filter((t) => !claimed.has(t.tin))
  return free.length ? free[env.draw.int(0, free.length - 1)] : undefined
}

type Setup = Parameters<ProcessGenerator>[0]

/** The declared anomalies and look-alikes, then the genuine variants, in a seeded order. */
function slotsOf(ctx: Setup['ctx'], settings: ReturnType<typeof WorldConfigSchema.parse>): Slot[] {
  const anomalies = settings.anomalies as Record<string, number | undefined>
  const lookalikes = settings.lookalikes as Record<string, number | undefined>
  const declared: CollectionKind[] = []
  for (const kind of [...ANOMALIES, ...LOOKALIKES])
    for (let k = 0; k < (anomalies[kind] ?? lookalikes[kind] ?? 0); k++) declared.push(kind)
  const genuine = genuineVariants(Math.max(0, settings.cases - declared.length), {
    newDebt: settings.newDebtShare,
    running: settings.runningPeriodShare,
    refund: settings.refundShare,
    employee: settings.employeeShare,
  })
  ctx.reseed(PROCESS_STREAM.collection, 0)
  return ctx.draw.shuffle([
    ...declared.map((kind) => ({ kind })),
    ...genuine.map((variant) => ({ kind: 'genuine' as const, variant })),
  ])
}

/** The taxpayers a case can be built on. */
function poolsOf(ctx: Setup['ctx'], pop: Setup['pop']): Pools {
  const small = ctx.bands.small[0]
  return {
    businesses: pop.businesses
      .filter(
        (b) =>
          b.taxpayer.status === 'active' && b.company.status === 'active' && b.taxpayer.turnover >= small,
      )
      .map((b) => ({ taxpayer: b.taxpayer, company: b.company })),
    individuals: pop.individuals.filter((i) => i.taxpayer.status === 'active').map((i) => i.taxpayer),
  }
}

/** An employee for an employer-order case, else a business nobody else uses; the slot adapts. */
function chooseDebtor(
  slot: Slot,
  ctx: Setup['ctx'],
  pools: Pools,
  claimed: Set<string>,
): { taxpayer: Taxpayer; company?: Company } | undefined {
  if (slot.variant === 'employer') {
    const person = pick(ctx, pools.individuals, claimed)
    if (person) return { taxpayer: person }
    // No employee left in the register: an ordinary business debt instead.
    slot.variant = 'bank'
  }
  const chosen = pick(
    ctx,
    pools.businesses.map((b) => ({ ...b, tin: b.taxpayer.tin })),
    claimed,
  )
  return chosen && { taxpayer: chosen.taxpayer, company: chosen.company }
}

/** The case's record and its ground truth, from the story written into the accounts. */
function caseOf(
  slot: Slot,
  env: StoryEnv,
  id: string,
): { record: CaseRecord<CollectionCaseData>; truth: CaseTruth } {
  const { ctx, j, accounts, taxpayer } = env
  const story: Story = build(slot, env)
  const facts = factsOf(story.data, taxpayer.tin, accounts, ctx.referenceDate, j)
  taxpayer.arrears = facts.debt
  const best = bestFor(slot, facts, story.data, j)
  const receivedOn = addDays(ctx.referenceDate, -ctx.draw.int(1, 10))
  const periodEnds = story.data.demand ? demandDates(story.data.demand.servedOn, j).periodEndsOn : null
  const dueOn =
    slot.kind === 'asset-flight'
      ? addDays(ctx.referenceDate, 2)
      : periodEnds && periodEnds >= ctx.referenceDate
        ? addDays(periodEnds, 14)
        : addDays(ctx.referenceDate, 14)
  const record: CaseRecord<CollectionCaseData> = {
    id,
    process: 'collection',
    tin: taxpayer.tin,
    title: `${taxpayer.name}: arrears`,
    receivedOn,
    dueOn,
    amount: facts.debt,
    priority: debtPriority(facts.debt, facts.daysOverdue, facts.collectability, j),
    data:
      ctx.referenceDate === ctx.scenario.world.referenceDate
        ? story.data
        : { ...story.data, asOf: ctx.referenceDate },
  }
  const truth: CaseTruth = {
    caseId: id,
    process: 'collection',
    kind: slot.kind,
    expected: describe(best, facts, j),
    explanation: EXPLANATIONS[slot.kind],
    flags: story.flags,
    evidence: EVIDENCE[slot.kind],
    tadat: TADAT[slot.kind],
    atStake: slot.kind === 'disputed-debt' ? facts.enforceable : facts.debt,
    best,
  }
  return { record, truth }
}

export const generate: ProcessGenerator = ({ ctx, pop, accounts, config, claimed, tick }) => {
  const settings = WorldConfigSchema.parse(config)
  const j = ctx.scenario.jurisdiction
  const slots = slotsOf(ctx, settings)
  const pools = poolsOf(ctx, pop)
  const cases: CaseRecord<CollectionCaseData>[] = []
  const truth: CaseTruth[] = []
  const freeAtStart = pools.businesses.filter((b) => !claimed.has(b.taxpayer.tin)).length
  slots.forEach((slot, i) => {
    ctx.reseed(PROCESS_STREAM.collection, i + 1)
    const n = i + 1
    const chosen = chooseDebtor(slot, ctx, pools, claimed)
    if (!chosen)
      throw new WorldShortfall(
        BUSINESSES,
        shortfallMessage(
          'active businesses (of at least small turnover, with an active company) that no other process uses',
          `${slots.length} collection cases`,
          slots.length,
          freeAtStart,
          'businesses',
          pop.businesses.length,
        ),
      )
    const { taxpayer, company } = chosen
    claimed.add(taxpayer.tin)
    clearHistory(accounts, taxpayer.tin)
    const env: StoryEnv = {
      ctx,
      j,
      pop,
      accounts,
      taxpayer,
      company,
      n,
      // The writer's key predates the shared case-id format; kept so the entries it writes keep their ids.
      writer: new AccountWriter(
        ctx,
        accounts,
        j,
        taxpayer.tin,
        `collection-COL-${String(n).padStart(4, '0')}`,
      ),
    }
    const made = caseOf(slot, env, caseId('collection', ctx.referenceDate, n))
    cases.push(made.record)
    truth.push(made.truth)
    tick()
  })
  return { cases, truth }
}

function build(slot: Slot, env: StoryEnv): Story {
  switch (slot.kind) {
    case 'asset-flight':
      return assetFlightStory(env)
    case 'agreement-abuse':
      return agreementAbuseStory(env)
    case 'disputed-debt':
      return disputedDebtStory(env)
    case 'cash-flow-problem':
      return cashFlowStory(env)
    case 'uncollectible':
      return uncollectibleStory(env)
    case 'genuine':
      return genuineStory(env, slot.variant ?? 'bank')
  }
}
