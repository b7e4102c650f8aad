/**
 * Which file an id lives in: the rule tests/i18n/catalogue.test.ts checks and
 * scripts/i18n-namespaces.ts applies (it moves every id to its file).
 *
 * An id's namespace is its first segment (`session.…` lives in session.ts), except where the
 * first page on a thin link would fetch words it does not show: the player's own `app.…` ids are
 * split by the page that shows them, and the `common.…` terms the catalogue does not show live
 * in `terms`. The namespace of such an id is the one listed below for the longest prefix of the
 * id (`app.report.practice` before `app.report`). A new `app.<group>` is listed here (the test
 * names the ids that are not); a new id of a listed group needs nothing; a new `common.<group>`
 * stays in `common` (the first page) unless listed.
 *
 * - `app`: the first page (the catalogue) and the shell every page shows, loaded before the
 *   catalogue renders (FIRST_PAGE_NAMESPACES);
 * - `briefing`: a scenario's pages before its exercise (the briefing, opening a session);
 * - `exercise`: the workspace; `results`: the report, the CSV, the LMS connection;
 * - `terms`: the domain's terms beyond the catalogue's (case and ledger kinds, grades, tax types…);
 * - `startup`: the text index.html shows before the application starts, written into the page at
 *   build time (src/build/boot-text.ts): the running page never loads it.
 * Every part of the app awaits its namespaces before it renders (src/app/lazy-part.svelte.ts,
 * src/app/pages/exercise.ts), so none ever shows an id while its words are on the way.
 *
 * Not imported by the app: the page needs no table to load a file.
 */
import type { Namespace } from './languages'

export const APP_GROUPS: Readonly<Record<string, Namespace>> = {
  // The first page and the shell.
  'app.shell': 'app',
  'app.catalog': 'app',
  // The file picker (FilePicker.svelte): the catalogue's, so on the first page.
  'app.file': 'app',
  'app.difficulty': 'app',
  'app.status': 'app',
  'app.status.new': 'exercise',
  'app.status.open': 'exercise',
  'app.status.closed': 'exercise',
  'app.storage': 'app',
  'app.notice': 'app',
  'app.engine': 'app',
  'app.percent': 'app',
  'app.report.assessment': 'app',
  'app.report.practice': 'app',
  // A scenario's pages before its exercise.
  'app.briefing': 'briefing',
  'app.opening': 'briefing',
  'app.rules': 'briefing',
  'app.settings': 'briefing',
  'app.crumbs': 'briefing',
  'app.glossary': 'briefing',
  'app.issues': 'briefing',
  'app.report.assessmentTitle': 'briefing',
  'app.workspace.practice': 'briefing',
  // The exercise, and what the shell says about the exercise's session.
  'app.shell.unsaved': 'exercise',
  'app.shell.downloadSession': 'exercise',
  'app.shell.elsewhere': 'exercise',
  'app.shell.reload': 'exercise',
  'app.shell.dismiss': 'exercise',
  'app.shell.resultsAtEnd': 'exercise',
  'app.shell.resultsAtEndText': 'exercise',
  'app.shell.backToCases': 'exercise',
  'app.workspace': 'exercise',
  'app.worklist': 'exercise',
  'app.filters': 'exercise',
  'app.search': 'exercise',
  'app.case': 'exercise',
  'app.taxpayer': 'exercise',
  'app.evidence': 'exercise',
  'app.panel': 'exercise',
  'app.commands': 'exercise',
  'app.form': 'exercise',
  'app.notes': 'exercise',
  'app.hints': 'exercise',
  'app.tries': 'exercise',
  'app.points': 'exercise',
  'app.feedback': 'exercise',
  'app.map': 'exercise',
  'app.clock': 'exercise',
  'app.due': 'exercise',
  'app.priority': 'exercise',
  'app.finish': 'exercise',
  'app.replay': 'exercise',
  'app.saved': 'exercise',
  'app.engine.noAnswer': 'exercise',
  'app.engine.notOpen': 'exercise',
  'app.engine.stopped': 'exercise',
  'app.engine.failed': 'exercise',
  'app.step': 'exercise',
  'app.flash': 'exercise',
  // The results.
  'app.report': 'results',
  'app.outcomes': 'results',
  'app.decision': 'results',
  'app.grade': 'results',
  'app.csv': 'results',
  'app.lms': 'results',
  // index.html, at build time.
  'app.boot': 'startup',
  'app.fromDisk': 'startup',
}

/** The domain's terms the first page does not show: the catalogue shows processes and TADAT indicators. */
export const COMMON_GROUPS: Readonly<Record<string, Namespace>> = {
  'common.cancel': 'terms',
  'common.close': 'terms',
  'common.pair': 'terms',
  'common.list': 'terms',
  'common.kind': 'terms',
  'common.ledgerKind': 'terms',
  'common.ledgerNote': 'terms',
  'common.grade': 'terms',
  'common.segment': 'terms',
  'common.taxType': 'terms',
  'common.taxTypeOf': 'terms',
  'common.taxTypeFor': 'terms',
  'common.taxpayerKind': 'terms',
  'common.taxpayerStatus': 'terms',
  'common.channel': 'terms',
  'common.command': 'terms',
  'common.thirdPartySource': 'terms',
  'common.waiverCause': 'terms',
}

/** The namespace `id` belongs in; undefined for an `app.…` id whose group is not listed above. */
export function namespaceOf(id: string): Namespace | undefined {
  const segments = id.split('.')
  const table = segments[0] === 'app' ? APP_GROUPS : segments[0] === 'common' ? COMMON_GROUPS : undefined
  if (!table) return segments[0] as Namespace
  for (let n = segments.length; n > 1; n--) {
    const listed = table[segments.slice(0, n).join('.')]
    if (listed) return listed
  }
  return segments[0] === 'common' ? 'common' : undefined
}
