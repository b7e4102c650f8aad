import { cleanup, render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import Report from '../../src/app/pages/Report.svelte'
import { PlayerSession, replayProblem } from '../../src/app/session.svelte'
import { localLink, scoreReplay } from '../../src/app/worker/host'
import { generateWorld, loadLibrary, Session, type SavedSession } from '../../src/engine/index'
import { bundledFiles } from '../e2e/support/engine'
import { inEnglish } from '../../src/i18n/render'

const registration = loadLibrary(bundledFiles()).scenarios.find((s) => s.id === 'registration-desk')!
const world = await generateWorld(registration)

describe('the page-side session over a link to the engine', () => {
  it('shows what an event changed only once its save is on disk, with the open case in the same step', async () => {
    const session = new Session(registration, world, 'practice')
    const { link, view } = localLink(session)
    const saves: { saved: SavedSession; done: () => void }[] = []
    const saver = (saved: SavedSession) => new Promise<void>((done) => saves.push({ saved, done }))
    const player = new PlayerSession(registration, link, view, saver)
    const caseId = player.cases[0]!.caseId

    // First asked for: a placeholder from the worklist row, then the engine's view.
    expect(player.caseView(caseId).available).toEqual([])
    await vi.waitFor(() => expect(player.caseView(caseId).available.length).toBeGreaterThan(0))

    const sent = player.send({ type: 'case.open', caseId })
    await vi.waitFor(() => expect(saves).toHaveLength(1))
    expect(saves[0]!.saved.log).toEqual([{ type: 'case.open', caseId }])
    // Judged by the engine, not yet on disk: the page still shows the saved state.
    expect(player.eventCount).toBe(0)
    expect(player.cases[0]!.status).toBe('new')
    expect(player.caseView(caseId).summary.status).toBe('new')
    saves[0]!.done()
    expect(await sent).toEqual({ ok: true })
    expect(player.eventCount).toBe(1)
    expect(player.cases[0]!.status).toBe('open')
    expect(player.caseView(caseId).summary.status).toBe('open')
    expect(player.saved().log).toHaveLength(1)
  })

  it('answers a refusal the engine does not log without a save', async () => {
    const session = new Session(registration, world, 'practice')
    const { link, view } = localLink(session)
    const saver = vi.fn(async () => undefined)
    const player = new PlayerSession(registration, link, view, saver)
    const result = await player.send({ type: 'case.open', caseId: 'NO-SUCH-CASE' })
    expect(result.ok).toBe(false)
    expect(saver).not.toHaveBeenCalled()
    expect(player.eventCount).toBe(0)
  })

  it('reports the steps of a stored log that no longer replay, in a sentence for the trainee', async () => {
    const caseId = new Session(registration, world).cases()[0]!.caseId
    const log = [
      { type: 'case.open' as const, caseId: 'NO-SUCH-CASE' },
      { type: 'case.open' as const, caseId },
    ]
    const scored = scoreReplay(new Session(registration, world, 'practice'), log)
    expect(scored.refused.map((r) => r.index)).toEqual([0])
    expect(scored.report.scenario.id).toBe('registration-desk')

    const { link, view } = localLink(new Session(registration, world, 'practice'))
    const player = new PlayerSession(registration, { ...link, score: async () => scored }, view)
    expect(player.problem).toBe('')
    await player.scored()
    // A message, rendered in the trainee's language: the refusal's own words, not "[object Object]".
    expect(inEnglish(player.problem)).toMatch(
      /^Your saved session no longer replays cleanly: step 1 of \d+ was refused \([A-Z][^[]+\)\./,
    )
    expect(inEnglish(replayProblem(scored.refused, 2))).toMatch(
      /step 1 of 2 was refused \(.+\)\. The score counts only the steps that still apply\.$/,
    )
    expect(replayProblem([], 2)).toBe('')

    // The results page says it in words above the report.
    render(Report, { player, onBack: () => {}, onRetry: () => {} })
    expect(
      await screen.findByText(/^Your saved session no longer replays cleanly: step 1 of \d+ was refused/),
    ).toBeVisible()
    expect(document.body.textContent).not.toContain('[object Object]')
    cleanup()
  })
})
