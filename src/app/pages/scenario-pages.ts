/**
 * The pages of one scenario before its exercise: the briefing and the page that opens or
 * resumes a session. App loads them when a scenario is opened (or in the background once the
 * catalogue shows), so the catalogue's first page carries neither them nor the rules-in-words
 * they print.
 */
export { default as Briefing } from './Briefing.svelte'
export { default as Opening } from './Opening.svelte'
