import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import Worklist from '../../src/app/components/Worklist.svelte'
import { clockMoved, due } from '../../src/app/workspace-format'
import type { CaseSummary } from '../../src/app/workspace-types'

const currency = { code: 'NGN', symbol: '₦', minorUnits: 2 }

function summary(i: number, over: Partial<CaseSummary> = {}): CaseSummary {
  return {
    caseId: `C-${String(i).padStart(4, '0')}`,
    taskId: 't1',
    process: 'refunds',
    title: `Taxpayer ${i}`,
    tin: `10020030${String(i).padStart(2, '0')}`,
    receivedOn: '2026-03-01',
    dueOn: `2026-03-${String(10 + (i % 15)).padStart(2, '0')}`,
    date: '2026-03-01',
    arrivesOn: '2026-03-01',
    amount: 1_000_000 * i,
    priority: 'normal',
    status: 'open',
    state: 'riskReview',
    stateLabel: 'Risk review',
    ...over,
  }
}

const cases = [
  summary(1, { dueOn: '2026-03-20', process: 'audit', priority: 'high' }),
  summary(2, { dueOn: '2026-03-05', status: 'new', stateLabel: 'New' }),
  summary(3, { dueOn: '2026-03-12', status: 'closed', stateLabel: 'Refund paid', amount: 0 }),
]

/** Picks an option the way a browser does (happy-dom does not select one from `value`). */
async function choose(select: HTMLElement, value: string) {
  const option = [...(select as HTMLSelectElement).options].find((o) => o.value === value)
  if (!option) throw new Error(`No option ${value}`)
  option.selected = true
  await fireEvent.change(select)
}

describe('Worklist', () => {
  afterEach(cleanup)

  it('shows every column, sorted by due date, overdue in words', () => {
    render(Worklist, { cases, today: '2026-03-10', currency, onSelect: vi.fn() })
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getByRole('button').textContent)).toEqual([
      'Taxpayer 2',
      'Taxpayer 3',
      'Taxpayer 1',
    ])
    const first = rows[0]!
    expect(first).toHaveTextContent('C-0002')
    expect(first).toHaveTextContent('VAT refund')
    expect(first).toHaveTextContent('₦ 20,000.00')
    expect(first).toHaveTextContent('⚠ Overdue by 5 days')
    expect(first).toHaveTextContent('● New')
    expect(rows[2]).toHaveTextContent('10 days left')
    expect(rows[2]).toHaveTextContent('▲ High')
    expect(rows[2]).toHaveTextContent('Audit')
  })

  it('filters by process and status', async () => {
    render(Worklist, { cases, today: '2026-03-10', currency, onSelect: vi.fn() })
    await choose(screen.getByLabelText('Type'), 'audit')
    expect(screen.getAllByRole('row')).toHaveLength(2)
    await choose(screen.getByLabelText('Type'), 'all')
    await choose(screen.getByLabelText('Status'), 'todo')
    expect(screen.getAllByRole('row')).toHaveLength(3)
    expect(screen.getByText('2 of 3 cases')).toBeVisible()
  })

  it("groups an agenda's cases by the day they arrive, today first, later days not openable", () => {
    const week = [
      summary(1, { arrivesOn: '2026-03-09' }),
      summary(2, { arrivesOn: '2026-03-10' }),
      summary(3, { arrivesOn: '2026-03-11', title: 'Tomorrow Ltd' }),
    ]
    render(Worklist, { cases: week, today: '2026-03-10', currency, onSelect: vi.fn() })
    const heads = screen.getAllByRole('columnheader').filter((h) => h.getAttribute('scope') === 'colgroup')
    expect(heads.map((h) => h.textContent)).toEqual([
      'Today: Tuesday, 10 March 2026 · 1 case',
      'Arrived Monday, 9 March 2026 · 1 case',
      'Arrives on Wednesday, 11 March 2026 · 1 case',
    ])
    expect(screen.getByRole('button', { name: 'Taxpayer 2' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Taxpayer 1' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Tomorrow Ltd' })).toBeNull()
    expect(screen.getByText('Tomorrow Ltd').closest('tr')).toHaveTextContent('◌ Arrives')
  })

  it('does not offer to reopen a decided case in assessment mode', () => {
    render(Worklist, { cases, today: '2026-03-10', currency, locked: true, onSelect: vi.fn() })
    expect(screen.queryByRole('button', { name: 'Taxpayer 3' })).toBeNull()
    expect(screen.getByText('Decision recorded')).toBeVisible()
  })

  it('keeps a large worklist light: only rows near the view are rendered', () => {
    const many = Array.from({ length: 5000 }, (_, i) => summary(i))
    render(Worklist, { cases: many, today: '2026-03-01', currency, onSelect: vi.fn() })
    const rendered = screen.getAllByRole('button').length
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(100)
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '5001')
  })

  it('pages a large worklist as it scrolls: far rows are there, the first ones are not', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => summary(i))
    render(Worklist, { cases: many, today: '2026-03-01', currency, onSelect: vi.fn() })
    const scroller = screen.getByRole('table').parentElement!
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 46 * 3000 })
    await fireEvent.scroll(scroller)
    const indices = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => Number(r.getAttribute('aria-rowindex')))
      .filter((i) => i > 0)
    expect(indices.length).toBeGreaterThan(5)
    expect(indices.length).toBeLessThan(100)
    expect(Math.min(...indices)).toBeGreaterThan(2900)
    expect(Math.max(...indices)).toBeLessThan(3200)
  })
})

describe('workspace wording', () => {
  it.each([
    ['2026-03-10', '2026-03-10', 'Due today'],
    ['2026-03-10', '2026-03-11', '1 day left'],
    ['2026-03-10', '2026-03-09', 'Overdue by 1 day'],
  ])('due from %s to %s: %s', (today, dueOn, text) => {
    expect(due(today, dueOn).text).toBe(text)
  })

  it('announces a move of the calendar', () => {
    expect(clockMoved('2026-03-03', '2026-03-17')).toBe('14 days later: 3 March → 17 March')
    expect(clockMoved('2026-12-30', '2027-01-06')).toBe('7 days later: 30 December 2026 → 6 January 2027')
  })
})
