/**
 * The collection generator: exactly the declared kinds, ground truth that the world bears out
 * (asset flight really has large transfers after the notice, a cash-flow look-alike really is
 * compliant with a schedule its surplus carries, an uncollectible debtor really is in
 * liquidation), debts that really are in the shared ledger, and the same world from the same seed.
 */
import { inEnglish } from '../../../src/i18n/render'
import { day } from '../../../src/engine/primitives/message'
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import {
  generateWorld,
  playPolicy,
  Session,
  type CaseRecord,
  type CaseTruth,
  type World,
} from '../../../src/engine'
import type { CollectionCaseData } from '../../../src/engine/processes/collection/case-data'
import { factsOf } from '../../../src/engine/processes/collection/facts'
import {
  agreementDecision,
  demandDates,
  monthlySurplus,
  objectionValid,
  realisticTerms,
} from '../../../src/engine/processes/collection/rules'
import { arrearsOf } from '../../../src/engine/rules/ledger'
import { daysBetween } from '../../../src/engine/primitives/calendar'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'collection-debt-book')!
const j = scenario.jurisdiction
const world = await generateWorld(scenario)
const ref = world.referenceDate

function cases(w: World): { record: CaseRecord; data: CollectionCaseData; truth: CaseTruth }[] {
  return (w.cases.collection ?? []).map((record) => ({
    record,
    data: record.data as CollectionCaseData,
    truth: w.truth.cases.find((t) => t.caseId === record.id)!,
  }))
}
const byKind = (kind: string) => cases(world).filter((c) => c.truth.kind === kind)
const factsFor = (c: { record: CaseRecord; data: CollectionCaseData }) =>
  factsOf(c.data, c.record.tin, world, ref, j)

describe('collection world of the bundled scenario', () => {
  it('holds exactly the declared anomalies and look-alikes, the rest genuine', () => {
    const config = scenario.world.collection!
    const kinds = cases(world).map((c) => c.truth.kind)
    for (const [kind, n] of Object.entries({ ...config.anomalies, ...config.lookalikes }))
      expect(kinds.filter((k) => k === kind).length, kind).toBe(n)
    expect(kinds.filter((k) => k === 'genuine')).toHaveLength(4)
    expect(kinds).toHaveLength(config.cases)
  })

  it('covers the four genuine stages the shares ask for', () => {
    const finals = byKind('genuine').map((c) => {
      const last = c.truth.best.at(-1)!
      if (c.truth.best.some((x) => x.type === 'collection.serveDemand')) return 'serve-demand'
      return last.type === 'collection.enforce' ? String(last.tool) : 'wait'
    })
    expect(finals.sort()).toEqual(['employer', 'offset', 'serve-demand', 'wait'])
  })

  it('gives every case its own taxpayer, puts the debt in the shared ledger and owns its ids', () => {
    const tins = cases(world).map((c) => c.record.tin)
    expect(new Set(tins).size).toBe(tins.length)
    for (const { record } of cases(world)) {
      expect(record.amount).toBeGreaterThan(0)
      expect(arrearsOf(world.ledger, record.tin, ref)).toBe(record.amount)
      expect(world.taxpayers.find((t) => t.tin === record.tin)!.arrears).toBe(record.amount)
    }
    const ids = [...world.ledger, ...world.returns, ...world.thirdParty]
      .map((x) => x.id)
      .filter((id) => id.startsWith('collection'))
    expect(ids.length).toBeGreaterThan(0)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('asset flight: large transfers out after the notice, while the period still runs', () => {
    for (const c of byKind('asset-flight')) {
      const served = c.data.demand!.servedOn
      expect(demandDates(served, j).enforceableFrom > ref).toBe(true)
      const after = c.data.bank.transactions.filter((t) => t.date > served && t.amount < 0)
      const before = c.data.bank.transactions.filter((t) => t.date <= served && t.amount < 0)
      const biggestBefore = Math.max(0, ...before.map((t) => -t.amount))
      expect(after.length).toBeGreaterThanOrEqual(2)
      for (const t of after) expect(-t.amount).toBeGreaterThan(biggestBefore)
      const moved = after.reduce((s, t) => s - t.amount, 0)
      const left = c.data.bank.accounts.reduce((s, a) => s + a.balance, 0)
      expect(moved / (moved + left)).toBeGreaterThanOrEqual(0.45)
      expect(left).toBeGreaterThanOrEqual(c.record.amount)
    }
  })

  it('ordinary cases with a running period show no transfers after the notice bigger than before it', () => {
    const waiting = byKind('genuine').filter(
      (c) => c.data.demand && demandDates(c.data.demand.servedOn, j).enforceableFrom > ref,
    )
    expect(waiting.length).toBeGreaterThan(0)
    for (const c of waiting)
      expect(c.data.bank.transactions.some((t) => inEnglish(t.description).startsWith('Transfer out'))).toBe(
        false,
      )
  })

  it('agreement abuse: defaulted agreements, missing returns, a pending request', () => {
    for (const c of byKind('agreement-abuse')) {
      const f = factsFor(c)
      expect(f.defaults).toBeGreaterThanOrEqual(1)
      expect(f.missingReturns).toBeGreaterThanOrEqual(1)
      expect(c.data.request).not.toBeNull()
      const last = c.truth.best.at(-1)!
      if (agreementDecision(f.defaults, j) === 'refuse') expect(last.type).toBe('collection.enforce')
      else expect(last).toMatchObject({ type: 'collection.grantAgreement', security: 'bank-guarantee' })
    }
  })

  it('disputed debt: one valid pending objection on an assessment in the ledger, less than the debt', () => {
    for (const c of byKind('disputed-debt')) {
      const valid = c.data.objections.filter((o) => objectionValid(o, j))
      expect(valid).toHaveLength(1)
      const o = valid[0]!
      const adjustment = world.ledger.find(
        (e) => e.tin === c.record.tin && e.kind === 'adjustment' && e.period === o.period,
      )!
      expect(adjustment.amount).toBe(o.amount)
      const f = factsFor(c)
      expect(f.disputed).toBe(o.amount)
      expect(f.enforceable).toBe(c.record.amount - o.amount)
      expect(c.truth.best.at(-1)).toMatchObject({ type: 'collection.enforce', amount: f.enforceable })
    }
  })

  it('cash-flow problem: compliant, no defaults, a schedule the projected surplus carries', () => {
    for (const c of byKind('cash-flow-problem')) {
      const f = factsFor(c)
      expect(f.missingReturns).toBe(0)
      expect(f.defaults).toBe(0)
      expect(
        world.returns
          .filter((r) => r.tin === c.record.tin)
          .every((r) => r.filedOn !== null && r.filedOn <= r.dueOn),
      ).toBe(true)
      const terms = realisticTerms(f.debt, monthlySurplus(c.data.cashFlow!.projected), j)!
      expect(c.data.request!.months).toBeGreaterThanOrEqual(terms.min)
      expect(c.data.request!.months).toBeLessThanOrEqual(j.collection.maxInstallmentMonths)
    }
  })

  it('uncollectible: the company registry shows liquidation and nothing is left to reach', () => {
    for (const c of byKind('uncollectible')) {
      const t = world.taxpayers.find((x) => x.tin === c.record.tin)!
      expect(world.companies[t.idNumber]!.status).toBe('in-liquidation')
      const f = factsFor(c)
      expect(f.sources.bank + f.sources.offset + f.sources.debtors + f.sources.assets).toBeLessThanOrEqual(
        f.debt / 100,
      )
    }
  })

  it('look-alikes and ordinary cases carry no red flags of the anomalies', () => {
    for (const c of [...byKind('cash-flow-problem'), ...byKind('genuine')]) {
      expect(c.data.objections.filter((o) => objectionValid(o, j))).toHaveLength(0)
      expect(factsFor(c).defaults).toBe(0)
    }
  })

  it('is the same world from the same seed', async () => {
    const again = await generateWorld(scenario)
    expect(JSON.stringify(again.cases.collection)).toBe(JSON.stringify(world.cases.collection))
    expect(JSON.stringify(again.truth.cases)).toBe(JSON.stringify(world.truth.cases))
    expect(JSON.stringify(again.ledger)).toBe(JSON.stringify(world.ledger))
  })
})

describe('the calendar in a session', () => {
  it('refuses enforcement on a running period, then allows it once the calendar is advanced past it', async () => {
    const session = await Session.start(scenario)
    const waiting = byKind('genuine').find(
      (c) => c.data.demand && demandDates(c.data.demand.servedOn, j).enforceableFrom > ref,
    )!
    const caseId = waiting.record.id
    const from = demandDates(waiting.data.demand!.servedOn, j).enforceableFrom
    session.send({ type: 'case.open', caseId })
    for (const type of [
      'collection.reviewAccount',
      'collection.checkNotices',
      'collection.checkObjections',
      'collection.bankInquiry',
    ])
      expect(session.send({ type: 'case.command', caseId, command: { type } }).ok).toBe(true)
    const order = { type: 'collection.enforce', tool: 'bank', amount: waiting.record.amount }
    const early = session.send({ type: 'case.command', caseId, command: order })
    expect(early).toMatchObject({ ok: false })
    expect(early.ok ? '' : inEnglish(early.reason)).toContain(`lawful from ${inEnglish(day(from))}`)
    const days = daysBetween(ref, from)
    expect(session.send({ type: 'clock.advance', days: days - 1 }).ok).toBe(true)
    expect(session.send({ type: 'case.command', caseId, command: order }).ok).toBe(false)
    expect(session.send({ type: 'clock.advance', days: 1 }).ok).toBe(true)
    expect(session.send({ type: 'case.command', caseId, command: order }).ok).toBe(true)
    expect(session.caseView(caseId).feedback?.grade).toBe('correct')
  })
})

describe('the bundled scenario played by policies', () => {
  it('best plays every case step by step and grades every decision correct', async () => {
    const session = await Session.start(scenario)
    playPolicy(session, 'best')
    const report = session.report()
    expect(report.undecided).toEqual([])
    expect(report.grades).toMatchObject({ acceptable: 0, wrong: 0, harmful: 0 })
    expect(report.score).toBe(report.maxScore)
  })

  it.each([['first', 1] as const, ['random', 1] as const, ['random', 2] as const, ['random', 3] as const])(
    '%s (seed %i) stays below the pass mark',
    async (policy, seed) => {
      const session = await Session.start(scenario)
      playPolicy(session, policy, seed)
      expect(session.report().percent).toBeLessThan(scenario.passMark)
    },
  )
})
