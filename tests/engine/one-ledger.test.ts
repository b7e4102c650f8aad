/**
 * One ledger: every decision that moves money posts to the taxpayer's current account when it
 * is decided, and the Taxpayer 360° shows it. Played on the capstone's best log.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session, type Scenario } from '../../src/engine'
import { balanceOf } from '../../src/engine/rules/ledger'
import { createTranslator, inEnglish } from '../../src/i18n/render'
import { isMsg, type Value } from '../../src/engine/primitives/message'

const library = await loadBundledLibrary()
const capstone = library.scenarios.find((s) => s.id === 'capstone-district-office-week')!
const session = await Session.start(capstone)
playPolicy(session, 'best')

const inCapstone = createTranslator({
  language: 'en',
  country: capstone.jurisdiction.locale,
  currency: capstone.jurisdiction.currency,
})
const KIND = 'common.ledgerKind.'

/** A ledger cell as text; the entry column as its kind's code, so the test does not read labels. */
function cellText(value: Value, render: (v: Value) => string = inEnglish): string {
  return isMsg(value) && value.id.startsWith(KIND) ? value.id.slice(KIND.length) : render(value)
}

function ledgerRows(tin: string): readonly (readonly string[])[] {
  return ledgerValues(tin).map((r) => r.map((v) => cellText(v, inCapstone.t)))
}

function ledgerValues(tin: string): readonly (readonly Value[])[] {
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
      expect(shown).toBe(inCapstone.money(sum))
    }
  })
})

/** Decisions that move money, and the ledger kinds each must leave on the taxpayer's account. */
const MOVES: Record<string, readonly string[]> = {
  'collection.approveWriteOff': ['write-off'],
  'collection.grantAgreement': ['agreement', 'instalment'],
  'audit.issueAssessment': ['adjustment'],
  'filing.closeWithAssessment': ['default-assessment'],
  'filing.correctMathError': ['self-assessment'],
}

function played(scenario: Scenario) {
  return Session.start(scenario).then((s) => {
    playPolicy(s, 'best')
    return s
  })
}

function rowsOf(s: Session, tin: string, caseId: string): (readonly string[])[] {
  const panel = s.taxpayerView(tin).find((p) => p.id === 'taxpayer-ledger')
  const table = panel?.sections.find((x) => x.kind === 'table')
  const rows = table?.kind === 'table' ? table.rows.map((r) => r.map((v) => cellText(v))) : []
  return rows.filter((r) => r[7] === caseId)
}

describe.each(library.scenarios.map((s) => [s.id, s] as const))('%s after its best log', (_id, scenario) => {
  it('shows every write-off, agreement, assessment and abatement on the taxpayer’s account', async () => {
    const s = await played(scenario)
    for (const d of s.report().decisions) {
      const tin = s.cases().find((c) => c.caseId === d.caseId)!.tin
      const kinds = new Set(rowsOf(s, tin, d.caseId).map((r) => r[3]))
      const expected = [
        ...(MOVES[d.command.type] ?? []),
        ...(d.command.type === 'collection.enforce' && d.command.tool === 'offset' ? ['offset-in'] : []),
        ...(d.command.type === 'objections.decide' &&
        Array.isArray(d.command.allowedItems) &&
        d.command.allowedItems.length
          ? ['abatement']
          : []),
      ]
      for (const kind of expected)
        expect(kinds.has(kind), `${d.caseId} ${d.command.type}: ${kind}`).toBe(true)
    }
  })
})

describe('a written-off debt', () => {
  it('leaves nothing owed on the overdue periods, and nothing accrues on them afterwards', async () => {
    const book = library.scenarios.filter((x) => x.tasks.some((t) => t.process === 'collection'))
    let checked = 0
    for (const scenario of book) {
      const s = await played(scenario)
      for (const d of s.report().decisions.filter((x) => x.command.type === 'collection.approveWriteOff')) {
        const tin = s.cases().find((c) => c.caseId === d.caseId)!.tin
        const written = s.env.world.ledger.filter((e) => e.ref === d.caseId && e.kind === 'write-off')
        expect(written.length).toBeGreaterThan(0)
        const owed = () =>
          written.map((w) => balanceOf(s.env.world.ledger, { tin, taxType: w.taxType, period: w.period }))
        expect(owed().every((b) => b === 0)).toBe(true)
        checked++
      }
      if (checked) {
        // The same log without its closing event, then three months later.
        const later = await Session.start(scenario)
        for (const e of s.log) if (e.type !== 'session.finish') later.send(e)
        expect(later.send({ type: 'clock.advance', days: 90 }).ok).toBe(true)
        for (const d of later
          .report()
          .decisions.filter((x) => x.command.type === 'collection.approveWriteOff')) {
          const tin = later.cases().find((c) => c.caseId === d.caseId)!.tin
          const ledger = later.env.world.ledger
          for (const w of ledger.filter((e) => e.ref === d.caseId && e.kind === 'write-off'))
            expect(balanceOf(ledger, { tin, taxType: w.taxType, period: w.period })).toBe(0)
        }
        break
      }
    }
    expect(checked).toBeGreaterThan(0)
  })
})
