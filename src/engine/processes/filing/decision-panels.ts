/**
 * The panels of the processing steps and decisions: the validation report, the taxpayer's
 * reasonable-cause claim, the math-error notice and the default assessment as served.
 */
import { day, list, money, msg } from '../../primitives/message'
import { lateFilingPenalty } from '../../rules/penalties'
import type { Jurisdiction } from '../../scenario/schema'
import { daysBetween } from '../../primitives/calendar'
import type { World } from '../../world/types'
import type { CaseRecord, Panel, PanelSection } from '../contract'
import { dateFact, facts, moneyFact, table } from '../panel'
import { BASIS_STATED, type EstimateBasis } from './commands'
import type { FilingCaseData } from './case-data'
import { filedDate, type FilingContext } from './procedure'
import { VAT_LINE_LABEL, contestDeadline, lineAmount, recompute } from './rules'
import { waiverCauseText } from '../../primitives/waiver-causes'
import { withId } from '../../world/lookup'

const data = (record: CaseRecord<FilingCaseData>) => record.data

/** Structural checks, the arithmetic recomputed line by line, and the lateness. */
export function validationPanel(
  record: CaseRecord<FilingCaseData>,
  world: World,
  j: Jurisdiction,
  context: FilingContext,
): Panel {
  const d = data(record)
  const filed = withId(world.returns, d.returnId)
  const lines = context.arrivedOn && context.response ? context.response.lines : (filed?.lines ?? [])
  const check = recompute(lines, j)
  const filedOn = filedDate(context) ?? context.today
  const late = daysBetween(d.returnDueOn, filedOn)
  const taxDue = lineAmount(lines, 'net')
  const sections: PanelSection[] = [
    {
      kind: 'text',
      title: msg('filing.panel.validation.structural'),
      tone: check.structural.length ? 'warning' : 'plain',
      text: check.structural.length
        ? msg('filing.panel.validation.defects', { defects: list(check.structural) })
        : msg('filing.panel.validation.structuralPassed'),
    },
    table(
      [
        { label: msg('filing.panel.line'), text: (l) => VAT_LINE_LABEL[l.key] },
        {
          label: msg('filing.panel.validation.declared'),
          money: (l) => (l.present ? l.declared : undefined),
        },
        { label: msg('filing.panel.validation.recomputed'), money: (l) => l.recomputed },
        {
          label: msg('filing.panel.validation.difference'),
          text: (l) =>
            !l.present
              ? msg('filing.panel.validation.lineBlank')
              : l.declared === l.recomputed
                ? '—'
                : msg('filing.panel.amountValue', { amount: money(l.declared - l.recomputed) }),
        },
      ],
      check.lines,
      { title: msg('filing.panel.validation.arithmetic', { rate: j.rates.vat }) },
    ),
  ]
  if (check.difference !== 0 && check.structural.length === 0)
    sections.push({
      kind: 'text',
      tone: 'warning',
      text: msg('filing.panel.validation.netWrong', {
        declared: money(taxDue),
        recomputed: money(check.taxDue),
      }),
    })
  sections.push({
    kind: 'text',
    title: msg('filing.panel.validation.filingDate'),
    tone: late > 0 ? 'warning' : 'plain',
    text:
      late > 0
        ? msg('filing.panel.validation.late', {
            days: late,
            due: day(d.returnDueOn),
            penalty: money(lateFilingPenalty(taxDue, d.returnDueOn, filedOn, j)),
          })
        : msg('filing.panel.validation.onTime', { due: day(d.returnDueOn) }),
  })
  return { id: 'validation', title: msg('filing.panel.validation.title'), sections }
}

/** The taxpayer's letter and what is attached to it. */
export function claimPanel(record: CaseRecord<FilingCaseData>, j: Jurisdiction): Panel {
  const claim = data(record).claim
  const causes = j.payments.waiverCauses
  const title = msg('filing.panel.claim.title')
  if (!claim)
    return { id: 'claim', title, sections: [{ kind: 'text', text: msg('filing.panel.claim.none') }] }
  return {
    id: 'claim',
    title,
    sections: [
      { kind: 'text', title: msg('filing.panel.claim.letter'), text: claim.letter },
      {
        kind: 'text',
        title: msg('filing.panel.claim.attached'),
        tone: claim.document ? 'plain' : 'warning',
        text: claim.document ?? msg('filing.panel.claim.noDocument'),
      },
      {
        kind: 'text',
        title: msg('filing.panel.claim.causes'),
        text: causes.length
          ? msg('filing.panel.claim.causeList', { causes: list(causes.map(waiverCauseText), 'lines') })
          : msg('filing.panel.claim.noCauses'),
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
    title: msg('filing.panel.mathError.title'),
    sections: [
      facts([
        {
          label: msg('filing.panel.mathError.return'),
          value: msg('filing.panel.vatPeriod', { period: data(record).period }),
        },
        moneyFact(msg('filing.panel.mathError.declared'), context.declaredTaxDue),
        moneyFact(msg('filing.panel.mathError.corrected'), corrected),
        dateFact(msg('filing.panel.mathError.dated'), context.today),
        dateFact(msg('filing.panel.mathError.contestUntil'), contestDeadline(context.today, j)),
      ]),
    ],
  }
}

/** The default assessment as served on the taxpayer. */
export function assessmentPanel(
  record: CaseRecord<FilingCaseData>,
  context: FilingContext,
  amount: number,
  basis: string,
): Panel {
  return {
    id: 'default-assessment',
    title: msg('filing.panel.assessment.title'),
    sections: [
      facts([
        {
          label: msg('filing.panel.mathError.return'),
          value: msg('filing.panel.vatPeriod', { period: data(record).period }),
        },
        moneyFact(msg('filing.panel.assessment.estimate'), amount),
        { label: msg('filing.panel.assessment.basis'), value: BASIS_STATED[basis as EstimateBasis] ?? basis },
        dateFact(msg('filing.panel.assessment.issuedOn'), context.today),
      ]),
      { kind: 'text', text: msg('filing.panel.assessment.replaced') },
    ],
  }
}
