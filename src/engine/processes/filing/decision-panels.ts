/**
 * The panels of the processing steps and decisions: the validation report, the taxpayer's
 * reasonable-cause claim, the math-error notice and the default assessment as served.
 */
import { formatMoney } from '../../rules/money'
import { lateFilingPenalty } from '../../rules/penalties'
import type { Jurisdiction } from '../../scenario/schema'
import { daysBetween } from '../../primitives/calendar'
import type { World } from '../../world/types'
import type { CaseRecord, Panel, PanelSection } from '../contract'
import type { FilingCaseData } from './case-data'
import { filedDate, type FilingContext } from './procedure'
import { VAT_LINE, contestDeadline, lineAmount, recompute } from './rules'
import { withId } from '../../world/lookup'

const money = (minor: number, j: Jurisdiction) => formatMoney(minor, j.currency)

/** Structural checks, the arithmetic recomputed line by line, and the lateness. */
export function validationPanel(
  record: CaseRecord<FilingCaseData>,
  world: World,
  j: Jurisdiction,
  context: FilingContext,
): Panel {
  const d = record.data
  const filed = withId(world.returns, d.returnId)
  const lines = context.arrivedOn && context.response ? context.response.lines : (filed?.lines ?? [])
  const check = recompute(lines, j)
  const filedOn = filedDate(context) ?? context.today
  const late = daysBetween(d.returnDueOn, filedOn)
  const taxDue = lineAmount(lines, 'net')
  const sections: PanelSection[] = [
    {
      kind: 'text',
      title: 'Structural checks',
      tone: check.structural.length ? 'warning' : 'plain',
      text: check.structural.length
        ? check.structural.join(' ')
        : `Passed: TIN and period match the obligation, every line is present, no negative amount.`,
    },
    {
      kind: 'table',
      title: `Arithmetic (VAT at ${j.rates.vat} %)`,
      columns: ['Line', 'Declared', 'Recomputed', 'Difference'],
      numeric: [false, true, true, true],
      rows: check.lines.map((l) => [
        VAT_LINE[l.key],
        l.present ? money(l.declared, j) : 'blank',
        money(l.recomputed, j),
        !l.present ? 'line blank' : l.declared === l.recomputed ? '—' : money(l.declared - l.recomputed, j),
      ]),
    },
  ]
  if (check.difference !== 0 && check.structural.length === 0)
    sections.push({
      kind: 'text',
      tone: 'warning',
      text: `The net VAT declared (${money(taxDue, j)}) is not output VAT minus input VAT (${money(check.taxDue, j)}).`,
    })
  sections.push({
    kind: 'text',
    title: 'Filing date',
    tone: late > 0 ? 'warning' : 'plain',
    text:
      late > 0
        ? `Filed ${late} days after the due date ${d.returnDueOn}. Late-filing penalty under the profile: ${money(lateFilingPenalty(taxDue, d.returnDueOn, filedOn, j), j)}.`
        : `Filed on time (due ${d.returnDueOn}).`,
  })
  return { id: 'validation', title: 'Validation and recomputation', sections }
}

/** The taxpayer's letter and what is attached to it. */
export function claimPanel(record: CaseRecord<FilingCaseData>, j: Jurisdiction): Panel {
  const claim = record.data.claim
  const causes = j.payments.waiverCauses
  if (!claim)
    return {
      id: 'claim',
      title: 'Reasonable-cause claim',
      sections: [{ kind: 'text', text: 'No claim on file.' }],
    }
  return {
    id: 'claim',
    title: 'Reasonable-cause claim',
    sections: [
      { kind: 'text', title: "The taxpayer's letter", text: claim.letter },
      {
        kind: 'text',
        title: 'Attached',
        tone: claim.document ? 'plain' : 'warning',
        text: claim.document ?? 'Nothing: the letter has no supporting document.',
      },
      {
        kind: 'text',
        title: 'Causes the profile accepts, when documented',
        text: causes.length ? causes.join('; ') : 'None listed.',
      },
    ],
  }
}

/** What the math-error notice tells the taxpayer. */
export function mathErrorNoticePanel(
  record: CaseRecord<FilingCaseData>,
  j: Jurisdiction,
  context: FilingContext,
  corrected: number,
): Panel {
  return {
    id: 'math-error-notice',
    title: 'Math-error notice',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Return', value: `VAT ${record.data.period}` },
          { label: 'Net VAT declared', value: money(context.declaredTaxDue, j) },
          { label: 'Net VAT corrected', value: money(corrected, j) },
          { label: 'Notice dated', value: context.today },
          { label: 'May be contested until', value: contestDeadline(context.today, j) },
        ],
      },
    ],
  }
}

const BASIS_LABELS: Record<string, string> = {
  'prior-returns': 'average of prior returns',
  'third-party': 'third-party turnover (e-invoices, imports)',
  'register-turnover': 'turnover in the register',
}

/** The default assessment as served on the taxpayer. */
export function assessmentPanel(
  record: CaseRecord<FilingCaseData>,
  j: Jurisdiction,
  context: FilingContext,
  amount: number,
  basis: string,
): Panel {
  return {
    id: 'default-assessment',
    title: 'Default assessment',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Return', value: `VAT ${record.data.period}` },
          { label: 'Estimated net VAT', value: money(amount, j) },
          { label: 'Basis', value: BASIS_LABELS[basis] ?? basis },
          { label: 'Issued on', value: context.today },
        ],
      },
      { kind: 'text', text: 'If the taxpayer files the return, the return replaces this assessment.' },
    ],
  }
}
