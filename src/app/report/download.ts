import { resultsFile, type Report, type SavedSession } from '../../engine/index'
import { downloadText } from './save-file'

export { downloadSession, downloadText } from './save-file'

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
