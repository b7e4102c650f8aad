/** How a scenario's progress reads in the catalogue: a symbol and words, never colour alone. */
import type { ScenarioProgress } from './progress'

export interface Status {
  /** pass / fail / acceptable reuse the badge colours; 'none' is plain. */
  tone: 'pass' | 'fail' | 'acceptable' | 'none'
  text: string
}

const MODE = { practice: 'practice', assessment: 'assessment' } as const

export function statusOf(progress: ScenarioProgress | undefined): Status {
  if (!progress) return { tone: 'none', text: '○ Not started' }
  if (progress.saved === 'damaged') return { tone: 'fail', text: '⚠ Saved progress damaged' }
  if (progress.saved === 'in-progress')
    return { tone: 'acceptable', text: `◐ In progress (${MODE[progress.mode ?? 'practice']})` }
  const best = progress.results?.best
  if (best)
    return best.passed
      ? { tone: 'pass', text: '✓ Completed, passed' }
      : { tone: 'fail', text: '✗ Completed, not passed yet' }
  if (progress.saved === 'finished') return { tone: 'pass', text: '✓ Completed' }
  return { tone: 'none', text: '○ Not started' }
}

/** 'Best 85% (34 / 40), passed' or undefined before any finished attempt. */
export function bestScore(progress: ScenarioProgress | undefined): string | undefined {
  const results = progress?.results
  if (!results) return undefined
  const { best, attempts } = results
  return `Best ${best.percent}% (${best.score} / ${best.maxScore} points), ${best.passed ? 'passed' : 'not passed'} · ${attempts} attempt${attempts === 1 ? '' : 's'}`
}
