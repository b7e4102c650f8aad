/**
 * Generates the collection worklist: one case per debtor, each with its debt in the shared
 * ledger, the notices served, and whatever the banks, employers, registries and the taxpayer's
 * own papers show. Ground truth (the kind, the red flags, the best commands) is worked out from
 * the same rules the machine and the grading use, so `best` always plays and grades correct.
 */
import { BUSINESSES, shortfallMessage, WorldShortfall } from '../../world/shortfall'
import { FreeItems } from '../../world/free-pool'
import { groupWhileWriting, stopGrouping } from '../../world/lookup'
import { money, msg, type Msg } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
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
import { RECIPES } from './recipes'
import type { GenuineVariant, KindKnobs, Story, StoryEnv } from './story-parts'
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

const step = (check: keyof typeof CHECK_COMMAND): Command => ({ type: CHECK_COMMAND[check] })

/** The lawful enforcement path: evidence, clearing what stands in the way, then the right tool. */
function enforcementPath(facts: CaseFacts, data: CollectionCaseData, j: Jurisdiction): Command[] {
  const commands: Command[] = [step('account'), step('notices'), step('objections')]
  if (data.request || data.agreements.length) commands.push(step('agreements'))
  const active = data.agreements.find((a) => a.status === 'active')
  if (active) commands.push({ type: 'collection.declareDefault' })
  if (data.request) commands.push({ type: 'collection.refuseAgreement' }) // its reason: the truth's `wording`
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
        { type: 'collection.proposeWriteOff', criterion: 'liquidation' },
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

const expected = (key: string, args?: Parameters<typeof msg>[1]) =>
  msg(`collection.truth.expected.${key}`, args)

/** The best outcome in words, for the feedback after the decision. */
function describe(best: readonly Command[], facts: CaseFacts, j: Jurisdiction): Msg {
  const last = best.at(-1)!
  switch (last.type) {
    case 'collection.enforce':
      return expected('enforce', {
        amount: money(facts.enforceable),
        tool: String(last.tool),
        hold: facts.disputed > 0 && j.collection.holdDisputedAmounts ? 'yes' : 'no',
        disputed: money(facts.disputed),
      })
    case 'collection.protectiveMeasure':
      return expected('protect')
    case 'collection.grantAgreement':
      return expected('grant', {
        months: Number(last.months),
        secured: last.security === 'none' ? 'no' : 'yes',
      })
    case 'collection.approveWriteOff':
      return expected('writeOff')
    case 'collection.diarise':
      return expected(best.some((c) => c.type === 'collection.serveDemand') ? 'serveAndDiarise' : 'diarise')
    default:
      return expected('other', { type: last.type })
  }
}

interface Pools {
  /** Active businesses of at least small turnover with an active company, those nobody claimed left. */
  businesses: FreeItems<{ taxpayer: Taxpayer; company: Company }>
  /** Active individuals (employees for an employer order), those nobody claimed left. */
  individuals: FreeItems<Taxpayer>
}

/** A seeded pick among the free items of a pool (the same draw as picking from the filtered list). */
function pick<T>(env: { draw: { int(a: number, b: number): number } }, pool: FreeItems<T>): T | undefined {
  return pool.count ? pool.nth(env.draw.int(0, pool.count - 1)) : undefined
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
function poolsOf(ctx: Setup['ctx'], pop: Setup['pop'], claimed: ReadonlySet<string>): Pools {
  const small = ctx.bands.small[0]
  const businesses = pop.businesses
    .filter(
      (b) => b.taxpayer.status === 'active' && b.company.status === 'active' && b.taxpayer.turnover >= small,
    )
    .map((b) => ({ taxpayer: b.taxpayer, company: b.company }))
  const individuals = pop.individuals.filter((i) => i.taxpayer.status === 'active').map((i) => i.taxpayer)
  return {
    businesses: new FreeItems(
      businesses,
      (b) => b.taxpayer.tin,
      (b) => !claimed.has(b.taxpayer.tin),
    ),
    individuals: new FreeItems(
      individuals,
      (t) => t.tin,
      (t) => !claimed.has(t.tin),
    ),
  }
}

/** An employee for an employer-order case, else a business nobody else uses; the slot adapts. */
function chooseDebtor(
  slot: Slot,
  ctx: Setup['ctx'],
  pools: Pools,
): { taxpayer: Taxpayer; company?: Company } | undefined {
  if (slot.variant === 'employer') {
    const person = pick(ctx, pools.individuals)
    if (person) return { taxpayer: person }
    // No employee left in the register: an ordinary business debt instead.
    slot.variant = 'bank'
  }
  const chosen = pick(ctx, pools.businesses)
  return chosen && { taxpayer: chosen.taxpayer, company: chosen.company }
}

/** The case's record and its ground truth, from the story written into the accounts. */
function caseOf(
  slot: Slot,
  env: StoryEnv,
  id: string,
): { record: CaseRecord<CollectionCaseData>; truth: CaseTruth } {
  const { ctx, j, accounts, taxpayer } = env
  const recipe = RECIPES[slot.kind]
  const story: Story = recipe.story(env, slot.variant ?? 'bank')
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
    title: msg('collection.world.title', { name: taxpayer.name }),
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
    explanation: recipe.explanation,
    flags: story.flags,
    evidence: recipe.evidence,
    tadat: recipe.tadat,
    atStake: slot.kind === 'disputed-debt' ? facts.enforceable : facts.debt,
    best,
    ...(best.some((c) => c.type === 'collection.refuseAgreement')
      ? {
          wording: {
            'collection.refuseAgreement': {
              reason: msg('collection.truth.refuseReason', { defaults: facts.defaults }),
            },
          },
        }
      : {}),
  }
  return { record, truth }
}

/** What the scenario fixes for this kind of case; nothing for the genuine ones. */
function knobsOf(settings: ReturnType<typeof WorldConfigSchema.parse>, kind: CollectionKind): KindKnobs {
  return kind === 'genuine' ? {} : { ...settings.variants?.[kind] }
}

export const generate: ProcessGenerator<CollectionCaseData> = ({
  ctx,
  pop,
  accounts,
  config,
  claimed,
  tick,
}) => {
  const settings = WorldConfigSchema.parse(config)
  const j = ctx.scenario.jurisdiction
  const slots = slotsOf(ctx, settings)
  const pools = poolsOf(ctx, pop, claimed)
  const cases: CaseRecord<CollectionCaseData>[] = []
  const truth: CaseTruth[] = []
  const freeAtStart = pools.businesses.count
  const lists = [accounts.ledger, accounts.returns, accounts.thirdParty]
  for (const list of lists) groupWhileWriting(list)
  try {
    slots.forEach((slot, i) => caseAt(slot, i))
  } finally {
    for (const list of lists) stopGrouping(list)
  }
  return { cases, truth }

  function caseAt(slot: Slot, i: number) {
    ctx.reseed(PROCESS_STREAM.collection, i + 1)
    const n = i + 1
    const chosen = chooseDebtor(slot, ctx, pools)
    if (!chosen)
      throw new WorldShortfall(
        BUSINESSES,
        shortfallMessage(
          msg('session.shortfall.what.collection'),
          msg('session.shortfall.for.collection', { n: slots.length }),
          slots.length,
          freeAtStart,
          'businesses',
          pop.businesses.length,
        ),
      )
    const { taxpayer, company } = chosen
    claimed.add(taxpayer.tin)
    pools.businesses.take(taxpayer.tin)
    pools.individuals.take(taxpayer.tin)
    clearHistory(accounts, taxpayer.tin)
    const env: StoryEnv = {
      ctx,
      j,
      pop,
      accounts,
      taxpayer,
      company,
      n,
      knobs: knobsOf(settings, slot.kind),
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
  }
}
