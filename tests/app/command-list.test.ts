import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CommandList from '../../src/app/components/CommandList.svelte'
import type { Command, CommandOption, SendResult } from '../../src/app/workspace-types'
import { page } from '../../src/app/i18n.svelte'
import { LANGUAGE_KEY } from '../../src/app/language-choice'

const currency = { code: 'NGN', symbol: '₦', minorUnits: 2 }

const available: CommandOption[] = [
  { type: 'refund.checkCustoms', label: 'Check customs records', final: false, enabled: true },
  {
    type: 'refund.requestDocuments',
    label: 'Request invoices',
    final: false,
    enabled: false,
    reason: 'Check the customs records first.',
  },
  {
    type: 'refund.approvePartly',
    label: 'Approve part of the refund',
    final: true,
    enabled: true,
    fields: [
      { name: 'amount', label: 'Amount to refund', kind: 'money', required: true },
      {
        name: 'periods',
        label: 'Periods',
        kind: 'multiselect',
        options: [
          { value: '2026-01', label: 'January' },
          { value: '2026-02', label: 'February' },
          { value: '2026-03', label: 'March' },
        ],
      },
      {
        name: 'basis',
        label: 'Basis',
        kind: 'select',
        required: true,
        options: [
          { value: 'invoices', label: 'Invoices verified' },
          { value: 'customs', label: 'Customs exports' },
        ],
      },
      { name: 'offsetTin', label: 'Offset against TIN', kind: 'tin' },
      { name: 'installments', label: 'Instalments', kind: 'number' },
      { name: 'reason', label: 'Reason', kind: 'text' },
    ],
  },
  {
    type: 'refund.reject',
    label: 'Refuse the refund',
    final: true,
    enabled: false,
    reason: 'Verify the claim before refusing it.',
  },
]

type OnCommand = (command: Command) => SendResult

function setup(onCommand = vi.fn<OnCommand>(() => ({ ok: true }))) {
  render(CommandList, {
    available,
    currency,
    knownTins: ['1002003004', '1002003005'],
    defaults: { 'refund.approvePartly': { amount: 125_000_050, periods: ['2026-03'], basis: 'customs' } },
    onCommand,
  })
  return onCommand
}

describe('CommandList', () => {
  afterEach(cleanup)

  it('lists steps before decisions', () => {
    setup()
    const headings = screen.getAllByRole('heading').map((h) => h.textContent)
    expect(headings).toEqual(['Procedure', 'Decision'])
    const steps = within(screen.getByRole('list', { name: 'Procedure' })).getAllByRole('button')
    expect(steps.map((b) => b.textContent?.trim())).toEqual(['Check customs records', 'Request invoices'])
  })

  it('disables what the procedure does not allow yet and says why next to it', () => {
    setup()
    const request = screen.getByRole('button', { name: 'Request invoices' })
    expect(request).toBeDisabled()
    expect(request).toHaveAccessibleDescription('Check the customs records first.')
    expect(screen.getByText('Check the customs records first.')).toBeVisible()
    expect(screen.getByText('Verify the claim before refusing it.')).toBeVisible()
  })

  it('sends a step without fields at once', async () => {
    const onCommand = setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Check customs records' }))
    expect(onCommand).toHaveBeenCalledWith({ type: 'refund.checkCustoms' })
  })

  it('builds a decision from its fields, prefilled, with money sent in minor units', async () => {
    const onCommand = setup()
    await fireEvent.click(screen.getByRole('button', { name: /^Approve part of the refund/ }))
    const amount = screen.getByLabelText('Amount to refund (₦)')
    // Pre-filled as the page writes amounts (English here), read back the same way.
    expect(amount).toHaveValue('1,250,000.50')
    expect(screen.getByLabelText('March')).toBeChecked()
    expect(screen.getByLabelText('Basis')).toHaveValue('customs')
    const tin = screen.getByLabelText('Offset against TIN')
    expect(tin).toHaveAttribute('list', 'known-tins')
    expect(document.querySelectorAll('#known-tins option')).toHaveLength(2)

    await fireEvent.input(amount, { target: { value: '1,234,567.89' } })
    await fireEvent.click(screen.getByLabelText('January'))
    await fireEvent.input(tin, { target: { value: ' 1002003005 ' } })
    await fireEvent.input(screen.getByLabelText('Instalments'), { target: { value: '3' } })
    await fireEvent.click(screen.getByRole('button', { name: 'Confirm: Approve part of the refund' }))
    expect(onCommand).toHaveBeenCalledWith({
      type: 'refund.approvePartly',
      amount: 123_456_789,
      periods: ['2026-01', '2026-03'],
      basis: 'customs',
      offsetTin: '1002003005',
      installments: 3,
    })
  })

  it('explains a money field that is not an amount instead of sending it', async () => {
    const onCommand = setup()
    await fireEvent.click(screen.getByRole('button', { name: /^Approve part of the refund/ }))
    await fireEvent.input(screen.getByLabelText('Amount to refund (₦)'), {
      target: { value: 'about a million' },
    })
    await fireEvent.click(screen.getByRole('button', { name: 'Confirm: Approve part of the refund' }))
    expect(onCommand).not.toHaveBeenCalled()
    expect(screen.getByText('Enter “Amount to refund” as an amount in ₦, e.g. 1,250.50.')).toBeVisible()
  })

  it('shows the engine’s refusal in an alert', async () => {
    setup(vi.fn<OnCommand>(() => ({ ok: false, reason: 'The customs office has not answered yet.' })))
    await fireEvent.click(screen.getByRole('button', { name: 'Check customs records' }))
    const alert = await screen.findByText('The customs office has not answered yet.')
    expect(alert.closest('[role="alert"]')).not.toBeNull()
    expect(alert.closest('p')).toHaveTextContent(/^Not done:/)
  })

  it('leaves a graded field empty whatever is prefilled, and shows the record beside it', async () => {
    render(CommandList, {
      available: [
        {
          type: 'collection.enforce',
          label: 'Issue an enforcement order',
          final: true,
          enabled: true,
          fields: [
            { name: 'amount', label: 'Amount to collect', kind: 'money', required: true, graded: true },
          ],
        },
      ],
      currency,
      defaults: { 'collection.enforce': { amount: 500 } },
      references: { 'collection.enforce': { amount: { text: 'Debt on the account: ₦5.00.', value: 500 } } },
      onCommand: vi.fn<OnCommand>(() => ({ ok: true })),
    })
    await fireEvent.click(screen.getByRole('button', { name: /^Issue an enforcement order/ }))
    const amount = screen.getByLabelText('Amount to collect (₦)')
    expect(amount).toHaveValue('')
    // The record's figures ("label: value") on their own line under "On record", not after a second colon.
    expect(amount).toHaveAccessibleDescription('Debt on the account: ₦5.00.')
    expect(screen.getByText('On record')).toBeVisible()
  })

  it('shows a refusal of the typed values in the form and keeps them', async () => {
    const onCommand = setup(
      vi.fn<OnCommand>(() => ({ ok: false, reason: 'At most ₦6,500.00 may be enforced.', attempt: true })),
    )
    await fireEvent.click(screen.getByRole('button', { name: /^Approve part of the refund/ }))
    const amount = screen.getByLabelText('Amount to refund (₦)')
    await fireEvent.input(amount, { target: { value: '9000' } })
    await fireEvent.click(screen.getByRole('button', { name: 'Confirm: Approve part of the refund' }))
    expect(onCommand).toHaveBeenCalledTimes(1)
    const form = screen.getByRole('form', { name: 'Approve part of the refund' })
    expect(within(form).getByRole('alert')).toHaveTextContent('At most ₦6,500.00 may be enforced.')
    expect(within(form).getByRole('alert')).toHaveTextContent(/procedural error/)
    expect(screen.getByLabelText('Amount to refund (₦)')).toHaveValue('9000')
  })

  it('runs a step once per click: the second click of a double-click does not reach the step that moved under it', async () => {
    const onCommand = setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Check customs records' }), { detail: 1 })
    await fireEvent.click(screen.getByRole('button', { name: 'Check customs records' }), { detail: 2 })
    expect(onCommand).toHaveBeenCalledTimes(1)
  })

  it('writes a letter’s prefilled wording in the trainee’s language as the form opens, and sends what was typed', async () => {
    await page.need(['registration'])
    await page.choose('fr')
    try {
      const onCommand = vi.fn<OnCommand>(() => ({ ok: true }))
      const reject: CommandOption = {
        type: 'registration.reject',
        label: 'Rejeter la demande',
        final: true,
        enabled: true,
        fields: [{ name: 'reason', label: 'Motif', kind: 'text', required: true }],
      }
      render(CommandList, {
        available: [reject],
        currency,
        defaults: { 'registration.reject': { reason: { id: 'registration.default.rejectReason' } } },
        onCommand,
      })
      await fireEvent.click(screen.getByRole('button', { name: /^Rejeter la demande/ }))
      const reason = screen.getByLabelText('Motif')
      expect(reason).toHaveValue('La demande ne remplit pas les conditions.')
      await fireEvent.click(screen.getByRole('button', { name: 'Confirmer\u00a0: Rejeter la demande' }))
      expect(onCommand).toHaveBeenCalledWith({
        type: 'registration.reject',
        reason: 'La demande ne remplit pas les conditions.',
      })
    } finally {
      await page.choose('en')
      localStorage.removeItem(LANGUAGE_KEY)
      page.chosen = undefined
    }
  })

  it('says the case is opening while its steps are on their way, not that nothing is left to do', async () => {
    const onCommand = vi.fn<OnCommand>(() => ({ ok: true }))
    const { rerender } = render(CommandList, { available: [], currency, onCommand, loading: true })
    expect(screen.getByRole('status')).toHaveTextContent('Opening the case…')
    expect(screen.queryByText('Nothing more to do on this case.')).toBeNull()
    await rerender({ available: [], currency, onCommand, loading: false })
    expect(screen.getByText('Nothing more to do on this case.')).toBeInTheDocument()
  })
})
