/**
 * Grades the final command of an audit case against ground truth. The expected selection,
 * audit type, adjustment, category and outcome are read from the truth's best commands (the
 * generator computed them from the rules); the table below is the teaching position, and
 * every row says why in words a trainee can act on. The worst finding decides the grade.
 */
import { money, msg, type Msg, type Text } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import type { Grade } from '../../vocabulary'
import type { CaseTruth, Command, Verdict } from '../contract'
import { ANOMALIES } from './kinds'
import { categoryInText, notSelectInText, notSelectLabel } from './labels'
import {
  adjustmentTolerance,
  penaltyPercent,
  type AuditType,
  type NotSelectReason,
  type PenaltyCategory,
  type RiskRuleId,
} from './rules'
import type { AuditCaseData } from './types'

const SEVERITY: Record<Grade, number> = { correct: 0, acceptable: 1, wrong: 2, harmful: 3 }

interface Finding {
  grade: Grade
  why: Text
}

const v = (key: string, args?: Parameters<typeof msg>[1]): Msg => msg(`audit.verdict.${key}`, args)
const verdict = (grade: Grade, key: string, args?: Parameters<typeof msg>[1]): Finding => ({
  grade,
  why: v(key, args),
})

/** What the best commands say the case needs. */
export interface Expectation {
  select: boolean
  notSelectReason?: string
  auditType?: AuditType
  adjustment?: number
  category?: PenaltyCategory
  outcome: 'not-selected' | 'no-change' | 'assess' | 'refer'
}

export function expectationOf(truth: CaseTruth): Expectation {
  const find = (type: string) => truth.best.find((c) => c.type === type)
  const select = find('audit.select')
  const notSelect = find('audit.notSelect')
  const findings = find('audit.draftFindings')
  const outcome = notSelect
    ? 'not-selected'
    : find('audit.refer')
      ? 'refer'
      : find('audit.issueAssessment')
        ? 'assess'
        : 'no-change'
  return {
    select: Boolean(select),
    ...(notSelect ? { notSelectReason: String(notSelect.reason) } : {}),
    ...(select ? { auditType: select.auditType as AuditType } : {}),
    ...(findings
      ? { adjustment: Number(findings.adjustment), category: findings.category as PenaltyCategory }
      : {}),
    outcome,
  }
}

const worst = (findings: readonly Finding[]): Verdict => {
  const top = Math.max(...findings.map((f) => SEVERITY[f.grade]))
  const grade = (Object.keys(SEVERITY) as Grade[]).find((g) => SEVERITY[g] === top)!
  return {
    grade,
    why: findings
      .filter((f) => SEVERITY[f.grade] === top)
      .map((f) => f.why)
      .reduce((a, b) => v('then', { first: a, next: b })),
  }
}

/** The red flags in one sentence, separated the way the reader's language separates clauses. */
const flagList = (flags: readonly Text[]): Text =>
  flags.slice(1).reduce<Text>((first, next) => v('flagsThen', { first, next }), flags[0] ?? '')

const isAnomaly = (kind: string) => (ANOMALIES as readonly string[]).includes(kind)

/** "negligence (20 %)": a category with the profile's rate. */
const rate = (c: PenaltyCategory, j: Jurisdiction): Msg =>
  v('rate', { category: categoryInText(c), percent: penaltyPercent(c, j) })

function categoryFinding(
  expected: PenaltyCategory,
  given: PenaltyCategory,
  j: Jurisdiction,
): Finding | undefined {
  if (expected === given) return undefined
  if (expected === 'honest-error')
    return verdict(given === 'fraud' ? 'harmful' : 'wrong', 'category.honestError', { given: rate(given, j) })
  if (expected === 'negligence')
    return given === 'honest-error'
      ? verdict('wrong', 'category.notWaived', { rate: rate('negligence', j) })
      : verdict('wrong', 'category.noIntent', { fraud: rate('fraud', j), rate: rate('negligence', j) })
  return verdict('wrong', 'category.fraud', { rate: rate('fraud', j), given: rate(given, j) })
}

function adjustmentFinding(
  expected: number,
  given: number,
  j: Jurisdiction,
  kind: string,
): Finding | undefined {
  const diff = given - expected
  if (Math.abs(diff) <= adjustmentTolerance(j)) return undefined
  const args = { given: money(given), expected: money(expected), diff: money(Math.abs(diff)) }
  if (diff < 0)
    return verdict('wrong', 'adjustment.short', {
      ...args,
      hint: kind === 'suppressed-cash-sales' ? 'cash' : 'none',
    })
  const hint =
    kind === 'fake-invoice-buyer' ? 'invoices' : kind === 'under-reported-income' ? 'income' : 'none'
  return verdict('wrong', 'adjustment.over', { ...args, hint })
}

/** The trainee chose not to select. */
function gradeNotSelected(truth: CaseTruth, expect: Expectation, reason: string): Verdict {
  if (!expect.select) {
    if (reason === expect.notSelectReason)
      return verdict('correct', 'notSelect.right', { reason: notSelectInText(reason as NotSelectReason) })
    return verdict('acceptable', 'notSelect.wrongReason', {
      reason: notSelectLabel(expect.notSelectReason as NotSelectReason),
    })
  }
  if (isAnomaly(truth.kind))
    return verdict('harmful', 'notSelect.missedRisk', { flags: flagList(truth.flags) })
  if (truth.kind === 'honest-error') return verdict('wrong', 'notSelect.honestError')
  return verdict('acceptable', 'notSelect.slotUnused')
}

/** The trainee audited a candidate the ranking says to leave. */
function gradeUnwarranted(
  truth: CaseTruth,
  data: AuditCaseData,
  expect: Expectation,
  command: Command,
): Verdict {
  const args = { score: data.score, threshold: data.threshold, capacity: data.capacity }
  const reason = expect.notSelectReason ?? 'over-capacity'
  const why = v(`unwarranted.${reason}`, args)
  if (command.type === 'audit.closeNoChange')
    return verdict(
      'wrong',
      truth.kind === 'explained-outlier' ? 'unwarranted.closedExplained' : 'unwarranted.closed',
      {
        why: truth.kind === 'explained-outlier' ? v(`unwarranted.lower.${reason}`, args) : why,
      },
    )
  if (expect.notSelectReason === 'below-materiality')
    return verdict('wrong', 'unwarranted.immaterial', { why })
  return isAnomaly(truth.kind)
    ? verdict('wrong', 'unwarranted.slot', { why })
    : verdict('harmful', 'unwarranted.assessed', { why })
}

/** How the audit was run: type, reason, adjustment, category, referral. */
function auditFindings(
  truth: CaseTruth,
  data: AuditCaseData,
  expect: Expectation,
  command: Command,
  history: readonly Command[],
  j: Jurisdiction,
): Finding[] {
  const select = history.find((c) => c.type === 'audit.select')
  const drafts = history.filter((c) => c.type === 'audit.draftFindings')
  const draft = drafts[drafts.length - 1]
  const findings: Finding[] = []
  const acceptedTypes: AuditType[] =
    truth.kind === 'fake-invoice-buyer' ? ['desk', 'field'] : [expect.auditType!]
  if (select && !acceptedTypes.includes(select.auditType as AuditType))
    findings.push(
      select.auditType === 'desk'
        ? verdict('wrong', 'type.needsField')
        : verdict('acceptable', 'type.fieldTooMuch'),
    )
  if (select && !data.hits.some((h) => h.rule === (select.reason as RiskRuleId)))
    findings.push(verdict('acceptable', 'reasonNotShown'))
  const a =
    draft &&
    expect.adjustment !== undefined &&
    adjustmentFinding(expect.adjustment, Number(draft.adjustment), j, truth.kind)
  if (a) findings.push(a)
  const c = draft && expect.category && categoryFinding(expect.category, draft.category as PenaltyCategory, j)
  if (c) findings.push(c)
  if (command.type === 'audit.issueAssessment' && expect.outcome === 'refer')
    findings.push(verdict('acceptable', 'notReferred'))
  if (command.type === 'audit.refer' && expect.outcome !== 'refer')
    findings.push(verdict(truth.kind === 'honest-error' ? 'harmful' : 'wrong', 'overReferred'))
  return findings
}

/** Grades the final command (`history`: the commands sent before it). */
export function gradeAudit(
  truth: CaseTruth,
  data: AuditCaseData,
  command: Command,
  history: readonly Command[],
  j: Jurisdiction,
): Verdict {
  const expect = expectationOf(truth)
  if (command.type === 'audit.notSelect') return gradeNotSelected(truth, expect, String(command.reason))
  if (!expect.select) return gradeUnwarranted(truth, data, expect, command)
  // The case should have been audited.
  if (command.type === 'audit.closeNoChange') {
    if (expect.outcome === 'no-change') return verdict('correct', 'noChange.right')
    if (isAnomaly(truth.kind)) return verdict('harmful', 'noChange.missed', { flags: flagList(truth.flags) })
    return verdict('wrong', 'noChange.doesNotAddUp')
  }
  if (expect.outcome === 'no-change') return verdict('harmful', 'honestAssessed')
  const findings = auditFindings(truth, data, expect, command, history, j)
  if (findings.length) return worst(findings)
  return expect.outcome === 'refer'
    ? verdict('correct', 'referRight')
    : verdict('correct', 'assessRight', { category: categoryInText(expect.category!) })
}
