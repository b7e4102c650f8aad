/**
 * Feedback never contradicts the evidence, for the collection desk: every amount, date and count
 * a collection case's truth cites (the right answer, the red flags) is an argument of a message,
 * and equals what the case data and the shared accounts the grader reads say. Checked on every
 * collection case of every bundled scenario at seeds 1–3; a truth message with a figure this test
 * does not know fails, so a new sentence cannot cite an unchecked fact.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import {
  PROCESS_MODULES,
  Session,
  type CaseRecord,
  type CaseTruth,
  type Command,
  type ProcessModule,
} from '../../src/engine'
import { daysBetween } from '../../src/engine/primitives/calendar'
import { isDate, isList, isMoney, isMsg, type Arg, type Msg } from '../../src/engine/primitives/message'
import type { CollectionCaseData } from '../../src/engine/processes/collection/case-data'
import { caseFacts, type CaseFacts } from '../../src/engine/processes/collection/facts'
import { ENFORCEMENT_TOOLS } from '../../src/engine/processes/collection/config.schema'
import {
  installmentOf,
  monthlySurplus,
  objectionValid,
  reachable,
} from '../../src/engine/processes/collection/rules'
import type { ProcessEnv } from '../../src/engine/processes/contract'
import type { Jurisdiction } from '../../src/engine/scenario/schema'
import { openDebts } from '../../src/engine/rules/ledger'
import type { World } from '../../src/engine/world/types'
import { taxTypeLabel } from '../../src/engine/vocabulary'

const library = await loadBundledLibrary()
const scenarios = library.scenarios.filter((s) => s.tasks.some((t) => t.process === 'collection'))
const SEEDS = [1, 2, 3]
/** Messages checked per id, so the suite fails if a sentence it means to check never occurs. */
const checked = new Map<string, number>()

interface Case {
  record: CaseRecord<CollectionCaseData>
  truth: CaseTruth
  facts: CaseFacts
  world: World
  j: Jurisdiction
}

/** Every message in a truth's sentences, nested ones included. */
function messagesOf(truth: CaseTruth): Msg[] {
  const out: Msg[] = []
  const walk = (value: Arg | undefined): void => {
    if (isMsg(value)) {
      out.push(value)
      Object.values(value.args ?? {}).forEach(walk)
    } else if (isList(value)) value.list.forEach(walk)
  }
  ;[truth.expected, truth.explanation, ...truth.flags, ...(truth.clearing ?? [])].forEach(walk)
  return out
}

const moneyOf = (a: Arg | undefined) => (isMoney(a) ? a.money : Number.NaN)
const dateOf = (a: Arg | undefined) => (isDate(a) ? a.date : '')
const last = (best: readonly Command[]) => best.at(-1)!

/** The transfers out after the demand notice: the asset-flight story's two transfers. */
function transfersOut(data: CollectionCaseData) {
  return data.bank.transactions.filter(
    (t) => isMsg(t.description) && t.description.id.startsWith('collection.world.tx.transferOut'),
  )
}

const checks: Record<string, (m: Msg, c: Case) => void> = {
  'collection.truth.expected.enforce': (m, { facts, truth, j }) => {
    expect(moneyOf(m.args?.amount)).toBe(facts.enforceable)
    expect(moneyOf(m.args?.disputed)).toBe(facts.disputed)
    expect(m.args?.hold).toBe(facts.disputed > 0 && j.collection.holdDisputedAmounts ? 'yes' : 'no')
    expect(m.args?.tool).toBe(last(truth.best).tool)
    expect(last(truth.best).amount).toBe(facts.enforceable)
  },
  'collection.truth.expected.grant': (m, { record, truth }) => {
    expect(m.args?.months).toBe(record.data.request?.months)
    expect(m.args?.months).toBe(last(truth.best).months)
    expect(m.args?.secured).toBe(last(truth.best).security === 'none' ? 'no' : 'yes')
  },
  'collection.world.flag.transfersOut': (m, { record }) => {
    const out = transfersOut(record.data)
    expect(out).toHaveLength(2)
    expect(moneyOf(m.args?.amount)).toBe(-out.reduce((s, t) => s + t.amount, 0))
    expect(dateOf(m.args?.on)).toBe(record.data.demand?.servedOn)
    for (const t of out) expect(t.date > dateOf(m.args?.on)).toBe(true)
  },
  'collection.world.flag.moneyMoved': (m, { record }) => {
    const loan = transfersOut(record.data).find(
      (t) => isMsg(t.description) && t.description.id === 'collection.world.tx.transferOutLoan',
    )!
    expect(isMsg(loan.counterparty) && loan.counterparty.args?.name).toEqual(m.args?.director)
  },
  'collection.world.flag.defaulted': (m, { facts, record }) => {
    expect(m.args?.defaults).toBe(facts.defaults)
    expect(m.args?.active).toBe(record.data.agreements.some((a) => a.status === 'active') ? 'yes' : 'no')
  },
  'collection.world.flag.returnsMissing': (m, { facts }) =>
    expect(m.args?.missing).toBe(facts.missingReturns),
  'collection.world.flag.objectionPending': (m, { record, j }) => {
    const o = record.data.objections.find((x) => x.id === m.args?.id)!
    expect(o.status).toBe('pending')
    expect(objectionValid(o, j)).toBe(true)
    expect(m.args?.days).toBe(daysBetween(o.assessedOn, o.lodgedOn))
    expect(m.args?.window).toBe(j.deadlines.objectionDays)
  },
  'collection.world.flag.onlyAssessed': (m, { record, world }) => {
    const pending = record.data.objections.filter((o) => o.status === 'pending')
    // Taxes are named by their label message (common.taxType.<code>).
    expect(pending.map((o) => taxTypeLabel(o.taxType))).toEqual([m.args?.disputedTax])
    const disputed = new Set(pending.map((o) => `${o.taxType}|${o.period}`))
    const undisputed = openDebts(world.ledger, record.tin).filter(
      (d) => !disputed.has(`${d.taxType}|${d.period}`),
    )
    expect(undisputed.length).toBeGreaterThan(0)
    expect(new Set(undisputed.map((d) => taxTypeLabel(d.taxType).id))).toEqual(
      new Set([(m.args?.tax as Msg).id]),
    )
  },
  'collection.world.flag.inLiquidation': (m, { record }) => {
    expect(record.data.registry.inLiquidation).toBe(true)
    const note = record.data.registry.note
    expect(isMsg(note) && dateOf(note.args?.on)).toBe(dateOf(m.args?.on))
  },
  'collection.world.flag.accountsEmpty': (_m, { facts }) =>
    expect(facts.sources.bank).toBeLessThan(facts.debt),
}

/** Messages whose arguments are codes or none (a tax's name among them): nothing to compare. */
const WITHOUT_FIGURES =
  /^(common\.taxType\.|collection\.(truth\.explanation\.|truth\.expected\.(protect|writeOff|serveAndDiarise|diarise)$|world\.(flag\.(longestTerm|nothingForUnsecured)|party\.)))/

function checkCase(c: Case): void {
  for (const m of messagesOf(c.truth)) {
    const check = checks[m.id]
    if (check) check(m, c)
    else expect(m.id, `${c.truth.caseId}: a truth message this test does not check`).toMatch(WITHOUT_FIGURES)
    checked.set(m.id, (checked.get(m.id) ?? 0) + 1)
  }
}

/** The defaulted agreements the agreements panel shows: defaulted, or active with enough missed. */
const defaultedShown = ({ record, j }: Case) =>
  record.data.agreements.filter(
    (a) =>
      a.status === 'defaulted' ||
      (a.status === 'active' && a.missed >= j.collection.missedInstallmentsToDefault),
  ).length

/** The figures each verdict cites, against the case data and the command graded. */
const verdictChecks: Record<string, (m: Msg, c: Case, command: Command) => void> = {
  'collection.verdict.enforce.short': (m, { facts }, command) => {
    expect(moneyOf(m.args?.amount)).toBe(Number(command.amount))
    expect(moneyOf(m.args?.due)).toBe(facts.enforceable)
    expect(Number(command.amount)).toBeLessThan(facts.enforceable)
  },
  'collection.verdict.enforce.reachesLittle': (m, c, command) => {
    const reach = reachable(command.tool as (typeof ENFORCEMENT_TOOLS)[number], c.facts.sources, c.j)
    expect(moneyOf(m.args?.reach)).toBe(reach)
    expect(moneyOf(m.args?.due)).toBe(c.facts.enforceable)
    expect(reach * 2).toBeLessThan(c.facts.enforceable)
  },
  'collection.verdict.enforce.milderPartly': (m, c, command) => {
    const reach = reachable(command.tool as (typeof ENFORCEMENT_TOOLS)[number], c.facts.sources, c.j)
    expect(moneyOf(m.args?.reach)).toBe(reach)
    expect(moneyOf(m.args?.due)).toBe(c.facts.enforceable)
    expect(reach).toBeLessThan(c.facts.enforceable)
  },
  'collection.verdict.enforce.securityAllowed': (m, c) => expect(m.args?.defaults).toBe(defaultedShown(c)),
  'collection.verdict.agreement.securedAbuse': (m, c) => expect(m.args?.defaults).toBe(defaultedShown(c)),
  'collection.verdict.agreement.unsecuredAbuse': (m, c) => expect(m.args?.defaults).toBe(defaultedShown(c)),
  'collection.verdict.agreement.unrealistic': (m, { facts, record }, command) => {
    const surplus = monthlySurplus(record.data.cashFlow!.projected)
    expect(moneyOf(m.args?.surplus)).toBe(surplus)
    expect(moneyOf(m.args?.instalment)).toBe(installmentOf(facts.debt, Number(command.months)))
    expect(moneyOf(m.args?.instalment)).toBeGreaterThan(surplus)
  },
}

/** Decisions a trainee might take on any case: each tool, short amounts, several schedules. */
function attempts(c: Case): Command[] {
  const enforce = ENFORCEMENT_TOOLS.flatMap((tool) => [
    { type: 'collection.enforce', tool, amount: c.facts.enforceable },
    { type: 'collection.enforce', tool, amount: Math.floor(c.facts.enforceable / 2) },
  ])
  const months = [1, 2, c.record.data.request?.months ?? c.j.collection.maxInstallmentMonths]
  const grant = months.flatMap((m) =>
    ['none', 'bank-guarantee'].map((security) => ({
      type: 'collection.grantAgreement',
      months: m,
      security,
    })),
  )
  return [...enforce, ...grant]
}

function checkVerdicts(c: Case, module: ProcessModule<unknown, CollectionCaseData>, env: ProcessEnv): void {
  for (const command of attempts(c)) {
    const { why } = module.grade(c.truth, command, c.truth.best.slice(0, -1), env, c.record)
    if (!isMsg(why)) continue
    const check = verdictChecks[why.id]
    if (check) check(why, c, command)
    else
      expect(
        Object.values(why.args ?? {}).some((a) => isMoney(a) || typeof a === 'number'),
        why.id,
      ).toBe(false)
    checked.set(why.id, (checked.get(why.id) ?? 0) + 1)
  }
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it.each(SEEDS)('seed %i: every figure a collection truth cites is the case’s own', async (seed) => {
    const session = await Session.start(scenario, { seed })
    const world = session.env.world
    const j = session.env.jurisdiction
    const module = PROCESS_MODULES.collection as unknown as ProcessModule<unknown, CollectionCaseData>
    for (const c of session.cases().filter((x) => x.process === 'collection')) {
      const record = world.cases.collection!.find((r) => r.id === c.caseId) as CaseRecord<CollectionCaseData>
      const truth = session.truthOf(c.caseId)!
      const one = { record, truth, facts: caseFacts(record, world, j), world, j }
      checkCase(one)
      checkVerdicts(one, module, session.env)
    }
  })
})

describe('the collection truths checked', () => {
  it('include every sentence and verdict that cites a figure', () => {
    // A milder tool reaching between half and all of the debt does not occur in the bundled worlds.
    const rare = new Set(['collection.verdict.enforce.milderPartly'])
    for (const id of [...Object.keys(checks), ...Object.keys(verdictChecks)].filter((i) => !rare.has(i)))
      expect(checked.get(id) ?? 0, id).toBeGreaterThan(0)
  })
})
