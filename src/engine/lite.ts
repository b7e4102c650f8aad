/**
 * The engine's light entry point, for the first page (catalogue and briefing): values from
 * modules that pull in neither the scenario loader nor the session (zod, yaml, xstate), which
 * index.ts re-exports and which would otherwise all land in the first bundle.
 */
export {
  PROCESS_LABELS,
  PROCESSES,
  TADAT_INDICATORS,
  processLabel,
  tadatLabel,
  gradeLabel,
  segmentLabel,
} from './vocabulary'
export { formatMoney, percentOf, toMinor } from './rules/money'
export { applyPenaltyRule } from './rules/penalties'
export { lateInterest } from './rules/interest'
export { formatIssue } from './scenario/issues'
export { plural } from './primitives/plural'
export { dateParts, MONTHS } from './primitives/calendar'
export { arrivalAvailability } from './session/availability'
export { msg, money, day, list, isMsg, isMoney, isDate, isList } from './primitives/message'
export type { Msg, Text, Value, Arg, Refusal } from './primitives/message'
export {
  formatLocale,
  formatMoneyIn,
  formatDateIn,
  formatNumberIn,
  type CurrencyFormat,
} from './primitives/format'
