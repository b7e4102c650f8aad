/** A decision and the results in words, for the results page and the CSV. */
import type { DecisionRecord, FieldSpec, FieldValue, Report, Text } from '../../engine/index'
import type { PanelTitles } from '../worker/host'
import { humanize, money, semicolons } from '../format'
import { processLabel } from '../workspace-format'
import { commandSpec, type CommandSpecs } from './commands'
import { toCsv } from '../../i18n/csv'
import { m, page, t } from '../i18n.svelte'

type Currency = Report['currency']

function valueText(value: FieldValue, field: FieldSpec | undefined, currency: Currency): string {
  const option = (v: string) => t(field?.options?.find((o) => o.value === v)?.label ?? v)
  if (Array.isArray(value)) return value.length ? t({ list: value.map(option) }) : m('app.report.noneChosen')
  if (typeof value === 'boolean') return value ? m('app.report.yes') : m('app.report.no')
  if (typeof value === 'number')
    return field?.kind === 'money' ? money(value, currency) : page.translator.number(value)
  return option(value)
}

/**
 * 'Approve and issue a TIN (Register for: CIT, VAT; Segment: Small business)', with the field
 * labels and option names of `commands`, the scenario's own forms (a process whose fields depend
 * on the jurisdiction or the world, as registration's tax types do, has them only there); the
 * library's bare specs stand in before a scoring has brought them.
 */
export function decisionText(
  decision: Pick<DecisionRecord, 'process' | 'command' | 'decisionLabel'>,
  currency: Currency,
  commands: CommandSpecs = {},
): string {
  const spec =
    commands[decision.process]?.find((c) => c.type === decision.command.type) ??
    commandSpec(decision.process, decision.command.type)
  const fields = Object.entries(decision.command).flatMap(([name, value]) => {
    if (name === 'type' || value === undefined || value === '') return []
    const field = spec?.fields?.find((f) => f.name === name)
    return [
      m('common.pair', {
        label: field ? t(field.label) : humanize(name),
        value: valueText(value, field, currency),
      }),
    ]
  })
  const label = t(decision.decisionLabel) || t(spec?.label) || humanize(decision.command.type)
  // Each field is a "label: value" pair, and a value may hold commas ("CIT, VAT"): the pairs are
  // joined by the language's semicolon ("; " in English, " ; " in French).
  return fields.length ? m('app.decision.withFields', { label, fields: semicolons(fields) }) : label
}

/**
 * A panel by the title its case gave it ('Registre de l’état civil'), or by its process's name for
 * it when the case never showed it (CaseView.panelNames); only a case the replay no longer has
 * leaves its panels' ids.
 */
export function panelName(id: string, titles: Readonly<Record<string, Text>> | undefined): string {
  const title = titles?.[id]
  return title === undefined ? id : t(title)
}

const CSV_COLUMNS = [
  'case',
  'process',
  'decision',
  'grade',
  'points',
  'max',
  'expected',
  'withinDeadline',
  'consulted',
  'decidedOn',
  'missed',
] as const

/** One row per decision, as the trainer's spreadsheet wants it, with headers in the page's language. */
export function reportCsv(report: Report, panels: PanelTitles = {}, commands: CommandSpecs = {}): string {
  const header = CSV_COLUMNS.map((column) => m(`app.csv.${column}`))
  const named = (caseId: string) => (id: string) => panelName(id, panels[caseId])
  const rows = report.decisions.map((d) => [
    d.caseId,
    processLabel(d.process, 'long'),
    decisionText(d, report.currency, commands),
    m(`app.csv.grade.${d.feedback.grade}`),
    d.feedback.points,
    d.feedback.maxPoints,
    t(d.expected),
    m(d.overdueAtStart ? 'app.csv.inherited' : d.withinDeadline ? 'app.report.yes' : 'app.report.no'),
    semicolons(d.feedback.evidenceConsulted.map(named(d.caseId))),
    d.decidedOn,
    semicolons(d.feedback.evidenceMissed.map(named(d.caseId))),
  ])
  // Separated the way a spreadsheet in the page's locale reads it (French: semicolons).
  return toCsv(header, rows, page.locale())
}
