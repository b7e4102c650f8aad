/**
 * Grading of the decisions that close a collection case, kind by kind, on the bundled world:
 * the best decision is correct, lawful-but-weaker is acceptable, over-reaction on a look-alike
 * and a missed anomaly lose points.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import { generateWorld, type CaseRecord, type Command, type Grade } from '../../../src/engine'
import type { CollectionCaseData } from '../../../src/engine/processes/collection/case-data'
import { caseFacts } from '../../../src/engine/processes/collection/facts'
import { judgeCollection } from '../../../src/engine/processes/collection/grade'
import type { CollectionKind } from '../../../src/engine/processes/collection/kinds'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'collection-debt-book')!
const j = scenario.jurisdiction
const world = await generateWorld(scenario)

function caseOf(kind: CollectionKind, pick: (best: readonly Command[]) => boolean = () => true) {
  const truth = world.truth.cases.find((t) => t.process === 'collection' && t.kind === kind && pick(t.best))!
  const record = world.cases.collection!.find((c) => c.id === truth.caseId)! as CaseRecord<CollectionCaseData>
  const g = {
    kind,
    best: truth.best,
    facts: caseFacts(record, world, j),
    data: record.data,
    j,
  }
  return {
    g,
    best: truth.best,
    grade: (command: Command, history: Command[] = truth.best.slice(0, -1)): Grade =>
      judgeCollection(g, command, history).grade,
  }
}
const endsWith =
  (type: string, extra: (c: Command) => boolean = () => true) =>
  (best: readonly Command[]) =>
    best.at(-1)!.type === type && extra(best.at(-1)!)
const enforce = (tool: string, amount: number): Command => ({ type: 'collection.enforce', tool, amount })
const grant = (months: number, security = 'none'): Command => ({
  type: 'collection.grantAgreement',
  months,
  security,
})
const freeze: Command = { type: 'collection.protectiveMeasure' }
const diarise: Command = { type: 'collection.diarise' }
const writeOff: Command = { type: 'collection.approveWriteOff', approver: 'supervisor' }

describe('every case: the best commands grade correct', () => {
  it.each(
    world.truth.cases.filter((t) => t.process === 'collection').map((t) => [t.caseId, t.kind] as const),
  )('%s (%s)', (_id, kind) => {
    const c = caseOf(
      kind as CollectionKind,
      (best) => best === world.truth.cases.find((t) => t.caseId === _id)!.best,
    )
    expect(c.grade(c.best.at(-1)!)).toBe('correct')
  })
})

describe('asset-flight', () => {
  const c = caseOf('asset-flight')
  it.each([
    // the freeze before the money is gone
    [freeze, 'correct'],
    // waiting while the accounts drain
    [diarise, 'harmful'],
    // garnishing after the period (the calendar was advanced): lawful but late
    [enforce('bank', c.g.facts.enforceable), 'acceptable'],
  ] as const)('%j → %s', (command, grade) => expect(c.grade(command)).toBe(grade))
})

describe('agreement-abuse, repeat defaulter (refuse and enforce)', () => {
  const c = caseOf('agreement-abuse', endsWith('collection.enforce'))
  const tool = String(c.best.at(-1)!.tool)
  it.each([
    // the tool that reaches the money (trade debtors)
    [enforce(tool, c.g.facts.enforceable), 'correct'],
    // garnishing the nearly empty account
    [enforce('bank', c.g.facts.enforceable), 'wrong'],
    // a fourth chance, unsecured
    [grant(12), 'harmful'],
    // a fourth chance, but secured
    [grant(12, 'bank-guarantee'), 'acceptable'],
    [diarise, 'wrong'],
  ] as const)('%j → %s', (command, grade) => expect(c.grade(command)).toBe(grade))
})

describe('agreement-abuse, one default (secured agreement)', () => {
  const c = caseOf('agreement-abuse', endsWith('collection.grantAgreement'))
  const months = Number(c.best.at(-1)!.months)
  it.each([
    [grant(months, 'bank-guarantee'), 'correct'],
    [grant(months, 'charge-on-assets'), 'correct'],
    // no security after a default
    [grant(months), 'harmful'],
  ] as const)('%j → %s', (command, grade) => expect(c.grade(command)).toBe(grade))
})

describe('disputed-debt', () => {
  const c = caseOf('disputed-debt')
  const { enforceable } = c.g.facts
  it.each([
    // the undisputed part, on the bank account that holds it
    [enforce('bank', enforceable), 'correct'],
    // the right tool for less than is due
    [enforce('bank', Math.floor(enforceable / 2)), 'acceptable'],
    // seizure when the bank account would do
    [enforce('seizure', enforceable), 'wrong'],
    [diarise, 'wrong'],
    [freeze, 'wrong'],
  ] as const)('%j → %s', (command, grade) => expect(c.grade(command)).toBe(grade))
})

describe('cash-flow-problem (look-alike)', () => {
  const c = caseOf('cash-flow-problem')
  const months = Number(c.best.at(-1)!.months)
  it.each([
    [grant(months), 'correct'],
    // the full legal term is realistic too
    [grant(j.collection.maxInstallmentMonths), 'correct'],
    // security from a compliant taxpayer: an unnecessary burden
    [grant(months, 'bank-guarantee'), 'acceptable'],
    // one month: more than the surplus can carry
    [grant(1), 'wrong'],
    // over-reaction
    [enforce('bank', c.g.facts.enforceable), 'wrong'],
    [enforce('seizure', c.g.facts.enforceable), 'harmful'],
    [freeze, 'harmful'],
    [diarise, 'wrong'],
  ] as const)('%j → %s', (command, grade) => expect(c.grade(command)).toBe(grade))
})

describe('uncollectible (look-alike)', () => {
  const c = caseOf('uncollectible')
  it.each([
    [writeOff, 'correct'],
    [enforce('bank', c.g.facts.enforceable), 'wrong'],
    [diarise, 'wrong'],
  ] as const)('%j → %s', (command, grade) => expect(c.grade(command)).toBe(grade))

  it('a write-off on another criterion is only acceptable', () => {
    const history: Command[] = [{ type: 'collection.proposeWriteOff', criterion: 'uneconomic' }]
    expect(c.grade(writeOff, history)).toBe('acceptable')
  })
})

describe('genuine', () => {
  it('offset: the credit first; the bank is more intrusive; seizure is disproportionate', () => {
    const c = caseOf(
      'genuine',
      endsWith('collection.enforce', (x) => x.tool === 'offset'),
    )
    const { enforceable } = c.g.facts
    expect(c.grade(enforce('offset', enforceable))).toBe('correct')
    expect(c.grade(enforce('seizure', enforceable))).toBe('wrong')
    expect(c.grade(freeze)).toBe('wrong')
    expect(c.grade(diarise)).toBe('wrong')
  })

  it('employee: the employer order; garnishing the empty account is wrong', () => {
    const c = caseOf(
      'genuine',
      endsWith('collection.enforce', (x) => x.tool === 'employer'),
    )
    expect(c.grade(enforce('employer', c.g.facts.enforceable))).toBe('correct')
    expect(c.grade(enforce('bank', c.g.facts.enforceable))).toBe('wrong')
  })

  it('no demand yet: serve it, then diarise; diarising without serving is wrong', () => {
    const c = caseOf('genuine', (best) => best.some((x) => x.type === 'collection.serveDemand'))
    expect(c.grade(diarise)).toBe('correct')
    expect(c.grade(diarise, [{ type: 'collection.reviewAccount' }])).toBe('wrong')
    expect(c.grade(freeze)).toBe('wrong')
  })

  it('period running, ordinary payments: diarise; a freeze is over-reaction; enforcing after waiting is fine', () => {
    const c = caseOf(
      'genuine',
      (best) =>
        best.at(-1)!.type === 'collection.diarise' && !best.some((x) => x.type === 'collection.serveDemand'),
    )
    expect(c.grade(diarise)).toBe('correct')
    expect(c.grade(freeze)).toBe('wrong')
    expect(c.grade(enforce('bank', c.g.facts.enforceable))).toBe('correct')
    expect(c.grade(writeOff)).toBe('harmful')
  })
})
