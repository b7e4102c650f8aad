/**
 * Generates the refund claims of the world: the claimant, its suppliers, the return, the export
 * schedule, customs records, suppliers' declarations, foreign receipts, account history, refund
 * history and debts in other tax types, then the ground truth computed from them by the rules.
 */
import { PROCESS_STREAM, type ProcessGenerator } from '../../world/process-world'
import type { CaseRecord, CaseTruth } from '../contract'
import { buildClaim, type Built } from './build'
import { ANOMALIES, LOOKALIKES, type RefundKind } from './kinds'
import { finishPicking, type PartyState } from './parties'
import type { RefundCase } from './types'
import { WorldConfigSchema } from './config.schema'

/** Kinds whose claim is at least partly genuine, so an offset against debts can matter. */
const OFFSETTABLE: readonly RefundKind[] = [
  'genuine',
  'genuine-new-exporter',
  'genuine-large-investment',
  'fictitious-exports',
  'fake-input-credits',
]
const GENUINE_CLAIM: readonly RefundKind[] = ['genuine', 'genuine-new-exporter', 'genuine-large-investment']

/** The worklist's kinds in a seeded order: the declared anomalies and look-alikes, the rest genuine. */
function planKinds(draw: PartyState['ctx']['draw'], config: RefundsWorldConfig): RefundKind[] {
  const declared: RefundKind[] = []
  for (const kind of ANOMALIES) for (let n = 0; n < (config.anomalies[kind] ?? 0); n++) declared.push(kind)
  for (const kind of LOOKALIKES) for (let n = 0; n < (config.lookalikes[kind] ?? 0); n++) declared.push(kind)
  const genuine = Math.max(0, config.cases - declared.length)
  return draw.shuffle([...declared, ...Array.from({ length: genuine }, () => 'genuine' as const)])
}

/** Which cases carry debts in other tax types: a share of the offsettable ones, at least one genuine claim. */
function planArrears(
  draw: PartyState['ctx']['draw'],
  kinds: readonly RefundKind[],
  share: number,
): Set<number> {
  const chosen = new Set<number>()
  if (share <= 0) return chosen
  const eligible = kinds.flatMap((k, i) => (OFFSETTABLE.includes(k) ? [i] : []))
  const rank = (i: number) => (kinds[i] === 'genuine' ? 0 : 1)
  const genuine = draw
    .shuffle(eligible.filter((i) => GENUINE_CLAIM.includes(kinds[i]!)))
    .sort((a, b) => rank(a) - rank(b))
  const wanted = Math.max(1, Math.round(share * eligible.length))
  if (genuine[0] !== undefined) chosen.add(genuine[0])
  for (const i of draw.shuffle(eligible)) {
    if (chosen.size >= wanted) break
    chosen.add(i)
  }
  return chosen
}

type RefundsWorldConfig = ReturnType<typeof WorldConfigSchema.parse>

export const generate: ProcessGenerator<RefundCase> = ({ ctx, pop, accounts, config, claimed, tick }) => {
  const cfg = WorldConfigSchema.parse(config)
  const j = ctx.scenario.jurisdiction
  ctx.reseed(PROCESS_STREAM.refunds, 0)
  const kinds = planKinds(ctx.draw, cfg)
  const withArrears = planArrears(ctx.draw, kinds, cfg.arrearsShare ?? 0.4)
  const st: PartyState = { ctx, pop, accounts, claimed, j, pool: [] }
  const cases: CaseRecord<RefundCase>[] = []
  const truth: CaseTruth[] = []
  try {
    kinds.forEach((kind, i) => {
      ctx.reseed(PROCESS_STREAM.refunds, 1, i)
      const built: Built = buildClaim(st, kind, i, {
        arrears: withArrears.has(i),
        minDaysLeft: cfg.minDaysLeft ?? 10,
        variants: cfg.variants ?? {},
      })
      cases.push(built.record)
      truth.push(built.truth)
      tick()
    })
  } finally {
    finishPicking(st)
  }
  return { cases, truth }
}
