/**
 * The payments generator: exactly the declared kinds, ground truth the world bears out (an
 * amount-only match really has no taxpayer with the payer's name or account; a credit with
 * debts really owes elsewhere; a reasonable cause really covers the due date), arrears equal to
 * what the ledger shows overdue, and the same world from the same seed.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import { generateWorld, Session, type CaseRecord, type CaseTruth, type World } from '../../../src/engine'
import { STEP } from '../../../src/engine/processes/payments/commands'
import { paymentsModule } from '../../../src/engine/processes/payments/module'
import { isValidTin } from '../../../src/engine/world/ids'
import type { PaymentsCaseData } from '../../../src/engine/processes/payments/case-data'
import { arrearsOf, entriesByTin, offsetCredits, periodBalances } from '../../../src/engine/rules/ledger'
import { worldDigest } from '../../../src/engine/world/digest'
import { isDate, isMsg, type Text } from '../../../src/engine/primitives/message'
import { benchScenario } from '../../bench/scenarios'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'payments-suspense-desk')!
const world = await generateWorld(scenario)

function cases(w: World): { record: CaseRecord; data: PaymentsCaseData; truth: CaseTruth }[] {
  return (w.cases.payments ?? []).map((record) => ({
    record,
    data: record.data as PaymentsCaseData,
    truth: w.truth.cases.find((t) => t.caseId === record.id)!,
  }))
}
const byKind = (kind: string) => cases(world).filter((c) => c.truth.kind === kind)
const fold = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()

describe('payments world of the bundled scenario', () => {
  it('holds exactly the declared anomalies and look-alikes, the rest genuine', () => {
    const config = scenario.world.payments!
    const kinds = cases(world).map((c) => c.truth.kind)
    for (const [kind, n] of Object.entries({ ...config.anomalies, ...config.lookalikes }))
      expect(kinds.filter((k) => k === kind).length, kind).toBe(n)
    expect(kinds.filter((k) => k === 'genuine')).toHaveLength(3)
    expect(kinds).toHaveLength(config.cases)
    const genuineTypes = byKind('genuine')
      .map((c) => c.data.type)
      .sort()
    expect(genuineTypes).toEqual(['charges', 'refund', 'suspense'])
  })

  it('gives every case its own taxpayer and keeps arrears equal to the overdue ledger', () => {
    const tins = cases(world).map((c) => c.record.tin)
    expect(new Set(tins).size).toBe(tins.length)
    const by = entriesByTin(world.ledger)
    for (const t of world.taxpayers)
      expect(arrearsOf(by.get(t.tin) ?? [], t.tin, world.referenceDate), t.tin).toBe(t.arrears)
    const ids = world.ledger.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(world.returns.map((r) => r.id)).size).toBe(world.returns.length)
  })

  it("amount-only matches: nobody has the payer's name or account; one candidate owes exactly the amount", () => {
    for (const { data } of byKind('amount-only-match')) {
      if (data.type !== 'suspense') throw new Error('not a suspense item')
      const { payerName, payerAccount, amount, reference } = data.bank
      expect(world.taxpayers.some((t) => fold(t.name) === fold(payerName))).toBe(false)
      expect(world.taxpayers.some((t) => t.bankAccount.number === payerAccount.number)).toBe(false)
      expect(reference).not.toMatch(/\d{10}/)
      const lure = data.candidates[0]!.tin
      expect(periodBalances(world.ledger, lure).some((p) => p.balance === amount)).toBe(true)
    }
  })

  it('third-party payers: the reference names the taxpayer and TIN, whose period owes the amount', () => {
    for (const { record, data, truth } of byKind('third-party-payer')) {
      if (data.type !== 'suspense') throw new Error('not a suspense item')
      const t = world.taxpayers.find((x) => x.tin === record.tin)!
      expect(data.bank.reference).toContain(t.tin)
      expect(data.bank.payerAccount.number).not.toBe(t.bankAccount.number)
      const allocate = truth.best.at(-1)!
      const owed = periodBalances(world.ledger, t.tin).find(
        (p) => p.period === allocate.period && p.taxType === allocate.taxType,
      )
      expect(owed?.balance).toBe(data.bank.amount)
    }
  })

  it('genuine suspense items: a quoted TIN nobody holds, and the payer is the taxpayer', () => {
    for (const { record, data } of byKind('genuine').filter((c) => c.data.type === 'suspense')) {
      if (data.type !== 'suspense') continue
      const quoted = /\d{10}/.exec(data.bank.reference)![0]
      expect(world.taxpayers.some((t) => t.tin === quoted)).toBe(false)
      const t = world.taxpayers.find((x) => x.tin === record.tin)!
      expect(fold(data.bank.payerName)).toBe(fold(t.name))
      expect(data.bank.payerAccount.number).toBe(t.bankAccount.number)
    }
  })

  it('a mistyped TIN fails the check digit and the register search says so; a look-alike quotes a valid TIN', () => {
    const session = new Session(scenario, world)
    const noteOf = (record: CaseRecord) => {
      const panel = paymentsModule.reveal(
        record as CaseRecord<PaymentsCaseData>,
        { type: STEP.searchCandidates },
        session.env,
        undefined as never,
      )
      const note = panel[0]!.sections[0]!
      return note.kind === 'text' ? note.text : undefined
    }
    const mistyped = byKind('genuine').filter((c) => c.data.type === 'suspense')
    expect(mistyped.length).toBeGreaterThan(0)
    for (const { record, data } of mistyped) {
      if (data.type !== 'suspense') continue
      const quoted = /\d{10}/.exec(data.bank.reference)![0]
      expect(isValidTin(quoted)).toBe(false)
      expect(isValidTin(record.tin)).toBe(true)
      expect(noteOf(record)).toEqual({ id: 'payments.panel.candidates.tinInvalid', args: { tin: quoted } })
    }
    for (const { record, data } of byKind('third-party-payer')) {
      if (data.type !== 'suspense') continue
      expect(isValidTin(record.tin)).toBe(true)
      expect(noteOf(record)).toMatchObject({ id: 'payments.panel.candidates.tinHolder' })
    }
  })

  it('credits with debts owe elsewhere; genuine credits are wholly refundable', () => {
    for (const { record, data } of byKind('credit-with-debts')) {
      if (data.type !== 'refund') throw new Error('not a refund')
      const owed = periodBalances(world.ledger, record.tin).filter((p) => p.balance > 0)
      expect(owed.length).toBeGreaterThan(0)
      expect(owed.some((p) => p.taxType === data.taxType && p.period === data.period)).toBe(false)
      expect(offsetCredits(world.ledger, record.tin).refundable).toBeLessThan(data.amountClaimed)
    }
    for (const { record, data } of byKind('genuine').filter((c) => c.data.type === 'refund')) {
      if (data.type !== 'refund') continue
      expect(offsetCredits(world.ledger, record.tin).refundable).toBe(data.amountClaimed)
    }
  })

  it('reasonable causes cover the due date; unjustified requests have no document that does', () => {
    // The documents are messages: the stay in hospital and the disaster are typed arguments.
    const dateArg = (text: Text, name: string) => {
      const value = isMsg(text) ? text.args?.[name] : undefined
      return isDate(value) ? value.date : undefined
    }
    const covers = (d: PaymentsCaseData) =>
      d.type === 'waiver' &&
      d.documents.some((doc) => {
        const from = dateArg(doc.text, 'admitted')
        const to = dateArg(doc.text, 'discharged')
        if (from && to) return from <= d.dueOn && d.dueOn <= to
        const disaster =
          isMsg(doc.title) && /fireReport|floodCertificate/.test(doc.title.id) && doc.date <= d.dueOn
        return disaster
      })
    for (const { data } of byKind('reasonable-cause-waiver')) expect(covers(data)).toBe(true)
    for (const { data } of byKind('unjustified-waiver')) {
      expect(covers(data)).toBe(false)
      if (data.type === 'waiver') for (const doc of data.documents) expect(doc.date > data.dueOn).toBe(true)
    }
  })

  it('is the same world from the same seed', async () => {
    expect(worldDigest(await generateWorld(scenario))).toBe(worldDigest(world))
  })
})

describe('a register above the full-detail limit', () => {
  it('details only taxpayers with arrears up front, and the case taxpayers on demand', async () => {
    const big = benchScenario({ individuals: 1300, businesses: 800, registration: null })
    const w = await generateWorld({
      ...big,
      jurisdiction: scenario.jurisdiction,
      world: { ...big.world, payments: scenario.world.payments },
    })
    const caseTins = new Set((w.cases.payments ?? []).map((c) => c.tin))
    const withLedger = new Set(w.ledger.map((e) => e.tin))
    for (const t of w.taxpayers)
      if (t.arrears === 0 && !caseTins.has(t.tin)) expect(withLedger.has(t.tin)).toBe(false)
    for (const tin of caseTins) expect(w.returns.some((r) => r.tin === tin)).toBe(true)
    const by = entriesByTin(w.ledger)
    for (const t of w.taxpayers)
      expect(arrearsOf(by.get(t.tin) ?? [], t.tin, w.referenceDate)).toBe(t.arrears)
  })
})

describe('baseline accounts of the register', () => {
  const caseTins = new Set(
    world.truth.cases.map((t) => world.cases.payments?.find((c) => c.id === t.caseId)?.tin),
  )
  const base = world.returns.filter((r) => r.id.startsWith('RET-') && !caseTins.has(r.tin))
  const status = new Map(world.taxpayers.map((t) => [t.tin, t.status]))

  it('files mostly on time, some late, some missing; dormant taxpayers mostly not at all', () => {
    const active = base.filter((r) => status.get(r.tin) === 'active')
    const onTime = active.filter((r) => r.filedOn !== null && r.filedOn <= r.dueOn).length / active.length
    const late = active.filter((r) => r.filedOn !== null && r.filedOn > r.dueOn).length
    const missing = active.filter((r) => r.filedOn === null).length
    expect(onTime).toBeGreaterThan(0.8)
    expect(late).toBeGreaterThan(0)
    expect(missing).toBeGreaterThan(0)
    const dormant = base.filter((r) => status.get(r.tin) === 'dormant' && r.taxDue === 0)
    expect(dormant.filter((r) => r.filedOn === null).length).toBeGreaterThan(dormant.length / 2)
  })

  it('keeps deregistered taxpayers without arrears out of the accounts', () => {
    for (const t of world.taxpayers.filter((x) => x.status === 'deregistered' && x.arrears === 0))
      expect(world.returns.some((r) => r.tin === t.tin)).toBe(false)
  })

  it("holds employers' year-end PAYE certificates for wage earners", () => {
    const employer = world.thirdParty.filter((r) => r.source === 'employer')
    expect(employer.length).toBeGreaterThan(0)
    for (const r of employer) {
      const t = world.taxpayers.find((x) => x.tin === r.tin)!
      expect(t.kind).toBe('individual')
      expect(world.taxpayers.some((x) => x.kind === 'business' && x.name === r.counterparty)).toBe(true)
    }
  })
})
