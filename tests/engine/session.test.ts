import { msg } from '../../src/engine/primitives/message'
import { inEnglish } from '../../src/i18n/render'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  parseSavedLog,
  playPolicy,
  Session,
  type CaseView,
  type SessionEvent,
} from '../../src/engine'
import { loadBundledLibrary } from '../../src/cli/files'
import { registrationTruthsOf } from './registration-truth'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'registration-desk')!

/** The values a hurried officer copies from the figures shown beside a form's fields. */
const figures = (view: CaseView, type: string) =>
  Object.fromEntries(Object.entries(view.references[type] ?? {}).map(([k, r]) => [k, r.value]))

describe('session = scenario + seed + event log', () => {
  it('replaying a saved log through JSON rebuilds the same state and score', async () => {
    const played = await Session.start(scenario)
    playPolicy(played, 'random', 7)
    const saved = JSON.stringify(played.save())
    const parsed = parseSavedLog(saved)
    if (!parsed.ok) throw new Error(parsed.message)
    const replayed = await Session.start(scenario, { seed: parsed.seed!, log: parsed.log })
    expect(replayed.report()).toEqual(played.report())
    expect(replayed.cases()).toEqual(played.cases())
    expect(replayed.save()).toEqual(played.save())
  })

  it('refuses a step the procedure requires something before, and does not log it', async () => {
    const session = await Session.start(scenario)
    const caseId = session.cases()[0]!.caseId
    session.send({ type: 'case.open', caseId })
    const result = session.send({
      type: 'case.command',
      caseId,
      command: { type: 'registration.approve', taxTypes: ['CIT'], segment: 'small' },
    })
    expect(result).toEqual({ ok: false, reason: 'Verify the identity with the registry first.' })
    expect(session.log).toEqual([{ type: 'case.open', caseId }])
    const approve = session.caseView(caseId).available.find((c) => c.type === 'registration.approve')!
    expect(approve).toMatchObject({ enabled: false, reason: 'Verify the identity with the registry first.' })
  })

  it('records the evidence a check reveals and scores the decision with feedback', async () => {
    const session = await Session.start(scenario)
    const truth = registrationTruthsOf(session.world).find((t) => t.kind === 'duplicate-identity')!
    const caseId = truth.applicationId
    const send = (e: SessionEvent) => expect(session.send(e)).toEqual({ ok: true })
    send({ type: 'case.open', caseId })
    send({ type: 'case.command', caseId, command: { type: 'registration.verifyIdentity' } })
    send({ type: 'case.command', caseId, command: { type: 'registration.verifyDocuments' } })
    send({ type: 'case.command', caseId, command: { type: 'registration.checkDuplicates' } })
    const view = session.caseView(caseId)
    expect(view.opened).toEqual(expect.arrayContaining(['application', 'documents', 'register-search']))
    const search = view.panels.find((p) => p.id === 'register-search')
    const table = search?.sections[0]
    expect(table?.kind === 'table' && table.rows[0]?.[0]).toBe(truth.relatedTin)
    expect(view.defaults['registration.suspectDuplicate']).toEqual({ tin: truth.relatedTin })
    // Approving a known person again is the harmful mistake this case is about.
    send({
      type: 'case.command',
      caseId,
      command: { ...figures(view, 'registration.approve'), type: 'registration.approve' },
    })
    const feedback = session.caseView(caseId).feedback!
    expect(feedback.grade).toBe('harmful')
    expect(feedback.points).toBe(scenario.tasks[0]!.points.harmful)
    expect(inEnglish(feedback.explanation)).toContain(truth.relatedTin)
    expect(
      session.send({ type: 'case.command', caseId, command: { type: 'registration.verifyIdentity' } }),
    ).toEqual({ ok: false, reason: msg('session.refusal.caseClosed') })
  })

  it('charges revealed hints to the task score', async () => {
    const session = await Session.start(scenario)
    const task = scenario.tasks[0]!
    expect(session.send({ type: 'hint.reveal', taskId: task.id })).toEqual({ ok: true })
    expect(session.hints(task.id).revealed).toEqual([task.hints[0]])
    const report = session.report()
    expect(report.tasks[0]!.hintPenalty).toBe(task.hints[0]!.cost)
    expect(report.score).toBe(-task.hints[0]!.cost)
  })

  it('explains what is wrong with a corrupt or foreign saved log', () => {
    expect(parseSavedLog('{not json')).toMatchObject({ ok: false })
    const foreign = parseSavedLog('{"format":"tamis-session/9"}')
    expect(foreign).toMatchObject({
      ok: false,
      message: 'format "tamis-session/9" is not supported; expected "tamis-session/1".',
    })
    expect(!foreign.ok && inEnglish(foreign.plain)).toBe(
      'It was saved in a form this version of the sandbox cannot read.',
    )
    const bad = parseSavedLog('[{"type":"case.open"}]')
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.message).toMatch(/^not a saved session: at 0.caseId/)
  })

  it('assessment mode: no hints, no feedback until the end, no reopening a decided case', async () => {
    const session = await Session.start(scenario, { mode: 'assessment' })
    expect(session.send({ type: 'hint.reveal', taskId: scenario.tasks[0]!.id })).toEqual({
      ok: false,
      reason: msg('session.refusal.hintsInAssessment'),
    })
    playPolicy(session, 'best')
    // playPolicy finished the session, so feedback is now visible
    const caseId = session.cases()[0]!.caseId
    expect(session.caseView(caseId).feedback?.grade).toBe('correct')
    expect(session.save().mode).toBe('assessment')

    const ongoing = await Session.start(scenario, { mode: 'assessment' })
    const log = session.log.filter((e) => e.type !== 'session.finish')
    ongoing.replay(log)
    expect(ongoing.caseView(caseId).feedback).toBeUndefined()
    const refused = ongoing.send({ type: 'case.open', caseId })
    expect(refused.ok).toBe(false)
    expect(inEnglish(refused.ok ? undefined : refused.reason)).toBe(
      'In assessment mode a decided case cannot be reopened.',
    )
  })

  it('reports outcome figures: revenue kept or put at risk, people wrongly burdened, deadlines', async () => {
    const best = await Session.start(scenario)
    playPolicy(best, 'best')
    const good = best.report().outcomes
    expect(good.revenueProtected).toBeGreaterThan(0)
    expect(good).toMatchObject({ revenueAtRisk: 0, taxpayersWronglyBurdened: 0, anomaliesMissed: 0 })
    expect(good.deadlinesMet + good.deadlinesMissed).toBe(best.cases().length)

    const hasty = await Session.start(scenario)
    for (const { caseId } of hasty.cases()) {
      hasty.send({ type: 'case.open', caseId })
      for (const type of ['verifyIdentity', 'verifyDocuments', 'checkDuplicates'] as const)
        hasty.send({ type: 'case.command', caseId, command: { type: `registration.${type}` } })
      hasty.send({
        type: 'case.command',
        caseId,
        command: { ...figures(hasty.caseView(caseId), 'registration.approve'), type: 'registration.approve' },
      })
    }
    const bad = hasty.report().outcomes
    // 2 duplicates, 1 mismatch, 1 bogus, the phoenix left unlinked and VAT not registered
    expect(bad.anomaliesMissed).toBe(6)
    expect(bad.revenueAtRisk).toBeGreaterThan(0)
    expect(bad.revenueProtected).toBe(0)
  })
})

describe('a task that starts later in the story', () => {
  it('moves the calendar forward when its first case is opened, and only then', async () => {
    const later = {
      ...scenario,
      tasks: scenario.tasks.map((t) => ({ ...t, startsAfterDays: 30 })),
    }
    const session = await Session.start(later)
    expect(session.today()).toBe(scenario.world.referenceDate)
    const [first, second] = session.cases()
    session.send({ type: 'case.open', caseId: first!.caseId })
    expect(session.today()).toBe(addDays(scenario.world.referenceDate, 30))
    session.send({ type: 'case.open', caseId: second!.caseId })
    expect(session.today()).toBe(addDays(scenario.world.referenceDate, 30))
    // replaying the log arrives at the same date
    const replayed = await Session.start(later, { log: session.log })
    expect(replayed.today()).toBe(session.today())
  })
})
