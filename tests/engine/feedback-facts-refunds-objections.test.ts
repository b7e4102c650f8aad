/**
 * Feedback never contradicts the evidence, for refunds and objections: every amount, date and
 * count a truth message cites (expected, explanation, flags, clearing) is a typed argument equal
 * to the case data the grader reads — the claim's amount, the amount the evidence supports, the
 * offset, a supplier's declaration, the registration and account dates; the disputed and accepted
 * tax, the payment, the mailing, deemed-receipt and window-end dates. A figure this test does not
 * know how to check fails it, so a new sentence cannot cite an unchecked fact. Every case of
 * every bundled scenario with these processes, at seeds 1–3.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { generateWorld } from '../../src/engine/world/generate'
import { addDays, daysBetween } from '../../src/engine/primitives/calendar'
import { isDate, isList, isMoney, isMsg, type Arg, type Text } from '../../src/engine/primitives/message'
import type { CaseRecord, CaseTruth } from '../../src/engine/processes/contract'
import { assessClaim, offsetFor, sourcesFor } from '../../src/engine/processes/refunds/evidence'
import type { RefundCase } from '../../src/engine/processes/refunds/types'
import type { ObjectionCaseData } from '../../src/engine/processes/objections/case-data'
import type { Scenario } from '../../src/engine/scenario/schema'
import type { World } from '../../src/engine/world/types'

const library = await loadBundledLibrary()
const SEEDS = [1, 2, 3]
const scenarios = library.scenarios.filter((s) => s.world.refunds || s.world.objections)

/** A figure cited by a message: its message, the argument's name and its plain value. */
interface Cited {
  id: string
  name: string
  value: number | string
  args: Readonly<Record<string, Arg>>
}

function cited(text: Text | Arg, out: Cited[] = []): Cited[] {
  if (isMsg(text))
    for (const [name, value] of Object.entries(text.args ?? {})) {
      const args = text.args!
      if (typeof value === 'number') out.push({ id: text.id, name, value, args })
      else if (isMoney(value)) out.push({ id: text.id, name, value: value.money, args })
      else if (isDate(value)) out.push({ id: text.id, name, value: value.date, args })
      else cited(value, out)
    }
  else if (isList(text)) for (const item of text.list) cited(item, out)
  return out
}

const truthTexts = (t: CaseTruth): Text[] => [t.expected, t.explanation, ...t.flags, ...(t.clearing ?? [])]

/** What each refunds message's figures must equal, from the claim and the grader's assessment. */
function refundFacts(world: World, j: Scenario['jurisdiction'], record: CaseRecord<RefundCase>) {
  const c = record.data
  const sources = sourcesFor(world, record.tin)
  const a = assessClaim(c, sources, j)
  const t = world.taxpayers.find((x) => x.tin === record.tin)!
  const current = c.accounts.at(-1)!
  const offset = offsetFor(sources, record, a.allowed, world.referenceDate, j).offset
  const months = Math.round(daysBetween(t.registeredOn, c.lodgedOn) / 30)
  const customs = new Set(
    world.thirdParty.filter((r) => r.tin === record.tin && r.source === 'customs').map((r) => r.ref),
  )
  const missing = c.exports.filter((e) => !customs.has(e.declaration))
  const average = c.history.reduce((s, h) => s + h.claimed, 0) / Math.max(1, c.history.length)
  const declaredBy = (name: string) => {
    const supplier = c.purchases.find((p) => p.supplierName === name)!
    const declared = world.thirdParty
      .filter((r) => r.tin === record.tin && r.source === 'supplier-declaration' && r.period === c.period)
      .filter((r) => r.counterparty === supplier.supplierTin)
      .reduce((s, r) => s + r.amount, 0)
    const claimed = c.purchases
      .filter((p) => p.supplierTin === supplier.supplierTin)
      .reduce((s, p) => s + p.vat, 0)
    // One purchase line per supplier in a claim, so its share of the declaration is the whole.
    return { declared: Math.round((declared * supplier.vat) / claimed), claimed: supplier.vat }
  }
  const facts: Record<string, (args: Cited['args']) => Record<string, number | string>> = {
    'refunds.truth.flag.phantomRegistered': () => ({
      registered: t.registeredOn,
      months,
      claimed: c.claimed,
    }),
    'refunds.truth.flag.noExportRecords': () => ({ count: c.exports.length }),
    'refunds.truth.flag.newAccount': () => ({
      opened: current.openedOn,
      days: daysBetween(current.from, c.lodgedOn),
    }),
    'refunds.truth.flag.unsupportedExports': () => ({
      unsupported: missing.length,
      count: c.exports.length,
      value: missing.reduce((s, e) => s + e.value, 0),
    }),
    'refunds.truth.flag.accountChanged': () => ({
      changed: current.from,
      days: daysBetween(current.from, c.lodgedOn),
    }),
    'refunds.truth.flag.newExporter': () => ({ months, claimed: c.claimed }),
    'refunds.truth.flag.growth': () => ({ ratio: Math.round((c.claimed / average) * 10) / 10 }),
    'refunds.truth.flag.creditsShort': (args) => declaredBy(args.supplier as string),
    'refunds.truth.flag.owes': () => ({ owed: offset }),
    'refunds.truth.expected.partial': () => ({ allowed: a.allowed, claimed: c.claimed }),
    'refunds.truth.expected.partialOffset': () => ({
      allowed: a.allowed,
      claimed: c.claimed,
      owed: offset,
      pay: a.allowed - offset,
    }),
    'refunds.truth.expected.full': () => ({ claimed: c.claimed }),
    'refunds.truth.expected.fullOffset': () => ({
      claimed: c.claimed,
      owed: offset,
      pay: c.claimed - offset,
    }),
    'refunds.truth.explanation.partialExports': () => ({
      value: missing.reduce((s, e) => s + e.value, 0),
      rate: j.rates.vat,
      vat: a.exports.vat,
    }),
    'refunds.truth.explanation.partialCredits': () => ({ disallowed: a.credits.disallowed }),
  }
  return { facts }
}

/** What each objections message's figures must equal, from the notice, the items and the ledger. */
function objectionFacts(world: World, j: Scenario['jurisdiction'], record: CaseRecord<ObjectionCaseData>) {
  const d = record.data
  const { deemedReceiptDays, objectionDays } = j.deadlines
  const deemed = addDays(d.mailedOn, deemedReceiptDays)
  const windowEnd = addDays(deemed, objectionDays)
  const disputed = d.items.filter((i) => i.disputed).reduce((s, i) => s + i.tax, 0)
  const accepted = d.items.filter((i) => !i.disputed).reduce((s, i) => s + i.tax, 0)
  const paid = world.ledger
    .filter((e) => e.tin === record.tin && e.taxType === d.taxType && e.period === d.period)
    .filter((e) => e.kind === 'payment' && e.date >= d.issuedOn && e.date <= record.receivedOn)
    .reduce((s, e) => s - e.amount, 0)
  const facts: Record<string, (args: Cited['args']) => Record<string, number | string>> = {
    'objections.truth.dates': () => ({
      mailed: d.mailedOn,
      deemed,
      deemedDays: deemedReceiptDays,
      windowDays: objectionDays,
      windowEnd,
      received: record.receivedOn,
    }),
    'objections.truth.expected.admitHold': () => ({ hold: disputed }),
    'objections.truth.flag.late': () => ({ days: daysBetween(windowEnd, record.receivedOn) }),
    'objections.truth.flag.undisputedUnpaid': () => ({ accepted, paid }),
    'objections.truth.explanation.undisputedUnpaid': () => ({ unpaid: accepted - paid, accepted }),
    'objections.truth.flag.looksLate': () => ({ days: daysBetween(d.mailedOn, record.receivedOn) }),
    'objections.truth.clearing.deemedReceipt': () => ({ days: deemedReceiptDays }),
    'objections.truth.explanation.inTimePaid': () => ({ accepted }),
    // An item list counts its items; the items themselves are checked below.
    'objections.items': (args) => ({ count: (args.items as { list: unknown[] }).list.length }),
  }
  return { facts }
}

/** The items a truth message says the evidence confirms, against the findings the desk checks. */
function checkItems(truth: CaseTruth, record: CaseRecord<ObjectionCaseData>) {
  const confirmed = record.data.items
    .filter(
      (i) => i.disputed && isMsg(i.evidence?.finding) && i.evidence.finding.id.endsWith('.support.finding'),
    )
    .map((i) => i.id.replace('item-', ''))
  const listed = (value: Arg | undefined) =>
    isMsg(value) && value.id === 'objections.items' ? (value.args!.items as { list: string[] }).list : []
  for (const text of [truth.expected, truth.explanation, ...truth.flags])
    for (const m of [text, ...(isMsg(text) ? Object.values(text.args ?? {}) : [])])
      if (isMsg(m) && m.args?.supported) expect(listed(m.args.supported), truth.caseId).toEqual(confirmed)
}

const counted = new Map<string, number>()

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it.each(SEEDS)('every figure the truth cites equals the case data (seed %i)', async (seed) => {
    const world = await generateWorld(scenario, { seed })
    const j = scenario.jurisdiction
    for (const truth of world.truth.cases.filter(
      (t) => t.process === 'refunds' || t.process === 'objections',
    )) {
      const { facts } =
        truth.process === 'refunds'
          ? refundFacts(
              world,
              j,
              world.cases.refunds!.find((r) => r.id === truth.caseId) as CaseRecord<RefundCase>,
            )
          : objectionFacts(
              world,
              j,
              world.cases.objections!.find((r) => r.id === truth.caseId) as CaseRecord<ObjectionCaseData>,
            )
      if (truth.process === 'objections')
        checkItems(
          truth,
          world.cases.objections!.find((r) => r.id === truth.caseId) as CaseRecord<ObjectionCaseData>,
        )
      for (const text of truthTexts(truth))
        for (const figure of cited(text)) {
          const expected = facts[figure.id]
          expect(expected, `${truth.caseId}: no check for ${figure.id}.${figure.name}`).toBeDefined()
          expect(figure.value, `${truth.caseId} ${figure.id}.${figure.name}`).toBe(
            expected!(figure.args)[figure.name],
          )
          counted.set(figure.id, (counted.get(figure.id) ?? 0) + 1)
        }
    }
  })
})

describe('coverage', () => {
  it('the bundled scenarios exercise the figures of every kind', () => {
    for (const id of [
      'refunds.truth.flag.phantomRegistered',
      'refunds.truth.flag.newAccount',
      'refunds.truth.flag.accountChanged',
      'refunds.truth.flag.newExporter',
      'refunds.truth.flag.creditsShort',
      'refunds.truth.flag.owes',
      'refunds.truth.expected.partial',
      'refunds.truth.expected.full',
      'refunds.truth.expected.fullOffset',
      'refunds.truth.explanation.partialCredits',
      'objections.truth.dates',
      'objections.truth.expected.admitHold',
      'objections.truth.flag.late',
      'objections.truth.flag.undisputedUnpaid',
      'objections.truth.flag.looksLate',
      'objections.truth.clearing.deemedReceipt',
    ])
      expect(counted.get(id) ?? 0, id).toBeGreaterThan(0)
  })
})
