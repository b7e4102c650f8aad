/**
 * Generates the filing worklist: VAT returns waiting to be processed and returns that never
 * came, each on a VAT-registered business with a year of filing history, payments and
 * third-party data in the shared accounts. Anomalies and look-alikes are built in cases.ts;
 * this file picks the taxpayers, mixes the kinds and writes everything to the accounts.
 */
import { declaredKinds } from '../world-schema'
import type { ProcessWorldConfig } from '../../scenario/schema'
import type { CaseRecord, CaseTruth } from '../contract'
import type { FilingCaseData } from './case-data'
import { PROCESS_STREAM, type Accounts, type ProcessGenerator } from '../../world/process-world'
import type { Draw } from '../../world/prng'
import type { Taxpayer } from '../../world/types'
import { addDays } from '../../primitives/calendar'
import { buildCase, type CaseSetup } from './cases'
import type { BuiltCase } from './case-kit'
import { WorldConfigSchema } from './config.schema'
import { latestDue, periodsBack, type CaseAccounts } from './history'
import { ANOMALIES, LOOKALIKES, type FilingKind } from './kinds'
import { BUSINESSES, shortfallMessage, WorldShortfall } from '../../world/shortfall'
import { caseId } from '../../primitives/case-id'
import { msg } from '../../primitives/message'

/** Every declared anomaly and look-alike, genuine cases up to `cases`, in a seeded order. */
function kindList(draw: Draw, config: ProcessWorldConfig): FilingKind[] {
  return draw.shuffle(declaredKinds(config, ANOMALIES, LOOKALIKES))
}

/** A VAT-registered business nobody else has claimed, probing forward from a random start. */
function pickTaxpayer(draw: Draw, eligible: readonly Taxpayer[], claimed: Set<string>): Taxpayer {
  if (eligible.length === 0)
    throw new Error('The register has no active VAT-registered business old enough for a filing case.')
  const start = draw.int(0, eligible.length - 1)
  for (let k = 0; k < eligible.length; k++) {
    const t = eligible[(start + k) % eligible.length] as Taxpayer
    if (!claimed.has(t.tin)) return t
  }
  throw new Error(
    `Not enough VAT-registered businesses for the filing cases: raise world.population.businesses.`,
  )
}

/** Removes what the baseline accounts hold on our taxpayers' VAT, then adds our story. */
function writeAccounts(accounts: Accounts, tins: ReadonlySet<string>, ours: CaseAccounts): void {
  const keep = <T>(list: T[], drop: (x: T) => boolean) => {
    let w = 0
    for (const x of list) if (!drop(x)) list[w++] = x
    list.length = w
  }
  keep(accounts.returns, (r) => tins.has(r.tin) && r.taxType === 'VAT')
  keep(accounts.ledger, (e) => tins.has(e.tin) && e.taxType === 'VAT')
  keep(accounts.thirdParty, (r) => tins.has(r.tin) && (r.source === 'e-invoice' || r.source === 'customs'))
  // One item at a time: spreading 5,000 cases' records into push overflows the call stack.
  for (const r of ours.returns) accounts.returns.push(r)
  for (const e of ours.ledger) accounts.ledger.push(e)
  for (const r of ours.thirdParty) accounts.thirdParty.push(r)
}

/** The worklist's record of a built case: received when the reminder went or the return came. */
function recordOf(built: BuiltCase, setup: CaseSetup, processingDays: number): CaseRecord<FilingCaseData> {
  const { data } = built
  const { taxpayer, today } = setup
  const late = data.situation === 'received' && built.filedOn !== null && built.filedOn > data.returnDueOn
  const receivedOn =
    data.situation === 'missing' ? addDays(data.reminderOn ?? today, 7) : (built.filedOn ?? today)
  const onCase = receivedOn < today ? receivedOn : today
  return {
    id: setup.caseId,
    process: 'filing',
    tin: taxpayer.tin,
    title: msg(
      data.situation === 'missing'
        ? 'filing.world.title.nonFiler'
        : late
          ? 'filing.world.title.lateReturn'
          : 'filing.world.title.return',
      { period: data.period, name: taxpayer.name },
    ),
    receivedOn: onCase,
    dueOn: addDays(onCase, processingDays),
    amount: built.shownAmount,
    priority: taxpayer.segment === 'large' || taxpayer.segment === 'medium' ? 'high' : 'normal',
    data,
  }
}

export const generate: ProcessGenerator<FilingCaseData> = ({ ctx, pop, accounts, config, claimed, tick }) => {
  const settings = WorldConfigSchema.parse(config)
  const j = ctx.scenario.jurisdiction
  const today = ctx.referenceDate
  const lastDue = latestDue(today, 0, j)
  const first = periodsBack(lastDue, settings.historyPeriods - 1)
  const eligible = pop.businesses
    .map((b) => b.taxpayer)
    .filter(
      (t) =>
        t.status === 'active' &&
        t.arrears === 0 &&
        t.taxTypes.some((x) => x.taxType === 'VAT') &&
        t.registeredOn < `${first}-01`,
    )
  ctx.reseed(PROCESS_STREAM.filing, 999_999)
  const kinds = kindList(ctx.draw, settings)
  const free = eligible.filter((t) => !claimed.has(t.tin)).length
  if (free < kinds.length)
    throw new WorldShortfall(
      BUSINESSES,
      shortfallMessage(
        msg('session.shortfall.what.filing'),
        msg('session.shortfall.for.filing', { n: kinds.length }),
        kinds.length,
        free,
        'businesses',
        pop.businesses.length,
      ),
    )
  const cases: CaseRecord<FilingCaseData>[] = []
  const truth: CaseTruth[] = []
  const ours: CaseAccounts = { returns: [], ledger: [], thirdParty: [] }
  const tins = new Set<string>()
  let stopFilers = 0
  kinds.forEach((kind, i) => {
    ctx.reseed(PROCESS_STREAM.filing, i)
    const taxpayer = pickTaxpayer(ctx.draw, eligible, claimed)
    claimed.add(taxpayer.tin)
    tins.add(taxpayer.tin)
    const setup: CaseSetup = {
      draw: ctx.draw,
      j,
      settings,
      taxpayer,
      today,
      lastDue,
      first,
      caseId: caseId('filing', today, i + 1),
      stopFilerIndex: kind === 'stop-filer' ? stopFilers++ : 0,
    }
    const built = buildCase(kind, setup)
    cases.push(recordOf(built, setup, settings.processingDays))
    truth.push({ ...built.truth, caseId: setup.caseId, process: 'filing', kind })
    ours.returns.push(...built.accounts.returns)
    ours.ledger.push(...built.accounts.ledger)
    ours.thirdParty.push(...built.accounts.thirdParty)
    tick()
  })
  writeAccounts(accounts, tins, ours)
  return { cases, truth }
}
