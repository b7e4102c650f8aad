/**
 * Grading of the payments desk: each kind × the main decisions → the expected grade, and the
 * ground truth's `best` commands succeed step by step on a fresh case and grade correct.
 */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { loadBundledLibrary } from '../../../src/cli/files'
import { generateWorld, type CaseRecord, type Command, type ProcessEnv } from '../../../src/engine'
import { quotedTin, type PaymentsCaseData } from '../../../src/engine/processes/payments/case-data'
import type { Msg } from '../../../src/engine/primitives/message'
import { isValidTin } from '../../../src/engine/world/ids'
import { DECISION } from '../../../src/engine/processes/payments/commands'
import { paymentsModule } from '../../../src/engine/processes/payments/module'
import { lateInterest } from '../../../src/engine/rules/interest'
import { offsetCredits, periodBalances } from '../../../src/engine/rules/ledger'
import { RegisterIndex } from '../../../src/engine/world/search'
import { inEnglish } from '../../../src/i18n/render'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'payments-suspense-desk')!
const world = await generateWorld(scenario)
const env: ProcessEnv = {
  world,
  jurisdiction: scenario.jurisdiction,
  today: world.referenceDate,
  index: new RegisterIndex(world.taxpayers),
}
const all = (world.cases.payments ?? []).map((record) => ({
  record: record as CaseRecord<PaymentsCaseData>,
  data: record.data as PaymentsCaseData,
  truth: world.truth.cases.find((t) => t.caseId === record.id)!,
}))
const first = (kind: string, type?: string) =>
  all.find((c) => c.truth.kind === kind && (!type || c.data.type === type))!

/** The decision as the trainee would send it, with the case's own figures where a rule needs them. */
function decision(
  kind: string,
  type: string,
  choice: string,
): { truthCase: (typeof all)[number]; command: Command } {
  const c = first(kind, type)
  const best = c.truth.best.at(-1)!
  const d = c.data
  const commands: Record<string, Command> = {
    'allocate to the right taxpayer': best.type === DECISION.allocate ? best : { ...best },
    'allocate to the amount match': {
      type: DECISION.allocate,
      tin: d.type === 'suspense' ? d.candidates[0]!.tin : '',
      taxType: 'VAT',
      period: '2025-09',
    },
    'allocate to the right taxpayer, wrong period': { ...best, period: '2020-01' },
    return: { type: DECISION.returnToPayer, reason: 'unknown payer' },
    hold: { type: DECISION.holdInSuspense, reason: 'asked the bank' },
    'refund all': { type: DECISION.refundCredit, amount: d.type === 'refund' ? d.amountClaimed : 0 },
    offset: { type: DECISION.offsetCredit },
    'refuse refund': { type: DECISION.refuseRefund, reason: 'no' },
    'waive penalty': { type: DECISION.waivePenalty, amount: d.type === 'waiver' ? d.penalty : 0 },
    'waive penalty and interest': {
      type: DECISION.waivePenalty,
      amount: d.type === 'waiver' ? d.penalty + d.interest : 0,
    },
    'refuse waiver': { type: DECISION.refuseWaiver, reason: 'no cause' },
    'charges from the due date': best,
    'charges from the notice': {
      ...best,
      interest:
        d.type === 'charges' ? lateInterest(d.assessed, d.noticeOn, d.paidOn, scenario.jurisdiction) : 0,
    },
    'charges a unit off': { ...best, interest: Number(best.interest) + 1 },
  }
  return { truthCase: c, command: commands[choice]! }
}

describe('grading: kind × decision', () => {
  it.each([
    // kind                       case type   decision                                          grade
    ['amount-only-match', 'suspense', 'return', 'correct'],
    ['amount-only-match', 'suspense', 'hold', 'acceptable'], // defensible, but nothing can identify the payer
    ['amount-only-match', 'suspense', 'allocate to the amount match', 'harmful'], // the lesson
    ['third-party-payer', 'suspense', 'allocate to the right taxpayer', 'correct'],
    ['third-party-payer', 'suspense', 'allocate to the right taxpayer, wrong period', 'acceptable'],
    ['third-party-payer', 'suspense', 'return', 'wrong'], // over-suspicion
    ['third-party-payer', 'suspense', 'hold', 'wrong'],
    ['genuine', 'suspense', 'allocate to the right taxpayer', 'correct'],
    ['mistyped-tin', 'suspense', 'allocate to the right taxpayer', 'correct'],
    ['mistyped-tin', 'suspense', 'allocate to the amount match', 'harmful'], // the look-alike's debt
    ['mistyped-tin', 'suspense', 'return', 'wrong'],
    ['genuine', 'suspense', 'return', 'wrong'],
    ['credit-with-debts', 'refund', 'offset', 'correct'],
    ['credit-with-debts', 'refund', 'refund all', 'harmful'], // pays out money the taxpayer owes
    ['credit-with-debts', 'refund', 'refuse refund', 'wrong'],
    ['genuine', 'refund', 'refund all', 'correct'],
    ['genuine', 'refund', 'offset', 'correct'], // nothing to offset: the same refund
    ['genuine', 'refund', 'refuse refund', 'wrong'],
    ['unjustified-waiver', 'waiver', 'refuse waiver', 'correct'],
    ['unjustified-waiver', 'waiver', 'waive penalty', 'harmful'],
    ['reasonable-cause-waiver', 'waiver', 'waive penalty', 'correct'],
    ['reasonable-cause-waiver', 'waiver', 'waive penalty and interest', 'acceptable'], // interest is not waived
    ['reasonable-cause-waiver', 'waiver', 'refuse waiver', 'wrong'], // over-suspicion
    ['genuine', 'charges', 'charges from the due date', 'correct'],
    ['genuine', 'charges', 'charges from the notice', 'wrong'],
    ['genuine', 'charges', 'charges a unit off', 'acceptable'],
  ])('%s (%s): %s → %s', (kind, type, choice, grade) => {
    const { truthCase, command } = decision(kind, type, choice)
    const verdict = paymentsModule.grade(truthCase.truth, command, [], env)
    expect(verdict.grade, inEnglish(verdict.why)).toBe(grade)
    expect(inEnglish(verdict.why).length).toBeGreaterThan(20)
  })
})

describe('a mistyped TIN with a same-amount look-alike', () => {
  const c = first('mistyped-tin')
  const d = c.data.type === 'suspense' ? c.data : undefined
  const quoted = quotedTin(d?.bank.reference ?? '')

  it('quotes a TIN that fails the check digit, one swap away from the payer, whose name and account it is', () => {
    expect(quoted).toBeDefined()
    expect(isValidTin(quoted!)).toBe(false)
    const right = String(c.truth.best.at(-1)!.tin)
    const differ = [...right].flatMap((ch, i) => (ch === quoted![i] ? [] : [i]))
    expect(differ).toHaveLength(2)
    expect(differ[1]! - differ[0]!).toBe(1)
    const payer = world.taxpayers.find((t) => t.tin === right)!
    expect(d!.bank.payerName).toBe(payer.name.toUpperCase())
    expect(d!.bank.payerAccount.number).toBe(payer.bankAccount.number)
  })

  it('lists first a valid-TIN taxpayer who owes exactly the amount but is not the payer', () => {
    const lure = d!.candidates[0]!.tin
    expect(lure).not.toBe(c.truth.best.at(-1)!.tin)
    expect(isValidTin(lure)).toBe(true)
    expect(periodBalances(world.ledger, lure).some((p) => p.balance === d!.bank.amount)).toBe(true)
    const t = world.taxpayers.find((x) => x.tin === lure)!
    expect(t.bankAccount.number).not.toBe(d!.bank.payerAccount.number)
  })

  it('grades allocating to the look-alike harmful, citing the failed check digit and the right payer', () => {
    const lure = d!.candidates[0]!.tin
    const match = periodBalances(world.ledger, lure).find((p) => p.balance === d!.bank.amount)!
    const verdict = paymentsModule.grade(
      c.truth,
      { type: DECISION.allocate, tin: lure, taxType: match.taxType, period: match.period },
      [],
      env,
    )
    expect(verdict.grade).toBe('harmful')
    const why = verdict.why as Msg
    expect(why.id).toBe('payments.verdict.suspense.checkDigit')
    expect(why.args).toMatchObject({ quoted, tin: lure, payerTin: c.truth.best.at(-1)!.tin })
  })
})

describe('a credit larger than the debts it pays first', () => {
  it('refunding exactly the rest is acceptable: the right ceiling, but the offsets are not posted', async () => {
    // The default world's credits are all used up by the debts; seed 1 has one with a rest.
    const other = await generateWorld(scenario, { seed: 1 })
    const otherEnv: ProcessEnv = { ...env, world: other, index: new RegisterIndex(other.taxpayers) }
    const found = other.truth.cases.flatMap((truth) => {
      const record = other.cases.payments?.find((c) => c.id === truth.caseId)
      const rest = record ? offsetCredits(other.ledger, record.tin).refundable : 0
      return truth.kind === 'credit-with-debts' && rest > 0 ? [{ truth, rest }] : []
    })
    expect(found.length).toBeGreaterThan(0)
    for (const { truth, rest } of found) {
      const verdict = paymentsModule.grade(truth, { type: DECISION.refundCredit, amount: rest }, [], otherEnv)
      expect(verdict.grade, inEnglish(verdict.why)).toBe('acceptable')
    }
  })
})

describe('best commands', () => {
  it.each(all.map((c) => [c.record.id, c.truth.kind, c] as const))(
    '%s (%s) succeed step by step and grade correct',
    (_id, _kind, c) => {
      const actor = createActor(paymentsModule.machine, {
        input: paymentsModule.input(c.record, env),
      }).start()
      for (const command of c.truth.best) {
        const context = actor.getSnapshot().context
        expect(paymentsModule.blocker(context, command.type, env), command.type).toBeUndefined()
        expect(paymentsModule.problem?.(context, command, env), command.type).toBeUndefined()
        actor.send(command)
      }
      expect(actor.getSnapshot().status).toBe('done')
      expect(paymentsModule.grade(c.truth, c.truth.best.at(-1)!, c.truth.best.slice(0, -1), env).grade).toBe(
        'correct',
      )
      const opened = c.truth.best.flatMap((command) =>
        paymentsModule.reveal(c.record, command, env, actor.getSnapshot().context).map((p) => p.id),
      )
      const initial = paymentsModule.initialPanels(c.record, env).map((p) => p.id)
      expect(c.truth.evidence.filter((id) => opened.includes(id) || initial.includes(id))).toEqual(
        c.truth.evidence,
      )
    },
  )

  it('the figure a hurried officer copies from the reference is wrong on every anomaly', () => {
    for (const c of all.filter((x) =>
      ['amount-only-match', 'credit-with-debts', 'unjustified-waiver'].includes(x.truth.kind),
    )) {
      const actor = createActor(paymentsModule.machine, {
        input: paymentsModule.input(c.record, env),
      }).start()
      const references = paymentsModule.reference!(c.record, env, actor.getSnapshot().context)
      const type = Object.keys(references)[0]!
      const copied = Object.fromEntries(Object.entries(references[type]!).map(([k, r]) => [k, r.value]))
      expect(paymentsModule.grade(c.truth, { type, ...copied }, [], env).grade).toBe('harmful')
    }
  })
})
