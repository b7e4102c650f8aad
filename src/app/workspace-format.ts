/** Display helpers for the workspace: deadlines, priorities, statuses, money fields. No rules. */
import type { Currency, Value } from '../engine/index'
import { daysFrom, money } from './format'
import { m, page } from './i18n.svelte'
import type { CaseSummary, Panel } from './workspace-types'

export { minorToInput, parseMajor, plural } from '../engine/lite'
export { processLabel } from './catalog/labels'

/** Status with a symbol, so it never depends on colour alone. */
export function statusLabel(status: CaseSummary['status']): string {
  return m(`app.status.${status}`)
}

export function priorityLabel(priority: CaseSummary['priority']): string {
  return m(`app.priority.${priority}`)
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
  if (days < 0) return { days, overdue: true, text: m('app.due.overdue', { days: -days }) }
  if (days === 0) return { days, overdue: false, text: m('app.due.today') }
  return { days, overdue: false, text: m('app.due.left', { days }) }
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
  return minor ? money(minor, currency) : '—'
}

const dayMonths = new Map<string, Intl.DateTimeFormat>()

function dayMonth(iso: string, withYear: boolean): string {
  const locale = page.translator.locale
  const key = `${locale}|${withYear}`
  let df = dayMonths.get(key)
  if (!df) {
    df = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    })
    dayMonths.set(key, df)
  }
  const [y, mo, d] = iso.split('-').map(Number)
  return df.format(new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1)))
}

/** "14 days later: 3 March → 17 March" (the years too when they differ). */
export function clockMoved(from: string, to: string): string {
  const withYear = from.slice(0, 4) !== to.slice(0, 4)
  return m('app.clock.moved', {
    days: daysFrom(from, to),
    from: dayMonth(from, withYear),
    to: dayMonth(to, withYear),
  })
}

/** TINs shown in a case's panels (TIN columns and TIN facts), offered as suggestions in TIN fields. */
export function tinsIn(panels: readonly Panel[], also: readonly string[] = []): string[] {
  const found = new Set(also.filter(Boolean))
  // Every process builds its panels with panel.ts, which types TIN columns and facts.
  const isTin = (type?: string) => type === 'tin'
  const add = (value: Value | undefined) => {
    if (typeof value === 'string' && /\d/.test(value)) found.add(value.trim())
  }
  for (const panel of panels)
    for (const section of panel.sections) {
      if (section.kind === 'facts') {
        for (const row of section.rows) if (isTin(row.type)) add(row.value)
      } else if (section.kind === 'table') {
        const columns = section.columns.flatMap((_, i) => (isTin(section.types?.[i]) ? [i] : []))
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
