/**
 * What this browser remembers, in localStorage under one prefix:
 * - session/<id>: the running session in the engine's saved form (scenario id, digest, seed,
 *   mode, event log), rewritten after every accepted event; the state is a replay of it;
 * - previous/<id>: the last saved session that was replaced (an older version, a damaged or
 *   abandoned one), kept so the trainee can still download it;
 * - results/<id>: the best and the last result, for the catalogue and the suggestion.
 * Storage can be unavailable or full (private windows, quotas): the player still works, it
 * just does not remember. This module never parses with the engine, so the first page stays
 * small; reading a saved session properly is parseSavedLog's job (see worker/session.ts).
 */
import type { Mode, SavedSession } from '../engine/index'

const PREFIX = 'tamis-sandbox/'
const key = {
  session: (id: string) => `${PREFIX}session/${id}`,
  previous: (id: string) => `${PREFIX}previous/${id}`,
  results: (id: string) => `${PREFIX}results/${id}`,
  name: `${PREFIX}certificate-name`,
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

function get(name: string): string | null {
  try {
    return storage()?.getItem(name) ?? null
  } catch {
    return null
  }
}

function set(name: string, value: string): boolean {
  try {
    const store = storage()
    if (!store) return false
    store.setItem(name, value)
    return true
  } catch {
    // Full or blocked storage only costs the resume feature.
    return false
  }
}

function remove(name: string): void {
  try {
    storage()?.removeItem(name)
  } catch {
    // As above.
  }
}

/** The saved session's text as stored, or null when there is none. */
export function readRaw(scenarioId: string): string | null {
  return get(key.session(scenarioId))
}

/** Saves the session; false when the browser refused (storage full or blocked). */
export function writeSaved(saved: SavedSession): boolean {
  return writeRaw(saved.scenarioId, JSON.stringify(saved))
}

/** Saves a session already turned into text (see writeSaved). */
export function writeRaw(scenarioId: string, text: string): boolean {
  return set(key.session(scenarioId), text)
}

/** The storage key of a scenario's saved session, to recognise changes made in another tab. */
export function sessionKey(scenarioId: string): string {
  return key.session(scenarioId)
}

export function clearSaved(scenarioId: string): void {
  remove(key.session(scenarioId))
}

/** Keeps a copy of a saved session that is about to be replaced. */
export function keepPrevious(scenarioId: string, raw: string): void {
  set(key.previous(scenarioId), raw)
}

export function readPrevious(scenarioId: string): string | null {
  return get(key.previous(scenarioId))
}

/** A quick look at a saved session for the catalogue, without validating it. */
export type Peek =
  | { kind: 'none' }
  | { kind: 'damaged' }
  | { kind: 'saved'; events: number; finished: boolean; mode: Mode; digest: string }

export function peekSaved(scenarioId: string): Peek {
  const raw = readRaw(scenarioId)
  if (raw === null) return { kind: 'none' }
  try {
    const data = JSON.parse(raw) as Partial<SavedSession> | null
    if (!data || !Array.isArray(data.log) || data.scenarioId !== scenarioId) return { kind: 'damaged' }
    return {
      kind: 'saved',
      events: data.log.length,
      finished: data.log.some((e) => e?.type === 'session.finish'),
      mode: data.mode === 'assessment' ? 'assessment' : 'practice',
      digest: typeof data.scenarioDigest === 'string' ? data.scenarioDigest : '',
    }
  } catch {
    return { kind: 'damaged' }
  }
}

/** One finished attempt, as the catalogue and the suggestion need it. */
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
}

export interface ScenarioResults {
  attempts: number
  best: ResultSummary
  last: ResultSummary
}

function isSummary(value: unknown): value is ResultSummary {
  const v = value as Partial<ResultSummary> | null
  return (
    !!v &&
    typeof v.percent === 'number' &&
    typeof v.passed === 'boolean' &&
    typeof v.score === 'number' &&
    Array.isArray(v.tadat)
  )
}

export function readResults(scenarioId: string): ScenarioResults | undefined {
  const raw = get(key.results(scenarioId))
  if (!raw) return undefined
  try {
    const data = JSON.parse(raw) as Partial<ScenarioResults> | null
    if (!data || !isSummary(data.best) || !isSummary(data.last)) return undefined
    return { attempts: Number(data.attempts) || 1, best: data.best, last: data.last }
  } catch {
    return undefined
  }
}

/** Records a finished attempt, stamped now; the best is the highest percent (a pass beats a fail). */
export function recordResult(scenarioId: string, result: Omit<ResultSummary, 'on'>): ScenarioResults {
  const summary: ResultSummary = { ...result, on: new Date().toISOString() }
  const before = readResults(scenarioId)
  const better =
    !before ||
    Number(summary.passed) > Number(before.best.passed) ||
    (summary.passed === before.best.passed && summary.percent > before.best.percent)
  const results: ScenarioResults = {
    attempts: (before?.attempts ?? 0) + 1,
    best: better ? summary : before.best,
    last: summary,
  }
  set(key.results(scenarioId), JSON.stringify(results))
  return results
}

/** What the catalogue shows of a scenario: its saved session and its results. */
export interface ScenarioProgress {
  saved: 'none' | 'in-progress' | 'finished' | 'damaged'
  mode?: Mode
  /** The saved session was played on another version of the scenario (digest differs). */
  outdated: boolean
  results?: ScenarioResults
}

export function readProgress(
  scenarios: readonly { id: string; digest: string }[],
): Map<string, ScenarioProgress> {
  return new Map(
    scenarios.map(({ id, digest }) => {
      const peek = peekSaved(id)
      const results = readResults(id)
      const progress: ScenarioProgress = {
        saved:
          peek.kind === 'saved'
            ? peek.finished
              ? 'finished'
              : 'in-progress'
            : peek.kind === 'damaged'
              ? 'damaged'
              : 'none',
        ...(peek.kind === 'saved' ? { mode: peek.mode } : {}),
        outdated: peek.kind === 'saved' && peek.digest !== digest,
        ...(results ? { results } : {}),
      }
      return [id, progress]
    }),
  )
}

export function readName(): string {
  return get(key.name) ?? ''
}

export function writeName(name: string): void {
  if (name.trim()) set(key.name, name)
  else remove(key.name)
}

/** Forgets everything about one scenario: the running session, the kept copy and the results. */
export function resetScenario(scenarioId: string): void {
  remove(key.session(scenarioId))
  remove(key.previous(scenarioId))
  remove(key.results(scenarioId))
}

/** Forgets everything this app stored in this browser. */
export function resetAll(): void {
  const store = storage()
  if (!store) return
  try {
    const mine = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
      (name): name is string => !!name?.startsWith(PREFIX),
    )
    for (const name of mine) store.removeItem(name)
  } catch {
    // As above.
  }
}
