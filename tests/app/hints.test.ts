import { cleanup, fireEvent, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import Hints from '../../src/app/components/Hints.svelte'

const hints = { revealed: [], next: { cost: 2 } }

describe('Hints', () => {
  afterEach(cleanup)

  it('asks once, with the cost, before revealing a hint', async () => {
    const onReveal = vi.fn()
    render(Hints, { taskTitle: 'Refunds', hints, onReveal })
    await fireEvent.click(screen.getByRole('button', { name: /Reveal hint 1 \(costs 2 points\)/ }), {
      detail: 1,
    })
    expect(onReveal).not.toHaveBeenCalled()
    expect(screen.getByText(/Hint 1 costs 2 points/)).toBeVisible()
    await fireEvent.click(screen.getByRole('button', { name: /Reveal it/ }), { detail: 1 })
    expect(onReveal).toHaveBeenCalledTimes(1)
  })

  it('a double-click reveals one hint, not two', async () => {
    const onReveal = vi.fn()
    render(Hints, { taskTitle: 'Refunds', hints, onReveal })
    const ask = screen.getByRole('button', { name: /Reveal hint 1/ })
    await fireEvent.click(ask, { detail: 1 })
    // The second click of the double-click lands on the confirmation that replaced the button.
    await fireEvent.click(screen.getByRole('button', { name: /Reveal it/ }), { detail: 2 })
    expect(onReveal).not.toHaveBeenCalled()
    const confirm = screen.getByRole('button', { name: /Reveal it/ })
    await fireEvent.click(confirm, { detail: 1 })
    await fireEvent.click(confirm, { detail: 2 })
    expect(onReveal).toHaveBeenCalledTimes(1)
  })

  it('cancelling reveals nothing', async () => {
    const onReveal = vi.fn()
    render(Hints, { taskTitle: 'Refunds', hints, onReveal })
    await fireEvent.click(screen.getByRole('button', { name: /Reveal hint 1/ }), { detail: 1 })
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onReveal).not.toHaveBeenCalled()
    expect(screen.getByRole('button', { name: /Reveal hint 1/ })).toBeVisible()
  })
})
