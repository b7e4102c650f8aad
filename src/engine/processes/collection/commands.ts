/** The collection commands in the order a TAMIS screen offers them: evidence, procedure, decisions. */
import type { Jurisdiction } from '../../scenario/schema'
import type { CommandSpec, FieldSpec } from '../contract'
import { SECURITIES, type CollectionCommandType } from './collection.machine'
import { ENFORCEMENT_TOOLS, type EnforcementTool } from './config.schema'
import { APPROVER_LABELS, APPROVERS, WRITE_OFF_CRITERIA, WRITE_OFF_CRITERION_LABELS } from './rules'

export const TOOL_LABELS: Record<EnforcementTool, string> = {
  offset: 'Offset a refund or credit due to the taxpayer',
  bank: 'Garnish the bank accounts',
  employer: 'Order the employer to pay over part of the wages',
  receivables: 'Order trade debtors to pay the administration',
  seizure: 'Seize and sell assets',
}

const SECURITY_LABELS: Record<(typeof SECURITIES)[number], string> = {
  none: 'No security',
  'bank-guarantee': 'Bank guarantee',
  'charge-on-assets': 'Charge on assets',
}

const approver: FieldSpec = {
  name: 'approver',
  label: 'Decided by',
  kind: 'select',
  required: true,
  graded: true,
  options: APPROVERS.map((a) => ({ value: a, label: APPROVER_LABELS[a] })),
}

type Spec = CommandSpec & { type: CollectionCommandType }

export const COLLECTION_COMMANDS: readonly Spec[] = [
  { type: 'collection.reviewAccount', label: 'Review the taxpayer account and ageing', final: false },
  { type: 'collection.checkNotices', label: 'Check the notices served', final: false },
  { type: 'collection.checkObjections', label: 'Check the objection register', final: false },
  { type: 'collection.checkAgreements', label: 'Check agreements and requests', final: false },
  { type: 'collection.reviewCashFlow', label: 'Review the cash-flow statement', final: false },
  { type: 'collection.bankInquiry', label: 'Send a bank inquiry', final: false },
  { type: 'collection.checkEmployer', label: 'Check employer and trade-debtor data', final: false },
  { type: 'collection.checkRegistry', label: 'Check the registries and assets', final: false },
  { type: 'collection.softContact', label: 'Send a reminder (SMS, e-mail or letter)', final: false },
  {
    type: 'collection.serveDemand',
    label: 'Serve the final demand notice',
    final: false,
    help: 'Starts the demand period: the notice counts as received after the statutory days, then the taxpayer has the demand period to pay before enforcement is lawful.',
  },
  { type: 'collection.holdDisputed', label: 'Put the disputed amount on hold', final: false },
  { type: 'collection.declareDefault', label: 'Declare the agreement in force in default', final: false },
  {
    type: 'collection.refuseAgreement',
    label: 'Refuse the instalment request',
    final: false,
    fields: [{ name: 'reason', label: 'Reason (goes in the letter)', kind: 'text', required: true }],
  },
  {
    type: 'collection.proposeWriteOff',
    label: 'Propose a write-off',
    final: false,
    fields: [
      {
        name: 'criterion',
        label: 'Criterion',
        kind: 'select',
        required: true,
        graded: true,
        options: WRITE_OFF_CRITERIA.map((c) => ({ value: c, label: WRITE_OFF_CRITERION_LABELS[c] })),
      },
      { name: 'note', label: 'Documentation (what shows it)', kind: 'text' },
    ],
  },
  {
    type: 'collection.rejectWriteOff',
    label: 'Record: the write-off was sent back',
    final: false,
    fields: [approver],
  },
  {
    type: 'collection.enforce',
    label: 'Issue an enforcement order',
    final: true,
    fields: [
      {
        name: 'tool',
        label: 'Tool',
        kind: 'select',
        required: true,
        graded: true,
        options: ENFORCEMENT_TOOLS.map((t) => ({ value: t, label: TOOL_LABELS[t] })),
      },
      { name: 'amount', label: 'Amount to collect', kind: 'money', required: true, graded: true },
    ],
  },
  {
    type: 'collection.protectiveMeasure',
    label: 'Freeze the accounts now (protective measure)',
    final: true,
    help: 'Only before the demand period ends, when the debtor is moving assets away.',
  },
  {
    type: 'collection.grantAgreement',
    label: 'Grant an instalment agreement',
    final: true,
    fields: [
      { name: 'months', label: 'Monthly instalments', kind: 'number', required: true, graded: true },
      {
        name: 'security',
        label: 'Security required',
        kind: 'select',
        required: true,
        graded: true,
        options: SECURITIES.map((s) => ({ value: s, label: SECURITY_LABELS[s] })),
      },
    ],
  },
  {
    type: 'collection.approveWriteOff',
    label: 'Record the write-off approval',
    final: true,
    fields: [approver],
  },
  { type: 'collection.diarise', label: 'Diarise: no action until a later date', final: true },
]

/** The commands with the jurisdiction's enforcement ladder as the tool options. */
export function collectionCommandsFor(j: Jurisdiction): readonly CommandSpec[] {
  return COLLECTION_COMMANDS.map((c): CommandSpec => {
    if (c.type !== 'collection.enforce') return c
    const options = j.collection.enforcementLadder.map((t) => ({ value: t, label: TOOL_LABELS[t] }))
    return { ...c, fields: c.fields!.map((f) => (f.name === 'tool' ? { ...f, options } : f)) }
  })
}
