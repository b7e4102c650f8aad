/**
 * Keeps the trainee's session in localStorage so a reload resumes where they were. Only the
 * saved form (scenario id, digest, seed and event log) is stored; the state is a replay.
 * Storage can be unavailable or full (private windows, quotas): then the player still works,
 * it just does not resume.
 */
import { parseSavedLog, SESSION_FORMAT, type SavedSession } from '../engine/index'

const PREFIX = 'tamis-sandbox/session/'

export type Stored = { kind: 'none' } | { kind: 'saved'; saved: SavedSession } | { kind: 'unreadable' }

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

export function readSaved(scenarioId: string): Stored {
  const raw = storage()?.getItem(PREFIX + scenarioId)
  if (!raw) return { kind: 'none' }
  const parsed = parseSavedLog(raw)
  if (!parsed.ok || parsed.seed === undefined || parsed.scenarioId !== scenarioId)
    return { kind: 'unreadable' }
  return {
    kind: 'saved',
    saved: {
      format: SESSION_FORMAT,
      scenarioId,
      scenarioDigest: parsed.scenarioDigest ?? '',
      seed: parsed.seed,
      mode: parsed.mode ?? 'practice',
      log: parsed.log,
    },
  }
}

export function writeSaved(saved: SavedSession): void {
  try {
    storage()?.setItem(PREFIX + saved.scenarioId, JSON.stringify(saved))
  } catch {
    // Full or blocked storage only costs the resume feature.
  }
}

export function clearSaved(scenarioId: string): void {
  try {
    storage()?.removeItem(PREFIX + scenarioId)
  } catch {
    // As above.
  }
}
