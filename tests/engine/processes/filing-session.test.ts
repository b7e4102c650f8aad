/**
 * The bundled filing scenario through the session: clicking through (`first`) or guessing
 * (`random`) does not pass, the panels never give the answer away, and the prefilled values
 * are what the case shows, not the truth.
 */
import { describe, expect, it } from 'vitest'
import { inEnglish } from '../../../src/i18n/render'
import { loadBundledLibrary } from '../../../src/cli/files'
import { Session, generateWorld, playPolicy } from '../../../src/engine'
import { ANOMALIES, LOOKALIKES } from '../../../src/engine/processes/filing/kinds'
import { DECISION, STEP } from '../../../src/engine/processes/filing/commands'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'filing-non-filers')!
/** One world for every session: a session never changes the world it plays on. */
const world = await generateWorld(scenario)
const fresh = () => new Session(scenario, world)

describe('filing-non-filers cannot be passed without judgement', () => {
  it.each([
    ['first', 1],
    ['random', 1],
    ['random', 2],
    ['random', 3],
  ] as const)('%s policy (seed %i) stays below the pass mark', async (policy, seed) => {
    const session = fresh()
    playPolicy(session, policy, seed)
    const report = session.report()
    expect(report.percent).toBeLessThan(scenario.passMark)
    expect(report.passed).toBe(false)
  })
})

describe('what the officer sees', () => {
  it('shows no ground truth in any panel, whatever is opened', async () => {
    const session = fresh()
    const words = [...ANOMALIES, ...LOOKALIKES, 'stop filer', 'dormant business', 'understated']
    for (const summary of session.cases()) {
      const caseId = summary.caseId
      session.send({ type: 'case.open', caseId })
      for (const type of [
        STEP.viewHistory,
        STEP.checkThirdParty,
        STEP.viewLedger,
        STEP.validate,
        STEP.examineClaim,
      ])
        session.send({ type: 'case.command', caseId, command: { type } })
      const text = session
        .caseView(caseId)
        .panels.flatMap((p) => [
          p.title,
          ...p.sections.flatMap((s) =>
            s.kind === 'table'
              ? [s.title, ...s.columns, ...s.rows.flat(), s.empty]
              : s.kind === 'facts'
                ? [s.title, ...s.rows.flatMap((r) => [r.label, r.value])]
                : [s.title, s.text],
          ),
        ])
        .map((v) => inEnglish(v))
        .join('\n')
        .toLowerCase()
      for (const w of words) expect(text, `${caseId} shows "${w}"`).not.toContain(w)
    }
  })

  it('leaves graded fields empty and shows the declared figures beside them, not the right answer', async () => {
    const session = fresh()
    const truth = session.world.truth.cases.find((t) => t.kind === 'arithmetic-error')!
    session.send({ type: 'case.open', caseId: truth.caseId })
    session.send({ type: 'case.command', caseId: truth.caseId, command: { type: STEP.validate } })
    const view = session.caseView(truth.caseId)
    expect(view.defaults[DECISION.correctMathError]?.correctedTaxDue).toBeUndefined()
    expect(view.references[DECISION.correctMathError]!.correctedTaxDue!.value).not.toBe(
      truth.best.at(-1)!.correctedTaxDue,
    )
    const late = session.world.truth.cases.find((t) => t.kind === 'late-with-reasonable-cause')!
    session.send({ type: 'case.open', caseId: late.caseId })
    expect(session.caseView(late.caseId).defaults[DECISION.accept]).toBeUndefined()
    expect(session.caseView(late.caseId).references[DECISION.accept]!.penalty!.value).toBe('apply')
  })

  it('offers every decision form once the return is validated', () => {
    const session = fresh()
    for (const t of session.world.truth.cases.filter(
      (x) => x.process === 'filing' && x.kind !== 'stop-filer' && x.kind !== 'dormant',
    )) {
      session.send({ type: 'case.open', caseId: t.caseId })
      for (const type of [STEP.viewHistory, STEP.checkThirdParty, STEP.validate, STEP.examineClaim])
        session.send({ type: 'case.command', caseId: t.caseId, command: { type } })
      const enabled = session
        .caseView(t.caseId)
        .available.filter((c) => c.enabled)
        .map((c) => c.type)
      expect(enabled, t.kind).toEqual(
        expect.arrayContaining([
          DECISION.accept,
          DECISION.correctMathError,
          DECISION.referForReview,
          DECISION.reject,
        ]),
      )
    }
  })

  it('hides steps already taken and explains the ones not possible yet', async () => {
    const session = fresh()
    const truth = session.world.truth.cases.find((t) => t.kind === 'dormant')!
    const caseId = truth.caseId
    session.send({ type: 'case.open', caseId })
    session.send({ type: 'case.command', caseId, command: { type: STEP.viewHistory } })
    session.send({ type: 'case.command', caseId, command: { type: STEP.sendDemand } })
    const available = session.caseView(caseId).available
    expect(available.map((c) => c.type)).not.toContain(STEP.viewHistory)
    const da = available.find((c) => c.type === STEP.defaultAssessment)!
    expect(da.enabled).toBe(false)
    expect(inEnglish(da.reason)).toMatch(/lawful from/)
  })
})
