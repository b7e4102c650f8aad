/**
 * The first half of opening an exercise: read a saved session with the engine's own parser, to
 * offer the trainee a choice before it is replayed. Runs in the engine worker, so the parser
 * (zod) never loads on the page.
 */
import {
  parseSavedLog,
  scenarioDigest,
  SESSION_FORMAT,
  type SavedSession,
  type Scenario,
  type Text,
} from '../../engine/index'

export type SavedCheck =
  { kind: 'damaged'; message: Text } | { kind: 'saved'; saved: SavedSession; outdated: boolean }

/** Reads stored text as a saved session of this scenario; `outdated` when the scenario changed since. */
export function checkSaved(raw: string, scenario: Scenario): SavedCheck {
  const parsed = parseSavedLog(raw)
  // Shown on the page to a trainee: plain words, no field names or parser messages.
  if (!parsed.ok) return { kind: 'damaged', message: parsed.plain }
  if (parsed.seed === undefined || parsed.scenarioId === undefined)
    return { kind: 'damaged', message: 'It holds steps but not which scenario and cases they belong to.' }
  if (parsed.scenarioId !== scenario.id)
    return { kind: 'damaged', message: 'It belongs to another scenario.' }
  const saved: SavedSession = {
    format: SESSION_FORMAT,
    scenarioId: parsed.scenarioId,
    scenarioDigest: parsed.scenarioDigest ?? '',
    seed: parsed.seed,
    mode: parsed.mode ?? 'practice',
    log: parsed.log,
  }
  return { kind: 'saved', saved, outdated: saved.scenarioDigest !== scenarioDigest(scenario) }
}
