/**
 * A scenario's agenda of days: each day's cases arrive on their day and can be worked only once
 * the calendar reaches it, through the one availability function; the world is generated as
 * it would be without an agenda.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import {
  addDays,
  arrivalAvailability,
  generateWorld,
  Session,
  worldDigest,
  type Scenario,
} from '../../src/engine'
import { checkTasks } from '../../src/engine/scenario/semantic'
import type { ScenarioFile } from '../../src/engine/scenario/schema'
import { inEnglish } from '../../src/i18n/render'

const library = await loadBundledLibrary()
const capstone = library.scenarios.find((s) => s.id === 'capstone-district-office-week')!

describe('agenda of days', () => {
  it('opens each day of the capstone week on its own day, Monday to Friday', async () => {
    const session = await Session.start(capstone)
    const monday = session.world.referenceDate
    const days = new Map(session.cases().map((c) => [c.taskId, c.arrivesOn]))
    expect(days.get('monday-registration')).toBe(monday)
    expect(days.get('tuesday-refunds')).toBe(addDays(monday, 1))
    expect(days.get('tuesday-accounts')).toBe(addDays(monday, 1))
    expect(days.get('wednesday-collection')).toBe(addDays(monday, 2))
    expect(days.get('thursday-objections')).toBe(addDays(monday, 3))
    expect(days.get('friday-non-filers')).toBe(addDays(monday, 4))
  })

  it('refuses to open a case before its day, and opens it once the calendar reaches it', async () => {
    const session = await Session.start(capstone)
    const refund = session.cases().find((c) => c.taskId === 'tuesday-refunds')!
    const early = session.send({ type: 'case.open', caseId: refund.caseId })
    expect(early.ok).toBe(false)
    expect(inEnglish(early.ok ? undefined : early.reason)).toMatch(/arrives on Tuesday, January 13, 2026/)
    const offered = session.availability(refund.caseId)
    expect(offered.length).toBeGreaterThan(0)
    expect(offered.every((o) => !o.enabled && /arrives on Tuesday/.test(inEnglish(o.reason)))).toBe(true)
    // The refused open leaves no trace: the case is still new and the log holds nothing of it.
    expect(session.cases().find((c) => c.caseId === refund.caseId)!.status).toBe('new')

    expect(session.send({ type: 'clock.advance', days: 1 }).ok).toBe(true)
    expect(session.send({ type: 'case.open', caseId: refund.caseId }).ok).toBe(true)
    expect(session.availability(refund.caseId).some((o) => o.enabled)).toBe(true)
    // Wednesday's cases are still on their way.
    const wednesday = session.cases().find((c) => c.taskId === 'wednesday-collection')!
    expect(session.send({ type: 'case.open', caseId: wednesday.caseId }).ok).toBe(false)
  })

  it('decides arrival in the availability function', () => {
    const early = arrivalAvailability({ arrivesOn: '2026-01-13', today: '2026-01-12' })
    expect(early.enabled).toBe(false)
    expect(inEnglish(early.enabled ? undefined : early.reason)).toBe(
      'This case arrives on Tuesday, January 13, 2026. Advance the calendar to that day to work on it.',
    )
    expect(arrivalAvailability({ arrivesOn: '2026-01-13', today: '2026-01-13' })).toEqual({ enabled: true })
    expect(arrivalAvailability({ arrivesOn: '2026-01-12', today: '2026-01-20' })).toEqual({ enabled: true })
  })

  it('leaves the generated world as it is without an agenda', async () => {
    const plain: Scenario = { ...capstone }
    delete plain.agenda
    const withDays = await generateWorld(capstone, { seed: capstone.world.seed })
    const without = await generateWorld(plain, { seed: capstone.world.seed })
    expect(worldDigest(withDays)).toBe(worldDigest(without))
  })

  it('names what is wrong in an agenda', () => {
    const scenario = {
      ...capstone,
      agenda: [
        { day: 0, tasks: ['monday-registration', 'no-such-task'] },
        { day: 1, tasks: ['monday-registration'] },
      ],
    }
    const messages = checkTasks(scenario as ScenarioFile).map((f) => `${f.path.join('.')}: ${f.message}`)
    expect(messages).toContainEqual(
      expect.stringMatching(/^agenda\.0\.tasks\.1: there is no task "no-such-task"/),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^agenda\.1\.tasks\.0: task "monday-registration" is already on day 0/),
    )
  })
})
