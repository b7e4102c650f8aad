/**
 * The class's results without a hub: the trainer drops the trainees' results files on the
 * dashboard. Each file is read as untrusted text, verified by replaying its log on this copy of
 * its scenario (the score a file states is never trusted), and replayed once more to note where
 * on the process maps it went wrong. A file that fails any step is rejected with its name and
 * the reason; the others become the class. Loaded on demand: it pulls in the whole engine.
 */
import {
  generateWorld,
  isMsg,
  MAX_RESULTS_BYTES,
  msg,
  readResults,
  Session,
  verifyResults,
  type Report,
  type Scenario,
  type SessionEvent,
  type Text,
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

export type Checked = { ok: true; session: ImportedSession } | { ok: false; file: string; reason: Text }

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
  const refuse = (reason: Text): Checked => ({ ok: false, file: file.name, reason })
  if (file.size > MAX_RESULTS_BYTES) return refuse(msg('workshop.import.tooLarge'))
  let text: string
  try {
    text = await file.text()
  } catch {
    return refuse(msg('workshop.import.unreadable'))
  }
  const read = readResults(text.startsWith('\uFEFF') ? text.slice(1) : text)
  if (!read.ok)
    // The shared refusal names the command-line `play`; a web page says what the trainer can do here.
    return refuse(
      isMsg(read.reason) && read.reason.id === 'session.verify.savedSession'
        ? msg('workshop.import.savedSession')
        : read.reason,
    )
  const { results } = read
  const scenario = scenarioOf(results.scenario.id)
  if (!scenario) return refuse(msg('workshop.import.otherScenario', { id: results.scenario.id }))
  let verdict
  try {
    verdict = await verifyResults(results, scenario)
  } catch (error) {
    // A failure that carries its own message (a world the scenario cannot generate) says it; any
    // other is the application's fault, said so in words, with the developer text for support.
    const carried =
      typeof error === 'object' && error !== null ? (error as { text?: unknown }).text : undefined
    console.error(error)
    return refuse(
      msg('workshop.import.notReplayed', {
        error: isMsg(carried) ? carried : msg('workshop.import.appError'),
      }),
    )
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
