/**
 * One ledger: every decision that moves money posts to the taxpayer's current account when it
 * is decided, and the Taxpayer 360° shows it. Played on the capstone's best log.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { formatMoney, playPolicy, Session } from '../../src/engine'
import { balanceOf } from '../../src/engine/rules/ledger'

const library = await loadBundledLibrary()
const capstone = library.scenarios.find((s) => s.id === 'capstone-district-office-week')!
const session = await Session.start(capstone)
playPolicy(session, 'best')

function ledgerRows(tin: string): readonly (readonly string[])[] {
  const panel = session.taxpayerView(tin).find((p) => p.id === 'taxpayer-ledger')
  const table = panel?.sections.find((s) => s.kind === 'table')
  return table?.kind === 'table' ? table.rows : []
}

describe('the capstone after its best log', () => {
  it('shows an authorised refund, its offset against other debts and the payment in the 360°', () => {
    const refunds = session.cases().filter((c) => c.process === 'refunds')
    let offsets = 0
    for (const c of refunds) {
      const decision = session.report().decisions.find((d) => d.caseId === c.caseId)!
      const rows = ledgerRows(c.tin).filter((r) => r[7] === c.caseId)
      if (decision.command.type !== 'refunds.authorisePayment') continue
      expect(rows.length, c.caseId).toBeGreaterThan(0)
      expect(rows.some((r) => r[3] === 'refund-paid' || r[3] === 'offset-out')).toBe(true)
      offsets += rows.filter((r) => r[3] === 'offset-in').length
    }
    expect(offsets).toBeGreaterThan(0)
  })

  it('shows every payments decision that moves money on the taxpayer’s account', () => {
    const moving = [
      'payments.allocate',
      'payments.refundCredit',
      'payments.offsetCredit',
      'payments.waivePenalty',
      'payments.postCharges',
    ]
    const decisions = session.report().decisions.filter((d) => moving.includes(d.command.type))
    expect(decisions.length).toBeGreaterThan(0)
    for (const d of decisions) {
      const tin =
        d.command.type === 'payments.allocate'
          ? String(d.command.tin)
          : session.cases().find((c) => c.caseId === d.caseId)!.tin
      expect(
        ledgerRows(tin).some((r) => r[7] === d.caseId),
        `${d.caseId} ${d.command.type}`,
      ).toBe(true)
    }
  })

  it('keeps every account’s balance equal to the sum of its postings', () => {
    const ledger = session.env.world.ledger
    for (const tin of new Set(session.cases().map((c) => c.tin))) {
      const rows = ledgerRows(tin)
      if (!rows.length) continue
      const shown = rows.at(-1)![6]!
      const mine = ledger.filter((e) => e.tin === tin)
      const sum = mine.reduce((s, e) => s + e.amount, 0)
      expect(balanceOf(ledger, { tin })).toBe(sum)
      expect(shown).toBe(formatMoney(sum, capstone.jurisdiction.currency))
    }
  })
})
