/**
 * Everything an exercise needs beyond the first page: the workspace and results pages and the
 * session's page-side handle. App loads it on demand, so the catalogue and the briefing open
 * without it. The engine itself stays in the worker: what this imports from it is lite.ts.
 */
export { default as Workspace } from './Workspace.svelte'
export { default as Report } from './Report.svelte'
export { PlayerSession } from '../session.svelte'
