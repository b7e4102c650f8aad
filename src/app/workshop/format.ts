/** How the workshop pages write their figures, the same on every page, in the page's language ("7 %" in French). */
import { page } from '../i18n.svelte'

/** A whole percentage (0–100) as the page's language writes one. */
export function percentText(n: number | null): string {
  if (n === null) return '–'
  return new Intl.NumberFormat(page.translator.locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    n / 100,
  )
}

export function scoreText(s: { score: number; maxScore: number; percent: number }): string {
  return `${s.score} / ${s.maxScore} (${percentText(s.percent)})`
}
