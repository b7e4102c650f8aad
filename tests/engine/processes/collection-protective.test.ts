/**
 * With `protectiveMeasures: false` no freeze is available, so the asset-flight case's best
 * decision (an immediate enforcement once lawful) is graded correct, not "acceptable — a
 * protective freeze was available".
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import { generateWorld, playPolicy, Session } from '../../../src/engine'
import { inEnglish } from '../../../src/i18n/render'

const library = await loadBundledLibrary()

describe('protectiveMeasures: false', () => {
  it.each(['collection-debt-book', 'capstone-district-office-week'])(
    '%s: the asset-flight case is best enforced at once, and that is correct',
    async (id) => {
      const base = library.scenarios.find((s) => s.id === id)!
      const j = base.jurisdiction
      const scenario = {
        ...base,
        jurisdiction: { ...j, collection: { ...j.collection, protectiveMeasures: false } },
      }
      const session = new Session(scenario, await generateWorld(scenario, { seed: scenario.world.seed }))
      const flights = session.cases().filter((c) => session.truthOf(c.caseId)!.kind === 'asset-flight')
      expect(flights.length).toBeGreaterThan(0)
      for (const c of flights)
        expect(session.truthOf(c.caseId)!.best.map((x) => x.type)).not.toContain(
          'collection.protectiveMeasure',
        )
      playPolicy(session, 'best')
      const report = session.report()
      for (const c of flights) {
        const d = report.decisions.find((x) => x.caseId === c.caseId)!
        expect(d.command.type).toBe('collection.enforce')
        expect(d.feedback.grade, inEnglish(d.feedback.explanation)).toBe('correct')
      }
      expect(report.percent).toBe(100)
    },
    60_000,
  )
})
