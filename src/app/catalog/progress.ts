/**
 * The catalogue's progress, derived from what is stored: the running session of each scenario
 * and its finished attempts. A score comes only from the engine replaying an attempt's log
 * (see AppState); nothing here reads a stored number, so a forged entry cannot pass anyone.
 */
import type { Mode, Report } from '../../engine/index'
import { peek, type StoredAttempt, type StoredIndex } from '../persist'

/** One finished attempt as the engine scored it. */
export interface ResultSummary {
  percent: number
  score: number
  maxScore: number
  passed: boolean
  mode: Mode
  /** When it was finished (wall-clock ISO time). */
  on: string
  digest: string
  tadat: { code: string; score: number; maxScore: number }[]
  /** Steps of its log the engine refused when it replayed it (0 when it replays cleanly). */
  refused: number
}

export interface ScenarioResults {
  attempts: number
  best: ResultSummary
  last: ResultSummary
  /** Attempts whose stored log no longer replays cleanly: their score counts only what still applies. */
  unclean: number
}

/** What the catalogue shows of a scenario: its saved session and its scored attempts. */
export interface ScenarioProgress {
  saved: 'none' | 'in-progress' | 'finished' | 'damaged'
  mode?: Mode
  /** The saved session was played on another version of the scenario (digest differs). */
  outdated: boolean
  /** A replaced session is kept and can be downloaded. */
  previous: boolean
  /** Finished attempts waiting for the engine to score them. */
  scoring: number
  results?: ScenarioResults
}

export function summaryOf(report: Report, on: string, refused = 0): ResultSummary {
  return {
    percent: report.percent,
    score: report.score,
    maxScore: report.maxScore,
    passed: report.passed,
    mode: report.mode,
    on,
    digest: report.scenario.digest,
    tadat: report.tadat.map((t) => ({ code: t.code, score: t.score, maxScore: t.maxScore })),
    refused,
  }
}

/** A score per attempt uid; 'unscorable' when the engine could not replay it. */
export type Scores = ReadonlyMap<string, ResultSummary | 'unscorable'>

/** The scores with one more (a new map, so the catalogue re-reads it). */
export function withScore(scores?: Scores, uid?: string, score?: ResultSummary | 'unscorable'): Scores {
  const next = new Map(scores)
  if (uid !== undefined && score !== undefined) next.set(uid, score)
  return next
}

/** The best is the highest percent, a pass beating a fail; the last is the latest finished. */
export function resultsOf(attempts: readonly StoredAttempt[], scores: Scores): ScenarioResults | undefined {
  const scored = attempts
    .map((a) => scores.get(a.uid))
    .filter((s): s is ResultSummary => !!s && s !== 'unscorable')
    .sort((a, b) => a.on.localeCompare(b.on))
  if (!scored.length) return undefined
  const best = scored.reduce((best, s) =>
    Number(s.passed) > Number(best.passed) || (s.passed === best.passed && s.percent > best.percent)
      ? s
      : best,
  )
  const unclean = scored.filter((s) => s.refused > 0).length
  return { attempts: scored.length, best, last: scored[scored.length - 1]!, unclean }
}

export function progressOf(
  scenarios: readonly { id: string; digest: string }[],
  index: StoredIndex,
  scores: Scores,
): Map<string, ScenarioProgress> {
  return new Map(
    scenarios.map(({ id, digest }) => {
      const saved = peek(id, index.sessions.get(id)?.text)
      const attempts = index.attempts.filter((a) => a.scenarioId === id)
      const results = resultsOf(attempts, scores)
      const progress: ScenarioProgress = {
        saved:
          saved.kind === 'saved'
            ? saved.finished
              ? 'finished'
              : 'in-progress'
            : saved.kind === 'damaged'
              ? 'damaged'
              : 'none',
        ...(saved.kind === 'saved' ? { mode: saved.mode } : {}),
        outdated: saved.kind === 'saved' && saved.digest !== digest,
        previous: index.previous.has(id),
        scoring: attempts.filter((a) => !scores.has(a.uid)).length,
        ...(results ? { results } : {}),
      }
      return [id, progress]
    }),
  )
}
