/**
 * Grades the final command of an audit case against ground truth. The expected selection,
 * audit type, adjustment, category and outcome are read from the truth's best commands (the
 * generator computed them from the rules); the table below is the teaching position, and
 * every row says why in words a trainee can act on. The worst finding decides the grade.
 */
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { Grade } from '../../vocabulary'
import type { CaseTruth, Command, Verdict } from '../contract'
import { ANOMALIES } from './kinds'
import {
  CATEGORY_LABELS,
  NOT_SELECT_LABELS,
  adjustmentTolerance,
  penaltyPercent,
  type AuditType,
  type PenaltyCategory,
  type RiskRuleId,
} from './rules'
import type { AuditCaseData } from './types'

const SEVERITY: Record<Grade, number> = { correct: 0, acceptable: 1, wrong: 2, harmful: 3 }

interface Finding {
  grade: Grade
  why: string
}

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
      .join(' '),
  }
}

const isAnomaly = (kind: string) => (ANOMALIES as readonly string[]).includes(kind)

function categoryFinding(
  expected: PenaltyCategory,
  given: PenaltyCategory,
  j: Jurisdiction,
): Finding | undefined {
  if (expected === given) return undefined
  const rate = (c: PenaltyCategory) => `${CATEGORY_LABELS[c].toLowerCase()} (${penaltyPercent(c, j)} %)`
  if (expected === 'honest-error')
    return {
      grade: given === 'fraud' ? 'harmful' : 'wrong',
      why: `An isolated slip with a clean record and an understatement below the substantial threshold is an honest error: penalising it as ${rate(given)} punishes a compliant taxpayer.`,
    }
  if (expected === 'negligence')
    return given === 'honest-error'
      ? {
          grade: 'wrong',
          why: `The understatement is substantial and the taxpayer had the information: the penalty is ${rate('negligence')}, not waived.`,
        }
      : {
          grade: 'wrong',
          why: `The fraud rate needs evidence of intent (fabricated documents); none is on file, so ${rate('fraud')} will not survive an objection. The category is ${rate('negligence')}.`,
        }
  return {
    grade: 'wrong',
    why: `Invoices from a trader with no real business are deliberate: the category is ${rate('fraud')}, not ${rate(given)}.`,
  }
}

function adjustmentFinding(
  expected: number,
  given: number,
  j: Jurisdiction,
  kind: string,
): Finding | undefined {
  const money = (m: number) => formatMoney(m, j.currency)
  const diff = given - expected
  if (Math.abs(diff) <= adjustmentTolerance(j)) return undefined
  if (diff < 0) {
    const hint =
      kind === 'suppressed-cash-sales'
        ? ' Card takings are only a floor: the till data at the premises show the full sales, cash included.'
        : ''
    return {
      grade: 'wrong',
      why: `The adjustment of ${money(given)} is ${money(-diff)} short of the ${money(expected)} the evidence supports: revenue is lost.${hint}`,
    }
  }
  const hint =
    kind === 'fake-invoice-buyer'
      ? ' Only the input VAT on the non-filing supplier’s invoices is disallowed; the genuine suppliers’ credits stand.'
      : kind === 'under-reported-income'
        ? ' Income taxed finally at source and sales cancelled by a credit note are not part of the base.'
        : ''
  return {
    grade: 'wrong',
    why: `The adjustment of ${money(given)} goes ${money(diff)} beyond the ${money(expected)} the evidence supports: the excess will fall on objection.${hint}`,
  }
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
  const select = history.find((c) => c.type === 'audit.select')
  const drafts = history.filter((c) => c.type === 'audit.draftFindings')
  const draft = drafts[drafts.length - 1]
  const anomaly = isAnomaly(truth.kind)

  if (command.type === 'audit.notSelect') {
    if (!expect.select) {
      if (command.reason === expect.notSelectReason)
        return {
          grade: 'correct',
          why: `Not selected, and the audit trail records the right reason: ${NOT_SELECT_LABELS[command.reason as 'risk-explained'].toLowerCase()}.`,
        }
      return {
        grade: 'acceptable',
        why: `Right not to audit, but the reason recorded is wrong: it should be "${NOT_SELECT_LABELS[expect.notSelectReason as 'risk-explained']}".`,
      }
    }
    if (anomaly)
      return { grade: 'harmful', why: `A real compliance risk went unaudited: ${truth.flags.join('; ')}.` }
    if (truth.kind === 'honest-error')
      return {
        grade: 'wrong',
        why: 'The return understates the tax; a short desk audit would have corrected it.',
      }
    return {
      grade: 'acceptable',
      why: 'This candidate was within the audit capacity; a slot was left unused.',
    }
  }

  if (!expect.select) {
    const why =
      expect.notSelectReason === 'risk-explained'
        ? 'The file already explained the flagged risk'
        : expect.notSelectReason === 'below-threshold'
          ? `The score ${data.score} is below the threshold of ${data.threshold}`
          : expect.notSelectReason === 'below-materiality'
            ? 'The estimated tax at stake is below the materiality floor'
            : `Higher-ranked candidates fill the capacity of ${data.capacity} audits`
    if (command.type === 'audit.closeNoChange') {
      if (truth.kind === 'explained-outlier')
        return {
          grade: 'wrong',
          why: `Closed with no change, but ${why.toLowerCase()}: auditing it burdened an honest taxpayer and took a slot from a higher risk.`,
        }
      return {
        grade: 'wrong',
        why: `${why}: this audit should not have been opened, and it took a slot from a higher risk.`,
      }
    }
    if (expect.notSelectReason === 'below-materiality')
      return {
        grade: 'wrong',
        why: `${why}: auditing it took a slot from a material case.`,
      }
    return {
      grade: anomaly ? 'wrong' : 'harmful',
      why: anomaly
        ? `${why}: auditing it took a slot from a higher-ranked risk.`
        : `${why}, and nothing in the evidence supports an adjustment: an honest taxpayer was assessed.`,
    }
  }

  // The case should have been audited.
  if (command.type === 'audit.closeNoChange') {
    if (expect.outcome === 'no-change')
      return { grade: 'correct', why: 'Audited and closed with no change: the books support the return.' }
    if (anomaly)
      return { grade: 'harmful', why: `The audit missed what the evidence shows: ${truth.flags.join('; ')}.` }
    return { grade: 'wrong', why: 'The return does not add up: the difference should have been corrected.' }
  }
  if (expect.outcome === 'no-change')
    return {
      grade: 'harmful',
      why: 'Nothing in the books or third-party data supports an adjustment: an honest taxpayer was assessed.',
    }

  const findings: Finding[] = []
  const acceptedTypes: AuditType[] =
    truth.kind === 'fake-invoice-buyer' ? ['desk', 'field'] : [expect.auditType!]
  if (select && !acceptedTypes.includes(select.auditType as AuditType)) {
    findings.push(
      select.auditType === 'desk'
        ? {
            grade: 'wrong',
            why: 'Cash sales cannot be measured from the desk: a field audit (till data, stock count) was needed.',
          }
        : {
            grade: 'acceptable',
            why: 'A field audit was disproportionate: the documents settle this issue from the desk.',
          },
    )
  }
  if (select && !data.hits.some((h) => h.rule === (select.reason as RiskRuleId)))
    findings.push({
      grade: 'acceptable',
      why: 'The reason recorded for selection is not a risk this case shows.',
    })
  if (draft && expect.adjustment !== undefined) {
    const a = adjustmentFinding(expect.adjustment, Number(draft.adjustment), j, truth.kind)
    if (a) findings.push(a)
  }
  if (draft && expect.category) {
    const c = categoryFinding(expect.category, draft.category as PenaltyCategory, j)
    if (c) findings.push(c)
  }
  if (command.type === 'audit.issueAssessment' && expect.outcome === 'refer')
    findings.push({
      grade: 'acceptable',
      why: 'Fraud was settled as a routine audit: with fake invoices the case must also go to investigation.',
    })
  if (command.type === 'audit.refer' && expect.outcome !== 'refer')
    findings.push({
      grade: truth.kind === 'honest-error' ? 'harmful' : 'wrong',
      why: 'Referral to investigation is for evident intent (fake invoices); here it is over-reaction.',
    })
  if (findings.length) return worst(findings)
  return {
    grade: 'correct',
    why:
      expect.outcome === 'refer'
        ? 'Disallowed exactly the credits the evidence supports, fraud category, and referred to investigation.'
        : `Adjusted exactly what the evidence supports, with the ${CATEGORY_LABELS[expect.category!].toLowerCase()} category.`,
  }
}
