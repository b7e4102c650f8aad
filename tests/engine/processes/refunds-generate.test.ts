/**
 * The refunds generator and grading end to end: exactly the declared kinds, ground truth that
 * the world bears out (a fictitious export really has no customs record, a genuine new exporter's
 * really have one), the same world from the same seed, and each kind × main decision graded as
 * the teaching position says.
 */
import { describe, expect, it } from 'vitest'
import { inEnglish } from '../../../src/i18n/render'
import { loadBundledLibrary } from '../../../src/cli/files'
import {
  generateWorld,
  Session,
  type CaseRecord,
  type CaseTruth,
  type Command,
  type World,
} from '../../../src/engine'
import {
  assessClaim,
  customsRecords,
  declarationOf,
  foreignReceipts,
  offsetFor,
  requiredFor,
  sourcesFor,
} from '../../../src/engine/processes/refunds/evidence'
import type { RefundCase } from '../../../src/engine/processes/refunds/types'
import { daysBetween } from '../../../src/engine/primitives/calendar'
import { typedBest } from '../../../src/engine/session/policies'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'refunds-vat-desk')!
const j = scenario.jurisdiction
const world = await generateWorld(scenario)

interface Case {
  record: CaseRecord<RefundCase>
  claim: RefundCase
  truth: CaseTruth
}
const cases = (w: World): Case[] =>
  (w.cases.refunds ?? []).map((r) => ({
    record: { ...r, data: r.data as RefundCase },
    claim: r.data as RefundCase,
    truth: w.truth.cases.find((t) => t.caseId === r.id)!,
  }))
const byKind = (kind: string) => cases(world).filter((c) => c.truth.kind === kind)
const one = (kind: string) => byKind(kind)[0]!
const sources = (c: Case) => sourcesFor(world, c.record.tin)
const assess = (c: Case) => assessClaim(c.claim, sources(c), j)
const taxpayer = (c: Case) => world.taxpayers.find((t) => t.tin === c.record.tin)!
const customsOf = (c: Case) => new Set(customsRecords(sources(c), c.claim).map(declarationOf))
const receiptsOf = (c: Case) => new Set(foreignReceipts(sources(c), c.claim).map(declarationOf))

describe('refunds world of the bundled scenario', () => {
  it('holds exactly the declared anomalies and look-alikes, the rest genuine', () => {
    const config = scenario.world.refunds!
    const kinds = cases(world).map((c) => c.truth.kind)
    for (const [kind, n] of Object.entries({ ...config.anomalies, ...config.lookalikes }))
      expect(kinds.filter((k) => k === kind).length, kind).toBe(n)
    expect(kinds.filter((k) => k === 'genuine')).toHaveLength(4)
    expect(kinds).toHaveLength(config.cases)
  })

  it('gives every claim its own VAT-registered claimant, decidable in time, and owns its ids', () => {
    const tins = cases(world).map((c) => c.record.tin)
    expect(new Set(tins).size).toBe(tins.length)
    for (const c of cases(world)) {
      expect(taxpayer(c).taxTypes.map((x) => x.taxType)).toContain('VAT')
      expect(daysBetween(world.referenceDate, c.record.dueOn)).toBeGreaterThanOrEqual(
        scenario.world.refunds!.minDaysLeft,
      )
      expect(c.record.receivedOn < world.referenceDate).toBe(true)
      expect(c.claim.claimed).toBe(c.claim.inputVat - c.claim.outputVat)
      expect(assess(c).validation).toEqual([])
    }
    const ids = [...world.returns, ...world.ledger, ...world.thirdParty].map((x) => x.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('phantom exporter: new, serviced office, no customs record, new account, high risk', () => {
    const c = one('phantom-exporter')
    const t = taxpayer(c)
    expect(daysBetween(t.registeredOn, c.claim.lodgedOn)).toBeLessThan(365)
    expect(t.address.line).toMatch(/Business Centre/)
    expect(c.claim.exports.length).toBeGreaterThan(0)
    expect(c.claim.exports.filter((e) => customsOf(c).has(e.declaration))).toEqual([])
    expect(daysBetween(c.claim.accounts.at(-1)!.from, c.claim.lodgedOn)).toBeLessThan(
      j.refunds.risk.accountChangeDays,
    )
    expect(c.claim.history).toEqual([])
    expect(assess(c).risk.tier).toBe('high')
  })

  it('fictitious exports: some declarations have no customs record or receipt, the others both', () => {
    const c = one('fictitious-exports')
    const missing = c.claim.exports.filter((e) => !customsOf(c).has(e.declaration))
    const known = c.claim.exports.filter((e) => customsOf(c).has(e.declaration))
    expect(missing.length).toBeGreaterThan(0)
    expect(known.length).toBeGreaterThan(0)
    for (const e of missing) expect(receiptsOf(c).has(e.declaration)).toBe(false)
    for (const e of known) expect(receiptsOf(c).has(e.declaration)).toBe(true)
    const a = assess(c)
    expect(a.allowed).toBe(c.claim.claimed - a.exports.vat)
    expect(a.allowed).toBeGreaterThan(0)
    expect(a.credits.disallowed).toBe(0)
  })

  it('refund diversion: the account changed just before the claim to someone else’s', () => {
    const c = one('refund-diversion')
    const current = c.claim.accounts.at(-1)!
    expect(current.bankHolder).not.toBe(taxpayer(c).name)
    expect(current.holder).toBe(taxpayer(c).name)
    expect(daysBetween(current.from, c.claim.lodgedOn)).toBeLessThan(j.refunds.risk.accountChangeDays)
    expect(taxpayer(c).bankAccount.number).toBe(current.number)
    expect(assess(c).allowed).toBe(c.claim.claimed)
  })

  it('fake input credits: a recently registered supplier declared far less than was claimed', () => {
    const c = one('fake-input-credits')
    const a = assess(c)
    const short = a.credits.rows.filter((r) => r.result === 'short' || r.result === 'not declared')
    expect(short).toHaveLength(1)
    expect(short[0]!.declaredVat).toBeLessThan(short[0]!.purchase.vat * 0.2)
    const mill = world.taxpayers.find((t) => t.tin === short[0]!.purchase.supplierTin)!
    expect(daysBetween(mill.registeredOn, c.claim.lodgedOn)).toBeLessThan(365)
    expect(a.allowed).toBe(c.claim.claimed - a.credits.disallowed)
    expect(a.exports.value).toBe(0)
  })

  it('genuine new exporter: new and high risk, but every export has a customs record and a receipt, and the account is its own', () => {
    const c = one('genuine-new-exporter')
    expect(daysBetween(taxpayer(c).registeredOn, c.claim.lodgedOn)).toBeLessThan(365)
    for (const e of c.claim.exports) {
      expect(customsOf(c).has(e.declaration)).toBe(true)
      expect(receiptsOf(c).has(e.declaration)).toBe(true)
    }
    expect(c.claim.accounts.every((acc) => acc.bankHolder === taxpayer(c).name)).toBe(true)
    expect(assess(c).risk.tier).toBe('high')
    expect(assess(c).allowed).toBe(c.claim.claimed)
  })

  it('genuine large investment: a declared capital purchase lifts the claim far above history', () => {
    const c = one('genuine-large-investment')
    const capital = c.claim.purchases.find((p) => p.capital)!
    expect(capital).toBeDefined()
    const row = assess(c).credits.rows.find((r) => r.purchase === capital)!
    expect(row.result).toBe('matched')
    const average = c.claim.history.reduce((s, h) => s + h.claimed, 0) / c.claim.history.length
    expect(c.claim.claimed).toBeGreaterThan(average * j.refunds.risk.claimGrowthFactor)
    expect(assess(c).allowed).toBe(c.claim.claimed)
  })

  it('genuine claims are fully supported, and at least one genuine claimant owes tax elsewhere', () => {
    const genuine = cases(world).filter((c) =>
      ['genuine', 'genuine-new-exporter', 'genuine-large-investment'].includes(c.truth.kind),
    )
    for (const c of genuine) expect(assess(c).allowed).toBe(c.claim.claimed)
    const owing = genuine.filter(
      (c) => offsetFor(sources(c), c.record, c.claim.claimed, world.referenceDate, j).offset > 0,
    )
    expect(owing.length).toBeGreaterThan(0)
    for (const c of owing) expect(c.truth.best.map((x) => x.type)).toContain('refunds.applyOffset')
  })

  it('fictitious exports and fake input credits score risk points and force their check', () => {
    for (const c of byKind('fictitious-exports')) {
      const a = assess(c)
      expect(a.risk.customsMismatch).toBe(true)
      expect(a.risk.factors.map((f) => inEnglish(f.label))).toContain(
        'Declared exports without a matching customs export record',
      )
      expect(a.risk.tier).not.toBe('low')
      expect(requiredFor(a)).toContain('customs')
    }
    for (const c of byKind('fake-input-credits')) {
      const a = assess(c)
      expect(a.risk.supplierMismatch).toBe(true)
      expect(a.risk.tier).not.toBe('low')
      expect(requiredFor(a)).toContain('suppliers')
    }
    for (const c of [...byKind('genuine'), ...byKind('genuine-large-investment')]) {
      const a = assess(c)
      expect([a.risk.customsMismatch, a.risk.supplierMismatch]).toEqual([false, false])
    }
  })

  it('is the same world from the same seed', async () => {
    const again = await generateWorld(scenario)
    expect(JSON.stringify(again)).toBe(JSON.stringify(world))
  })
})

describe('grading each kind × main decision through the session', () => {
  const finals = (c: Case, choice: 'pay-full' | 'refuse' | 'block'): Command[] => {
    const steps = c.truth.best.filter((x) => /validate|assessRisk|check|verify/.test(x.type))
    if (choice === 'refuse') return [...steps, { type: 'refunds.refuse', reason: 'not supported' }]
    if (choice === 'block') return [...steps, { type: 'refunds.blockAndRefer', reason: 'suspected fraud' }]
    const second = c.claim.claimed > 10_000_000_00 ? [{ type: 'refunds.requestSecondApproval' }] : []
    return [
      ...steps,
      { type: 'refunds.approveFull' },
      { type: 'refunds.applyOffset' },
      ...second,
      { type: 'refunds.authorisePayment' },
    ]
  }
  const play = (
    choice: 'pay-full' | 'refuse' | 'block' | 'best',
    before: (s: Session) => void = () => {},
  ) => {
    const session = new Session(scenario, world)
    before(session)
    for (const c of cases(world)) {
      session.send({ type: 'case.open', caseId: c.record.id })
      for (const command of choice === 'best' ? typedBest(c.truth) : finals(c, choice)) {
        const result = session.send({ type: 'case.command', caseId: c.record.id, command })
        if (!result.ok) throw new Error(`${c.record.id} ${command.type}: ${inEnglish(result.reason)}`)
      }
    }
    return new Map(session.report().decisions.map((d) => [d.kind + ' ' + d.caseId, d.feedback.grade]))
  }
  const grades = { 'pay-full': play('pay-full'), refuse: play('refuse'), block: play('block') }
  const gradeOf = (choice: keyof typeof grades, kind: string) =>
    [...grades[choice].entries()].filter(([k]) => k.startsWith(kind + ' ')).map(([, g]) => g)

  it.each([
    ['phantom-exporter', 'harmful', 'acceptable', 'correct'],
    ['refund-diversion', 'harmful', 'acceptable', 'correct'],
    ['fictitious-exports', 'harmful', 'acceptable', 'acceptable'],
    ['fake-input-credits', 'harmful', 'acceptable', 'acceptable'],
    ['genuine-new-exporter', 'correct', 'harmful', 'wrong'],
    ['genuine-large-investment', 'correct', 'harmful', 'wrong'],
    ['genuine', 'correct', 'harmful', 'wrong'],
  ])('%s: pay in full → %s, refuse → %s, block → %s', (kind, payFull, refuse, block) => {
    expect(new Set(gradeOf('pay-full', kind))).toEqual(new Set([payFull]))
    expect(new Set(gradeOf('refuse', kind))).toEqual(new Set([refuse]))
    expect(new Set(gradeOf('block', kind))).toEqual(new Set([block]))
  })

  it('the best commands grade correct on every case', () => {
    expect(new Set(play('best').values())).toEqual(new Set(['correct']))
  })

  it('the best decision after the statutory limit is only acceptable', () => {
    const late = play('best', (s) =>
      s.send({ type: 'clock.advance', days: j.deadlines.refundDecisionDays + 1 }),
    )
    expect(new Set(late.values())).toEqual(new Set(['acceptable']))
  })

  it('blocking the phantom without opening customs, suppliers or bank is only acceptable', () => {
    const c = one('phantom-exporter')
    const session = new Session(scenario, world)
    session.send({ type: 'case.open', caseId: c.record.id })
    for (const command of [
      { type: 'refunds.validate' },
      { type: 'refunds.assessRisk' },
      { type: 'refunds.blockAndRefer', reason: 'new company' },
    ])
      session.send({ type: 'case.command', caseId: c.record.id, command })
    expect(session.report().decisions[0]!.feedback.grade).toBe('acceptable')
  })

  it('paying a genuine claimant who owes tax, without the offset check, is wrong', () => {
    const c = cases(world).find(
      (x) =>
        x.truth.kind === 'genuine' &&
        offsetFor(sources(x), x.record, x.claim.claimed, world.referenceDate, j).offset > 0,
    )!
    const session = new Session(scenario, world)
    session.send({ type: 'case.open', caseId: c.record.id })
    const commands = c.truth.best.filter((x) => x.type !== 'refunds.applyOffset')
    for (const command of commands) session.send({ type: 'case.command', caseId: c.record.id, command })
    expect(session.report().decisions[0]!.feedback.grade).toBe('wrong')
  })
})
