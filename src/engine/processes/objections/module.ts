/**
 * Objections through the process contract: the machine, the commands a review desk offers,
 * the evidence panels each step reveals, a hurried officer's prefilled values, and grading.
 */
import { balanceOf } from '../../rules/ledger'
import { formatMoney } from '../../rules/money'
import type { CaseRecord, CommandSpec, FieldReference, Panel, ProcessEnv, ProcessModule } from '../contract'
import { disputedTax, OFFICER_IDS, UNIT_LABELS, type ObjectionCaseData } from './case-data'
import { gradeObjection } from './grade'
import {
  OBJECTIONS_STATE_LABELS,
  objectionsBlocker,
  objectionsMachine,
  objectionsProblem,
  unlawful,
  type ObjectionsCommandType,
  type ObjectionsContext,
  type ObjectionsInput,
} from './objections.machine'
import {
  accountPanel,
  auditFilePanel,
  casePanel,
  evidencePanel,
  letterPanel,
  noticePanel,
  officersPanel,
} from './panels'
import { GROUND_LABELS, INADMISSIBLE_GROUNDS, lateByMailingDate } from './rules'
import { legacyRefusal } from '../legacy-refusal'

const data = (record: CaseRecord) => record.data as ObjectionCaseData

export const OBJECTIONS_COMMANDS: readonly CommandSpec[] = [
  { type: 'objections.checkNotice', label: 'Check the assessment notice', final: false },
  { type: 'objections.checkPayments', label: 'Check the taxpayer account', final: false },
  { type: 'objections.reviewAuditFile', label: 'Review the audit file', final: false },
  { type: 'objections.examineEvidence', label: 'Examine the new evidence', final: false },
  { type: 'objections.grantExtension', label: 'Grant an extension for a late objection', final: false },
  { type: 'objections.acceptAdmissible', label: 'Accept the objection as admissible', final: false },
  {
    type: 'objections.holdCollection',
    label: 'Record a collection hold',
    final: false,
    fields: [
      {
        name: 'amount',
        graded: true,
        label: 'Amount on hold',
        kind: 'money',
        required: true,
        help: 'Collection of this amount is suspended until the objection is decided.',
      },
    ],
  },
  {
    type: 'objections.assignReviewer',
    label: 'Assign the reviewing officer',
    final: false,
    fields: [
      {
        name: 'officer',
        graded: true,
        label: 'Reviewing officer',
        kind: 'select',
        required: true,
        options: OFFICER_IDS.map((id) => ({ value: id, label: id })),
      },
    ],
  },
  {
    type: 'objections.declareInadmissible',
    label: 'Declare inadmissible and notify the taxpayer in writing',
    final: true,
    fields: [
      {
        name: 'ground',
        graded: true,
        label: 'Ground (stated in the notice)',
        kind: 'select',
        required: true,
        options: INADMISSIBLE_GROUNDS.map((g) => ({ value: g, label: GROUND_LABELS[g] })),
      },
    ],
  },
  {
    type: 'objections.decide',
    label: 'Decide item by item and post the reassessment',
    final: true,
    help: 'Allow the disputed items the evidence supports; the others are disallowed. No item allowed disallows the objection.',
    fields: [
      {
        name: 'allowedItems',
        graded: true,
        label: 'Items allowed',
        kind: 'multiselect',
        options: Array.from({ length: 6 }, (_, k) => ({ value: `item-${k + 1}`, label: `Item ${k + 1}` })),
      },
    ],
  },
]

/** The officer and item options of this world's roster and assessments. */
function commandsFor(env: ProcessEnv): readonly CommandSpec[] {
  const cases = (env.world.cases.objections ?? []) as CaseRecord<ObjectionCaseData>[]
  const roster = cases[0]?.data.roster
  const most = Math.max(0, ...cases.map((c) => c.data.items.length))
  return OBJECTIONS_COMMANDS.map((spec): CommandSpec => {
    if (spec.type === 'objections.assignReviewer' && roster)
      return {
        ...spec,
        fields: spec.fields!.map((f) => ({
          ...f,
          options: roster.map((o) => ({ value: o.id, label: `${o.id} ${o.name} (${UNIT_LABELS[o.unit]})` })),
        })),
      }
    if (spec.type === 'objections.decide' && most > 0)
      return {
        ...spec,
        fields: spec.fields!.map((f) => ({
          ...f,
          options: Array.from({ length: most }, (_, k) => ({
            value: `item-${k + 1}`,
            label: `Item ${k + 1}`,
          })),
        })),
      }
    return spec
  })
}

function input(record: CaseRecord, env: ProcessEnv): ObjectionsInput {
  const d = data(record)
  return {
    caseId: record.id,
    tin: record.tin,
    taxType: d.taxType,
    period: d.period,
    mailedOn: d.mailedOn,
    receivedOn: record.receivedOn,
    today: env.today,
    lateReason: d.lateReason !== undefined,
    auditorId: d.auditorId,
    officers: d.roster.map((o) => ({ id: o.id, name: o.name })),
    items: d.items.map((i) => ({ id: i.id, tax: i.tax, disputed: i.disputed })),
    balance: balanceOf(env.world.ledger, { tin: record.tin }),
    jurisdiction: env.jurisdiction,
  }
}

const isCommand = (type: string): type is ObjectionsCommandType =>
  OBJECTIONS_COMMANDS.some((c) => c.type === type)

export const module: ProcessModule<ObjectionsContext> = {
  postings: (context) => context.abatements,
  id: 'objections',
  machine: objectionsMachine,
  commands: OBJECTIONS_COMMANDS,
  commandsFor,
  stateLabels: OBJECTIONS_STATE_LABELS,
  input,
  blocker: (context, type) =>
    legacyRefusal(
      isCommand(type) ? objectionsBlocker(context, type) : `"${type}" is not a step of an objection.`,
    ),
  problem: (context, command) => objectionsProblem(context, command),
  // Assigning the auditor to review their own assessment is the unlawful step a trainee may try.
  unlawful: (context, command) =>
    command.type === 'objections.assignReviewer' ? unlawful(context, command) : undefined,
  initialPanels: (record, env) => [
    casePanel(record as CaseRecord<ObjectionCaseData>, env.world, env.jurisdiction),
    letterPanel(record as CaseRecord<ObjectionCaseData>),
    officersPanel(record as CaseRecord<ObjectionCaseData>),
  ],
  reveal(record, command, env): Panel[] {
    const r = record as CaseRecord<ObjectionCaseData>
    switch (command.type) {
      case 'objections.checkNotice':
        return [noticePanel(r, env.jurisdiction)]
      case 'objections.checkPayments':
        return [accountPanel(r, env.world, env.jurisdiction)]
      case 'objections.reviewAuditFile':
        return [auditFilePanel(r, env.jurisdiction)]
      case 'objections.examineEvidence':
        return [evidencePanel(r)]
      default:
        return []
    }
  },
  defaults: () => ({}),
  reference(record, env, context): Record<string, Record<string, FieldReference>> {
    const d = data(record)
    const money = (minor: number) => formatMoney(minor, env.jurisdiction.currency)
    const colleague = d.roster.find((o) => o.unit === 'audit' && o.id !== d.auditorId)
    const disputed = d.items.filter((i) => i.disputed)
    return {
      'objections.holdCollection': {
        amount: {
          text: `Disputed part on record: ${money(disputedTax(d))} (tax of the items under objection). Balance of the account: ${money(context.balance)}.`,
          value: context.balance,
        },
      },
      ...(colleague ? { 'objections.assignReviewer': { officer: { value: colleague.id } } } : {}),
      ...(lateByMailingDate(d.mailedOn, record.receivedOn, env.jurisdiction)
        ? { 'objections.declareInadmissible': { ground: { value: 'late' } } }
        : {}),
      'objections.decide': {
        allowedItems: {
          text: `Items under objection: ${disputed.map((i) => i.id.replace(/^item-/, '')).join(', ') || 'none'}.`,
          value: disputed.map((i) => i.id),
        },
      },
    }
  },
  grade(truth, command, history, env) {
    const record = env.world.cases.objections?.find((c) => c.id === truth.caseId)
    if (!record) return { grade: 'wrong', why: 'No case file for this objection.' }
    return gradeObjection(truth, command, history, data(record), env.jurisdiction)
  },
}
