/**
 * The results page tells the truth about unfinished work: undecided cases keep their points
 * in the maximum, their anomalies are missed, their passed due dates are missed; cases already
 * overdue when the exercise began are inherited; each decision carries its own kind's TADAT
 * indicators. Played on the capstone, as a trainer would see it half-finished.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { daysBetween, isAnomalyKind, playPolicy, Session, type SessionEvent } from '../../src/engine'

const library = await loadBundledLibrary()
const capstone = library.scenarios.find((s) => s.id === 'capstone-district-office-week')!

const bestSession = await Session.start(capstone)
playPolicy(bestSession, 'best')
const bestLog = async () => ({ session: bestSession, log: bestSession.log })

/**
 * The best log with every collection, audit and filing case left untouched, the calendar moved
 * only to reach the day of the agenda a case arrives on.
 */
function halfFinished(log: readonly SessionEvent[]): SessionEvent[] {
  const arrives = new Map(bestSession.cases().map((c) => [c.caseId, c.arrivesOn]))
  let today = bestSession.world.referenceDate
  return log
    .filter(
      (e) =>
        e.type !== 'session.finish' &&
        e.type !== 'clock.advance' &&
        !('caseId' in e && /^(COL|AUD|FIL)-/.test(e.caseId ?? '')),
    )
    .flatMap((e): SessionEvent[] => {
      const day = e.type === 'case.open' ? arrives.get(e.caseId) : undefined
      if (!day || day <= today) return [e]
      const days = daysBetween(today, day)
      today = day
      return [{ type: 'clock.advance', days }, e]
    })
}

describe('a half-finished capstone', () => {
  it('keeps undecided points in the maximum and shows the collection indicator at 0 %', async () => {
    const { log } = await bestLog()
    const half = await Session.start(capstone)
    expect(half.replay(halfFinished(log))).toEqual([])
    const report = half.report()
    expect(report.finished).toBe(false)
    const collection = report.tasks.find((t) => t.process === 'collection')!
    expect(collection).toMatchObject({ decided: 0, cases: 4, score: 0, maxScore: 40 })
    expect(report.maxScore).toBe(220)

    // Every indicator only collection exercises reads 0 of its points; P5-15 also has the
    // refunds' offsets, so it is not 100 % while the four collection cases are open.
    const p515 = report.tadat.find((t) => t.code === 'P5-15')!
    expect(p515.score).toBeLessThan(p515.maxScore)
    const undecided = half.cases().filter((c) => report.undecided.includes(c.caseId))
    const openCollectionPoints = undecided.filter((c) => c.process === 'collection').length * 10
    expect(p515.maxScore - p515.score).toBeGreaterThanOrEqual(openCollectionPoints)
  })

  it('counts the anomalies of unopened cases as missed', async () => {
    const { log } = await bestLog()
    const half = await Session.start(capstone)
    half.replay(halfFinished(log))
    const report = half.report()
    const anomalies = report.undecided.filter((id) => {
      const truth = half.truthOf(id)!
      return isAnomalyKind(truth.process, truth.kind)
    })
    expect(anomalies.length).toBeGreaterThan(0)
    expect(report.outcomes.anomaliesMissed).toBe(anomalies.length)
  })

  it('counts undecided cases whose due date has passed as deadlines missed', async () => {
    const { log } = await bestLog()
    const half = await Session.start(capstone)
    half.replay(halfFinished(log))
    const before = half.report().outcomes.deadlinesMissed
    const was = half.today()
    half.send({ type: 'clock.advance', days: 60 })
    const after = half.report()
    const lapsed = after.undecided.filter((id) => {
      const c = half.cases().find((x) => x.caseId === id)!
      // A case already overdue on the day it arrived is inherited, not missed; one that
      // lapsed before the jump is already counted in `before`.
      return c.dueOn >= c.arrivesOn && c.dueOn >= was && c.dueOn < after.today
    })
    expect(lapsed.length).toBeGreaterThan(0)
    expect(after.outcomes.deadlinesMissed).toBeGreaterThanOrEqual(before + lapsed.length)
  })
})

describe('a perfect capstone', () => {
  it('misses no deadline and shows the inherited overdue case as inherited', async () => {
    const { session } = await bestLog()
    const report = session.report()
    expect(report.finished).toBe(true)
    expect(report.percent).toBe(100)
    expect(report.outcomes.deadlinesMissed).toBe(0)
    const inherited = session.cases().filter((c) => c.dueOn < session.world.referenceDate)
    expect(inherited.length).toBeGreaterThan(0)
    expect(report.outcomes.overdueAtStart).toBe(inherited.length)
    for (const c of inherited)
      expect(report.decisions.find((d) => d.caseId === c.caseId)!.overdueAtStart).toBe(true)
    expect(report.outcomes.deadlinesMet + report.outcomes.overdueAtStart).toBe(session.cases().length)
  })

  it("tags each decision with its own kind's indicators, never the scenario's whole list", async () => {
    const { session } = await bestLog()
    const report = session.report()
    for (const d of report.decisions) expect(d.tadat).toEqual(session.truthOf(d.caseId)!.tadat)
    const registration = report.decisions.filter((d) => d.process === 'registration')
    expect(registration.every((d) => !d.tadat.includes('P8-24'))).toBe(true)
    for (const d of report.decisions.filter((x) => x.process === 'payments'))
      expect(d.tadat).not.toContain('P5-13')
  })
})
