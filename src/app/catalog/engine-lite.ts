/**
 * The engine values the first page (catalogue and briefing) uses, imported from their own
 * modules rather than through engine/index.ts: the index also re-exports the scenario loader
 * and the session (zod, yaml, xstate), which would otherwise all land in the first bundle.
 * Types still come from the index (type imports cost nothing). `npm run bench` checks the budget.
 */
export { PROCESS_LABELS, PROCESSES, TADAT_INDICATORS } from '../../engine/vocabulary'
export { formatMoney, percentOf, toMinor } from '../../engine/rules/money'
export { applyPenaltyRule } from '../../engine/rules/penalties'
export { lateInterest } from '../../engine/rules/interest'
export { formatIssue } from '../../engine/scenario/issues'
