/**
 * Simulated time moves money: interest and late-payment penalties on unpaid tax accrue as
 * the calendar moves, and what a trainee sees on day N equals a hand calculation. Worked
 * examples in a currency with minor units (NGN, kobo) and one without (XOF).
 */
import { isDate } from '../../src/engine/primitives/message'
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { accruals } from '../../src/engine/rules/accrual'
import { addDays, Session, type LedgerEntry } from '../../src/engine'
import { testJurisdiction } from '../fixtures/jurisdiction'

const ngn = testJurisdiction()
const xof = testJurisdiction({
  currency: { code: 'XOF', symbol: 'CFA', minorUnits: 0 },
  penalties: {
    lateFiling: { type: 'flat', amount: 200_000 },
    latePayment: { type: 'percent-per-month', percent: 1, maxPercent: 20, graceMonths: 0 },
  },
  interest: { percentPerMonth: 0.5, basis: 'monthly' },
})

const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
  id: 'E1',
  tin: '1000000001',
  taxType: 'VAT',
  period: '2025-12',
  date: '2026-01-21',
  kind: 'self-assessment',
  amount: 100_000_000,
  ref: 'RET-1',
  ...over,
})

const sum = (entries: readonly LedgerEntry[], kind: string) =>
  entries.filter((e) => e.kind === kind).reduce((s, e) => s + e.amount, 0)

describe('accruals (NGN, daily interest 1.5 % a month, penalty 5 % a month up to 25 %)', () => {
  it('charges nothing on the exercise’s first day', () => {
    expect(accruals([entry({})], '2026-02-01', '2026-02-01', ngn)).toEqual([])
  })

  it('charges 25 days of interest and a new month of penalty across a 25-day jump', () => {
    // ₦1,000,000.00 due 21 Jan, unpaid; the exercise starts 1 Feb (one part-month late).
    // Interest: 100,000,000 kobo × 18 % / 365 × 25 days = 1,232,876.71 → 1,232,877.
    // Penalty: on 26 Feb the debt is two part-months late (was one): + 5 % = 5,000,000.
    const out = accruals([entry({})], '2026-02-01', '2026-02-26', ngn)
    expect(sum(out, 'interest')).toBe(1_232_877)
    expect(sum(out, 'penalty')).toBe(5_000_000)
    expect(out.every((e) => e.date === '2026-02-26')).toBe(true)
  })

  it('charges a partial payment made late for its own days', () => {
    // ₦400,000 paid on 11 Feb (10 days into the exercise), ₦600,000 still unpaid on 26 Feb.
    // Interest: 40,000,000 × 18 %/365 × 10 + 60,000,000 × 18 %/365 × 25 = 197,260.27 + 739,726.03
    // = 936,986.30 → 936,986. Penalty: the part paid on 11 Feb is still one month late (nothing
    // new); the unpaid part reaches a second month: 5 % of 60,000,000 = 3,000,000.
    const ledger = [entry({}), entry({ id: 'P1', kind: 'payment', date: '2026-02-11', amount: -40_000_000 })]
    const out = accruals(ledger, '2026-02-01', '2026-02-26', ngn)
    expect(sum(out, 'interest')).toBe(936_986)
    expect(sum(out, 'penalty')).toBe(3_000_000)
  })

  it('stops the penalty at its cap and charges nothing on a paid period', () => {
    // Due 21 Jan 2025: by Feb 2026 the 25 % cap is long reached; interest keeps running.
    const old = entry({ date: '2025-01-21', period: '2024-12' })
    const out = accruals([old], '2026-02-01', '2026-02-26', ngn)
    expect(sum(out, 'penalty')).toBe(0)
    expect(sum(out, 'interest')).toBe(1_232_877)
    const paid = [entry({}), entry({ id: 'P1', kind: 'payment', date: '2026-01-25', amount: -100_000_000 })]
    expect(accruals(paid, '2026-02-01', '2026-02-26', ngn)).toEqual([])
  })
})

describe('accruals (XOF, no minor units, interest 0.5 % a month by the month, penalty 1 % a month)', () => {
  it('charges whole months and rounds to the franc', () => {
    // CFA 2,345,679 due 15 Jan, exercise from 1 Feb (1 part-month late) to 20 Mar (3 part-months):
    // two more months. Interest 2,345,679 × 0.5 % × 2 = 23,456.79 → 23,457;
    // penalty 2,345,679 × 1 % × 2 = 46,913.58 → 46,914.
    const debt = entry({ date: '2026-01-15', amount: 2_345_679 })
    const out = accruals([debt], '2026-02-01', '2026-03-20', xof)
    expect(sum(out, 'interest')).toBe(23_457)
    expect(sum(out, 'penalty')).toBe(46_914)
  })

  it('grace months delay the penalty', () => {
    const graced = testJurisdiction({
      ...xof,
      penalties: {
        ...xof.penalties,
        latePayment: { type: 'percent-per-month', percent: 1, maxPercent: 20, graceMonths: 2 },
      },
    })
    const debt = entry({ date: '2026-01-15', amount: 2_345_679 })
    // 1 → 3 part-months late with 2 months of grace: only the third month is charged, 1 %.
    expect(sum(accruals([debt], '2026-02-01', '2026-03-20', graced), 'penalty')).toBe(23_457)
  })
})

describe('a session moves money with the calendar', async () => {
  const library = await loadBundledLibrary()
  const scenario = library.scenarios.find((s) => s.id === 'collection-debt-book')!

  it('shows, after a 25-day jump, every balance a hand calculation gives', async () => {
    const session = await Session.start(scenario)
    const j = scenario.jurisdiction
    const start = session.world.referenceDate
    const before = session.env.world.ledger
    expect(before).toBe(session.world.ledger)
    session.send({ type: 'clock.advance', days: 25 })
    const today = addDays(start, 25)
    const after = session.env.world.ledger
    // Hand calculation per period still owing at the start with no later credit: daily
    // simple interest on the unpaid tax for 25 days, plus the penalty months crossed.
    const rate = (j.interest.percentPerMonth * 12) / 365 / 100
    const rule = j.penalties.latePayment
    if (rule.type !== 'percent-per-month') throw new Error('northland charges by the month')
    let checked = 0
    const periods = new Map<string, LedgerEntry[]>()
    for (const e of before)
      periods.set(`${e.tin}|${e.taxType}|${e.period}`, [
        ...(periods.get(`${e.tin}|${e.taxType}|${e.period}`) ?? []),
        e,
      ])
    for (const [key, list] of periods) {
      const tax = list.filter(
        (e) => e.amount > 0 && ['self-assessment', 'adjustment', 'default-assessment'].includes(e.kind),
      )
      if (tax.length !== 1 || list.some((e) => e.date > start)) continue
      const paid = -list.filter((e) => e.amount < 0 && e.kind === 'payment').reduce((s, e) => s + e.amount, 0)
      const unpaid = tax[0]!.amount - paid
      if (unpaid <= 0 || list.some((e) => e.amount < 0 && e.kind !== 'payment')) continue
      const due = tax[0]!.date
      const months = (on: string) => {
        let m = 0
        while (on > addMonthsIso(due, m)) m++
        return m
      }
      const pct = (m: number) => Math.min(rule.percent * Math.max(0, m - rule.graceMonths), rule.maxPercent)
      const interest = Math.round(unpaid * rate * 25)
      const penalty = Math.round((unpaid * (pct(months(today)) - pct(months(start)))) / 100)
      const accrued = after.filter((e) => `${e.tin}|${e.taxType}|${e.period}` === key && e.date === today)
      expect(sum(accrued, 'interest'), key).toBe(interest)
      expect(sum(accrued, 'penalty'), key).toBe(penalty)
      const shown = session.taxpayerView(list[0]!.tin).find((p) => p.id === 'taxpayer-ledger')!
      const table = shown.sections.find((s) => s.kind === 'table')!
      expect(
        table.kind === 'table' &&
          table.rows.some((r) => isDate(r[0]) && r[0].date === today && r[2] === list[0]!.period),
      ).toBe(true)
      checked++
    }
    expect(checked).toBeGreaterThan(0)
  })
})

/** An independent month step: the same day of a later month, clamped to the month's end. */
function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

describe('accruals after a collection decision (NGN, penalty 5 % a month, agreement factor 0.5)', () => {
  it('stops on written-off tax: nothing accrues after the write-off day', () => {
    // ₦1,000,000 due 21 Jan, written off on 11 Feb: 10 days of interest and no new penalty
    // month (still one part-month late on 11 Feb), however far the calendar then moves.
    const writeOff = entry({ id: 'WO', kind: 'write-off', date: '2026-02-11', amount: -100_000_000 })
    const later = accruals([entry({}), writeOff], '2026-02-01', '2026-06-30', ngn)
    expect(sum(later, 'interest')).toBe(493_151) // 100,000,000 × 18 %/365 × 10 = 493,150.68
    expect(sum(later, 'penalty')).toBe(0)
    const sooner = accruals([entry({}), writeOff], '2026-02-01', '2026-03-30', ngn)
    expect(sooner.map((e) => e.amount)).toEqual(later.map((e) => e.amount))
  })

  it('follows an instalment agreement: interest runs on, the penalty rate is halved from the grant', () => {
    // Granted 5 Feb. By 26 Mar the debt is three part-months late (one at the start): two more
    // months, both begun after the grant, at 5 % × 0.5 = 2.5 % each: 5 % of 100,000,000.
    // Interest is unchanged: 53 days × 18 %/365 on 100,000,000 = 2,613,698.63.
    const agreed = entry({ id: 'AGR', kind: 'agreement', date: '2026-02-05', amount: 0 })
    const out = accruals([entry({}), agreed], '2026-02-01', '2026-03-26', ngn)
    expect(sum(out, 'penalty')).toBe(5_000_000)
    expect(sum(out, 'interest')).toBe(2_613_699)
    const without = accruals([entry({})], '2026-02-01', '2026-03-26', ngn)
    expect(sum(without, 'penalty')).toBe(10_000_000)
    expect(sum(without, 'interest')).toBe(2_613_699)
  })
})
