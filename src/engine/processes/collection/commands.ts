/** The collection commands in the order a TAMIS screen offers them: evidence, procedure, decisions. */
import type { Jurisdiction } from '../../scenario/schema'
import { msg, type Msg } from '../../primitives/message'
import type { CommandSpec, FieldSpec } from '../contract'
import { SECURITIES, type CollectionCommandType } from './collection.machine'
import { ENFORCEMENT_TOOLS, type EnforcementTool } from './config.schema'
import { APPROVER_LABELS, APPROVERS, WRITE_OFF_CRITERIA, WRITE_OFF_CRITERION_LABELS } from './rules'

export const TOOL_LABELS: Record<EnforcementTool, Msg> = {
  offset: msg('collection.tool.offset'),
  bank: msg('collection.tool.bank'),
  employer: msg('collection.tool.employer'),
  receivables: msg('collection.tool.receivables'),
  seizure: msg('collection.tool.seizure'),
}

const SECURITY_LABELS: Record<(typeof SECURITIES)[number], Msg> = {
  none: msg('collection.security.none'),
  'bank-guarantee': msg('collection.security.bankGuarantee'),
  'charge-on-assets': msg('collection.security.chargeOnAssets'),
}

const approver: FieldSpec = {
  name: 'approver',
  label: msg('collection.field.approver'),
  kind: 'select',
  required: true,
  graded: true,
  options: APPROVERS.map((a) => ({ value: a, label: APPROVER_LABELS[a] })),
}

type Spec = CommandSpec & { type: CollectionCommandType }

export const COLLECTION_COMMANDS: readonly Spec[] = [
  { type: 'collection.reviewAccount', label: msg('collection.cmd.reviewAccount'), final: false },
  { type: 'collection.checkNotices', label: msg('collection.cmd.checkNotices'), final: false },
  { type: 'collection.checkObjections', label: msg('collection.cmd.checkObjections'), final: false },
  { type: 'collection.checkAgreements', label: msg('collection.cmd.checkAgreements'), final: false },
  { type: 'collection.reviewCashFlow', label: msg('collection.cmd.reviewCashFlow'), final: false },
  { type: 'collection.bankInquiry', label: msg('collection.cmd.bankInquiry'), final: false },
  { type: 'collection.checkEmployer', label: msg('collection.cmd.checkEmployer'), final: false },
  { type: 'collection.checkRegistry', label: msg('collection.cmd.checkRegistry'), final: false },
  { type: 'collection.softContact', label: msg('collection.cmd.softContact'), final: false },
  {
    type: 'collection.serveDemand',
    label: msg('collection.cmd.serveDemand'),
    final: false,
    help: msg('collection.cmd.serveDemand.help'),
  },
  { type: 'collection.holdDisputed', label: msg('collection.cmd.holdDisputed'), final: false },
  { type: 'collection.declareDefault', label: msg('collection.cmd.declareDefault'), final: false },
  {
    type: 'collection.refuseAgreement',
    label: msg('collection.cmd.refuseAgreement'),
    final: false,
    fields: [{ name: 'reason', label: msg('collection.field.reason'), kind: 'text', required: true }],
  },
  {
    type: 'collection.proposeWriteOff',
    label: msg('collection.cmd.proposeWriteOff'),
    final: false,
    fields: [
      {
        name: 'criterion',
        label: msg('collection.field.criterion'),
        kind: 'select',
        required: true,
        graded: true,
        options: WRITE_OFF_CRITERIA.map((c) => ({ value: c, label: WRITE_OFF_CRITERION_LABELS[c] })),
      },
      { name: 'note', label: msg('collection.field.note'), kind: 'text' },
    ],
  },
  {
    type: 'collection.rejectWriteOff',
    label: msg('collection.cmd.rejectWriteOff'),
    final: false,
    fields: [approver],
  },
  {
    type: 'collection.enforce',
    label: msg('collection.cmd.enforce'),
    final: true,
    fields: [
      {
        name: 'tool',
        label: msg('collection.field.tool'),
        kind: 'select',
        required: true,
        graded: true,
        options: ENFORCEMENT_TOOLS.map((t) => ({ value: t, label: TOOL_LABELS[t] })),
      },
      { name: 'amount', label: msg('collection.field.amount'), kind: 'money', required: true, graded: true },
    ],
  },
  {
    type: 'collection.protectiveMeasure',
    label: msg('collection.cmd.protectiveMeasure'),
    final: true,
    help: msg('collection.cmd.protectiveMeasure.help'),
  },
  {
    type: 'collection.grantAgreement',
    label: msg('collection.cmd.grantAgreement'),
    final: true,
    fields: [
      { name: 'months', label: msg('collection.field.months'), kind: 'number', required: true, graded: true },
      {
        name: 'security',
        label: msg('collection.field.security'),
        kind: 'select',
        required: true,
        graded: true,
        options: SECURITIES.map((s) => ({ value: s, label: SECURITY_LABELS[s] })),
      },
    ],
  },
  {
    type: 'collection.approveWriteOff',
    label: msg('collection.cmd.approveWriteOff'),
    final: true,
    fields: [approver],
  },
  { type: 'collection.diarise', label: msg('collection.cmd.diarise'), final: true },
]

/** The commands with the jurisdiction's enforcement ladder as the tool options. */
export function collectionCommandsFor(j: Jurisdiction): readonly CommandSpec[] {
  return COLLECTION_COMMANDS.map((c): CommandSpec => {
    if (c.type !== 'collection.enforce') return c
    const options = j.collection.enforcementLadder.map((t) => ({ value: t, label: TOOL_LABELS[t] }))
    return { ...c, fields: c.fields!.map((f) => (f.name === 'tool' ? { ...f, options } : f)) }
  })
}
