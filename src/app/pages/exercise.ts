/**
 * Everything an exercise needs beyond the first page: the workspace and results pages and the
 * session's page-side handle. App loads it on demand, so the catalogue and the briefing open
 * without it. The engine itself stays in the worker: what this imports from it is lite.ts.
 */
import { page } from '../i18n.svelte'

// Every message an exercise can show (the session's, each process's) is loaded before the
// exercise renders, so it never shows a message id while a namespace loads.
await page.need()

export { default as Workspace } from './Workspace.svelte'
export { default as Report } from './Report.svelte'
export { PlayerSession } from '../session.svelte'
// What the exercise reads and writes in storage (the first page has only what the catalogue reads).
export * as sessions from '../session-store'
