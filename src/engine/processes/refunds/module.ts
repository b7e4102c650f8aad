/**
 * VAT refunds through the process contract: the machine's input from the case and the world,
 * the commands a refund officer has, the panels each step reveals, a naive officer's prefilled
 * values and the grading of the closing decision.
 */
import { money, msg, type Msg } from '../../primitives/message'
import { daysBetween } from '../../primitives/calendar'
import type { LedgerEntry } from '../../world/types'
import { claimOffset } from './rules'
import type { CaseRecord, Command, CommandSpec, Panel, ProcessModule } from '../contract'
import type { RefundCase } from './types'
import { assessClaim, offsetFor, sourcesFor } from './evidence'
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
  PANEL_NAMES,
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
import { withTin } from '../../world/lookup'
import { taxTypeOfLabel } from '../../vocabulary'
import { commandName } from '../command-name'

const reason = (label: Msg): CommandSpec['fields'] => [
  { name: 'reason', label, kind: 'text', required: true },
]

/** In the order a TAMIS refund screen offers them: procedure steps first, then decisions. */
export const REFUNDS_COMMANDS: readonly (CommandSpec & { type: RefundsCommandType })[] = [
  {
    type: 'refunds.validate',
    label: msg('refunds.cmd.validate'),
    final: false,
    help: msg('refunds.cmd.validateHelp'),
  },
  {
    type: 'refunds.assessRisk',
    label: msg('refunds.cmd.assessRisk'),
    final: false,
    help: msg('refunds.cmd.assessRiskHelp'),
  },
  { type: 'refunds.checkSuppliers', label: msg('refunds.cmd.checkSuppliers'), final: false },
  { type: 'refunds.checkCustoms', label: msg('refunds.cmd.checkCustoms'), final: false },
  { type: 'refunds.verifyBankAccount', label: msg('refunds.cmd.verifyBankAccount'), final: false },
  {
    type: 'refunds.applyOffset',
    label: msg('refunds.cmd.applyOffset'),
    final: false,
    help: msg('refunds.cmd.applyOffsetHelp'),
  },
  { type: 'refunds.requestSecondApproval', label: msg('refunds.cmd.requestSecondApproval'), final: false },
  { type: 'refunds.approveFull', label: msg('refunds.cmd.approveFull'), final: false },
  {
    type: 'refunds.approvePartial',
    label: msg('refunds.cmd.approvePartial'),
    final: false,
    fields: [
      {
        name: 'amount',
        label: msg('refunds.field.amountAllowed'),
        kind: 'money',
        required: true,
        graded: true,
      },
      { name: 'reason', label: msg('refunds.field.disallowedWhy'), kind: 'text' },
    ],
  },
  { type: 'refunds.authorisePayment', label: msg('refunds.cmd.authorisePayment'), final: true },
  {
    type: 'refunds.refuse',
    label: msg('refunds.cmd.refuse'),
    final: true,
    fields: reason(msg('refunds.field.refuseReason')),
  },
  {
    type: 'refunds.blockAndRefer',
    label: msg('refunds.cmd.blockAndRefer'),
    final: true,
    fields: reason(msg('refunds.field.blockReason')),
    help: msg('refunds.cmd.blockAndReferHelp'),
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

/** A refunds case record, recognised by its claim (the world's case lists are untyped). */
function isClaim(record: CaseRecord): record is CaseRecord<RefundCase> {
  return typeof record.data === 'object' && record.data !== null && 'claimId' in record.data
}

export const module: ProcessModule<RefundsContext, RefundCase> = {
  id: 'refunds',
  machine: refundsMachine,
  commands: REFUNDS_COMMANDS,
  stateLabels: REFUNDS_STATE_LABELS,
  panelNames: PANEL_NAMES,
  input(record, env): RefundsInput {
    const claim = record.data
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
        others: [...withTin(env.world.ledger, record.tin)],
      },
    }
  },
  postings: refundPostings,
  blocker: (context, type) =>
    isRefundsCommand(type)
      ? refundsBlocker(context, type)
      : { reason: msg('refunds.blocker.notAStep', { type }) },
  problem: (context, command) =>
    isRefundsCommand(command.type) ? refundsProblem(context, toEvent(command)) : undefined,
  initialPanels(record, env) {
    const sources = sourcesFor(env.world, record.tin)
    return [
      claimPanel(record, env.jurisdiction),
      taxpayerPanel(record, env.world, sources.taxpayer),
      historyPanel(record),
    ]
  },
  reveal(record, command, env, context): Panel[] {
    const j = env.jurisdiction
    const sources = sourcesFor(env.world, record.tin)
    const a = () => assessClaim(record.data, sources, j)
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
  reference(record) {
    const claimed = record.data.claimed
    return {
      'refunds.approvePartial': {
        amount: { text: msg('refunds.reference.claimed', { claimed: money(claimed) }), value: claimed },
      },
    }
  },
  defaults() {
    return {
      'refunds.approvePartial': { reason: '' },
      'refunds.refuse': { reason: msg('refunds.default.refuseReason') },
      'refunds.blockAndRefer': { reason: msg('refunds.default.blockReason') },
    }
  },
  grade(truth, command, history, env, given) {
    const record = given ?? env.world.cases.refunds?.filter(isClaim).find((r) => r.id === truth.caseId)
    if (!record) return { grade: 'wrong', why: msg('refunds.verdict.noClaim') }
    const claim = record.data
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
        return {
          grade: 'wrong',
          why: msg('refunds.verdict.notFinal', { command: commandName(REFUNDS_COMMANDS, command.type) }),
        }
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
      note: msg('refunds.ledger.notAllowed'),
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
        note: msg('refunds.ledger.offsetTo', { taxType: taxTypeOfLabel(line.taxType), period: line.period }),
      },
      {
        ...base,
        id: `${a.caseId}-OFF-${i + 1}-IN`,
        taxType: line.taxType,
        period: line.period,
        kind: 'offset-in',
        amount: -line.amount,
        note: msg('refunds.ledger.offsetFrom', { period: a.period }),
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
      note: msg('refunds.ledger.paid'),
    })
  return out
}
