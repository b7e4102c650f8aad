/**
 * Grading: each kind × the main decisions → the expected grade, and the session end to end
 * (the best play scores the maximum, clicking through does not, and a missed decision period
 * is graded as a missed deadline).
 */
import { describe, expect, it } from 'vitest'
import { playPolicy, Session, type Command, type Grade } from '../../../src/engine'
import { disputedTax } from '../../../src/engine/processes/objections/case-data'
import { module } from '../../../src/engine/processes/objections/module'
import { byKind, env, scenario, world, type Case } from './objections-fixture'
import { inEnglish } from '../../../src/i18n/render'

/** The best play with its last command (the decision) replaced, and steps before it changed. */
function play(
  c: Case,
  decision: (best: Command) => Command,
  steps: (history: Command[]) => Command[] = (h) => h,
) {
  const history = c.truth.best.slice(0, -1)
  return module.grade(c.truth, decision(c.truth.best.at(-1)!), steps(history), env)
}

const declare = (ground: string) => () => ({ type: 'objections.declareInadmissible', ground })
const decide = (which: 'all' | 'none') => (c: Case) => () => ({
  type: 'objections.decide',
  allowedItems: which === 'all' ? c.data.items.filter((i) => i.disputed).map((i) => i.id) : [],
})
const best = (b: Command) => b
const withHold = (amount: (c: Case) => number) => (c: Case) => (h: Command[]) =>
  h.map((x) => (x.type === 'objections.holdCollection' ? { ...x, amount: amount(c) } : x))
const withAuditColleague = (c: Case) => (h: Command[]) =>
  h.map((x) =>
    x.type === 'objections.assignReviewer'
      ? { ...x, officer: c.data.roster.find((o) => o.unit === 'audit' && o.id !== c.data.auditorId)!.id }
      : x,
  )

type Row = [kind: string, decision: string, grade: Grade, run: (c: Case) => ReturnType<typeof play>]
const rows: Row[] = [
  // Late even from deemed receipt: only "late" is right; reviewing the merits misses the anomaly.
  ['late-objection', 'declare late', 'correct', (c) => play(c, declare('late'))],
  ['late-objection', 'declare no grounds', 'wrong', (c) => play(c, declare('no-grounds'))],
  ['late-objection', 'allow every item', 'harmful', (c) => play(c, decide('all')(c))],
  ['late-objection', 'disallow on the merits', 'wrong', (c) => play(c, decide('none')(c))],
  // Undisputed tax unpaid.
  ['undisputed-unpaid', 'declare unpaid', 'correct', (c) => play(c, declare('undisputed-unpaid'))],
  ['undisputed-unpaid', 'declare late', 'wrong', (c) => play(c, declare('late'))],
  ['undisputed-unpaid', 'allow every item', 'harmful', (c) => play(c, decide('all')(c))],
  // No grounds.
  ['no-grounds', 'declare no grounds', 'correct', (c) => play(c, declare('no-grounds'))],
  ['no-grounds', 'disallow on the merits', 'wrong', (c) => play(c, decide('none')(c))],
  // Look-alike: late by the mailing date only. Rejecting it as late is harmful.
  ['deemed-receipt-in-time', 'best', 'correct', (c) => play(c, best)],
  ['deemed-receipt-in-time', 'declare late', 'harmful', (c) => play(c, declare('late'))],
  [
    'deemed-receipt-in-time',
    'hold twice the disputed tax',
    'acceptable',
    (c) => play(c, best, withHold((x) => 2 * disputedTax(x.data))(c)),
  ],
  // Look-alike: partly supported. All or nothing is wrong.
  ['valid-partial', 'best (exactly the confirmed items)', 'correct', (c) => play(c, best)],
  ['valid-partial', 'allow every item', 'wrong', (c) => play(c, decide('all')(c))],
  ['valid-partial', 'disallow every item', 'wrong', (c) => play(c, decide('none')(c))],
  [
    'valid-partial',
    'review by the auditor\u2019s colleague',
    'acceptable',
    (c) => play(c, best, withAuditColleague(c)),
  ],
  [
    'valid-partial',
    'hold less than disputed',
    'acceptable',
    (c) => play(c, best, withHold((x) => disputedTax(x.data) - 1)(c)),
  ],
  // Genuine.
  ['genuine', 'best', 'correct', (c) => play(c, best)],
  ['genuine', 'declare no grounds', 'harmful', (c) => play(c, declare('no-grounds'))],
  [
    'genuine',
    'the decision period ran out',
    'wrong',
    (c) => module.grade(c.truth, { type: 'clock.expired' }, [], env),
  ],
]

describe('grading', () => {
  it.each(rows)('%s, %s → %s', (kind, _decision, grade, run) => {
    const cases = byKind(kind)
    expect(cases.length).toBeGreaterThan(0)
    for (const c of cases) {
      const verdict = run(c)
      expect(verdict.grade, `${c.record.id}: ${inEnglish(verdict.why)}`).toBe(grade)
      expect(inEnglish(verdict.why).length).toBeGreaterThan(20)
    }
  })

  it('explains a deemed-receipt rejection with the deemed-receipt rule', () => {
    const c = byKind('deemed-receipt-in-time')[0]!
    expect(inEnglish(play(c, declare('late')).why)).toMatch(/deemed received 7 days after mailing/)
  })
})

describe('the session end to end', () => {
  it('best play is accepted step by step and scores the maximum', () => {
    const session = new Session(scenario, world)
    playPolicy(session, 'best')
    const report = session.report()
    expect(report.undecided).toEqual([])
    expect(report.score).toBe(report.maxScore)
  })

  it.each(['first', 'random'] as const)('%s policy does not pass', (policy) => {
    const session = new Session(scenario, world)
    playPolicy(session, policy, 1)
    expect(session.report().percent).toBeLessThan(scenario.passMark)
  })

  it('the auditor is refused as reviewer with the reason', () => {
    const session = new Session(scenario, world)
    const c = byKind('genuine')[0]!
    session.send({ type: 'case.open', caseId: c.record.id })
    for (const command of c.truth.best.slice(0, 5))
      expect(session.send({ type: 'case.command', caseId: c.record.id, command }).ok).toBe(true)
    const refused = session.send({
      type: 'case.command',
      caseId: c.record.id,
      command: { type: 'objections.assignReviewer', officer: c.data.auditorId },
    })
    // An unlawful step the trainee may try: refused with the rule, and on the record.
    expect(refused.ok ? '' : inEnglish(refused.reason)).toMatch(/independent of the audit/)
    expect(refused).toEqual({
      ok: false,
      reason: expect.objectContaining({ id: 'objections.unlawful.ownAssessment' }),
      attempt: true,
    })
    expect(session.caseView(c.record.id).attempts).toHaveLength(1)
    expect(session.log.at(-1)).toMatchObject({ type: 'case.command', command: { officer: c.data.auditorId } })
  })

  it('a case left open past the decision period is deemed decided and graded wrong', () => {
    const session = new Session(scenario, world)
    const c = byKind('genuine')[0]!
    session.send({ type: 'case.open', caseId: c.record.id })
    session.send({ type: 'clock.advance', days: scenario.jurisdiction.deadlines.objectionDecisionDays + 10 })
    expect(session.cases().find((x) => x.caseId === c.record.id)?.state).toBe('deemedDecision')
    expect(session.caseView(c.record.id).feedback?.grade).toBe('wrong')
  })
})
