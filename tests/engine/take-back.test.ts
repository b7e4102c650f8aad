/**
 * Practice lets a trainee go back one decision and take the other branch. The take-back is an
 * event in the log: replay is exact, the first decision stays the one the results count, and
 * assessment mode refuses it (the one availability function decides).
 */
import { describe, expect, it } from 'vitest'
import { parseSavedLog, Session, type CaseView, type SessionEvent } from '../../src/engine'
import { loadBundledLibrary } from '../../src/cli/files'
import { registrationTruthsOf } from './registration-truth'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'registration-desk')!

const figures = (view: CaseView, type: string) =>
  Object.fromEntries(Object.entries(view.references[type] ?? {}).map(([k, r]) => [k, r.value]))

/** A duplicate-identity application, checked, then approved: the harmful branch. */
async function approvedDuplicate(mode: 'practice' | 'assessment' = 'practice') {
  const session = await Session.start(scenario, { mode })
  const truth = registrationTruthsOf(session.world).find((t) => t.kind === 'duplicate-identity')!
  const caseId = truth.applicationId
  const send = (e: SessionEvent) => expect(session.send(e)).toEqual({ ok: true })
  send({ type: 'case.open', caseId })
  for (const type of ['verifyIdentity', 'verifyDocuments', 'checkDuplicates'])
    send({ type: 'case.command', caseId, command: { type: `registration.${type}` } })
  const view = session.caseView(caseId)
  send({
    type: 'case.command',
    caseId,
    command: { ...figures(view, 'registration.approve'), type: 'registration.approve' },
  })
  return { session, caseId, relatedTin: truth.relatedTin!, send }
}

describe('taking a decision back in practice', () => {
  it('reopens the case, keeps both attempts side by side, and scores only the first', async () => {
    const { session, caseId, relatedTin, send } = await approvedDuplicate()
    expect(session.caseView(caseId).takeBack).toEqual({ enabled: true })
    expect(session.report().decisions[0]?.feedback.grade).toBe('harmful')

    send({ type: 'case.takeBack', caseId })
    const reopened = session.caseView(caseId)
    expect(reopened.summary.status).toBe('open')
    expect(reopened.feedback).toBeUndefined()
    expect(reopened.tries.map((t) => t.feedback.grade)).toEqual(['harmful'])
    expect(reopened.history.map((h) => h.command.type)).not.toContain('registration.approve')
    expect(reopened.available.find((c) => c.type === 'registration.suspectDuplicate')?.enabled).toBe(true)

    send({
      type: 'case.command',
      caseId,
      command: { type: 'registration.suspectDuplicate', tin: relatedTin },
    })
    send({ type: 'case.command', caseId, command: { type: 'registration.linkToExisting' } })
    const after = session.caseView(caseId)
    expect(after.feedback?.grade).toBe('correct')
    expect(after.tries.map((t) => t.feedback.grade)).toEqual(['harmful', 'correct'])

    const report = session.report()
    const record = report.decisions.find((d) => d.caseId === caseId)!
    expect(record.feedback.grade).toBe('harmful')
    expect(record.retries).toBe(1)
    expect(report.decisions).toHaveLength(1)
  })

  it('replays the log with its take-back to the same state and score', async () => {
    const { session, caseId, relatedTin, send } = await approvedDuplicate()
    send({ type: 'case.takeBack', caseId })
    send({
      type: 'case.command',
      caseId,
      command: { type: 'registration.suspectDuplicate', tin: relatedTin },
    })
    send({ type: 'case.command', caseId, command: { type: 'registration.linkToExisting' } })
    const parsed = parseSavedLog(JSON.stringify(session.save()))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.log.filter((e) => e.type === 'case.takeBack')).toHaveLength(1)
    const replayed = await Session.start(scenario, {
      seed: parsed.seed!,
      log: parsed.log,
      mode: parsed.mode!,
    })
    expect(replayed.report()).toEqual(session.report())
    expect(replayed.caseView(caseId)).toEqual(session.caseView(caseId))
  })

  it('goes back step by step, and says when there is nothing left to take back', async () => {
    const { session, caseId, send } = await approvedDuplicate()
    for (let i = 0; i < 4; i++) send({ type: 'case.takeBack', caseId })
    expect(session.caseView(caseId).history).toEqual([])
    expect(session.caseView(caseId).takeBack).toEqual({
      enabled: false,
      reason: 'There is no decision or step on this case to take back.',
    })
    expect(session.send({ type: 'case.takeBack', caseId })).toMatchObject({ ok: false })
  })

  it('is refused in assessment mode by the availability function, and not logged', async () => {
    const { session, caseId } = await approvedDuplicate('assessment')
    const reason = 'In assessment mode a step cannot be taken back.'
    expect(session.caseView(caseId).takeBack).toEqual({ enabled: false, reason })
    const before = session.log.length
    expect(session.send({ type: 'case.takeBack', caseId })).toEqual({ ok: false, reason })
    expect(session.send({ type: 'clock.takeBack' })).toEqual({ ok: false, reason })
    expect(session.log).toHaveLength(before)
  })
})

describe('undoing a calendar advance in practice', () => {
  it('puts the date and every case back, and the log replays', async () => {
    const session = await Session.start(scenario)
    const caseId = session.cases()[0]!.caseId
    session.send({ type: 'case.open', caseId })
    const before = { today: session.today(), cases: session.cases() }
    expect(session.clockTakeBack().enabled).toBe(false)
    expect(session.send({ type: 'clock.advance', days: 400 })).toEqual({ ok: true })
    expect(session.today()).not.toBe(before.today)
    expect(session.clockTakeBack()).toEqual({ enabled: true })
    expect(session.send({ type: 'clock.takeBack' })).toEqual({ ok: true })
    expect({ today: session.today(), cases: session.cases() }).toEqual(before)
    const replayed = await Session.start(scenario, { log: session.save().log })
    expect(replayed.cases()).toEqual(session.cases())
  })

  it('keeps a case that expired during the advance as its first, counted, attempt', async () => {
    const session = await Session.start(scenario)
    const caseId = session.cases()[0]!.caseId
    session.send({ type: 'case.open', caseId })
    session.send({ type: 'clock.advance', days: 400 })
    const expired = session.report().decisions.find((d) => d.caseId === caseId)
    session.send({ type: 'clock.takeBack' })
    expect(session.cases().find((c) => c.caseId === caseId)?.status).toBe('open')
    expect(session.report().decisions.find((d) => d.caseId === caseId)).toEqual(expired)
  })

  it('cannot undo an advance once a step was taken after it', async () => {
    const session = await Session.start(scenario)
    const caseId = session.cases()[0]!.caseId
    session.send({ type: 'case.open', caseId })
    session.send({ type: 'clock.advance', days: 1 })
    session.send({ type: 'case.command', caseId, command: { type: 'registration.verifyIdentity' } })
    expect(session.clockTakeBack().enabled).toBe(false)
    expect(session.send({ type: 'clock.takeBack' })).toMatchObject({ ok: false })
  })
})
