/**
 * How the workshop pages write their figures, the same on every page and as the rest of the app
 * does, in the page's language ("7 %" in French, "−2 %" with a minus sign).
 */
import { m, page } from '../i18n.svelte'

/** A whole percentage (0–100) as the page's language writes one (the catalogue's `app.percent`). */
export function percentText(n: number | null): string {
  if (n === null) return '–'
  return m('app.percent', { value: Math.round(n * 10) / 10 })
}

export function scoreText(s: { score: number; maxScore: number; percent: number }): string {
  const n = (value: number) => page.translator.number(value)
  return `${n(s.score)} / ${n(s.maxScore)} (${percentText(s.percent)})`
}

/** When a trainee finished, as the page's language writes a date and time ("7 déc. 2026, 10:39"). */
export function finishedText(iso: string): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  return new Intl.DateTimeFormat(page.locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at)
}
