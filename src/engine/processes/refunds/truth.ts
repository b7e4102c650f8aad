/**
 * The ground truth of a refund case, computed from the world with the same rules the panels
 * and the grading use: what the evidence supports, the red flags in an officer's words, where
 * they show, and the best sequence of commands.
 */
import { formatMoney } from '../../rules/money'
import { daysBetween } from '../../primitives/calendar'
import type { TadatCode } from '../../vocabulary'
import type { CaseRecord, CaseTruth, Command } from '../contract'
import { assessClaim, offsetFor, sourcesFor } from './evidence'
import { expectedFor } from './grade'
import type { RefundKind } from './kinds'
import type { PartyState } from './parties'
import { secondApprovalLimit } from './refunds.machine'
import type { RefundCase } from './types'
import type { Taxpayer } from '../../world/types'

const KIND_TADAT: Record<RefundKind, TadatCode[]> = {
  'phantom-exporter': ['P8-24', 'P2-3'],
  'fictitious-exports': ['P8-24', 'P6-16'],
  'refund-diversion': ['P8-24', 'P9-25'],
  'fake-input-credits': ['P8-24', 'P6-16'],
  'genuine-new-exporter': ['P8-24'],
  'genuine-large-investment': ['P8-24'],
  genuine: ['P8-24'],
}

const EVIDENCE: Record<RefundKind, string[]> = {
  'phantom-exporter': ['customs', 'bank', 'suppliers'],
  'fictitious-exports': ['customs'],
  'refund-diversion': ['bank'],
  'fake-input-credits': ['suppliers'],
  'genuine-new-exporter': ['customs', 'bank'],
  'genuine-large-investment': ['suppliers'],
  genuine: [],
}

export function caseTruth(
  st: PartyState,
  kind: RefundKind,
  record: CaseRecord<RefundCase>,
  unsupported: ReadonlySet<string>,
): CaseTruth {
  const { j, ctx } = st
  const c = record.data
  const sources = sourcesFor({ ...st.accounts, taxpayers: st.pop.taxpayers }, record.tin)
  const a = assessClaim(c, sources, j)
  const expected = expectedFor(kind, c.claimed, a.allowed)
  const pays = expected === 'pay-full' || expected === 'pay-partial'
  const offset = pays ? offsetFor(sources, record, a.allowed, ctx.referenceDate, j) : undefined
  const owed = offset?.offset ?? 0
  const facts: Facts = { st, kind, c, t: sources.taxpayer!, a, unsupported, owed, offset }
  const { flags, clearing } = flagsOf(facts)
  const decision = decisionOf(facts, expected, flags)
  const atStake =
    expected === 'pay-full' ? owed : expected === 'pay-partial' ? c.claimed - a.allowed + owed : c.claimed
  return {
    caseId: record.id,
    process: 'refunds',
    kind,
    expected: decision.expected,
    explanation: decision.explanation,
    flags,
    ...(clearing.length ? { clearing } : {}),
    evidence: [...EVIDENCE[kind], ...(owed > 0 ? ['offset'] : [])],
    tadat: [...KIND_TADAT[kind], ...(owed > 0 ? (['P5-15'] as TadatCode[]) : [])],
    atStake,
    best: decision.best,
  }
}

/** What the truth of a claim is computed from. */
interface Facts {
  st: PartyState
  kind: RefundKind
  c: RefundCase
  t: Taxpayer
  a: ReturnType<typeof assessClaim>
  unsupported: ReadonlySet<string>
  /** What the offset takes from the amount the evidence supports. */
  owed: number
  offset: ReturnType<typeof offsetFor> | undefined
}

/**
 * The red flags in an officer's words, and what clears a look-alike (kept apart). These are the
 * world's own record of the case (its digest is pinned), written once in English by the generator.
 */
function flagsOf(f: Facts): { flags: string[]; clearing: string[] } {
  const { c, t, a, kind } = f
  const money = (m: number) => formatMoney(m, f.st.j.currency)
  const current = c.accounts.at(-1)!
  const flags: string[] = []
  const clearing: string[] = []
  switch (kind) {
    case 'phantom-exporter':
      flags.push(
        `Registered on ${t.registeredOn}, ${Math.round(daysBetween(t.registeredOn, c.lodgedOn) / 30)} months before a first claim of ${money(c.claimed)}`,
        `Address is a serviced office: ${t.address.line}`,
        `None of the ${c.exports.length} export declarations has a customs record or a foreign receipt`,
        `Refund account opened on ${current.openedOn} and given to the office ${daysBetween(current.from, c.lodgedOn)} days before the claim`,
      )
      break
    case 'fictitious-exports':
      flags.push(
        `${f.unsupported.size} of ${c.exports.length} export declarations (${money(a.exports.value)}) have no customs record and no foreign receipt`,
      )
      break
    case 'refund-diversion':
      flags.push(
        `Refund account changed on ${current.from}, ${daysBetween(current.from, c.lodgedOn)} days before the claim, through the online portal from a new e-mail address`,
        `The bank says the account holder is ${current.bankHolder}, not ${t.name}`,
      )
      break
    case 'genuine-new-exporter':
      flags.push(
        `Registered ${Math.round(daysBetween(t.registeredOn, c.lodgedOn) / 30)} months before a first claim of ${money(c.claimed)} (looks risky)`,
      )
      clearing.push('Every export has a customs record and a foreign receipt; the account is its own')
      break
    case 'genuine-large-investment': {
      const average = c.history.reduce((s, h) => s + h.claimed, 0) / Math.max(1, c.history.length)
      const capital = c.purchases.find((p) => p.capital)
      flags.push(
        `Claim ${(c.claimed / Math.max(1, average)).toFixed(1)} times the average earlier claim (looks risky)`,
      )
      clearing.push(
        `${capital?.description ?? 'A capital purchase'} from ${capital?.supplierName ?? 'a supplier'} is declared by the supplier`,
      )
      break
    }
    default:
      break
  }
  if (kind === 'fake-input-credits' || kind === 'phantom-exporter')
    for (const r of a.credits.rows.filter((r) => r.result === 'short' || r.result === 'not declared'))
      flags.push(
        `${r.purchase.supplierName} declared ${money(r.declaredVat)} of output VAT to the claimant against ${money(r.purchase.vat)} of input VAT claimed from it`,
      )
  if (f.owed > 0)
    flags.push(
      `Owes ${money(f.owed)} in ${f.offset!.lines.map((l) => `${l.taxType} ${l.period}`).join(', ')}: offset it first`,
    )
  return { flags, clearing }
}

/** The best sequence of commands, and the right outcome and why, in words. */
function decisionOf(
  f: Facts,
  expected: ReturnType<typeof expectedFor>,
  flags: readonly string[],
): { best: Command[]; expected: string; explanation: string } {
  const { c, a, kind, owed } = f
  const j = f.st.j
  const money = (m: number) => formatMoney(m, j.currency)
  const steps: Command[] = [
    { type: 'refunds.validate' },
    { type: 'refunds.assessRisk' },
    { type: 'refunds.checkSuppliers' },
    ...(a.hasExports ? [{ type: 'refunds.checkCustoms' }] : []),
    { type: 'refunds.verifyBankAccount' },
  ]
  const payment = (allowed: number): Command[] => [
    { type: 'refunds.applyOffset' },
    ...(allowed > secondApprovalLimit(j) ? [{ type: 'refunds.requestSecondApproval' }] : []),
    { type: 'refunds.authorisePayment' },
  ]
  const offsetWords =
    owed > 0
      ? `, offset ${money(owed)} against the taxpayer's other debts and pay ${money(a.allowed - owed)}`
      : ''
  switch (expected) {
    case 'block':
      return {
        best: [...steps, { type: 'refunds.blockAndRefer', reason: flags[0] ?? 'Suspected refund fraud' }],
        expected: 'Block the refund and refer the case for investigation',
        explanation:
          kind === 'refund-diversion'
            ? 'The claim itself may be sound, but the money would go to an account the bank says belongs to someone else, set up days before the claim. Block it, verify the taxpayer\u2019s identity and the change of account, and look for insider involvement.'
            : 'A company a few months old, in a serviced office, claims a large refund on exports customs has never seen, to an account opened days before. Nothing should be paid: block the refund and refer the company for a pre-refund audit and investigation.',
      }
    case 'refuse':
      return {
        best: [
          ...steps,
          { type: 'refunds.refuse', reason: 'Nothing in the claim is supported by the evidence.' },
        ],
        expected: 'Refuse the claim',
        explanation: 'Once the unsupported exports and credits are taken out, nothing is left to refund.',
      }
    case 'pay-partial':
      return {
        best: [
          ...steps,
          {
            type: 'refunds.approvePartial',
            amount: a.allowed,
            reason:
              kind === 'fictitious-exports'
                ? 'Exports without a customs record taxed at the standard rate'
                : 'Input VAT not matched by the supplier\u2019s declaration disallowed',
          },
          ...payment(a.allowed),
        ],
        expected: `Approve ${money(a.allowed)} of the ${money(c.claimed)} claimed${offsetWords}`,
        explanation:
          kind === 'fictitious-exports'
            ? `Exports of ${money(a.exports.value)} have no customs record, so they are not zero-rated: at ${j.rates.vat} % they carry ${money(a.exports.vat)} of output VAT, which comes off the claim. The rest is supported and due.`
            : `${money(a.credits.disallowed)} of input VAT is not matched by what the supplier declared; it is disallowed and the supplier goes to audit. The rest is matched and due.`,
      }
    case 'pay-full': {
      const explanation = fullExplanation(kind)
      return {
        best: [...steps, { type: 'refunds.approveFull' }, ...payment(a.allowed)],
        expected: `Approve the full ${money(c.claimed)}${offsetWords}`,
        explanation:
          owed > 0
            ? `${explanation} The taxpayer owes tax in another tax type, so the refund clears that debt first.`
            : explanation,
      }
    }
  }
}

function fullExplanation(kind: RefundKind): string {
  return kind === 'genuine-new-exporter'
    ? 'A new exporter\u2019s first claim is high risk by the rules, so it is verified in full; customs, the foreign receipts, the suppliers and the bank all confirm it. Pay it in time.'
    : kind === 'genuine-large-investment'
      ? 'The claim is far above the usual because of a capital purchase, and the supplier declared that sale: the credit is genuine. Pay it.'
      : 'The credits match the suppliers\u2019 declarations and the exports match customs records: the refund is due.'
}
