/** How a scenario's progress reads in the catalogue: a symbol and words, never colour alone. */
import { m } from '../i18n.svelte'
import type { ScenarioProgress } from './progress'

export interface Status {
  /** pass / fail / acceptable reuse the badge colours; 'none' is plain. */
  tone: 'pass' | 'fail' | 'acceptable' | 'none'
  text: string
}

export function statusOf(progress: ScenarioProgress | undefined): Status {
  if (!progress) return { tone: 'none', text: m('app.status.notStarted') }
  if (progress.saved === 'damaged') return { tone: 'fail', text: m('app.status.damaged') }
  if (progress.saved === 'in-progress')
    return {
      tone: 'acceptable',
      text: m('app.status.inProgress', {
        mode: m(progress.mode === 'assessment' ? 'app.report.assessment' : 'app.report.practice'),
      }),
    }
  const best = progress.results?.best
  if (best)
    return best.passed
      ? { tone: 'pass', text: m('app.status.passed') }
      : { tone: 'fail', text: m('app.status.notPassed') }
  if (progress.saved === 'finished') return { tone: 'pass', text: m('app.status.completed') }
  return { tone: 'none', text: m('app.status.notStarted') }
}

/** 'Best 85% (34 / 40), passed' or undefined before any finished attempt. */
export function bestScore(progress: ScenarioProgress | undefined): string | undefined {
  const results = progress?.results
  if (!results) return undefined
  const { best, attempts } = results
  return m('app.status.best', {
    percent: best.percent,
    score: best.score,
    max: best.maxScore,
    passed: best.passed ? 'yes' : 'no',
    attempts,
  })
}
