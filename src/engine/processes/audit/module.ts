/**
 * Compliance risk and audit through the process contract: risk candidates become case records,
 * the machine runs the procedure, panels show the evidence each step reveals, and grading uses
 * the table in grade.ts.
 */
import { formatMoney } from '../../rules/money'
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
} from './panels'
import {
  AUDIT_TYPES,
  AUDIT_TYPE_LABELS,
  CATEGORY_LABELS,
  NOT_SELECT_LABELS,
  NOT_SELECT_REASONS,
  PENALTY_CATEGORIES,
  RISK_RULES,
  RISK_RULE_INFO,
  assessmentEntries,
  computeFindings,
  type PenaltyCategory,
} from './rules'
import type { AuditCaseData } from './types'
import { legacyRefusal } from '../legacy-refusal'

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }))

/** In the order a TAMIS audit screen offers them: procedure steps first, then decisions. */
export const AUDIT_COMMANDS: readonly CommandSpec[] = [
  { type: 'audit.checkThirdParty', label: 'Check third-party data', final: false },
  { type: 'audit.checkBenchmark', label: 'Compare with the sector benchmark', final: false },
  { type: 'audit.checkHistory', label: 'Review filing and audit history', final: false },
  { type: 'audit.checkSuppliers', label: 'Check the suppliers behind the input VAT', final: false },
  {
    type: 'audit.select',
    label: 'Select for audit and send the audit notice',
    final: false,
    help: 'Desk when documents settle the issue; field when goods, premises or full books must be seen.',
    fields: [
      {
        name: 'auditType',
        label: 'Audit type',
        kind: 'select',
        graded: true,
        options: options(AUDIT_TYPES, AUDIT_TYPE_LABELS),
        required: true,
      },
      {
        name: 'reason',
        label: 'Reason for selection (the main risk)',
        kind: 'select',
        options: RISK_RULES.map((id) => ({ value: id, label: RISK_RULE_INFO[id].label })),
        required: true,
      },
    ],
  },
  { type: 'audit.requestRecords', label: 'Request and examine the records', final: false },
  { type: 'audit.inspectPremises', label: 'Visit the premises (field audit)', final: false },
  {
    type: 'audit.draftFindings',
    label: 'Draft the findings',
    final: false,
    help: 'The adjustment is the understated income or sales, or the input VAT disallowed: only what the evidence supports. Tax, penalty and interest follow from the jurisdiction’s rates.',
    fields: [
      { name: 'adjustment', label: 'Adjustment', kind: 'money', required: true, graded: true },
      {
        name: 'category',
        label: 'Penalty category',
        kind: 'select',
        graded: true,
        options: options(PENALTY_CATEGORIES, CATEGORY_LABELS),
        required: true,
      },
    ],
  },
  { type: 'audit.sendFindings', label: 'Send the preliminary findings', final: false },
  { type: 'audit.reviewReply', label: 'Review the taxpayer’s reply', final: false },
  {
    type: 'audit.notSelect',
    label: 'Do not select (record the reason)',
    final: true,
    fields: [
      {
        name: 'reason',
        label: 'Reason',
        kind: 'select',
        graded: true,
        options: options(NOT_SELECT_REASONS, NOT_SELECT_LABELS),
        required: true,
      },
    ],
  },
  { type: 'audit.closeNoChange', label: 'Close the audit with no change', final: true },
  { type: 'audit.refer', label: 'Raise the assessment and refer to investigation', final: true },
  { type: 'audit.issueAssessment', label: 'Issue the final assessment', final: true },
]

const caseData = (record: CaseRecord) => record.data as AuditCaseData

function input(record: CaseRecord, env: ProcessEnv): AuditInput {
  const d = caseData(record)
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
  record: CaseRecord,
  command: { type: string; [k: string]: FieldValue | undefined },
  env: ProcessEnv,
  context: AuditContext,
): Panel[] {
  const d = caseData(record)
  const j = env.jurisdiction
  switch (command.type) {
    case 'audit.checkThirdParty':
      return [thirdPartyPanel(d, env.world, j)]
    case 'audit.checkBenchmark':
      return [benchmarkPanel(d, j)]
    case 'audit.checkHistory':
      return [historyPanel(d, j)]
    case 'audit.checkSuppliers':
      return [suppliersPanel(d, j)]
    case 'audit.requestRecords':
      return [recordsPanel(d, j)]
    case 'audit.inspectPremises':
      return [premisesPanel(d, j)]
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
      return [assessmentPanel(assessmentEntries(context, f, env.today, j), j, command.type === 'audit.refer')]
    }
    default:
      return []
  }
}

export const auditModule: ProcessModule<AuditContext> = {
  postings: (context) => context.postings,
  id: 'audit',
  machine: auditMachine,
  commands: AUDIT_COMMANDS,
  stateLabels: AUDIT_STATE_LABELS,
  input,
  blocker: (context, type) =>
    legacyRefusal(isAuditCommand(type) ? auditBlocker(context, type) : `"${type}" is not an audit step.`),
  problem: (_context, command) => auditProblem(command),
  initialPanels: (record, env) => [
    riskPanel(caseData(record), env.jurisdiction),
    returnPanel(caseData(record), env.world, env.jurisdiction),
  ],
  reveal,
  /** A hurried officer: desk audit for the top rule, the flagged discrepancy as the adjustment, negligence. */
  defaults(record) {
    const d = caseData(record)
    const top = [...d.hits].sort((a, b) => b.weight - a.weight)[0]
    return { 'audit.select': { reason: top?.rule ?? RISK_RULES[0] } }
  },
  reference(record, env) {
    const d = caseData(record)
    const money = (minor: number) => formatMoney(minor, env.jurisdiction.currency)
    return {
      'audit.select': { auditType: { value: 'desk' } },
      'audit.notSelect': {
        reason: {
          text: `Risk score ${d.score}; selection threshold ${d.threshold}.`,
          value: d.score < d.threshold ? 'below-threshold' : 'over-capacity',
        },
      },
      'audit.draftFindings': {
        adjustment: {
          text: `The risk engine flagged a discrepancy of ${money(d.estimate.base)}: a lead, not a finding.`,
          value: d.estimate.base,
        },
        category: { value: 'negligence' },
      },
    }
  },
  grade(truth, command, history, env) {
    const record = env.world.cases.audit?.find((c) => c.id === truth.caseId)
    if (!record) return { grade: 'wrong', why: 'No case file for this audit.' }
    return gradeAudit(truth, caseData(record), command, history, env.jurisdiction)
  },
}

export const module = auditModule
