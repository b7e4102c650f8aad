/**
 * Suspense-queue items: a bank payment the system could not match. The taxpayer it is really
 * for (genuine, third-party-payer) or the one it only seems to be for (amount-only-match) has
 * an unpaid return of exactly the amount; the bank record tells who paid and what they wrote.
 */
import { addDays } from '../../primitives/calendar'
import { PARTY } from '../../world/context'
import { bankAccountFor } from '../../world/persons'
import { isValidTin, partyNumber } from '../../world/ids'
import type { Taxpayer, Tin } from '../../world/types'
import type { Command } from '../contract'
import type { BankRecord, Candidate } from './case-data'
import { DECISION, STEP } from './commands'
import type { PaymentsKind } from './kinds'
import { money, msg } from '../../primitives/message'
import { taxAndPeriod, taxTypeLabel, type TaxType } from '../../vocabulary'
import { clearTax, fileReturn, mainTax, post, slotDueBy, syncArrears, type Built, type Story } from './story'

export const PAYER_PARTY = PARTY.paymentsPayer

/** A taxpayer a suspense case can be built on: active, no arrears, paying a monthly tax. */
export const suspenseEligible = (t: Taxpayer) =>
  t.status === 'active' && t.arrears === 0 && mainTax(t, true) !== undefined

/**
 * The TIN with two neighbouring digits swapped (a typing slip), not issued to anyone; with
 * `failsCheck`, only a slip the check digit catches (it misses a 0 and 9 swapped).
 */
function mistyped(tin: Tin, issued: ReadonlySet<Tin>, failsCheck = false): Tin {
  for (let k = tin.length - 2; k > 0; k--) {
    if (tin[k] === tin[k + 1]) continue
    const slip = tin.slice(0, k) + tin[k + 1] + tin[k] + tin.slice(k + 2)
    if (!issued.has(slip) && !(failsCheck && isValidTin(slip))) return slip
  }
  return tin.slice(0, -1)
}

const VAGUE_REFERENCES = ['TAX PAYMENT', 'PAYMENT', 'TRANSFER', 'TAXES', 'SETTLEMENT']

/** The word a name search on the payer would share with the taxpayer (its first or family name). */
function nameToken(t: Taxpayer): string {
  const words = t.name.split(/\s+/)
  return (t.kind === 'business' ? words[0] : words.at(-1)) ?? t.name
}

/** What every suspense story starts from: the taxpayer's unpaid period and the bank's record. */
interface Setup {
  s: Story
  t: Taxpayer
  caseIndex: number
  bank: BankRecord
  /** The tax and period owed, as the payer's reference writes them (data). */
  where: { taxType: TaxType; period: string }
  /** The same, as a sentence cites them (the tax by its label). */
  said: ReturnType<typeof taxAndPeriod>
  allocate: Command
  search: Command
  common: Pick<Built, 'tin' | 'receivedOn' | 'amount' | 'evidence' | 'atStake'>
}

const allocateTo = (t: Taxpayer, said: Setup['said']) =>
  msg('payments.world.suspense.allocateTo', { name: t.name, tin: t.tin, ...said })

/** An accountant pays for its client from its own account, naming the client in the reference. */
function thirdPartyPayer({ s, t, caseIndex, bank, where, said, allocate, search, common }: Setup): Built {
  const { fake } = s.ctx
  const firm = s.ctx.scenario.jurisdiction.locale.startsWith('fr')
    ? `CABINET ${fake.lastName('M').toUpperCase()} ET ASSOCIES`
    : `${fake.lastName('M').toUpperCase()} & CO CHARTERED ACCOUNTANTS`
  const account = bankAccountFor(s.ctx, partyNumber(PAYER_PARTY, caseIndex), firm)
  bank.payerName = firm
  bank.payerAccount = { bank: account.bank, number: account.number }
  bank.reference = `${where.taxType} ${where.period} ON BEHALF OF ${t.name.toUpperCase()} TIN ${t.tin}`
  const candidates: Candidate[] = [
    { tin: t.tin, foundBy: ['TIN quoted in the reference', 'open debt of the same amount'] },
  ]
  return {
    ...common,
    title: msg('payments.world.suspense.title', { payer: firm }),
    data: { type: 'suspense', bank, candidates },
    expected: allocateTo(t, said),
    explanation: msg('payments.world.thirdParty.explanation', { firm, name: t.name, ...said }),
    flags: [
      msg('payments.world.thirdParty.flagPayer', { firm }),
      msg('payments.world.thirdParty.flagReference', { name: t.name, tin: t.tin, ...said }),
    ],
    best: [search, allocate],
  }
}

/** A stranger pays the amount of someone's open debt, with a vague reference. */
function amountOnlyMatch({ s, t, caseIndex, bank, said, search, common }: Setup): Built {
  const { draw, fake } = s.ctx
  const payer = `${fake.firstName(draw.chance(0.5) ? 'F' : 'M')} ${nameToken(t)}`.toUpperCase()
  const account = bankAccountFor(s.ctx, partyNumber(PAYER_PARTY, caseIndex), payer)
  bank.payerName = payer
  bank.payerAccount = { bank: account.bank, number: account.number }
  bank.reference = draw.pick(VAGUE_REFERENCES)
  const candidates: Candidate[] = [
    { tin: t.tin, foundBy: ['open debt of the same amount', 'name partly similar'] },
  ]
  const token = nameToken(t).toLowerCase()
  for (const other of s.pop.taxpayers) {
    if (candidates.length >= 3) break
    if (other.tin !== t.tin && other.name.toLowerCase().includes(token))
      candidates.push({ tin: other.tin, foundBy: ['name partly similar'] })
  }
  return {
    ...common,
    title: msg('payments.world.suspense.title', { payer }),
    data: { type: 'suspense', bank, candidates },
    expected: msg('payments.world.amountOnly.expected'),
    explanation: msg('payments.world.amountOnly.explanation', {
      payer,
      reference: bank.reference,
      name: t.name,
      ...said,
    }),
    flags: [
      msg('payments.world.amountOnly.flagPayer', { payer, account: bank.payerAccount.number }),
      msg('payments.world.amountOnly.flagReference', { reference: bank.reference }),
      msg('payments.world.amountOnly.flagAmount', { name: t.name, ...said }),
    ],
    best: [
      search,
      {
        type: DECISION.returnToPayer,
        reason: 'The payer cannot be identified by legal name or bank account.',
      },
    ],
  }
}

/** The taxpayer pays its own tax but swaps two digits of its TIN in the reference. */
function swappedDigits(
  { t, bank, where, said, allocate, search, common }: Setup,
  issued: ReadonlySet<Tin>,
): Built {
  const quoted = mistyped(t.tin, issued)
  bank.reference = `${where.taxType} ${where.period} TIN ${quoted}`
  const candidates: Candidate[] = [
    { tin: t.tin, foundBy: ['payer name', 'bank account', 'open debt of the same amount'] },
  ]
  return {
    ...common,
    title: msg('payments.world.suspense.title', { payer: bank.payerName }),
    data: { type: 'suspense', bank, candidates },
    expected: allocateTo(t, said),
    explanation: msg('payments.world.swapped.explanation', { quoted, name: t.name, ...said }),
    flags: [
      msg('payments.world.swapped.flagTin', { quoted }),
      msg('payments.world.swapped.flagPayer', { name: t.name }),
    ],
    best: [search, allocate],
  }
}

/**
 * The payer quotes its own TIN with two digits swapped, so the check digit fails; another
 * taxpayer, with a valid TIN, owes exactly the amount. The search lists that look-alike first.
 */
function mistypedWithLure(setup: Setup, issued: ReadonlySet<Tin>, lure: Taxpayer): Built {
  const { s, t, bank, where, said, allocate, search, common } = setup
  const quoted = mistyped(t.tin, issued, true)
  bank.reference = `${where.taxType} ${where.period} TIN ${quoted}`
  const lureDebt = owesExactly(s, lure, bank.amount, bank.valueDate)
  const candidates: Candidate[] = [
    { tin: lure.tin, foundBy: ['open debt of the same amount'] },
    { tin: t.tin, foundBy: ['payer name', 'bank account', 'open debt of the same amount'] },
  ]
  const facts = { quoted, amount: money(bank.amount), lure: lure.name, lureTin: lure.tin }
  return {
    ...common,
    title: msg('payments.world.suspense.title', { payer: bank.payerName }),
    data: { type: 'suspense', bank, candidates },
    expected: allocateTo(t, said),
    explanation: msg('payments.world.mistyped.explanation', {
      ...facts,
      ...said,
      name: t.name,
      tin: t.tin,
      lureTax: taxTypeLabel(lureDebt.taxType),
      lurePeriod: lureDebt.period,
    }),
    flags: [
      msg('payments.world.mistyped.flagCheckDigit', { quoted }),
      msg('payments.world.mistyped.flagLure', facts),
      msg('payments.world.swapped.flagPayer', { name: t.name }),
    ],
    best: [search, allocate],
  }
}

/** Gives `t` an unpaid return of exactly `amount`, due about when the payment arrived. */
function owesExactly(s: Story, t: Taxpayer, amount: number, valueDate: string) {
  const taxType = mainTax(t, true)!
  const slot = slotDueBy(taxType, addDays(valueDate, 10), s.j)
  clearTax(s, t.tin, taxType, slot.period)
  const ret = fileReturn(s, t, taxType, slot, addDays(slot.dueOn, -s.ctx.draw.int(0, 5)))
  // Its own id: the payer's return of the same tax and period is on this case too.
  ret.id = `RET-${s.caseId}-${t.tin}-${taxType}-${slot.period}`
  ret.taxDue = amount
  ret.lines = [...ret.lines.slice(0, -1), { label: ret.lines.at(-1)!.label, amount }]
  post(s, ret, 'self-assessment', slot.dueOn, amount, ret.id)
  syncArrears(s, t)
  return ret
}

export function suspenseCase(
  s: Story,
  kind: PaymentsKind,
  t: Taxpayer,
  caseIndex: number,
  issued: ReadonlySet<Tin>,
  lure?: Taxpayer,
): Built {
  const { draw } = s.ctx
  const taxType = mainTax(t, true)!
  const limit = s.j.payments.suspenseReturnDays
  const valueDate = addDays(s.today, -draw.int(2, Math.max(3, limit - 2)))
  const slot = slotDueBy(taxType, addDays(valueDate, 10), s.j)
  clearTax(s, t.tin, taxType, slot.period)
  const ret = fileReturn(s, t, taxType, slot, addDays(slot.dueOn, -draw.int(0, 5)))
  post(s, ret, 'self-assessment', slot.dueOn, ret.taxDue, ret.id)
  syncArrears(s, t)
  const amount = ret.taxDue
  const bank: BankRecord = {
    bankRef: `BNK${String(draw.int(10_000_000, 99_999_999))}`,
    valueDate,
    amount,
    payerName: t.name.toUpperCase(),
    payerAccount: { bank: t.bankAccount.bank, number: t.bankAccount.number },
    reference: '',
    channel: draw.pick(['bank transfer', 'bank transfer', 'cheque', 'mobile money'] as const),
  }
  const setup: Setup = {
    s,
    t,
    caseIndex,
    bank,
    where: { taxType, period: slot.period },
    said: taxAndPeriod(taxType, slot.period),
    allocate: { type: DECISION.allocate, tin: t.tin, taxType, period: slot.period },
    search: { type: STEP.searchCandidates },
    common: {
      tin: t.tin,
      receivedOn: valueDate,
      amount,
      evidence: ['bank-record', 'candidates'],
      atStake: amount,
    },
  }
  if (kind === 'third-party-payer') return thirdPartyPayer(setup)
  if (kind === 'amount-only-match') return amountOnlyMatch(setup)
  if (kind === 'mistyped-tin' && lure) return mistypedWithLure(setup, issued, lure)
  return swappedDigits(setup, issued)
}
