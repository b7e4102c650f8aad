import { resultsFile, type Report, type SavedSession } from '../../engine/index'

/** Saves text as a file through the browser's download, without a server. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** A saved session as stored, pretty-printed when it is still JSON. */
export function downloadSession(scenarioId: string, raw: string, what: string): void {
  let text = raw
  try {
    text = JSON.stringify(JSON.parse(raw), null, 2)
  } catch {
    // Damaged text is downloaded exactly as it was stored.
  }
  downloadText(`tamis-session-${scenarioId}-${what}.json`, text + '\n', 'application/json')
}

/**
 * The results file (`tamis-results/2`): the report with the event log it was scored from, so a
 * trainer can replay it with `tamis verify` instead of trusting the stated score.
 */
export function downloadResults(report: Report, saved: SavedSession, trainee: string): void {
  const file = resultsFile(report, saved, { trainee })
  downloadText(
    `tamis-results-${report.scenario.id}-seed${report.seed}.json`,
    JSON.stringify(file, null, 2) + '\n',
    'application/json',
  )
}
