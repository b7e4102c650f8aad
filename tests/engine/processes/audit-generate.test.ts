/**
 * The audit generator: exactly the declared kinds, ground truth that the world bears out (an
 * under-reporter's third-party data really exceed its return, a fake-invoice supplier really
 * files nothing, an explained outlier really has its cause on file), selection that follows the
 * scenario's weights and capacity, and the same world from the same seed.
 */
import { describe, expect, it } from 'vitest'
import { inEnglish } from '../../../src/i18n/render'
import { money, msg } from '../../../src/engine/primitives/message'
import { loadBundledLibrary } from '../../../src/cli/files'
import {
  generateWorld,
  type CaseRecord,
  type CaseTruth,
  type Scenario,
  type World,
} from '../../../src/engine'
import {
  isSubstantial,
  ruleWeights,
  riskScore,
  materialityFloor,
  taxOnAdjustment,
} from '../../../src/engine/processes/audit/rules'
import type { AuditCaseData } from '../../../src/engine/processes/audit/types'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'audit-case-selection')!
const j = scenario.jurisdiction
const world = await generateWorld(scenario)

const Rp = (rupiah: number) => rupiah * 100

interface Case {
  record: CaseRecord
  data: AuditCaseData
  truth: CaseTruth
}
const casesOf = (w: World): Case[] =>
  (w.cases.audit ?? []).map((record) => ({
    record,
    data: record.data as AuditCaseData,
    truth: w.truth.cases.find((t) => t.caseId === record.id)!,
  }))
const all = casesOf(world)
const byKind = (kind: string) => all.filter((c) => c.truth.kind === kind)
const best = (c: Case, type: string) => c.truth.best.find((x) => x.type === type)
const adjustment = (c: Case) => Number(best(c, 'audit.draftFindings')?.adjustment)
const records = (c: Case) => world.thirdParty.filter((r) => c.data.thirdPartyIds.includes(r.id))
const sum = (xs: readonly { amount: number }[]) => xs.reduce((s, x) => s + x.amount, 0)
const ret = (c: Case) => world.returns.find((r) => r.id === c.data.returnId)!
const line = (c: Case, label: RegExp) => ret(c).lines.find((l) => label.test(l.label))!.amount

describe('the bundled audit world', () => {
  it('holds exactly the declared kinds', () => {
    const config = scenario.world.audit!
    const count = (k: string) => byKind(k).length
    for (const [kind, n] of Object.entries({ ...config.anomalies, ...config.lookalikes }))
      expect(count(kind), kind).toBe(n)
    expect(count('genuine')).toBe(3)
    expect(all).toHaveLength(10)
  })

  it('gives every case its own taxpayer, its audited return and its history on the ledger', () => {
    expect(new Set(all.map((c) => c.record.tin)).size).toBe(all.length)
    for (const c of all) {
      expect(ret(c).tin, c.record.id).toBe(c.record.tin)
      expect(
        world.ledger.some((e) => e.ref === c.data.returnId && e.kind === 'self-assessment'),
        c.record.id,
      ).toBe(true)
      expect(world.taxpayers.find((t) => t.tin === c.record.tin)?.status).toBe('active')
    }
  })

  it('scores every case with the scenario weights', () => {
    const weights = ruleWeights(scenario.world.audit!.riskRules)
    for (const c of all) {
      expect(c.data.score).toBe(
        riskScore(
          c.data.hits.map((h) => h.rule),
          weights,
        ),
      )
      expect(c.data.hits.every((h) => h.weight === weights[h.rule])).toBe(true)
    }
  })

  it('selects no more than the capacity, highest unexplained scores first', () => {
    const selected = all.filter((c) => best(c, 'audit.select'))
    const waiting = all.filter((c) => best(c, 'audit.notSelect')?.reason === 'over-capacity')
    expect(selected).toHaveLength(6)
    expect(waiting.length).toBeGreaterThan(0)
    expect(Math.min(...selected.map((c) => c.data.score))).toBeGreaterThanOrEqual(
      Math.max(...waiting.map((c) => c.data.score)),
    )
  })

  it('under-reported income: third-party data exceed the return; the adjustment is the omitted income only', () => {
    for (const c of byKind('under-reported-income')) {
      const declared = c.data.taxType === 'PIT' ? line(c, /^totalIncome$/) : line(c, /^turnover/)
      const reported = sum(records(c))
      expect(reported).toBeGreaterThan(declared)
      // the interest taxed at source (bank) is not part of it; a credit note reduces the e-invoices
      const supported = sum(records(c).filter((r) => r.source !== 'bank')) - declared
      expect(adjustment(c)).toBe(supported)
      expect(adjustment(c)).toBeLessThan(c.data.estimate.base)
      expect(best(c, 'audit.draftFindings')?.category).toBe('negligence')
      const extra = taxOnAdjustment(c.data.basis, c.data.taxType, adjustment(c), j)
      expect(isSubstantial(extra, ret(c).taxDue + extra, j)).toBe(true)
    }
  })

  it('suppressed cash sales: card takings exceed declared sales; the till data support more than the card data', () => {
    for (const c of byKind('suppressed-cash-sales')) {
      const declared = line(c, /^turnover/)
      const card = sum(records(c).filter((r) => r.source === 'card-payments'))
      expect(card).toBeGreaterThan(declared)
      expect(c.data.benchmark!.margin).toBeLessThan(c.data.benchmark!.lowerQuartile)
      const till = c.data.premises[0]!.rows[0]!.value as number
      expect(adjustment(c)).toBe(till - declared)
      expect(adjustment(c)).toBeGreaterThan(card - declared)
      expect(best(c, 'audit.select')?.auditType).toBe('field')
    }
  })

  it('fake-invoice buyer: the supplier files nil or no returns and the adjustment is its input VAT only', () => {
    for (const c of byKind('fake-invoice-buyer')) {
      const mill = c.data.suppliers.find((s) => s.declaredOutputVat === null || s.declaredOutputVat === 0)!
      expect(mill).toBeDefined()
      const millReturns = world.returns.filter((r) => r.tin === mill.tin && r.taxType === 'VAT')
      expect(millReturns.length).toBeGreaterThan(0)
      expect(millReturns.every((r) => r.taxDue === 0)).toBe(true)
      expect(
        world.thirdParty.some((r) => r.tin === mill.tin && r.source === 'e-invoice' && r.amount > 0),
      ).toBe(true)
      expect(world.taxpayers.find((t) => t.tin === mill.tin)!.employees).toBe(0)
      expect(adjustment(c)).toBe(mill.inputVatClaimed)
      expect(adjustment(c)).toBeLessThan(line(c, /^inputVatClaimed$/))
      expect(c.truth.best.at(-1)?.type).toBe('audit.refer')
    }
  })

  it('honest error: the lines do not add up by a small amount, history is clean', () => {
    for (const c of byKind('honest-error')) {
      const lines = ret(c).lines
      const total = c.data.taxType === 'PIT' ? line(c, /^totalIncome$/) : line(c, /^turnover/)
      const parts = lines.filter((l) => /^(employmentIncome|salesDomestic|salesExport)$/.test(l.label))
      expect(sum(records(c))).toBe(sum(parts))
      expect(c.data.filings.every((f) => f.filedOn !== null && f.filedOn <= f.dueOn)).toBe(true)
      expect(c.data.audits.every((a) => a.tax === 0)).toBe(true)
      const extra = taxOnAdjustment(c.data.basis, c.data.taxType, sum(parts) - total, j)
      expect(isSubstantial(extra, ret(c).taxDue + extra, j)).toBe(false)
      if (c.data.estimate.tax < materialityFloor(j)) {
        expect(c.truth.best.at(-1)).toEqual({ type: 'audit.notSelect', reason: 'below-materiality' })
        continue
      }
      expect(sum(parts) - total).toBe(adjustment(c))
      expect(best(c, 'audit.draftFindings')?.category).toBe('honest-error')
    }
  })

  it('risk and materiality: the profile floor keeps small slips out of the audit slots', async () => {
    // archipelago sets audit.materialityAmount to Rp 500,000
    const floor = materialityFloor(j)
    expect(floor).toBe(Rp(500_000))
    let floored = 0
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const c of casesOf(await generateWorld(scenario, { seed }))) {
        expect(c.data.materiality).toBe(floor)
        if (c.truth.best.some((x) => x.type === 'audit.select'))
          expect(c.data.estimate.tax).toBeGreaterThanOrEqual(floor)
        const last = c.truth.best.at(-1)!
        if (last.type === 'audit.notSelect' && last.reason === 'below-materiality') {
          floored++
          expect(c.data.estimate.tax).toBeLessThan(floor)
          expect(c.data.score).toBeGreaterThanOrEqual(c.data.threshold)
          expect(c.truth.explanation).toEqual(
            msg('audit.truth.reason.belowMateriality', {
              score: c.data.score,
              threshold: c.data.threshold,
              comparison: c.data.score > c.data.threshold ? 'above' : 'at',
              atStake: money(c.data.estimate.tax),
              floor: money(floor),
            }),
          )
          expect(inEnglish(c.truth.explanation)).toContain('below the materiality floor of')
        }
      }
    }
    expect(floored).toBeGreaterThan(0)
  })

  it('explained outlier: the cause is on file and third-party data stay below the return', () => {
    for (const c of byKind('explained-outlier')) {
      expect(c.data.letters.length).toBeGreaterThan(0)
      expect(sum(records(c).filter((r) => r.source === 'card-payments'))).toBeLessThan(line(c, /^turnover/))
      expect(c.data.score).toBeGreaterThanOrEqual(c.data.threshold)
      expect(c.truth.best.at(-1)).toEqual({ type: 'audit.notSelect', reason: 'risk-explained' })
      expect(c.truth.evidence).toEqual(['history'])
    }
  })

  it('genuine: third-party data never exceed the return', () => {
    for (const c of byKind('genuine')) {
      const declared = c.data.taxType === 'PIT' ? line(c, /^totalIncome$/) : line(c, /^turnover/)
      expect(sum(records(c).filter((r) => r.counterparty !== 'Suppliers'))).toBeLessThanOrEqual(declared)
    }
  })
})

function variant(audit: Partial<NonNullable<Scenario['world']['audit']>>): Scenario {
  return { ...scenario, world: { ...scenario.world, audit: { ...scenario.world.audit!, ...audit } } }
}

describe('the scenario settings drive the truth', () => {
  it('with third-party matching switched off, the honest errors and income cases fall below the threshold', async () => {
    const weights = scenario.world.audit!.riskRules.map((r) =>
      r.id === 'third-party-mismatch' ? { ...r, weight: 0 } : r,
    )
    const w = casesOf(await generateWorld(variant({ riskRules: weights })))
    for (const c of w.filter((x) => x.truth.kind === 'honest-error'))
      expect(c.truth.best.at(-1)).toEqual({ type: 'audit.notSelect', reason: 'below-threshold' })
  })

  it('with capacity 2, only the two highest-ranked candidates are audited', async () => {
    const w = casesOf(await generateWorld(variant({ capacity: 2 })))
    const selected = w.filter((c) => c.truth.best.some((x) => x.type === 'audit.select'))
    expect(selected).toHaveLength(2)
    const top = [...w]
      .filter((c) => c.truth.kind !== 'explained-outlier')
      .sort((a, b) => b.data.score - a.data.score)
    expect(Math.min(...selected.map((c) => c.data.score))).toBe(top[1]!.data.score)
  })
})

describe('determinism', () => {
  it('the same seed gives the same cases, truth and accounts', async () => {
    const again = await generateWorld(scenario)
    const part = (w: World) =>
      JSON.stringify([
        w.cases.audit,
        w.truth.cases,
        w.ledger.filter((e) => e.id.startsWith('AUD-')),
        w.thirdParty.filter((e) => e.id.startsWith('AUD-')),
      ])
    expect(part(again)).toBe(part(world))
  })

  it('another seed gives other taxpayers', async () => {
    const other = await generateWorld(scenario, { seed: 7 })
    expect(casesOf(other).map((c) => c.record.tin)).not.toEqual(all.map((c) => c.record.tin))
  })
})
