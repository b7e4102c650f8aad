/**
 * The filing generator: exactly the declared kinds, ground truth that the world bears out
 * (a stop-filer really trades in third-party data, a dormant business really does not), and the
 * same world from the same seed.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import {
  generateWorld,
  type CaseRecord,
  type CaseTruth,
  type Scenario,
  type World,
} from '../../../src/engine'
import type { FilingCaseData } from '../../../src/engine/processes/filing/case-data'
import { DECISION, STEP } from '../../../src/engine/processes/filing/commands'
import { lineAmount, recompute, understated } from '../../../src/engine/processes/filing/rules'
import { waiverCauseText } from '../../../src/engine/primitives/waiver-causes'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'filing-non-filers')!
const world = await generateWorld(scenario)

function cases(w: World): { record: CaseRecord; data: FilingCaseData; truth: CaseTruth }[] {
  return (w.cases.filing ?? []).map((record) => ({
    record,
    data: record.data as FilingCaseData,
    truth: w.truth.cases.find((t) => t.caseId === record.id)!,
  }))
}
const byKind = (kind: string) => cases(world).filter((c) => c.truth.kind === kind)
const returnsOf = (tin: string) => world.returns.filter((r) => r.tin === tin && r.taxType === 'VAT')
const invoicedIn = (tin: string, period: string) =>
  world.thirdParty
    .filter((r) => r.tin === tin && r.period === period && r.source === 'e-invoice')
    .reduce((s, r) => s + r.amount, 0)
const activityFrom = (tin: string, period: string) =>
  world.thirdParty.filter(
    (r) => r.tin === tin && r.period >= period && (r.source === 'e-invoice' || r.source === 'customs'),
  )

describe('filing world of the bundled scenario', () => {
  it('holds exactly the declared anomalies and look-alikes, the rest genuine', () => {
    const config = scenario.world.filing!
    const kinds = cases(world).map((c) => c.truth.kind)
    const count = (k: string) => kinds.filter((x) => x === k).length
    for (const [kind, n] of Object.entries({ ...config.anomalies, ...config.lookalikes }))
      expect(count(kind), kind).toBe(n)
    expect(count('genuine')).toBe(3)
    expect(kinds).toHaveLength(config.cases)
  })

  it('gives every case its own taxpayer, a VAT-registered active business', () => {
    const tins = cases(world).map((c) => c.record.tin)
    expect(new Set(tins).size).toBe(tins.length)
    for (const tin of tins) {
      const t = world.taxpayers.find((x) => x.tin === tin)!
      expect(t.status).toBe('active')
      expect(t.taxTypes.map((x) => x.taxType)).toContain('VAT')
    }
  })

  it('writes one expected return per period and owns its ids', () => {
    for (const { record, data } of cases(world)) {
      const returns = returnsOf(record.tin)
      expect(returns).toHaveLength(scenario.world.filing!.historyPeriods)
      expect(new Set(returns.map((r) => r.period)).size).toBe(returns.length)
      expect(returns.find((r) => r.id === data.returnId)).toBeDefined()
    }
    const ids = [...world.returns, ...world.ledger, ...world.thirdParty]
      .map((x) => x.id)
      .filter((id) => id.startsWith('filing'))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('stop-filers: returns missing from the case period on, while third-party activity goes on', () => {
    for (const { record, data } of byKind('stop-filer')) {
      const missing = returnsOf(record.tin).filter((r) => r.filedOn === null)
      expect(missing.map((r) => r.period)).toEqual([data.period, ...data.alsoMissing])
      for (const r of missing) expect(invoicedIn(record.tin, r.period), r.period).toBeGreaterThan(0)
      expect(
        returnsOf(record.tin)
          .filter((r) => r.period < data.period)
          .every((r) => r.filedOn! <= r.dueOn),
      ).toBe(true)
    }
  })

  it('the demand responses are spread by demandResponseRate (one in two here)', () => {
    const endings = byKind('stop-filer').map((c) => c.truth.best.at(-1)!.type)
    expect(endings.sort()).toEqual([DECISION.accept, DECISION.closeAssessed])
  })

  it('dormant: returns missing and no third-party activity since well before', () => {
    for (const { record, data } of byKind('dormant')) {
      expect(returnsOf(record.tin).find((r) => r.period === data.period)!.filedOn).toBeNull()
      expect(activityFrom(record.tin, data.period)).toEqual([])
      expect(data.response).toBeNull()
    }
  })

  it('nil-filers: a run of nil returns while e-invoices show sales', () => {
    for (const { record, data } of byKind('nil-filer-with-activity')) {
      const own = returnsOf(record.tin).find((r) => r.id === data.returnId)!
      expect(own.taxDue).toBe(0)
      expect(lineAmount(own.lines, 'sales')).toBe(0)
      expect(invoicedIn(record.tin, data.period)).toBeGreaterThan(0)
      expect(returnsOf(record.tin).filter((r) => r.filedOn && r.taxDue === 0).length).toBeGreaterThanOrEqual(
        3,
      )
    }
  })

  it('understated returns add up but fall short of the e-invoices; genuine ones do not', () => {
    const j = scenario.jurisdiction
    const check = (c: ReturnType<typeof cases>[number]) => {
      const own = returnsOf(c.record.tin).find((r) => r.id === c.data.returnId)!
      return {
        own,
        short: understated(lineAmount(own.lines, 'sales'), invoicedIn(c.record.tin, c.data.period), j),
      }
    }
    for (const c of byKind('understated-return')) {
      const { own, short } = check(c)
      expect(short).toBe(true)
      expect(recompute(own.lines, j).difference).toBe(0)
    }
    for (const kind of ['genuine', 'arithmetic-error', 'late-with-reasonable-cause'])
      for (const c of byKind(kind)) expect(check(c).short, kind).toBe(false)
  })

  it('incomplete returns fail the structural checks; every other return passes them', () => {
    for (const { record, data, truth } of cases(world).filter((c) => c.data.situation === 'received')) {
      const own = returnsOf(record.tin).find((r) => r.id === data.returnId)!
      const defects = recompute(own.lines, scenario.jurisdiction).structural
      if (truth.kind === 'incomplete-return') {
        expect(defects).toHaveLength(2)
        expect(own.channel).toBe('paper')
        expect(truth.best.at(-1)!.type).toBe(DECISION.reject)
      } else expect(defects, truth.kind).toEqual([])
    }
  })

  it('arithmetic errors: the net line does not add up, and best corrects it to the recomputed figure', () => {
    for (const { record, data, truth } of byKind('arithmetic-error')) {
      const own = returnsOf(record.tin).find((r) => r.id === data.returnId)!
      const check = recompute(own.lines, scenario.jurisdiction)
      expect(check.difference).not.toBe(0)
      expect(check.structural).toEqual([])
      expect(truth.best.at(-1)).toEqual({ type: DECISION.correctMathError, correctedTaxDue: check.taxDue })
      expect(truth.best.map((c) => c.type)).not.toContain(DECISION.referForReview)
    }
  })

  it('late with reasonable cause: filed late with a documented cause the profile accepts', () => {
    for (const { record, data } of byKind('late-with-reasonable-cause')) {
      const own = returnsOf(record.tin).find((r) => r.id === data.returnId)!
      expect(own.filedOn! > own.dueOn).toBe(true)
      expect(data.claim?.document).toBeTruthy()
      // A listed cause, shown through its message when it is one of the default causes.
      expect(scenario.jurisdiction.payments.waiverCauses.map(waiverCauseText)).toContainEqual(
        data.claim!.cause,
      )
    }
    for (const { data } of byKind('genuine')) expect(data.claim?.document ?? null).toBeNull()
  })

  it('puts the evidence steps of every red flag in the best sequence', () => {
    const reveals: Record<string, string> = {
      'filing-history': STEP.viewHistory,
      'third-party': STEP.checkThirdParty,
      validation: STEP.validate,
      claim: STEP.examineClaim,
    }
    for (const { truth } of cases(world))
      for (const panel of truth.evidence)
        expect(
          truth.best.map((c) => c.type),
          truth.kind,
        ).toContain(reveals[panel])
  })
})

describe('determinism', () => {
  const filingPart = (w: World) =>
    JSON.stringify({
      cases: w.cases.filing,
      truth: w.truth.cases.filter((t) => t.process === 'filing'),
      returns: w.returns.filter((r) => r.id.startsWith('filing')),
      ledger: w.ledger.filter((r) => r.id.startsWith('filing')),
      thirdParty: w.thirdParty.filter((r) => r.id.startsWith('filing')),
    })

  it('gives the same filing world for the same seed', async () => {
    expect(filingPart(await generateWorld(scenario))).toBe(filingPart(world))
  })

  it('gives another world for another seed', async () => {
    expect(filingPart(await generateWorld(scenario, { seed: 7 }))).not.toBe(filingPart(world))
  })
})

describe('other profiles and settings', () => {
  it('works with two-decimal currencies, longer histories and many cases', async () => {
    const northland = library.jurisdictions.find((j) => j.id === 'northland')!
    const big: Scenario = {
      ...scenario,
      jurisdiction: northland,
      world: {
        ...scenario.world,
        population: { individuals: 50, businesses: 400 },
        filing: {
          ...scenario.world.filing!,
          cases: 40,
          historyPeriods: 18,
          missedPeriods: 1,
          demandResponseRate: 1,
          anomalies: {
            'stop-filer': 4,
            'nil-filer-with-activity': 3,
            'understated-return': 3,
            'incomplete-return': 2,
          },
          lookalikes: { dormant: 3, 'arithmetic-error': 3, 'late-with-reasonable-cause': 3 },
        },
      },
    }
    const w = await generateWorld(big)
    const all = cases(w)
    expect(all).toHaveLength(40)
    expect(all.filter((c) => c.truth.kind === 'genuine')).toHaveLength(19)
    // Every stop-filer replies within the period when the rate is 1.
    for (const c of all.filter((x) => x.truth.kind === 'stop-filer'))
      expect(c.truth.best.at(-1)).toEqual({ type: DECISION.accept, penalty: 'apply' })
    for (const r of w.returns.filter((x) => x.id.startsWith('filing'))) expect(r.taxDue % 1).toBe(0)
  })
})
