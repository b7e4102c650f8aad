/**
 * Audit feedback never contradicts the evidence: every figure, date and choice an audit truth's
 * sentences cite (expected, explanation, red flags, clearing facts) is a typed argument taken from
 * the case file the grader reads, and equals it. Walks every audit case of every bundled scenario
 * with audit tasks at seeds 1–3; an argument with no check here fails the suite, so a new sentence
 * cannot cite an unchecked figure.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { Session, type CaseTruth, type Command } from '../../src/engine'
import { isDate, isList, isMoney, isMsg, msg, type Arg, type Msg } from '../../src/engine/primitives/message'
import type { AuditCaseData } from '../../src/engine/processes/audit/types'
import type { ThirdPartyRecord, World } from '../../src/engine/world/types'
import { inEnglish } from '../../src/i18n/render'
import { withFacts } from '../../src/engine/scoring/report'

const library = await loadBundledLibrary()
const SEEDS = [1, 2, 3]
const scenarios = library.scenarios.filter((s) => s.tasks.some((t) => t.process === 'audit'))
/** Arguments checked per message id, so the suite fails if a sentence it means to check never occurs. */
const checked = new Map<string, number>()

interface Case {
  data: AuditCaseData
  truth: CaseTruth
  world: World
}

const bestOf = (c: Case, type: string): Command | undefined => c.truth.best.find((b) => b.type === type)
/**
 * The amount the evidence supports, which the best findings adjust by when the case is selected
 * (an unselected case cites it too, as what looked wrong).
 */
function supported(c: Case, evidence: number): { money: number } {
  const findings = bestOf(c, 'audit.draftFindings')
  if (findings) expect(findings.adjustment, c.truth.caseId).toBe(evidence)
  return { money: evidence }
}
const records = (c: Case, ids: readonly string[]): ThirdPartyRecord[] =>
  ids.map((id) => c.world.thirdParty.find((r) => r.id === id)!)
const incomeRecords = (c: Case) => records(c, c.data.thirdPartyIds)
/** The money value of a document row, found by its label's message id. */
function rowValue(c: Case, labelId: string): number {
  for (const doc of [...c.data.records, ...c.data.premises])
    for (const row of doc.rows)
      if (isMsg(row.label) && row.label.id === labelId && typeof row.value === 'number') return row.value
  throw new Error(`${c.truth.caseId}: no row ${labelId}`)
}
const supplierRow = (c: Case, name: Arg | undefined) => c.data.suppliers.find((s) => s.name === name)!
const byCounterparty = (c: Case, name: Arg | undefined) =>
  incomeRecords(c).filter((r) => r.counterparty === name && r.amount > 0)
const comparison = (c: Case) =>
  c.data.score > c.data.threshold ? 'above' : c.data.score === c.data.threshold ? 'at' : 'below'

type Check = (c: Case, args: Readonly<Record<string, Arg>>) => Readonly<Record<string, unknown>>

const selection: Check = (c) => ({
  score: c.data.score,
  threshold: c.data.threshold,
  comparison: comparison(c),
  capacity: c.data.capacity,
  atStake: { money: c.data.estimate.tax },
  floor: { money: c.data.materiality ?? 0 },
})
const secondEmployer: Check = (c, a) => ({
  employer: a.employer,
  salary: supported(c, byCounterparty(c, a.employer)[0]!.amount),
  interest: { money: incomeRecords(c).find((r) => r.source === 'bank')!.amount },
})
const millCheck: Check = (c, a) => {
  const row = supplierRow(c, a.supplier)
  return {
    supplier: row.name,
    amount: supported(c, row.inputVatClaimed),
    filed: row.declaredOutputVat === null ? 'none' : 'nil',
    buyers: row.buyers,
  }
}
const slipCheck: Check = (c) => {
  const books = c.data.records[0]!.rows.filter((r) => typeof r.value === 'number')
  const [sum, typed] = books.slice(-2).map((r) => r.value as number)
  return { line: c.data.taxType === 'PIT' ? 'income' : 'turnover', amount: supported(c, sum! - typed!) }
}
const selectedAs: Check = (c) => ({
  auditType: bestOf(c, 'audit.select')?.auditType,
  category: bestOf(c, 'audit.draftFindings')?.category,
})
const tillSales = (c: Case) => ({ money: rowValue(c, 'audit.story.row.tillSales') })
const cardTotal = (c: Case) =>
  incomeRecords(c)
    .filter((r) => r.source === 'card-payments')
    .reduce((s, r) => s + r.amount, 0)

/** For each message id, the values its arguments must have, read from the case file. */
const CHECKS: Record<string, Check> = {
  'audit.truth.expected.noChange': selectedAs,
  'audit.truth.expected.assess': selectedAs,
  'audit.truth.expected.refer': selectedAs,
  'audit.truth.expected.notSelect': (c, a) => {
    expect((a.reason as Msg).id).toBe(`audit.notSelect.lower.${String(bestOf(c, 'audit.notSelect')?.reason)}`)
    return {}
  },
  'audit.truth.reason.overCapacity': selection,
  'audit.truth.reason.belowThreshold': selection,
  'audit.truth.reason.belowMateriality': selection,
  'audit.truth.explain.secondEmployer': secondEmployer,
  'audit.truth.flag.salaryLeftOut': secondEmployer,
  'audit.truth.explain.unbooked': (c, a) => ({
    buyer: a.buyer,
    omitted: supported(c, byCounterparty(c, a.buyer)[0]!.amount),
    credit: { money: -incomeRecords(c).find((r) => r.amount < 0)!.amount },
  }),
  'audit.truth.flag.invoicesMissing': (c, a) => {
    const [record] = byCounterparty(c, a.buyer)
    return { invoices: Number((record!.detail as Msg).args!.invoices), amount: { money: record!.amount } }
  },
  'audit.truth.explain.cashSales': (c) => ({
    sales: tillSales(c),
    adjustment: supported(c, tillSales(c).money - rowValue(c, 'audit.story.row.salesInBooks')),
    flagged: { money: c.data.estimate.base },
  }),
  'audit.truth.flag.cardExceeds': (c) => ({
    card: { money: cardTotal(c) },
    declared: { money: rowValue(c, 'audit.story.row.cashBookSales') },
  }),
  'audit.truth.flag.tillShows': (c) => ({ sales: tillSales(c) }),
  'audit.truth.explain.fakeInvoices': millCheck,
  'audit.truth.flag.millFiles': millCheck,
  'audit.truth.explain.slip': slipCheck,
  'audit.truth.flag.slip': slipCheck,
  'audit.truth.cause': (c, a) => {
    const fire = c.data.letters.some((l) => isMsg(l.subject) && l.subject.id === 'audit.story.subject.fire')
    const letter = c.data.letters.find((l) => isMsg(l.text) && l.text.id === 'audit.story.letter.competitor')
    return {
      fire: fire ? 'yes' : 'no',
      competitor: fire ? a.competitor : (letter!.text as Msg).args!.competitor,
    }
  },
}

/** Every message inside a Text, nested ones included. */
function* messages(value: Arg): Generator<Msg> {
  if (isList(value)) for (const item of value.list) yield* messages(item)
  if (!isMsg(value)) return
  yield value
  for (const arg of Object.values(value.args ?? {})) yield* messages(arg)
}

/** A figure or a choice a sentence cites: money, dates, numbers and select keys (not names). */
const isFact = (arg: Arg) => isMoney(arg) || isDate(arg) || typeof arg === 'number'

function checkMessage(c: Case, m: Msg): void {
  const check = CHECKS[m.id]
  const want = check ? check(c, m.args ?? {}) : {}
  if (check) checked.set(m.id, (checked.get(m.id) ?? 0) + 1)
  for (const [name, arg] of Object.entries(m.args ?? {})) {
    if (isMsg(arg) || isList(arg)) continue
    if (name in want) expect(arg, `${c.truth.caseId} ${m.id} {${name}}`).toEqual(want[name])
    else expect(isFact(arg), `${c.truth.caseId} ${m.id}: {${name}} cites a figure nothing checks`).toBe(false)
  }
}

const SCORE = /Score (\d+) is (above|at|below) the threshold of (\d+)/g

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it.each(SEEDS)('seed %i: every figure an audit truth cites is the case file’s', async (seed) => {
    const session = await Session.start(scenario, { seed })
    const world = session.env.world
    for (const record of world.cases.audit ?? []) {
      const truth = session.truthOf(record.id)!
      const c: Case = { data: record.data as AuditCaseData, truth, world }
      const texts = [truth.expected, truth.explanation, ...truth.flags, ...(truth.clearing ?? [])]
      for (const text of texts) for (const m of messages(text)) checkMessage(c, m)
      expect(truth.facts).toMatchObject({
        score: String(c.data.score),
        threshold: String(c.data.threshold),
        comparison: comparison(c),
      })
      const task = scenario.tasks.find((t) => t.process === 'audit')!
      const note = (task.feedback as Record<string, string | undefined>)[truth.kind]
      const teaching = note === undefined ? '' : inEnglish(withFacts(note, truth.facts ?? {}))
      expect(teaching, `${record.id} ${truth.kind}`).not.toMatch(/\{[a-zA-Z]+\}/)
      for (const text of [...texts.map((t) => inEnglish(t)), teaching])
        for (const m of text.matchAll(SCORE))
          expect([m[1], m[2], m[3]]).toEqual([String(c.data.score), comparison(c), String(c.data.threshold)])
      if (truth.kind === 'explained-outlier') {
        const fire = c.data.letters.some(
          (l) => isMsg(l.subject) && l.subject.id === 'audit.story.subject.fire',
        )
        // The teaching note's {cause} is the very message the explanation and the clearing cite.
        expect(truth.facts?.cause).toEqual(msg('audit.truth.cause', (truth.facts?.cause as Msg).args))
        expect((truth.facts?.cause as Msg).args?.fire).toBe(fire ? 'yes' : 'no')
        expect(JSON.stringify(truth.explanation)).toContain(JSON.stringify(truth.facts?.cause))
        expect(truth.clearing?.length).toBeGreaterThan(0)
      }
    }
  })
})

describe('the audit sentences checked', () => {
  it('include every sentence that cites a figure', () => {
    // A selected genuine candidate closed with no change is rare in the bundled worlds.
    for (const id of Object.keys(CHECKS))
      if (id !== 'audit.truth.expected.noChange') expect(checked.get(id) ?? 0, id).toBeGreaterThan(0)
  })
})
