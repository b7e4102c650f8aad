import { cleanup, render, screen, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it } from 'vitest'
import Panel from '../../src/app/components/Panel.svelte'
import type { Panel as PanelData } from '../../src/app/workspace-types'

const panel: PanelData = {
  id: 'vat-return',
  title: 'VAT return, March',
  sections: [
    {
      kind: 'facts',
      title: 'Declared',
      rows: [
        { label: 'TIN', value: '1002003004', mono: true },
        { label: 'Period', value: 'March 2026' },
      ],
    },
    {
      kind: 'table',
      title: 'Ledger',
      columns: ['Date', 'Entry', 'Amount', 'Balance'],
      numeric: [false, false, true, true],
      rows: [
        ['2026-03-01', 'Assessment', '₦ 1,000.00', '₦ 1,000.00'],
        ['2026-03-15', 'Payment', '-₦ 400.00', '₦ 600.00'],
      ],
    },
    {
      kind: 'table',
      title: 'Third-party data',
      columns: ['Source', 'Amount'],
      rows: [],
      empty: 'No third-party data.',
    },
    { kind: 'text', text: 'Input VAT is 92% of output VAT.', tone: 'warning' },
    { kind: 'text', title: 'Examiner', text: 'Books kept in good order.' },
  ],
}

describe('Panel', () => {
  afterEach(cleanup)

  it('shows facts as a definition list', () => {
    render(Panel, { panel })
    expect(screen.getByRole('heading', { name: 'VAT return, March' })).toBeVisible()
    const tin = screen.getByText('1002003004')
    expect(tin.tagName).toBe('DD')
    expect(tin).toHaveClass('mono')
    expect(tin.previousElementSibling).toHaveTextContent('TIN')
    expect(screen.getByText('March 2026').closest('dl')).not.toBeNull()
  })

  it('shows a table with a caption and numeric columns right-aligned', () => {
    render(Panel, { panel })
    const table = screen.getByRole('table', { name: 'Ledger' })
    const headers = within(table).getAllByRole('columnheader')
    expect(headers.map((h) => h.textContent)).toEqual(['Date', 'Entry', 'Amount', 'Balance'])
    expect(headers[2]).toHaveClass('num')
    expect(headers[0]).not.toHaveClass('num')
    const cell = within(table).getByText('₦ 600.00')
    expect(cell).toHaveClass('num')
    expect(within(table).getByText('Payment')).not.toHaveClass('num')
  })

  it('says when a table is empty instead of drawing it', () => {
    render(Panel, { panel })
    expect(screen.getByText('No third-party data.')).toBeVisible()
    expect(screen.queryByRole('table', { name: 'Third-party data' })).toBeNull()
  })

  it('shows text, marking a warning in words and not only by colour', () => {
    render(Panel, { panel })
    // The glossary marks "VAT" as a term, so the sentence spans several elements.
    const warning = screen.getByText(
      (_, element) => element?.tagName === 'P' && /Input VAT is 92%/.test(element.textContent ?? ''),
    )
    expect(warning).toHaveClass('warning')
    expect(warning).toHaveTextContent(/^⚠ Note:/)
    expect(screen.getByText('Books kept in good order.')).not.toHaveClass('warning')
    expect(screen.getByRole('heading', { name: 'Examiner' })).toBeVisible()
  })

  it('can leave the title to the tab that names it', () => {
    render(Panel, { panel, showTitle: false })
    expect(screen.queryByRole('heading', { name: 'VAT return, March' })).toBeNull()
  })
})
