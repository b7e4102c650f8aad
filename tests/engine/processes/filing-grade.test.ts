/**
 * Grading: each kind × the main decisions → the grade the teaching position gives, played on
 * the bundled world through the real session (so blockers, problems and the evidence rule
 * apply). Over-suspicion on a look-alike and a missed anomaly both lose points.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import { Session, generateWorld, type Command, type Grade } from '../../../src/engine'
import { DECISION, STEP } from '../../../src/engine/processes/filing/commands'
import { ADVANCE } from '../../../src/engine/processes/filing/wait'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'filing-non-filers')!
/** One world for every session: a session never changes the world it plays on. */
const world = await generateWorld(scenario)
const fresh = () => new Session(scenario, world)

/** Plays `commands` on the first case of `kind` (and variant) in a fresh session: the grade, or 'refused'. */
async function play(
  kind: string,
  commands: Command[],
  variant?: (best: Command[]) => boolean,
): Promise<Grade | 'refused'> {
  const session = fresh()
  const truth = session.world.truth.cases.find(
    (t) => t.process === 'filing' && t.kind === kind && (!variant || variant(t.best)),
  )!
  const caseId = truth.caseId
  session.send({ type: 'case.open', caseId })
  for (const command of commands) {
    const result =
      command.type === ADVANCE
        ? session.send({ type: 'clock.advance', days: Number(command.days) })
        : session.send({ type: 'case.command', caseId, command })
    if (!result.ok) return 'refused'
  }
  const decision = session.report().decisions.find((d) => d.caseId === caseId)
  if (!decision) throw new Error(`${kind}: no decision after ${commands.map((c) => c.type).join(', ')}`)
  return decision.feedback.grade
}

const H: Command = { type: STEP.viewHistory }
const T: Command = { type: STEP.checkThirdParty }
const V: Command = { type: STEP.validate }
const C: Command = { type: STEP.examineClaim }
const D: Command = { type: STEP.sendDemand }
const wait = (days: number): Command => ({ type: ADVANCE, days })
const accept = (penalty: string): Command => ({ type: DECISION.accept, penalty })
const refer: Command = { type: DECISION.referForReview, reason: 'doubt' }
const reject: Command = { type: DECISION.reject, reason: 'defect' }
const dormancy: Command = { type: DECISION.startDormancy }
const assess = (amount: number): Command[] => [
  { type: STEP.defaultAssessment, amount, basis: 'prior-returns' },
  { type: DECISION.closeAssessed },
]
const isAssessed = (best: Command[]) => best.at(-1)!.type === DECISION.closeAssessed
const replied = (best: Command[]) => best.at(-1)!.type === DECISION.accept

/** The estimate `best` uses, for the stop-filer that never replies. */
async function bestEstimate(): Promise<number> {
  const session = fresh()
  const truth = session.world.truth.cases.find((t) => t.kind === 'stop-filer' && isAssessed(t.best))!
  return Number(truth.best.find((c) => c.type === STEP.defaultAssessment)!.amount)
}
const estimate = await bestEstimate()

describe.each<[string, string, () => Promise<Grade | 'refused'>, Grade | 'refused']>([
  // stop-filer that never replies: demand, wait 35 days, then assess on evidence
  [
    'stop-filer',
    'assess the prior-returns average',
    () => play('stop-filer', [H, T, D, wait(35), ...assess(estimate)], isAssessed),
    'correct',
  ],
  [
    'stop-filer',
    'assess 1.6 × the estimate',
    () => play('stop-filer', [H, T, D, wait(35), ...assess(Math.round(estimate * 1.6))], isAssessed),
    'acceptable',
  ],
  [
    'stop-filer',
    'assess 5 × the estimate (arbitrary)',
    () => play('stop-filer', [H, T, D, wait(35), ...assess(estimate * 5)], isAssessed),
    'wrong',
  ],
  ['stop-filer', 'start dormancy', () => play('stop-filer', [H, T, dormancy], isAssessed), 'harmful'],
  // stop-filer whose return arrives after the demand
  [
    'stop-filer',
    'post the arrived return with the penalty',
    () => play('stop-filer', [H, T, D, wait(35), V, accept('apply')], replied),
    'correct',
  ],
  [
    'stop-filer',
    'refer the arrived return',
    () => play('stop-filer', [H, T, D, wait(35), V, refer], replied),
    'acceptable',
  ],
  // nil-filer and understated return: refer, never accept, correct or reject
  [
    'nil-filer-with-activity',
    'refer for review',
    () => play('nil-filer-with-activity', [T, V, refer]),
    'correct',
  ],
  [
    'nil-filer-with-activity',
    'refer without opening the third-party data',
    () => play('nil-filer-with-activity', [H, V, refer]),
    'acceptable',
  ],
  [
    'nil-filer-with-activity',
    'accept',
    () => play('nil-filer-with-activity', [T, V, accept('none')]),
    'harmful',
  ],
  ['nil-filer-with-activity', 'reject', () => play('nil-filer-with-activity', [T, V, reject]), 'wrong'],
  ['understated-return', 'refer for review', () => play('understated-return', [T, V, refer]), 'correct'],
  ['understated-return', 'accept', () => play('understated-return', [T, V, accept('none')]), 'harmful'],
  [
    'understated-return',
    '"correct" as a math error',
    () => play('understated-return', [T, V, { type: DECISION.correctMathError, correctedTaxDue: 1 }]),
    'wrong',
  ],
  ['understated-return', 'reject', () => play('understated-return', [T, V, reject]), 'wrong'],
  // incomplete return: the one case for rejection
  ['incomplete-return', 'reject', () => play('incomplete-return', [H, V, reject]), 'correct'],
  [
    'incomplete-return',
    'reject without validating first',
    () => play('incomplete-return', [H, reject]),
    'refused',
  ],
  ['incomplete-return', 'accept', () => play('incomplete-return', [V, accept('none')]), 'wrong'],
  ['incomplete-return', 'refer for review', () => play('incomplete-return', [H, V, refer]), 'wrong'],
  [
    'incomplete-return',
    '"correct" the blanks',
    () => play('incomplete-return', [V, { type: DECISION.correctMathError, correctedTaxDue: 1 }]),
    'wrong',
  ],
  // dormant look-alike: dormancy; a demand is over-reaction, an assessment harmful
  ['dormant', 'start dormancy', () => play('dormant', [H, T, dormancy]), 'correct'],
  [
    'dormant',
    'demand, wait, then dormancy',
    () => play('dormant', [H, T, D, wait(35), dormancy]),
    'acceptable',
  ],
  [
    'dormant',
    'demand, wait, then a default assessment',
    () => play('dormant', [H, T, D, wait(35), ...assess(100_000)]),
    'harmful',
  ],
  // honest arithmetic error: correct with a notice, no referral
  ['arithmetic-error', 'post as filed', () => play('arithmetic-error', [H, V, accept('none')]), 'wrong'],
  ['arithmetic-error', 'refer for review', () => play('arithmetic-error', [H, V, refer]), 'wrong'],
  ['arithmetic-error', 'reject', () => play('arithmetic-error', [H, V, reject]), 'wrong'],
  // late with a documented cause: waive; charging it is wrong
  [
    'late-with-reasonable-cause',
    'post and waive',
    () => play('late-with-reasonable-cause', [V, C, accept('waive')]),
    'correct',
  ],
  [
    'late-with-reasonable-cause',
    'post and apply the penalty',
    () => play('late-with-reasonable-cause', [V, C, accept('apply')]),
    'wrong',
  ],
  [
    'late-with-reasonable-cause',
    'refer for review',
    () => play('late-with-reasonable-cause', [H, V, refer]),
    'wrong',
  ],
  // genuine: post; a referral is over-reaction
  ['genuine', 'refer for review', () => play('genuine', [H, V, refer]), 'wrong'],
  ['genuine', 'reject', () => play('genuine', [V, reject]), 'wrong'],
])('%s: %s', (_kind, _decision, run, grade) => {
  it(`is ${grade}`, async () => {
    expect(await run()).toBe(grade)
  })
})

describe('the arithmetic correction must carry the recomputed figure', () => {
  it('grades the right figure correct and another figure wrong', async () => {
    const session = fresh()
    const truth = session.world.truth.cases.find((t) => t.kind === 'arithmetic-error')!
    const right = Number(truth.best.at(-1)!.correctedTaxDue)
    expect(
      await play('arithmetic-error', [H, V, { type: DECISION.correctMathError, correctedTaxDue: right }]),
    ).toBe('correct')
    expect(
      await play('arithmetic-error', [
        H,
        V,
        { type: DECISION.correctMathError, correctedTaxDue: right + 1000 },
      ]),
    ).toBe('wrong')
  })
})

describe('every best sequence grades correct', () => {
  it('plays truth.best of every filing case to a correct decision', async () => {
    const session = fresh()
    for (const truth of session.world.truth.cases.filter((t) => t.process === 'filing')) {
      session.send({ type: 'case.open', caseId: truth.caseId })
      for (const command of truth.best) {
        const result =
          command.type === ADVANCE
            ? session.send({ type: 'clock.advance', days: Number(command.days) })
            : session.send({ type: 'case.command', caseId: truth.caseId, command })
        expect(result, `${truth.kind} ${command.type}`).toEqual({ ok: true })
      }
    }
    const report = session.report()
    expect(report.grades).toMatchObject({ correct: 11, acceptable: 0, wrong: 0, harmful: 0 })
    expect(report.score).toBe(report.maxScore)
  })
})
