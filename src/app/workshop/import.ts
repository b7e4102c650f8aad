/**
 * The class's results without a hub: the trainer drops the trainees' results files on the
 * dashboard. Each file is read as untrusted text, verified by replaying its log on this copy of
 * its scenario (the score a file states is never trusted), and replayed once more to note where
 * on the process maps it went wrong. A file that fails any step is rejected with its name and
 * the reason; the others become the class. Loaded on demand: it pulls in the whole engine.
 */
import {
  generateWorld,
  MAX_RESULTS_BYTES,
  readResults,
  Session,
  verifyResults,
  type Report,
  type Scenario,
  type SessionEvent,
} from '../../engine/index'
import { classResults, type ClassSession } from '../../hub/dashboard'
import { newTrack, sendTracked, type StateTrack } from '../../hub/states'

export interface ImportedSession {
  file: string
  name: string
  scenarioId: string
  scenarioTitle: string
  finishedAt?: string
  report: Report
  states: StateTrack
  /** Identifies the session (scenario, seed, mode, log): the same session handed in twice is refused. */
  key: string
}

export type Checked = { ok: true; session: ImportedSession } | { ok: false; file: string; reason: string }

/** The part of a file the page has: its name, its size, and a way to read its text. */
export interface FileLike {
  name: string
  size: number
  text(): Promise<string>
}

export async function checkFile(
  file: FileLike,
  scenarioOf: (id: string) => Scenario | undefined,
): Promise<Checked> {
  const refuse = (reason: string): Checked => ({ ok: false, file: file.name, reason })
  if (file.size > MAX_RESULTS_BYTES) return refuse('this file is too large to be a results file')
  let text: string
  try {
    text = await file.text()
  } catch {
    return refuse('the file could not be read')
  }
  const read = readResults(text.startsWith('\uFEFF') ? text.slice(1) : text)
  if (!read.ok) return refuse(read.reason)
  const { results } = read
  const scenario = scenarioOf(results.scenario.id)
  if (!scenario)
    return refuse(`it is for the scenario "${results.scenario.id}", which this sandbox does not have`)
  let verdict
  try {
    verdict = await verifyResults(results, scenario)
  } catch (error) {
    return refuse(`its log could not be replayed (${error instanceof Error ? error.message : String(error)})`)
  }
  if (verdict.status !== 'verified') return refuse(verdict.reason)
  // The class figures come from this replay of the log, never from what the file states.
  const world = await generateWorld(scenario, { seed: results.seed })
  const session = new Session(scenario, world, results.mode)
  const states = newTrack()
  for (const event of results.log) sendTracked(session, event as SessionEvent, states)
  const report = session.report()
  const name = results.trainee?.trim() || file.name.replace(/\.json$/i, '')
  return {
    ok: true,
    session: {
      file: file.name,
      name,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      ...(results.finishedAt ? { finishedAt: results.finishedAt } : {}),
      report,
      states,
      key: JSON.stringify([
        results.scenario.id,
        results.scenario.digest,
        results.seed,
        results.mode,
        results.log,
      ]),
    },
  }
}

/** The dashboard's class results for the imported sessions of one scenario. */
export function importedClass(sessions: ImportedSession[]) {
  const rows: ClassSession[] = sessions.map((s, i) => ({
    seat: i + 1,
    score: s.report.score,
    max_score: s.report.maxScore,
    percent: s.report.percent,
    passed: s.report.passed,
    finished: s.report.finished,
    decided: s.report.decisions.length,
    report: s.report,
    states: s.states,
  }))
  return classResults(
    rows,
    sessions.map((s) => s.name),
  )
}
