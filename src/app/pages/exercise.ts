/**
 * Everything an exercise needs beyond the first page: the workspace and results pages, the
 * session's page-side handle and the saved-session reader. App loads it on demand, so the catalogue and the
 * briefing open without it.
 */
import '../zod-jitless'
export { default as Workspace } from './Workspace.svelte'
export { default as Report } from './Report.svelte'
export { PlayerSession } from '../session.svelte'
export { checkSaved } from '../worker/session'
