/**
 * Objections through the process contract: the machine, the commands a review desk offers,
 * the evidence panels each step reveals, a hurried officer's prefilled values, and grading.
 */
import { balanceOf } from '../../rules/ledger'
import { money, msg } from '../../primitives/message'
import type { CaseRecord, CommandSpec, FieldReference, Panel, ProcessEnv, ProcessModule } from '../contract'
import { disputedTax, itemNumber, OFFICER_IDS, type ObjectionCaseData } from './case-data'
import { groundLabel, officerLabel } from './labels'
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
  PANEL_NAMES,
} from './panels'
import { INADMISSIBLE_GROUNDS, lateByMailingDate } from './rules'
import { withTin } from '../../world/lookup'

const c = (key: string) => msg(`objections.cmd.${key}`)
const f = (key: string) => msg(`objections.field.${key}`)
const step = (type: string): CommandSpec => ({
  type,
  label: c(type.slice('objections.'.length)),
  final: false,
})
const itemOptions = (count: number) =>
  Array.from({ length: count }, (_, k) => ({
    value: `item-${k + 1}`,
    label: msg('objections.item', { n: String(k + 1) }),
  }))

export const OBJECTIONS_COMMANDS: readonly CommandSpec[] = [
  step('objections.checkNotice'),
  step('objections.checkPayments'),
  step('objections.reviewAuditFile'),
  step('objections.examineEvidence'),
  step('objections.grantExtension'),
  step('objections.acceptAdmissible'),
  {
    ...step('objections.holdCollection'),
    fields: [
      {
        name: 'amount',
        graded: true,
        label: f('holdAmount'),
        kind: 'money',
        required: true,
        help: f('holdAmount.help'),
      },
    ],
  },
  {
    ...step('objections.assignReviewer'),
    fields: [
      {
        name: 'officer',
        graded: true,
        label: f('officer'),
        kind: 'select',
        required: true,
        options: OFFICER_IDS.map((id) => ({ value: id, label: id })),
      },
    ],
  },
  {
    ...step('objections.declareInadmissible'),
    final: true,
    fields: [
      {
        name: 'ground',
        graded: true,
        label: f('ground'),
        kind: 'select',
        required: true,
        options: INADMISSIBLE_GROUNDS.map((g) => ({ value: g, label: groundLabel(g) })),
      },
    ],
  },
  {
    ...step('objections.decide'),
    final: true,
    help: c('decide.help'),
    fields: [
      {
        name: 'allowedItems',
        graded: true,
        label: f('allowedItems'),
        kind: 'multiselect',
        options: itemOptions(6),
      },
    ],
  },
]

/**
 * The officer and item options of this world's roster and assessments. The session asks once
 * per step and keeps the answer while the session stands still (Session.#specs).
 */
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
          options: roster.map((o) => ({ value: o.id, label: officerLabel(o) })),
        })),
      }
    if (spec.type === 'objections.decide' && most > 0)
      return { ...spec, fields: spec.fields!.map((f) => ({ ...f, options: itemOptions(most) })) }
    return spec
  })
}

function input(record: CaseRecord<ObjectionCaseData>, env: ProcessEnv): ObjectionsInput {
  const d = record.data
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
    balance: balanceOf(withTin(env.world.ledger, record.tin)),
    jurisdiction: env.jurisdiction,
  }
}

const isCommand = (type: string): type is ObjectionsCommandType =>
  OBJECTIONS_COMMANDS.some((c) => c.type === type)

/** An objections case record, recognised by its notice (the world's case lists are untyped). */
function isObjection(record: CaseRecord): record is CaseRecord<ObjectionCaseData> {
  return typeof record.data === 'object' && record.data !== null && 'noticeId' in record.data
}

export const module: ProcessModule<ObjectionsContext, ObjectionCaseData> = {
  postings: (context) => context.abatements,
  id: 'objections',
  machine: objectionsMachine,
  commands: OBJECTIONS_COMMANDS,
  commandsFor,
  stateLabels: OBJECTIONS_STATE_LABELS,
  panelNames: PANEL_NAMES,
  input,
  blocker: (context, type) =>
    isCommand(type)
      ? objectionsBlocker(context, type)
      : { reason: msg('objections.blocker.unknownStep', { type }) },
  problem: (context, command) => objectionsProblem(context, command),
  // Assigning the auditor to review their own assessment is the unlawful step a trainee may try.
  unlawful: (context, command) =>
    command.type === 'objections.assignReviewer' ? unlawful(context, command) : undefined,
  initialPanels: (record, env) => [
    casePanel(record as CaseRecord<ObjectionCaseData>, env.world),
    letterPanel(record as CaseRecord<ObjectionCaseData>),
    officersPanel(record as CaseRecord<ObjectionCaseData>),
  ],
  reveal(record, command, env): Panel[] {
    const r = record as CaseRecord<ObjectionCaseData>
    switch (command.type) {
      case 'objections.checkNotice':
        return [noticePanel(r, env.jurisdiction)]
      case 'objections.checkPayments':
        return [accountPanel(r, env.world)]
      case 'objections.reviewAuditFile':
        return [auditFilePanel(r)]
      case 'objections.examineEvidence':
        return [evidencePanel(r)]
      default:
        return []
    }
  },
  defaults: () => ({}),
  reference(record, env, context): Record<string, Record<string, FieldReference>> {
    const d = record.data
    const colleague = d.roster.find((o) => o.unit === 'audit' && o.id !== d.auditorId)
    const disputed = d.items.filter((i) => i.disputed)
    return {
      'objections.holdCollection': {
        amount: {
          text: msg('objections.ref.hold', {
            disputed: money(disputedTax(d)),
            balance: money(context.balance),
          }),
          value: context.balance,
        },
      },
      ...(colleague ? { 'objections.assignReviewer': { officer: { value: colleague.id } } } : {}),
      ...(lateByMailingDate(d.mailedOn, record.receivedOn, env.jurisdiction)
        ? { 'objections.declareInadmissible': { ground: { value: 'late' } } }
        : {}),
      'objections.decide': {
        allowedItems: {
          text: msg('objections.ref.items', {
            items: disputed.map((i) => itemNumber(i.id)).join(', '),
            count: disputed.length,
          }),
          value: disputed.map((i) => i.id),
        },
      },
    }
  },
  grade(truth, command, history, env, given) {
    const record = given ?? env.world.cases.objections?.filter(isObjection).find((c) => c.id === truth.caseId)
    if (!record) return { grade: 'wrong', why: msg('objections.verdict.noCaseFile') }
    return gradeObjection(truth, command, history, record.data, env.jurisdiction)
  },
}
