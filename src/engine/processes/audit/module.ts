/**
 * Compliance risk and audit through the process contract: risk candidates become case records,
 * the machine runs the procedure, panels show the evidence each step reveals, and grading uses
 * the table in grade.ts.
 */
import { money, msg, type Text } from '../../primitives/message'
import type { CaseRecord, CommandSpec, FieldValue, Panel, ProcessEnv, ProcessModule } from '../contract'
import {
  AUDIT_STATE_LABELS,
  auditBlocker,
  auditMachine,
  auditProblem,
  isAuditCommand,
  type AuditContext,
  type AuditInput,
} from './audit.machine'
import { gradeAudit } from './grade'
import {
  assessmentPanel,
  benchmarkPanel,
  findingsPanel,
  historyPanel,
  premisesPanel,
  recordsPanel,
  replyPanel,
  returnPanel,
  riskPanel,
  suppliersPanel,
  thirdPartyPanel,
  PANEL_NAMES,
} from './panels'
import {
  AUDIT_TYPES,
  NOT_SELECT_REASONS,
  PENALTY_CATEGORIES,
  RISK_RULES,
  assessmentEntries,
  computeFindings,
  type PenaltyCategory,
} from './rules'
import type { AuditCaseData } from './types'
import { auditTypeLabel, categoryLabel, notSelectLabel, ruleLabel } from './labels'

const options = <T extends string>(values: readonly T[], label: (value: T) => Text) =>
  values.map((value) => ({ value, label: label(value) }))

const step = (type: string): CommandSpec => ({
  type,
  label: msg(`audit.cmd.${type.slice('audit.'.length)}`),
  final: false,
})

/** In the order a TAMIS audit screen offers them: procedure steps first, then decisions. */
export const AUDIT_COMMANDS: readonly CommandSpec[] = [
  step('audit.checkThirdParty'),
  step('audit.checkBenchmark'),
  step('audit.checkHistory'),
  step('audit.checkSuppliers'),
  {
    ...step('audit.select'),
    help: msg('audit.cmd.select.help'),
    fields: [
      {
        name: 'auditType',
        label: msg('audit.field.auditType'),
        kind: 'select',
        graded: true,
        options: options(AUDIT_TYPES, auditTypeLabel),
        required: true,
      },
      {
        name: 'reason',
        label: msg('audit.field.selectReason'),
        kind: 'select',
        options: options(RISK_RULES, ruleLabel),
        required: true,
      },
    ],
  },
  step('audit.requestRecords'),
  step('audit.inspectPremises'),
  {
    ...step('audit.draftFindings'),
    help: msg('audit.cmd.draftFindings.help'),
    fields: [
      {
        name: 'adjustment',
        label: msg('audit.field.adjustment'),
        kind: 'money',
        required: true,
        graded: true,
      },
      {
        name: 'category',
        label: msg('audit.field.category'),
        kind: 'select',
        graded: true,
        options: options(PENALTY_CATEGORIES, categoryLabel),
        required: true,
      },
    ],
  },
  step('audit.sendFindings'),
  step('audit.reviewReply'),
  {
    ...step('audit.notSelect'),
    final: true,
    fields: [
      {
        name: 'reason',
        label: msg('audit.field.notSelectReason'),
        kind: 'select',
        graded: true,
        options: options(NOT_SELECT_REASONS, notSelectLabel),
        required: true,
      },
    ],
  },
  { ...step('audit.closeNoChange'), final: true },
  { ...step('audit.refer'), final: true },
  { ...step('audit.issueAssessment'), final: true },
]

function input(record: CaseRecord<AuditCaseData>, env: ProcessEnv): AuditInput {
  const d = record.data
  return {
    caseId: record.id,
    tin: d.tin,
    taxType: d.taxType,
    period: d.period,
    basis: d.basis,
    dueOn: d.dueOn,
    inputVat: d.inputVat,
    today: env.today,
    jurisdiction: env.jurisdiction,
  }
}

function reveal(
  record: CaseRecord<AuditCaseData>,
  command: { type: string; [k: string]: FieldValue | undefined },
  env: ProcessEnv,
  context: AuditContext,
): Panel[] {
  const d = record.data
  const j = env.jurisdiction
  switch (command.type) {
    case 'audit.checkThirdParty':
      return [thirdPartyPanel(d, env.world)]
    case 'audit.checkBenchmark':
      return [benchmarkPanel(d)]
    case 'audit.checkHistory':
      return [historyPanel(d)]
    case 'audit.checkSuppliers':
      return [suppliersPanel(d)]
    case 'audit.requestRecords':
      return [recordsPanel(d)]
    case 'audit.inspectPremises':
      return [premisesPanel(d)]
    case 'audit.reviewReply':
      return [
        replyPanel({
          ...d,
          reply: { ...d.reply, date: env.today },
        }),
      ]
    case 'audit.draftFindings': {
      const f = computeFindings(
        context,
        Number(command.adjustment),
        command.category as PenaltyCategory,
        env.today,
        j,
      )
      return [findingsPanel(f, d, j)]
    }
    case 'audit.issueAssessment':
    case 'audit.refer': {
      if (!context.findings) return []
      const { adjustment, category } = context.findings
      const f = computeFindings(context, adjustment, category, env.today, j)
      return [
        assessmentPanel(assessmentEntries(context, f, env.today), context, f, command.type === 'audit.refer'),
      ]
    }
    default:
      return []
  }
}

export const auditModule: ProcessModule<AuditContext, AuditCaseData> = {
  postings: (context) => context.postings,
  id: 'audit',
  machine: auditMachine,
  commands: AUDIT_COMMANDS,
  stateLabels: AUDIT_STATE_LABELS,
  panelNames: PANEL_NAMES,
  input,
  blocker: (context, type) =>
    isAuditCommand(type)
      ? auditBlocker(context, type)
      : { reason: msg('audit.blocker.unknownStep', { type }) },
  problem: (_context, command) => auditProblem(command),
  initialPanels: (record, env) => [riskPanel(record.data), returnPanel(record.data, env.world)],
  reveal,
  /** A hurried officer: desk audit for the top rule, the flagged discrepancy as the adjustment, negligence. */
  defaults(record) {
    const d = record.data
    const top = [...d.hits].sort((a, b) => b.weight - a.weight)[0]
    return { 'audit.select': { reason: top?.rule ?? RISK_RULES[0] } }
  },
  reference(record) {
    const d = record.data
    return {
      'audit.select': { auditType: { value: 'desk' } },
      'audit.notSelect': {
        reason: {
          text: msg('audit.ref.score', { score: d.score, threshold: d.threshold }),
          value: d.score < d.threshold ? 'below-threshold' : 'over-capacity',
        },
      },
      'audit.draftFindings': {
        adjustment: {
          text: msg('audit.ref.flagged', { amount: money(d.estimate.base) }),
          value: d.estimate.base,
        },
        category: { value: 'negligence' },
      },
    }
  },
  grade(truth, command, history, env, record) {
    if (!record) return { grade: 'wrong', why: msg('audit.verdict.noCaseFile') }
    return gradeAudit(truth, record.data, command, history, env.jurisdiction)
  },
}

export const module = auditModule
