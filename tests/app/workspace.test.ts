import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it } from 'vitest'
import Workspace from '../../src/app/pages/Workspace.svelte'
import { PlayerSession } from '../../src/app/session.svelte'
import { localLink, type HostedSession } from '../../src/app/worker/host'
import type { Mode, Scenario } from '../../src/engine/index'
import type { CaseSummary, CaseView, Panel, SessionEvent } from '../../src/app/workspace-types'

/** A stand-in for the engine's Session: one refund case that a customs check and a decision close. */
class FakeSession {
  readonly scenario = {
    id: 'fake',
    title: 'Refund desk',
    tasks: [{ id: 't1', title: 'VAT refunds', hints: [] }],
    jurisdiction: { currency: { code: 'NGN', symbol: '₦', minorUnits: 2 } },
  }
  readonly seed = 1
  log: SessionEvent[] = []
  views = 0
  #today = '2026-03-03'
  #checked = false
  #decided = false
  constructor(readonly mode: Mode) {}

  send(event: SessionEvent) {
    if (event.type === 'clock.advance') this.#today = event.days === 14 ? '2026-03-17' : this.#today
    if (event.type === 'case.command') {
      if (event.command.type === 'refund.checkCustoms') this.#checked = true
      else this.#decided = true
    }
    this.log.push(event)
    return { ok: true as const }
  }
  today() {
    return this.#today
  }
  fork() {
    const copy = new FakeSession(this.mode)
    for (const event of this.log) copy.send(event)
    return copy
  }
  finished() {
    return false
  }
  summary(): CaseSummary {
    return {
      caseId: 'R-1',
      taskId: 't1',
      process: 'refunds',
      title: 'Acme Exports Ltd',
      tin: '1002003004',
      receivedOn: '2026-03-01',
      dueOn: '2026-03-31',
      date: this.#today,
      arrivesOn: '2026-03-01',
      amount: 5_000_000,
      priority: 'high',
      status: this.#decided ? 'closed' : this.log.some((e) => e.type === 'case.open') ? 'open' : 'new',
      state: this.#decided ? 'paid' : 'review',
      stateLabel: this.#decided ? 'Refund paid' : 'Under review',
    }
  }
  cases() {
    return [this.summary()]
  }
  caseView(): CaseView {
    this.views++
    const claim: Panel = {
      id: 'claim',
      title: 'Refund claim',
      sections: [{ kind: 'text', text: 'Claim for March.' }],
    }
    const customs: Panel = {
      id: 'customs',
      title: 'Customs records',
      sections: [{ kind: 'text', text: 'No export declarations found.', tone: 'warning' }],
    }
    return {
      summary: this.summary(),
      panels: this.#checked ? [claim, customs] : [claim],
      opened: this.#checked ? ['claim', 'customs'] : ['claim'],
      panelNames: { claim: claim.title, customs: customs.title },
      consulted: this.#checked ? ['claim', 'customs'] : ['claim'],
      references: {},
      attempts: [],
      available: this.#decided
        ? []
        : [
            {
              type: 'refund.checkCustoms',
              label: 'Check customs records',
              final: false,
              enabled: !this.#checked,
            },
            { type: 'refund.approve', label: 'Approve the refund', final: true, enabled: true },
          ],
      defaults: {},
      history: [],
      notes: [],
      tries: [],
      takeBack: { enabled: false, reason: 'There is no decision or step on this case to take back.' },
      ...(this.#decided && this.mode === 'practice'
        ? {
            feedback: {
              grade: 'wrong' as const,
              points: 0,
              maxPoints: 10,
              explanation: 'The exports were fictitious.',
              flags: ['No customs declarations'],
              evidenceConsulted: ['claim', 'customs'],
              evidenceMissed: [],
            },
          }
        : {}),
      map: {
        states: [
          { id: 'review', label: 'Under review', final: false },
          { id: 'paid', label: 'Refund paid', final: true },
        ],
        transitions: [{ from: 'review', to: 'paid', event: 'refund.approve', label: 'Approve the refund' }],
        current: this.#decided ? 'paid' : 'review',
        visited: this.#decided ? ['review', 'paid'] : ['review'],
        enabled: this.#decided ? [] : ['refund.approve'],
      },
    }
  }
  taxpayerView(): Panel[] {
    return [
      {
        id: 'profile',
        title: 'Profile',
        sections: [
          {
            kind: 'facts',
            rows: [
              { label: 'TIN', value: '1002003004' },
              { label: 'Name', value: 'Acme Exports Ltd' },
            ],
          },
        ],
      },
    ]
  }
  hints() {
    return { revealed: [], next: { cost: 1 } }
  }
  clockTakeBack() {
    return { enabled: false }
  }
  save() {
    return {
      format: 'tamis-session/1' as const,
      scenarioId: 'fake',
      scenarioDigest: '',
      seed: 1,
      mode: this.mode,
      log: [...this.log],
    }
  }
}

/** The workspace on a fake session, once the open case's view has come back from the "worker". */
async function setup(mode: Mode = 'practice') {
  const fake = new FakeSession(mode)
  const { link, view } = localLink(fake satisfies HostedSession)
  const player = new PlayerSession(fake.scenario as unknown as Scenario, link, view)
  render(Workspace, { player, caseId: 'R-1', onSelect: () => {}, onFinished: () => {} })
  await screen.findByRole('button', { name: 'Check customs records' })
  await waitFor(() => expect(fake.log[0]).toEqual({ type: 'case.open', caseId: 'R-1' }))
  return fake
}

describe('Workspace', () => {
  afterEach(cleanup)

  it('opens the case, shows the revealed panel and logs a second look at a panel', async () => {
    const fake = await setup()
    expect(fake.log[0]).toEqual({ type: 'case.open', caseId: 'R-1' })
    await fireEvent.click(screen.getByRole('button', { name: 'Check customs records' }))
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Customs records' })).toHaveAttribute('aria-selected', 'true'),
    )
    expect(screen.getByText(/No export declarations found/)).toBeVisible()
    await fireEvent.click(screen.getByRole('tab', { name: 'Refund claim' }))
    expect(fake.log.at(-1)).toEqual({ type: 'evidence.view', caseId: 'R-1', panel: 'claim' })
  })

  it('asks the engine for a case once per change, not once per component', async () => {
    const fake = await setup()
    const before = fake.views
    await fireEvent.click(screen.getByRole('button', { name: 'Check customs records' }))
    expect(fake.views - before).toBeLessThanOrEqual(1)
  })

  it('previews a move of the calendar, moves it only when confirmed, and announces it', async () => {
    const fake = await setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Advance calendar…' }))
    await fireEvent.input(screen.getByLabelText('Days'), { target: { value: '14' } })
    await fireEvent.click(screen.getByRole('button', { name: 'Advance' }))
    const preview = await screen.findByRole('region', { name: '14 days later: 3 March → 17 March' })
    expect(within(preview).getByText('No open case passes its due date.')).toBeVisible()
    expect(fake.log.some((e) => e.type === 'clock.advance')).toBe(false)
    await fireEvent.click(screen.getByRole('button', { name: /^Advance to / }))
    expect(fake.log.at(-1)).toEqual({ type: 'clock.advance', days: 14 })
    expect(await screen.findByText('14 days later: 3 March → 17 March')).toBeInTheDocument()
    expect(screen.getByText(/17 March 2026/)).toBeVisible()
  })

  it('explains a decision in practice mode', async () => {
    await setup('practice')
    expect(screen.getByRole('button', { name: /^Hints/ })).toBeVisible()
    await fireEvent.click(screen.getByRole('button', { name: 'Approve the refund…' }))
    await fireEvent.click(screen.getByRole('button', { name: 'Confirm: Approve the refund' }))
    const feedback = screen.getByRole('region', { name: /^Feedback:/ })
    expect(within(feedback).getByText('The exports were fictitious.')).toBeVisible()
    expect(within(feedback).getByText('No customs declarations')).toBeVisible()
  })

  it('in assessment mode: no hints, and only “Decision recorded” after deciding', async () => {
    await setup('assessment')
    expect(screen.queryByRole('button', { name: /^Hints/ })).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: 'Approve the refund…' }))
    await fireEvent.click(screen.getByRole('button', { name: 'Confirm: Approve the refund' }))
    expect(screen.getByText('✓ Decision recorded.')).toBeVisible()
    expect(screen.queryByRole('region', { name: /^Feedback:/ })).toBeNull()
  })

  it('opens the taxpayer 360° view', async () => {
    await setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Taxpayer 360°' }))
    const dialog = screen.getByRole('dialog', { name: /Taxpayer 360°/, hidden: true })
    expect(
      within(dialog).getByRole('heading', { name: /Taxpayer 360°: Acme Exports Ltd/ }),
    ).toBeInTheDocument()
  })

  it('adds a case note', async () => {
    const fake = await setup()
    await fireEvent.input(screen.getByLabelText('New case note'), { target: { value: 'Asked customs.' } })
    await fireEvent.click(screen.getByRole('button', { name: 'Add note' }))
    expect(fake.log.at(-1)).toEqual({ type: 'case.note', caseId: 'R-1', text: 'Asked customs.' })
  })
})
