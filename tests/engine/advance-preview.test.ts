/**
 * "Advance calendar" previews what it will do: which open cases fall due, and which move on by
 * themselves (periods ending, time limits expiring); the preview is what the advance then does.
 */
import { inEnglish } from '../../src/i18n/render'
import { expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { previewAdvance, Session } from '../../src/engine'

const library = await loadBundledLibrary()

it('previews due dates passing and cases moving on, and changes nothing', async () => {
  const scenario = library.scenarios.find((s) => s.id === 'collection-first-contact')!
  const session = await Session.start(scenario)
  for (const { caseId } of session.cases()) session.send({ type: 'case.open', caseId })
  const before = JSON.stringify(session.cases())
  const logLength = session.log.length

  const preview = previewAdvance(session, 40)
  expect(preview.ok).toBe(true)
  expect(JSON.stringify(session.cases())).toBe(before)
  expect(session.log).toHaveLength(logLength)
  expect(preview.fallingDue.length).toBeGreaterThan(0)
  expect(preview.changes.length).toBeGreaterThan(0)
  for (const c of preview.fallingDue) {
    expect(c.dueOn >= preview.from && c.dueOn < preview.to).toBe(true)
  }

  session.send({ type: 'clock.advance', days: 40 })
  expect(session.today()).toBe(preview.to)
  const after = new Map(session.cases().map((c) => [c.caseId, c]))
  for (const change of preview.changes) expect(after.get(change.caseId)!.stateLabel).toBe(change.after)
  const moved = [...after.values()].filter(
    (c) => JSON.parse(before).find((b: { caseId: string }) => b.caseId === c.caseId).state !== c.state,
  )
  expect(preview.changes.map((c) => c.caseId).sort()).toEqual(moved.map((c) => c.caseId).sort())
})

it('a jump the calendar refuses is previewed as refused, with the reason', async () => {
  const scenario = library.scenarios.find((s) => s.id === 'registration-desk')!
  const session = await Session.start(scenario)
  const preview = previewAdvance(session, 0)
  expect(preview.ok).toBe(false)
  expect(inEnglish(preview.reason)).toMatch(/day/)
  expect(preview.to).toBe(session.today())
})
