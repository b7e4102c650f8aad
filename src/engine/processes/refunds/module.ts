/**
 * VAT refunds through the process contract: the machine's input from the case and the world,
 * the commands a refund officer has, the panels each step reveals, a naive officer's prefilled
 * values and the grading of the closing decision.
 */
import { formatMoney } from '../../rules/money'
import { daysBetween } from '../../primitives/calendar'
import type { LedgerEntry } from '../../world/types'
import { claimOffset } from './rules'
import type { Command, CommandSpec, Panel, ProcessModule } from '../contract'
import { assessClaim, claimOf, offsetFor, sourcesFor } from './evidence'
import { judgeDecision, type Decision } from './grade'
import type { RefundKind } from './kinds'
import {
  approvalPanel,
  bankPanel,
  claimPanel,
  customsPanel,
  historyPanel,
  offsetPanel,
  riskPanel,
  suppliersPanel,
  taxpayerPanel,
  validationPanel,
} from './panels'
import {
  REFUNDS_STATE_LABELS,
  refundsBlocker,
  refundsMachine,
  refundsProblem,
  type RefundsCommandType,
  type RefundsContext,
  type RefundsEvent,
  type RefundsInput,
} from './refunds.machine'
import { legacyRefusal } from '../legacy-refusal'

const reason = (label: string): CommandSpec['fields'] => [
  { name: 'reason', label, kind: 'text', required: true },
]

/** In the order a TAMIS refund screen offers them: procedure steps first, then decisions. */
export const REFUNDS_COMMANDS: readonly (CommandSpec & { type: RefundsCommandType })[] = [
  {
    type: 'refunds.validate',
    label: 'Validate the claim',
    final: false,
    help: 'In time, return on file, refund account in the taxpayer\u2019s name',
  },
  {
    type: 'refunds.assessRisk',
    label: 'Assess the risk tier',
    final: false,
    help: 'The tier decides which verifications are required',
  },
  {
    type: 'refunds.checkSuppliers',
    label: 'Match input credits with suppliers\u2019 declarations',
    final: false,
  },
  { type: 'refunds.checkCustoms', label: 'Check exports with customs', final: false },
  { type: 'refunds.verifyBankAccount', label: 'Verify the account holder with the bank', final: false },
  {
    type: 'refunds.applyOffset',
    label: 'Offset against other tax debts',
    final: false,
    help: 'Every tax type, before anything is paid',
  },
  { type: 'refunds.requestSecondApproval', label: 'Request a second approval', final: false },
  { type: 'refunds.approveFull', label: 'Approve the full amount claimed', final: false },
  {
    type: 'refunds.approvePartial',
    label: 'Approve part of the claim',
    final: false,
    fields: [
      { name: 'amount', label: 'Amount allowed', kind: 'money', required: true, graded: true },
      { name: 'reason', label: 'Why the rest is disallowed', kind: 'text' },
    ],
  },
  { type: 'refunds.authorisePayment', label: 'Authorise payment', final: true },
  {
    type: 'refunds.refuse',
    label: 'Refuse the claim',
    final: true,
    fields: reason('Reason (goes in the decision letter)'),
  },
  {
    type: 'refunds.blockAndRefer',
    label: 'Block the refund and refer',
    final: true,
    fields: reason('Grounds for the block and referral'),
    help: 'Sets the refund block flag and refers the case to investigation',
  },
]

const COMMAND_TYPES = new Set<string>(REFUNDS_COMMANDS.map((c) => c.type))
const isRefundsCommand = (type: string): type is RefundsCommandType => COMMAND_TYPES.has(type)

/** The command as the machine's event, with its fields typed. */
function toEvent(command: Command): RefundsEvent {
  switch (command.type) {
    case 'refunds.approvePartial':
      return {
        type: command.type,
        amount: typeof command.amount === 'number' ? command.amount : Number.NaN,
        ...(typeof command.reason === 'string' ? { reason: command.reason } : {}),
      }
    case 'refunds.refuse':
    case 'refunds.blockAndRefer':
      return { type: command.type, reason: typeof command.reason === 'string' ? command.reason : '' }
    default:
      return { type: command.type } as RefundsEvent
  }
}

export const module: ProcessModule<RefundsContext> = {
  id: 'refunds',
  machine: refundsMachine,
  commands: REFUNDS_COMMANDS,
  stateLabels: REFUNDS_STATE_LABELS,
  input(record, env): RefundsInput {
    const claim = claimOf(record)
    const a = assessClaim(claim, sourcesFor(env.world, record.tin), env.jurisdiction)
    return {
      jurisdiction: env.jurisdiction,
      claimed: claim.claimed,
      hasExports: a.hasExports,
      tier: a.risk.tier,
      accountChanged: a.risk.accountChanged,
      customsMismatch: a.risk.customsMismatch,
      supplierMismatch: a.risk.supplierMismatch,
      validation: a.validation,
      dueOn: record.dueOn,
      today: env.today,
      account: {
        caseId: record.id,
        tin: record.tin,
        period: claim.period,
        others: env.world.ledger.filter((e) => e.tin === record.tin),
      },
    }
  },
  postings: refundPostings,
  blocker: (context, type) =>
    legacyRefusal(
      isRefundsCommand(type) ? refundsBlocker(context, type) : `"${type}" is not a step of a refund claim.`,
    ),
  problem: (context, command) =>
    isRefundsCommand(command.type) ? refundsProblem(context, toEvent(command)) : undefined,
  initialPanels(record, env) {
    const sources = sourcesFor(env.world, record.tin)
    return [
      claimPanel(record, env.jurisdiction),
      taxpayerPanel(record, env.world, sources.taxpayer),
      historyPanel(record, env.jurisdiction),
    ]
  },
  reveal(record, command, env, context): Panel[] {
    const j = env.jurisdiction
    const sources = sourcesFor(env.world, record.tin)
    const a = () => assessClaim(claimOf(record), sources, j)
    switch (command.type) {
      case 'refunds.validate':
        return [validationPanel(record, a(), j)]
      case 'refunds.assessRisk':
        return [riskPanel(a(), j)]
      case 'refunds.checkSuppliers':
        return [suppliersPanel(a(), env.world, j)]
      case 'refunds.checkCustoms':
        return [customsPanel(record, sources, a(), j)]
      case 'refunds.verifyBankAccount':
        return [bankPanel(record)]
      case 'refunds.applyOffset':
        return context.allowed === undefined
          ? []
          : [offsetPanel(record, sources, context.allowed, env.today, j)]
      case 'refunds.requestSecondApproval':
        return context.allowed === undefined ? [] : [approvalPanel(context.allowed, env.today, j)]
      default:
        return []
    }
  },
  reference(record, env) {
    const claimed = claimOf(record).claimed
    return {
      'refunds.approvePartial': {
        amount: {
          text: `Refund claimed: ${formatMoney(claimed, env.jurisdiction.currency)}.`,
          value: claimed,
        },
      },
    }
  },
  defaults() {
    return {
      'refunds.approvePartial': { reason: '' },
      'refunds.refuse': { reason: 'The claim is not supported.' },
      'refunds.blockAndRefer': { reason: 'Suspected refund fraud.' },
    }
  },
  grade(truth, command, history, env) {
    const record = env.world.cases.refunds?.find((r) => r.id === truth.caseId)
    if (!record) return { grade: 'wrong', why: 'No claim on file for this case.' }
    const claim = claimOf(record)
    const j = env.jurisdiction
    const sources = sourcesFor(env.world, record.tin)
    const a = assessClaim(claim, sources, j)
    let decision: Decision
    switch (command.type) {
      case 'refunds.refuse':
        decision = { type: 'refuse' }
        break
      case 'refunds.blockAndRefer':
        decision = { type: 'block' }
        break
      case 'refunds.authorisePayment': {
        const approval = history.findLast(
          (c) => c.type === 'refunds.approveFull' || c.type === 'refunds.approvePartial',
        )
        const amount =
          approval?.type === 'refunds.approvePartial' && typeof approval.amount === 'number'
            ? approval.amount
            : claim.claimed
        decision = {
          type: 'pay',
          amount,
          offsetApplied: history.some((c) => c.type === 'refunds.applyOffset'),
        }
        break
      }
      default:
        return { grade: 'wrong', why: `${command.type} does not close a refund claim.` }
    }
    const owedOffset =
      decision.type === 'pay' ? offsetFor(sources, record, decision.amount, env.today, j).offset : 0
    return judgeDecision(
      {
        kind: truth.kind as RefundKind,
        claimed: claim.claimed,
        allowed: a.allowed,
        owedOffset,
        daysLate: daysBetween(record.dueOn, env.today),
        currency: j.currency,
      },
      decision,
    )
  },
}

/**
 * What an authorised refund posts to the claimant's VAT account (docs/domain.md §One ledger):
 * the part of the claim not allowed, the offsets against other debts, and the refund paid.
 */
function refundPostings(c: RefundsContext): LedgerEntry[] {
  const a = c.account
  if (!a || c.paidOn === undefined || c.allowed === undefined) return []
  const on = c.paidOn
  const base = { tin: a.tin, date: on, ref: a.caseId }
  const out: LedgerEntry[] = []
  const disallowed = c.claimed - c.allowed
  if (disallowed > 0)
    out.push({
      ...base,
      id: `${a.caseId}-ADJ`,
      taxType: 'VAT',
      period: a.period,
      kind: 'adjustment',
      amount: disallowed,
      note: 'part of the refund claim not allowed',
    })
  const offset = c.offsetApplied
    ? claimOffset(a.others, { tin: a.tin, period: a.period, allowed: c.allowed, on }, c.jurisdiction)
    : { lines: [], offset: 0 }
  offset.lines.forEach((line, i) => {
    out.push(
      {
        ...base,
        id: `${a.caseId}-OFF-${i + 1}`,
        taxType: 'VAT',
        period: a.period,
        kind: 'offset-out',
        amount: line.amount,
        note: `refund offset to ${line.taxType} ${line.period}`,
      },
      {
        ...base,
        id: `${a.caseId}-OFF-${i + 1}-IN`,
        taxType: line.taxType,
        period: line.period,
        kind: 'offset-in',
        amount: -line.amount,
        note: `from the VAT ${a.period} refund`,
      },
    )
  })
  const payable = c.allowed - offset.offset
  if (payable > 0)
    out.push({
      ...base,
      id: `${a.caseId}-PAID`,
      taxType: 'VAT',
      period: a.period,
      kind: 'refund-paid',
      amount: payable,
      note: 'refund authorised for payment',
    })
  return out
}
