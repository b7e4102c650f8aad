/**
 * Connects the sandbox to an LMS when the page was opened for one (docs/lms.md):
 * - a cmi5 launch (`endpoint`, `fetch`, `registration`, `activityId`, `actor` in the address);
 * - an LRS configured by address (`lrs`, `lrs-key`, `lrs-secret`, `learner`), remembered in
 *   this browser and taken out of the address bar; `lrs=off` forgets it.
 * - a SCORM package (its page names the scenario in `<meta name="tamis-scorm">`): scorm.ts.
 * Without any of these, nothing else is loaded.
 */
import { lms } from './hook'
import { readMeta, writeMeta, type LrsConfig } from './lrs'
import type { Text, XapiAgent } from '../../engine/index'
import { msg } from '../../engine/lite'
import { live, page } from '../i18n.svelte'

interface LrsSettings extends LrsConfig {
  actor: XapiAgent
}

const SETTINGS = 'lrs-settings'

/**
 * Shows a problem with the LMS connection at the top of the page, in the page's language, once
 * its words (namespace `results`, not the first page's) are there: never as a message id.
 */
export function notice(message: Text, role: 'alert' | 'status' = 'alert'): void {
  const note = document.createElement('p')
  note.setAttribute('role', role)
  note.className = 'lms-notice'
  void page
    .need(['results'])
    .catch(() => undefined)
    .then(() => {
      live(note, message)
      document.body.prepend(note)
    })
}

export async function boot(): Promise<void> {
  if (document.querySelector('meta[name="tamis-scorm"]')) return scorm()
  const query = new URLSearchParams(location.search)
  if (query.has('endpoint') || query.has('fetch') || query.has('registration')) return cmi5(location.search)
  const settings = await lrsSettings(query)
  if (!settings) return
  const { Reporter } = await import('./reporter')
  const base = `${location.origin}${location.pathname}`
  const reporter = new Reporter({
    lrs: settings,
    actor: settings.actor,
    activityId: (id) => new URL(`scenario/${encodeURIComponent(id)}`, base).href,
  })
  lms.saved = (scenario, saved, runId) => void reporter.saved(scenario, saved, runId)
  void reporter.sender.send()
}

/** The LRS from the address (then remembered) or from what this browser remembers. */
async function lrsSettings(query: URLSearchParams): Promise<LrsSettings | undefined> {
  const endpoint = query.get('lrs')
  if (endpoint === null) return readMeta<LrsSettings>(SETTINGS)
  const settings = settingsFrom(query)
  for (const name of ['lrs', 'lrs-key', 'lrs-secret', 'learner']) query.delete(name)
  const rest = query.toString()
  // Credentials do not stay in the address bar, the history or a bookmark.
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`)
  if ('problem' in settings) {
    if (endpoint !== 'off') notice(settings.problem)
    await writeMeta(SETTINGS, undefined)
    return undefined
  }
  await writeMeta(SETTINGS, settings)
  return settings
}

/** LRS settings from an address's parameters, or why they cannot be used. */
export function settingsFrom(query: URLSearchParams): LrsSettings | { problem: Text } {
  const endpoint = query.get('lrs') ?? ''
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    return { problem: msg('app.lms.badLrs') }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: msg('app.lms.badLrs') }
  const key = query.get('lrs-key') ?? ''
  const secret = query.get('lrs-secret') ?? ''
  const learner = (query.get('learner') ?? '').trim()
  if (!learner) return { problem: msg('app.lms.noLearner') }
  const actor: XapiAgent = learner.includes('@')
    ? { objectType: 'Agent', mbox: `mailto:${learner.replace(/^mailto:/, '')}` }
    : { objectType: 'Agent', account: { homePage: url.origin, name: learner } }
  return { endpoint: url.href, auth: `Basic ${base64(`${key}:${secret}`)}`, actor }
}

async function cmi5(search: string): Promise<void> {
  const { parseLaunch, startCmi5 } = await import('./cmi5')
  const launch = parseLaunch(search)
  if (!launch) return
  if ('error' in launch) return notice(msg('app.lms.launchProblem', { problem: launch.error }))
  // The fetch URL answers once: a reload continues with the session it started.
  const key = `cmi5:${launch.fetch}`
  type Started = Awaited<ReturnType<typeof startCmi5>>
  const started =
    (await readMeta<Started>(key)) ?? (await startCmi5(launch, search, new Date().toISOString()))
  if (!started.ok) return notice(started.message)
  await writeMeta(key, started)
  const session = started.session
  lms.mode = session.mode
  notice(
    session.terms.launchMode === 'Normal'
      ? msg('app.lms.opened', {
          mode: msg(session.mode === 'assessment' ? 'app.report.assessment' : 'app.report.practice'),
        })
      : msg('app.lms.browse'),
    'status',
  )
  const { Reporter } = await import('./reporter')
  const reporter = new Reporter({
    lrs: session.lrs,
    actor: launch.actor,
    activityId: () => launch.activityId,
    cmi5: session,
  })
  lms.saved = (scenario, saved, runId) => void reporter.saved(scenario, saved, runId)
  if (session.scenarioId && !location.hash.replace(/^#\/?/, ''))
    location.hash = `#/scenario/${encodeURIComponent(session.scenarioId)}`
  void reporter.sender.send()
}

/** Base64 of a string's UTF-8 bytes (btoa alone refuses characters beyond Latin-1). */
function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)))
}

async function scorm(): Promise<void> {
  const { connectScorm, findApi, packageSettings } = await import('./scorm')
  const settings = packageSettings(document)
  if (!settings) return notice(msg('app.lms.scormDamaged'))
  const api = findApi(window)
  if (!api) return notice(msg('app.lms.scormNoApi'))
  const problem = await connectScorm(settings, api)
  if (problem) notice(problem)
}
