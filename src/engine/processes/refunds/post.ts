/**
 * Writes a refund case into the shared accounts: the claim's return and ledger credit, the
 * earlier claims and their refunds, suppliers' declarations, customs records and foreign
 * receipts, and a debt in another tax type when the case carries one.
 */
import { addMonths, dueDate } from '../../rules/calendar'
import { latePaymentPenalty } from '../../rules/penalties'
import { addDays } from '../../primitives/calendar'
import { day, msg } from '../../primitives/message'
import type { TaxType } from '../../vocabulary'
import type { LedgerEntry, Taxpayer, ThirdPartyRecord } from '../../world/types'
import { roundUnit } from './claims'
import { clearPeriod, type PartyState } from './parties'
import type { Purchase, RefundCase } from './types'

/** Writes the claim's return, ledger lines and third-party data, and the earlier claims. */
export function post(
  st: PartyState,
  i: number,
  t: Taxpayer,
  c: RefundCase,
  lines: readonly { purchase: Purchase; declared: number }[],
  unsupported: ReadonlySet<string>,
) {
  // Ledger lines and third-party records share one numbering, so their ids stay as they were.
  const seq = { n: 0 }
  postHistory(st, i, t, c, seq)
  postReturn(st, i, t, c, seq)
  postThirdParty(st, i, t, c, lines, unsupported, seq)
}

type Seq = { n: number }

function ledgerOf(st: PartyState, i: number, t: Taxpayer, seq: Seq) {
  return (e: Omit<LedgerEntry, 'id' | 'tin' | 'taxType'> & { taxType?: TaxType }) =>
    st.accounts.ledger.push({ id: `refunds-${i + 1}-l${++seq.n}`, tin: t.tin, taxType: 'VAT', ...e })
}

/** The earlier claims: their returns, credits and the refunds paid. */
function postHistory(st: PartyState, i: number, t: Taxpayer, c: RefundCase, seq: Seq) {
  const { ctx, j, accounts } = st
  const ledger = ledgerOf(st, i, t, seq)
  for (const [h, past] of c.history.entries()) {
    const id = `refunds-${i + 1}-ret-h${h + 1}`
    const due = dueDate('VAT', past.period, j)
    accounts.returns.push({
      id,
      tin: t.tin,
      taxType: 'VAT',
      period: past.period,
      dueOn: due,
      filedOn: addDays(due, -ctx.draw.int(0, 5)),
      channel: 'e-filing',
      lines: [{ label: 'excessCredit', amount: past.claimed }],
      taxDue: -past.claimed,
    })
    ledger({ period: past.period, date: due, kind: 'self-assessment', amount: -past.claimed, ref: id })
    ledger({
      period: past.period,
      date: past.decidedOn,
      kind: 'refund-paid',
      amount: past.allowed,
      ref: `VRF/${past.period}`,
    })
  }
}

/** The claim's own return and its credit on the ledger. */
function postReturn(st: PartyState, i: number, t: Taxpayer, c: RefundCase, seq: Seq) {
  st.accounts.returns.push({
    id: c.returnId,
    tin: t.tin,
    taxType: 'VAT',
    period: c.period,
    dueOn: c.returnDueOn,
    filedOn: c.filedOn,
    channel: 'e-filing',
    lines: [
      { label: 'standardRatedSales', amount: c.domesticSales },
      { label: 'vatOutput', amount: c.outputVat },
      { label: 'zeroRatedSales', amount: c.zeroRated },
      { label: 'purchases', amount: c.purchasesNet },
      { label: 'inputVat', amount: c.inputVat },
      { label: 'excessCredit', amount: c.claimed },
    ],
    taxDue: -c.claimed,
  })
  ledgerOf(
    st,
    i,
    t,
    seq,
  )({
    period: c.period,
    date: c.returnDueOn,
    kind: 'self-assessment',
    amount: -c.claimed,
    ref: c.returnId,
  })
}

/** Suppliers' declarations (or their missing returns), customs records and foreign receipts. */
function postThirdParty(
  st: PartyState,
  i: number,
  t: Taxpayer,
  c: RefundCase,
  lines: readonly { purchase: Purchase; declared: number }[],
  unsupported: ReadonlySet<string>,
  seq: Seq,
) {
  const { ctx, accounts } = st
  const third = (r: Omit<ThirdPartyRecord, 'id' | 'tin' | 'period'>) =>
    accounts.thirdParty.push({ id: `refunds-${i + 1}-t${++seq.n}`, tin: t.tin, period: c.period, ...r })
  for (const { purchase: p, declared } of lines) {
    if (declared <= 0) {
      accounts.returns.push({
        id: `refunds-${i + 1}-sup-${p.supplierTin}`,
        tin: p.supplierTin,
        taxType: 'VAT',
        period: c.period,
        dueOn: c.returnDueOn,
        filedOn: null,
        channel: null,
        lines: [],
        taxDue: 0,
      })
      continue
    }
    third({
      source: 'supplier-declaration',
      amount: declared,
      counterparty: p.supplierTin,
      // The amount is the record's own figure; the detail names the parties only.
      detail: msg('refunds.story.record.supplierDeclared', { supplier: p.supplierName, buyer: t.name }),
    })
  }
  for (const e of c.exports) {
    if (unsupported.has(e.declaration)) continue
    third({
      source: 'customs',
      amount: e.value,
      counterparty: e.buyer,
      ref: e.declaration,
      detail: msg('refunds.story.record.exit', {
        declaration: e.declaration,
        on: day(addDays(e.date, ctx.draw.int(1, 4))),
        goods: e.goods,
        destination: e.destination,
      }),
    })
    third({
      source: 'bank',
      amount: e.value,
      counterparty: e.buyer,
      ref: e.declaration,
      detail: msg('refunds.story.record.transfer', {
        declaration: e.declaration,
        from: e.buyer,
        on: day(addDays(e.date, ctx.draw.int(7, 35))),
      }),
    })
  }
}

/** A debt in another tax type, partly paid, with its late-payment penalty. */
export function postArrears(st: PartyState, i: number, t: Taxpayer, c: RefundCase) {
  const { ctx, j, accounts } = st
  const administered = new Set(j.taxTypes.map((x) => x.code))
  const registered = new Set(t.taxTypes.map((x) => x.taxType))
  const latest = addDays(c.lodgedOn, -30)
  const options = (['PAYE', 'CIT', 'WHT'] as const).flatMap((taxType) => {
    if (!administered.has(taxType) || (taxType !== 'CIT' && !registered.has(taxType))) return []
    const periods: string[] = []
    if (taxType === 'CIT') {
      for (let year = Number(c.lodgedOn.slice(0, 4)) - 1; periods.length < 2; year--) {
        if (`${year}-12-31` < t.registeredOn) break
        if (dueDate('CIT', String(year), j) < latest) periods.push(String(year))
      }
    } else {
      for (let back = 3; back <= 9; back++) {
        const period = addMonths(`${c.period}-01`, -back).slice(0, 7)
        if (`${period}-01` >= t.registeredOn && dueDate(taxType, period, j) < latest) periods.push(period)
      }
    }
    return periods.length ? [{ taxType, periods }] : []
  })
  const option = options[0]
  if (!option) return
  const { taxType } = option
  const period = ctx.draw.pick(option.periods)
  if (!t.taxTypes.some((x) => x.taxType === taxType))
    t.taxTypes = [...t.taxTypes, { taxType, from: t.registeredOn }]
  clearPeriod(st, t.tin, taxType, period)
  const mu = j.currency.minorUnits
  const due = dueDate(taxType, period, j)
  const tax = roundUnit(c.claimed * ctx.draw.float(0.15, 0.6), mu)
  const paid = ctx.draw.chance(0.5) ? roundUnit(tax * ctx.draw.float(0.05, 0.3), mu) : 0
  const penalty = latePaymentPenalty(tax - paid, due, c.lodgedOn, j)
  const id = `refunds-${i + 1}-ret-${taxType.toLowerCase()}`
  accounts.returns.push({
    id,
    tin: t.tin,
    taxType,
    period,
    dueOn: due,
    filedOn: addDays(due, -ctx.draw.int(0, 5)),
    channel: 'e-filing',
    lines: [{ label: 'taxDeclared', amount: tax }],
    taxDue: tax,
  })
  let n = 0
  const entry = (e: Omit<LedgerEntry, 'id' | 'tin' | 'taxType' | 'period'>) =>
    accounts.ledger.push({ id: `refunds-${i + 1}-a${++n}`, tin: t.tin, taxType, period, ...e })
  entry({ date: due, kind: 'self-assessment', amount: tax, ref: id })
  const paidOn = addDays(due, ctx.draw.int(5, 40))
  if (paid > 0)
    entry({
      date: paidOn < c.lodgedOn ? paidOn : c.lodgedOn,
      kind: 'payment',
      amount: -paid,
      ref: `${id}-pay`,
    })
  if (penalty > 0) entry({ date: c.lodgedOn, kind: 'penalty', amount: penalty, ref: `${id}-pen` })
  t.arrears += tax - paid + penalty
}
