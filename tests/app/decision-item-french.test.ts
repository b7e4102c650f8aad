/**
 * A decision on the French results page reads as French is written: the red flags are a list,
 * one sentence an item (not "…58 ₦; L'adresse…" run together), the decision's fields are joined
 * by « ; » with its space, and the evidence never opened is named by its panel's title.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import DecisionItem from '../../src/app/report/DecisionItem.svelte'
import { page } from '../../src/app/i18n.svelte'
import type { DecisionRecord } from '../../src/engine/index'
import { msg } from '../../src/engine/primitives/message'

const XOF = { code: 'XOF', symbol: 'FCFA', minorUnits: 0 }

const decision: DecisionRecord = {
  caseId: 'RF-001',
  taskId: 'refunds',
  process: 'refunds',
  command: { type: 'refunds.approvePartial', amount: 150_000, reason: 'pièces manquantes' },
  decisionLabel: msg('refunds.cmd.approvePartial'),
  decidedOn: '2025-10-06',
  withinDeadline: true,
  overdueAtStart: false,
  expected: 'Refuser',
  kind: 'inflated-claim',
  tadat: [],
  feedback: {
    grade: 'wrong',
    points: 0,
    maxPoints: 10,
    explanation: 'Explication.',
    flags: ['Le montant dépasse les achats déclarés', 'L’adresse est celle d’un autre contribuable'],
    clearing: [],
    evidenceConsulted: ['claim'],
    evidenceMissed: ['bank', 'offset'],
  },
}

describe('a decision on the French results page', () => {
  afterEach(cleanup)
  afterAll(async () => {
    page.chosen = undefined
    await page.choose('en')
    page.scenario('en_GB', undefined, 'en')
  })

  it('lists the flags, joins the fields the French way and names the missed panels', async () => {
    page.scenario('fr_SN', XOF, 'fr')
    await page.choose('fr')
    await page.need()
    const panels = {
      claim: msg('refunds.panel.claim.title'),
      bank: msg('refunds.panel.bank.title'),
      offset: msg('refunds.panel.offset.title'),
    }
    const { container } = render(DecisionItem, { decision, title: undefined, currency: XOF, panels })
    const flags = within(container.querySelector('dd.flags') as HTMLElement).getAllByRole('listitem')
    expect(flags.map((li) => li.textContent)).toEqual(decision.feedback.flags)
    // "Rembourser en partie (Montant : 150 000 FCFA ; Motif : pièces manquantes)"
    const text = container.textContent ?? ''
    // The semicolon keeps a narrow no-break space before it (U+202F), as the catalogue writes it.
    expect(text).toMatch(/\S \(.+\u202f; .+\)/)
    expect(text).not.toMatch(/\S; /)
    const missed = screen.getByText(/^Non consultées/)
    expect(missed.textContent).not.toMatch(/\b(bank|offset)\b/)
    expect(missed.textContent).toContain(page.translator.t(panels.bank))
  })
})
