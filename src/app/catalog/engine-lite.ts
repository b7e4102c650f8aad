/**
 * The engine values the first page (catalogue and briefing) uses, imported from the engine's
 * light entry point (engine/lite.ts) rather than engine/index.ts: the index also re-exports the
 * scenario loader and the session (zod, yaml, xstate), which would otherwise all land in the
 * first bundle.
 * Types still come from the index (type imports cost nothing). `npm run bench` checks the budget.
 */
export {
  percentOf,
  toMinor,
  MONTHS,
  applyPenaltyRule,
  lateInterest,
  formatIssue,
  plural,
  sectorLabel,
  waiverCauseText,
} from '../../engine/lite'
