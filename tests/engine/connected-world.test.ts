/**
 * One world, connected: in the capstone the processes share taxpayers' accounts, so a decision
 * in one process is the evidence or the consequence in another.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session } from '../../src/engine'
import { balanceOf } from '../../src/engine/rules/ledger'

const library = await loadBundledLibrary()
const capstone = library.scenarios.find((s) => s.id === 'capstone-district-office-week')

const session = capstone ? await Session.start(capstone) : undefined

describe('the capstone world is connected across processes', () => {
  it('the capstone scenario is bundled', () => expect(session).toBeDefined())
  const world = session?.world ?? {
    cases: {},
    ledger: [],
    taxpayers: [],
    truth: { cases: [] },
  }
  const truths = world.truth.cases
  const caseOf = (id: string) =>
    Object.values(world.cases)
      .flat()
      .find((c) => c.id === id)!

  it('a refund is offset against arrears in another tax type', () => {
    const offsets = truths.filter(
      (t) => t.process === 'refunds' && t.best.some((c) => c.type === 'refunds.applyOffset'),
    )
    expect(offsets.length).toBeGreaterThan(0)
    const linked = offsets.some((t) => {
      const tin = caseOf(t.caseId).tin
      const debts = world.ledger.filter((e) => e.tin === tin && e.taxType !== 'VAT')
      return balanceOf(debts) > 0
    })
    expect(linked).toBe(true)
  })

  it('an objection disputes an audit adjustment on the shared ledger', () => {
    const objections = truths.filter((t) => t.process === 'objections')
    expect(objections.length).toBeGreaterThan(0)
    const onAdjustments = objections.filter((t) => {
      const tin = caseOf(t.caseId).tin
      return world.ledger.some((e) => e.tin === tin && e.kind === 'adjustment')
    })
    expect(onAdjustments.length).toBeGreaterThan(0)
  })

  it('collection holds the disputed part of a debt under objection', () => {
    const disputed = truths.filter((t) => t.process === 'collection' && t.kind === 'disputed-debt')
    expect(disputed.length).toBeGreaterThan(0)
    for (const t of disputed) expect(t.best.map((c) => c.type)).toContain('collection.holdDisputed')
  })

  it('a duplicate registration hides an old TIN with arrears', () => {
    const duplicates = world.truth.cases.filter((t) => t.kind === 'duplicate-identity')
    expect(duplicates.length).toBeGreaterThan(0)
    const withDebt = duplicates.filter((t) => {
      const relatedTin = t.best.find((c) => c.type === 'registration.suspectDuplicate')?.tin
      return (world.taxpayers.find((p) => p.tin === relatedTin)?.arrears ?? 0) > 0
    })
    expect(withDebt.length).toBeGreaterThan(0)
  })

  it("an audit assessment, once issued, is on the taxpayer's account the other processes read", () => {
    const played = new Session(capstone!, session!.world)
    playPolicy(played, 'best')
    const assessed = played
      .report()
      .decisions.filter((d) => d.process === 'audit' && /assessment|refer/i.test(d.command.type))
    expect(assessed.length).toBeGreaterThan(0)
    const tin = played.cases().find((c) => c.caseId === assessed[0]!.caseId)!.tin
    const before = session!.world.ledger.filter((e) => e.tin === tin).length
    const ledger = played.taxpayerView(tin).find((p) => p.id === 'taxpayer-ledger')!.sections[0]!
    expect(ledger.kind === 'table' && ledger.rows.length).toBeGreaterThan(before)
  })
})
