import { cleanup, fireEvent, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import DecisionList from '../../src/app/components/DecisionList.svelte'
import type { SendResult } from '../../src/app/session.svelte'
import type { AvailableCommand, CaseCommand } from '../../src/engine/index'

const available: AvailableCommand[] = [
  {
    type: 'registration.verifyIdentity',
    label: 'Verify identity with the registry',
    final: false,
    enabled: true,
  },
  {
    type: 'registration.suspectDuplicate',
    label: 'Mark as suspected duplicate of…',
    final: false,
    enabled: false,
    reason: 'Run the duplicate check against the register first.',
  },
  {
    type: 'registration.approve',
    label: 'Approve and issue a TIN',
    final: true,
    enabled: false,
    reason: 'Verify the identity with the registry first.',
  },
  { type: 'registration.reject', label: 'Reject the application', final: true, enabled: true },
]

type OnCommand = (command: CaseCommand) => SendResult

function setup(onCommand = vi.fn<OnCommand>(() => ({ ok: true }))) {
  render(DecisionList, {
    available,
    taxTypes: [
      { code: 'CIT', name: 'Company income tax' },
      { code: 'VAT', name: 'Value added tax' },
    ],
    segments: ['large', 'medium', 'small', 'micro'],
    suggestion: { taxTypes: ['CIT'], segment: 'small' },
    onCommand,
  })
  return onCommand
}

describe('DecisionList', () => {
  afterEach(cleanup)

  it('disables what the procedure does not allow yet and says why next to it', () => {
    setup()
    const approve = screen.getByRole('button', { name: /Approve and issue a TIN/ })
    expect(approve).toBeDisabled()
    expect(approve).toHaveAccessibleDescription('Verify the identity with the registry first.')
    expect(screen.getByText('Run the duplicate check against the register first.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Verify identity with the registry' })).toBeEnabled()
  })

  it('sends a plain step as a command', async () => {
    const onCommand = setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Verify identity with the registry' }))
    expect(onCommand).toHaveBeenCalledWith({ type: 'registration.verifyIdentity' })
  })

  it('asks for a reason before rejecting and shows the engine’s refusal', async () => {
    const onCommand = setup(
      vi.fn<OnCommand>(() => ({ ok: false, reason: 'Check the documents before rejecting.' })),
    )
    await fireEvent.click(screen.getByRole('button', { name: /Reject the application/ }))
    const reason = screen.getByLabelText(/Reason for the rejection/)
    expect(reason).toBeRequired()
    await fireEvent.input(reason, { target: { value: '  Identity does not match the civil registry.  ' } })
    await fireEvent.click(screen.getByRole('button', { name: 'Confirm rejection' }))
    expect(onCommand).toHaveBeenCalledWith({
      type: 'registration.reject',
      reason: 'Identity does not match the civil registry.',
    })
    expect(await screen.findByText('Check the documents before rejecting.')).toBeVisible()
  })
})
