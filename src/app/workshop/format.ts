/** How the workshop pages write their figures, the same on every page. */

export function percentText(n: number | null): string {
  return n === null ? '–' : `${n}%`
}

export function scoreText(s: { score: number; maxScore: number; percent: number }): string {
  return `${s.score} / ${s.maxScore} (${s.percent}%)`
}
