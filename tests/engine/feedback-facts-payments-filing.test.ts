/**
 * Feedback never contradicts the evidence, on the payments and filing desks: every amount, date
 * and count a truth message cites (expected, explanation, flags, clearing, and the messages
 * nested in them) is a typed argument that equals what the case's own data, the accounts and
 * the rules the grader uses give. Every bundled scenario with these desks, seeds 1–3. An
 * argument this file has no rule for fails the suite, so a new sentence gets its check.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { generateWorld, type CaseRecord, type CaseTruth } from '../../src/engine'
import { addDays, daysBetween } from '../../src/engine/primitives/calendar'
import { isDate, isList, isMoney, isMsg, type Arg, type Text } from '../../src/engine/primitives/message'
import type { FilingCaseData } from '../../src/engine/processes/filing/case-data'
import {
  demandExpiry,
  lineAmount,
  priorAverage,
  recompute,
  thirdPartyEstimate,
  vatLines,
} from '../../src/engine/processes/filing/rules'
import type { PaymentsCaseData } from '../../src/engine/processes/payments/case-data'
import { lateInterest } from '../../src/engine/rules/interest'
import { offsetCredits, periodBalances } from '../../src/engine/rules/ledger'
import { percentOf } from '../../src/engine/rules/money'
import { lateFilingPenalty, latePaymentPenalty } from '../../src/engine/rules/penalties'
import type { Scenario } from '../../src/engine/scenario/schema'
import type { World } from '../../src/engine/world/types'

const library = await loadBundledLibrary()
const SEEDS = [1, 2, 3]
const PROCESSES = ['payments', 'filing'] as const

/** A cited figure: its message, argument name and value (minor units, ISO day or count). */
interface Cited {
  id: string
  name: string
  value: number | string
}

/** Every money, date and number argument of a text, nested messages and lists included. */
function cited(text: Text | Arg, out: Cited[] = [], id = '', name = ''): Cited[] {
  if (isMsg(text)) {
    for (const [key, arg] of Object.entries(text.args ?? {})) cited(arg, out, text.id, key)
  } else if (isMoney(text)) out.push({ id, name, value: text.money })
  else if (isDate(text)) out.push({ id, name, value: text.date })
  else if (isList(text)) for (const item of text.list) cited(item, out, id, name)
  else if (typeof text === 'number') out.push({ id, name, value: text })
  return out
}

const truthTexts = (truth: CaseTruth): Text[] => [
  truth.expected,
  truth.explanation,
  ...truth.flags,
  ...(truth.clearing ?? []),
]

/** What each argument name may be on this case: the values the case data and the grader's rules give. */
type Allowed = Record<string, readonly (number | string)[]>

function paymentsFacts(record: CaseRecord, world: World, scenario: Scenario): Allowed {
  const d = record.data as PaymentsCaseData
  const j = scenario.jurisdiction
  const owed = periodBalances(world.ledger, record.tin).filter((p) => p.balance > 0)
  const ret = (taxType: string, period: string) =>
    world.returns.find((r) => r.tin === record.tin && r.taxType === taxType && r.period === period)
  switch (d.type) {
    case 'suspense':
      return { amount: [d.bank.amount] }
    case 'refund':
      return {
        credit: [d.amountClaimed],
        owed: [owed.reduce((sum, p) => sum + p.balance, 0)],
        balance: owed.map((p) => p.balance),
        refundable: [offsetCredits(world.ledger, record.tin, { on: world.referenceDate }).refundable],
      }
    case 'waiver': {
      const filedOn = ret(d.taxType, d.period)?.filedOn ?? ''
      // The cause's own dates are the ones the attached document certifies.
      const documented = d.documents.flatMap((doc) => cited(doc.text).map((c) => c.value))
      return {
        penalty: [d.penalty],
        dueOn: [d.dueOn],
        filedOn: [filedOn],
        days: [daysBetween(d.dueOn, filedOn)],
        admitted: documented,
        discharged: documented,
        on: documented,
      }
    }
    case 'charges':
      return {
        penalty: [latePaymentPenalty(d.assessed, d.dueOn, d.paidOn, j)],
        interest: [lateInterest(d.assessed, d.dueOn, d.paidOn, j)],
        assessed: [d.assessed],
        dueOn: [d.dueOn],
        noticeOn: [d.noticeOn],
        paidOn: [d.paidOn],
        days: [daysBetween(d.dueOn, d.paidOn)],
      }
  }
}

function filingFacts(record: CaseRecord, world: World, scenario: Scenario): Allowed {
  const d = record.data as FilingCaseData
  const j = scenario.jurisdiction
  const returns = world.returns.filter((r) => r.tin === record.tin && r.taxType === 'VAT')
  const ret = returns.find((r) => r.id === d.returnId)
  const reported = (source: string) =>
    world.thirdParty.find((r) => r.tin === record.tin && r.period === d.period && r.source === source)
      ?.amount ?? 0
  const invoiced = reported('e-invoice')
  const imports = reported('customs')
  const prior = priorAverage(returns, d.period, j.filing.estimatePeriods, j)
  const lines = ret?.lines ?? []
  const filedLate = (net: number, on: string) => lateFilingPenalty(net, d.returnDueOn, on, j)
  const arrives = d.response
    ? addDays(world.referenceDate, j.deadlines.deemedReceiptDays + d.response.afterDays)
    : ''
  const sales = lineAmount(lines, 'sales')
  const honestNet = lineAmount(vatLines(sales, lineAmount(lines, 'purchases'), j), 'net')
  return {
    count: [1 + d.alsoMissing.length],
    months: [returns.filter((r) => r.period < d.period && r.filedOn !== null).length],
    invoiced: [invoiced],
    imports: [imports],
    net: [d.response?.taxDue ?? NaN, honestNet],
    penalty: [
      ...(d.response ? [filedLate(d.response.taxDue, arrives)] : []),
      ...(ret?.filedOn ? [filedLate(lineAmount(lines, 'net'), ret.filedOn)] : []),
    ],
    average: [prior.average],
    periods: [prior.periods.length],
    expiry: [demandExpiry(world.referenceDate, j)],
    thirdParty: [thirdPartyEstimate(invoiced, imports, j)],
    sales: [sales],
    gap: [percentOf(invoiced - sales, j.rates.vat, j.rounding)],
    correct: [recompute(lines, j).taxDue],
    wrong: [lineAmount(lines, 'net')],
    days: ret?.filedOn ? [daysBetween(d.returnDueOn, ret.filedOn)] : [],
  }
}

const FACTS = { payments: paymentsFacts, filing: filingFacts }

const scenarios = library.scenarios.filter((s) => PROCESSES.some((p) => s.tasks.some((t) => t.process === p)))

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it.each(SEEDS)('seed %i: every figure the truth cites is the case’s own', async (seed) => {
    const world = await generateWorld(scenario, { seed })
    let figures = 0
    for (const process of PROCESSES) {
      for (const record of world.cases[process] ?? []) {
        const truth = world.truth.cases.find((t) => t.caseId === record.id)!
        const allowed = FACTS[process](record, world, scenario)
        for (const c of truthTexts(truth).flatMap((text) => cited(text))) {
          const where = `${record.id} (${truth.kind}) ${c.id} {${c.name}}`
          expect(allowed[c.name], `${where}: no rule for this argument`).toBeDefined()
          expect(allowed[c.name], where).toContain(c.value)
          figures++
        }
      }
    }
    expect(figures).toBeGreaterThan(0)
  })
})
