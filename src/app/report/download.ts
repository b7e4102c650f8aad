import type { Report, SavedSession } from '../../engine/index'
import { resultsFile } from '../../engine/lite'
import { downloadText } from './save-file'

export { downloadSession, downloadText } from './save-file'

/** Letters and digits of the trainee's name, for a file name a trainer can sort by. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
}

/**
 * The results file (`tamis-results/2`): the report with the event log it was scored from, so a
 * trainer can replay it with `tamis verify` instead of trusting the stated score. It carries the
 * trainee's name and the time it was taken, and its name is unique (name and time), so a class's
 * files can be collected in one folder without overwriting each other.
 */
export function downloadResults(report: Report, saved: SavedSession, trainee: string): void {
  const finishedAt = new Date().toISOString()
  const file = resultsFile(report, saved, { trainee, finishedAt })
  const stamp = finishedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  downloadText(
    `tamis-results-${report.scenario.id}-${slug(trainee) || `seed${report.seed}`}-${stamp}.json`,
    JSON.stringify(file, null, 2) + '\n',
    'application/json',
  )
}
