/** Display helpers for the workspace: deadlines, priorities, statuses, money fields. No rules. */
import {
  formatMoney,
  plural,
  PROCESS_SHORT_LABELS,
  type Currency,
  type ProcessId,
  type Text,
  type Value,
} from '../engine/index'
import { daysFrom } from './format'
import type { CaseSummary, Panel } from './workspace-types'

export { minorToInput, parseMajor, plural } from '../engine/index'

/** Short process names for the worklist's Type column (the engine's vocabulary). */
export const PROCESS_SHORT: Readonly<Record<ProcessId, string>> = PROCESS_SHORT_LABELS

/** Status with a symbol, so it never depends on colour alone. */
export const STATUS_LABEL: Record<CaseSummary['status'], string> = {
  new: '● New',
  open: '◐ Open',
  closed: '✓ Decided',
}

export const PRIORITY_LABEL: Record<CaseSummary['priority'], string> = {
  high: '▲ High',
  normal: '– Normal',
  low: '▽ Low',
}

const PRIORITY_ORDER: Record<CaseSummary['priority'], number> = { high: 0, normal: 1, low: 2 }

export interface DueState {
  days: number
  overdue: boolean
  text: string
}

/** Days left to a due date from the simulated today, in words ("overdue by 3 days"). */
export function due(today: string, dueOn: string): DueState {
  const days = daysFrom(today, dueOn)
  if (days < 0) return { days, overdue: true, text: `Overdue by ${plural(-days, 'day')}` }
  if (days === 0) return { days, overdue: false, text: 'Due today' }
  return { days, overdue: false, text: `${plural(days, 'day')} left` }
}

/** Worklist order: due date, then priority, then case id. */
export function byDue(a: CaseSummary, b: CaseSummary): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1
  const p = PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]
  if (p) return p
  return a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0
}

/** An amount at stake for the worklist; nothing when the case has none. */
export function amount(minor: number, currency: Currency): string {
  return minor ? formatMoney(minor, currency) : '—'
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

/** "14 days later: 3 March → 17 March". */
export function clockMoved(from: string, to: string): string {
  const days = daysFrom(from, to)
  const fmt = (iso: string) =>
    from.slice(0, 4) === to.slice(0, 4)
      ? dayMonth.format(utc(iso))
      : `${dayMonth.format(utc(iso))} ${iso.slice(0, 4)}`
  return `${plural(days, 'day')} later: ${fmt(from)} → ${fmt(to)}`
}

/** TINs shown in a case's panels (TIN columns and TIN facts), offered as suggestions in TIN fields. */
export function tinsIn(panels: readonly Panel[], also: readonly string[] = []): string[] {
  const found = new Set(also.filter(Boolean))
  // TRANSITIONAL: panels not yet built with panel.ts mark no types; their English labels still say "TIN".
  const isTin = (label: Text, type?: string) =>
    type === 'tin' || (typeof label === 'string' && /\bTIN\b/.test(label))
  const add = (value: Value | undefined) => {
    if (typeof value === 'string' && /\d/.test(value)) found.add(value.trim())
  }
  for (const panel of panels)
    for (const section of panel.sections) {
      if (section.kind === 'facts') {
        for (const row of section.rows) if (isTin(row.label, row.type)) add(row.value)
      } else if (section.kind === 'table') {
        const columns = section.columns.flatMap((c, i) => (isTin(c, section.types?.[i]) ? [i] : []))
        for (const row of section.rows) for (const i of columns) add(row[i])
      }
    }
  return [...found]
}

/** One day of a scenario's agenda in the worklist: the cases that arrive on it. */
export interface ArrivalGroup {
  arrivesOn: string
  /** Today's desk, a day already passed, or a day the calendar has not reached yet. */
  when: 'today' | 'earlier' | 'later'
  cases: CaseSummary[]
}

/**
 * The worklist by the day its cases arrive: today's first, then the days already passed, then
 * the days to come, each in worklist order. One group when every case arrived on one day.
 */
export function arrivalGroups(cases: readonly CaseSummary[], today: string): ArrivalGroup[] {
  const days = [...new Set(cases.map((c) => c.arrivesOn))].sort()
  const when = (day: string): ArrivalGroup['when'] =>
    day === today ? 'today' : day < today ? 'earlier' : 'later'
  const rank = { today: 0, earlier: 1, later: 2 }
  return days
    .map((day) => ({
      arrivesOn: day,
      when: when(day),
      cases: cases.filter((c) => c.arrivesOn === day).sort(byDue),
    }))
    .sort((a, b) => rank[a.when] - rank[b.when])
}
