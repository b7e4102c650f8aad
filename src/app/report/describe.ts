/** A decision and the results in words, for the results page and the CSV. */
import type { DecisionRecord, FieldSpec, FieldValue, Report } from '../../engine/index'
import { humanize, money } from '../format'
import { processLabel } from '../workspace-format'
import { commandSpec } from './commands'
import { toCsv } from './csv'
import { m, page, t } from '../i18n.svelte'

type Currency = Report['currency']

function valueText(value: FieldValue, field: FieldSpec | undefined, currency: Currency): string {
  const option = (v: string) => t(field?.options?.find((o) => o.value === v)?.label ?? v)
  if (Array.isArray(value)) return value.length ? t({ list: value.map(option) }) : m('app.map.none')
  if (typeof value === 'boolean') return value ? m('app.report.yes') : m('app.report.no')
  if (typeof value === 'number')
    return field?.kind === 'money' ? money(value, currency) : page.translator.number(value)
  return option(value)
}

/** 'Approve and issue a TIN (Register for: CIT, VAT; Segment: small)'. */
export function decisionText(decision: DecisionRecord, currency: Currency): string {
  const spec = commandSpec(decision.process, decision.command.type)
  const fields = Object.entries(decision.command).flatMap(([name, value]) => {
    if (name === 'type' || value === undefined || value === '') return []
    const field = spec?.fields?.find((f) => f.name === name)
    return [`${field ? t(field.label) : humanize(name)}: ${valueText(value, field, currency)}`]
  })
  const label = t(decision.decisionLabel) || t(spec?.label) || humanize(decision.command.type)
  return fields.length ? `${label} (${fields.join('; ')})` : label
}

/** 'civil-registry' → 'Civil registry'. */
export function panelName(id: string): string {
  return humanize(id)
}

/** One row per decision, as the trainer's spreadsheet wants it. */
export function reportCsv(report: Report): string {
  const header = [
    'case',
    'process',
    'decision',
    'grade',
    'points',
    'max',
    'expected',
    'within deadline',
    'evidence consulted',
    'decided on',
    'evidence missed',
  ]
  const rows = report.decisions.map((d) => [
    d.caseId,
    processLabel(d.process, 'long'),
    decisionText(d, report.currency),
    d.feedback.grade,
    d.feedback.points,
    d.feedback.maxPoints,
    t(d.expected),
    d.overdueAtStart ? 'inherited' : d.withinDeadline,
    d.feedback.evidenceConsulted.map(panelName).join('; '),
    d.decidedOn,
    d.feedback.evidenceMissed.map(panelName).join('; '),
  ])
  return toCsv(header, rows)
}
