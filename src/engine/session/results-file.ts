/**
 * The results file's shape and how it is built from a report and its saved session: no parser,
 * no replay, so the results page can build the download without loading the rest of the engine.
 * Reading and verifying a file is results.ts.
 */
import type { Report, SavedSession, SessionEvent } from './types'

export const RESULTS_FILE_FORMAT = 'tamis-results/2' as const
/** Files made before the log was embedded: readable, but they cannot be checked. */
export const RESULTS_FORMAT_V1 = 'tamis-results/1'

/** Larger files are refused before they are parsed. */
export const MAX_RESULTS_BYTES = 32 * 1024 * 1024
/** More events than any real session holds; a longer log is refused rather than replayed. */
export const MAX_RESULTS_EVENTS = 100_000
export const MAX_TRAINEE_LENGTH = 200

export type ResultsFile = Omit<Report, 'format'> & {
  format: typeof RESULTS_FILE_FORMAT
  /** The trainee's name as typed on the results page (optional; the workshop hub fills it). */
  trainee?: string
  /** When the session was finished, ISO 8601 (optional; the workshop hub fills it). */
  finishedAt?: string
  /** The session's event log: replaying it on the scenario and seed gives the report. */
  log: SessionEvent[]
}

/**
 * Builds the results file from a report and the saved session it was scored from. They must
 * be the same session; anything else is a programming error and throws.
 */
export function resultsFile(
  report: Report,
  saved: SavedSession,
  about: { trainee?: string; finishedAt?: string } = {},
): ResultsFile {
  const same =
    report.scenario.id === saved.scenarioId &&
    report.scenario.digest === saved.scenarioDigest &&
    report.seed === saved.seed &&
    report.mode === saved.mode
  if (!same) throw new Error('The report and the saved session are from different sessions.')
  const trainee = about.trainee?.trim().slice(0, MAX_TRAINEE_LENGTH)
  // The format first, so a reader sees at once which kind of file it is.
  const file = { format: RESULTS_FILE_FORMAT } as ResultsFile
  if (trainee) file.trainee = trainee
  if (about.finishedAt) file.finishedAt = about.finishedAt
  Object.assign(file, report, { format: RESULTS_FILE_FORMAT })
  file.log = JSON.parse(JSON.stringify(saved.log)) as SessionEvent[]
  return file
}
