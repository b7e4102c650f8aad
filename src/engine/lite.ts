/**
 * The engine's light entry point, for everything the page runs on the main thread (catalogue,
 * briefing, workspace, results, the LMS connection): values from modules that pull in neither
 * the scenario loader nor the session (zod, yaml, xstate, faker), which index.ts re-exports and
 * which would otherwise all land in the page's bundles. The session itself runs in the engine
 * worker (src/app/worker); the page takes only types from index.ts.
 */
export { TADAT_INDICATORS, processLabel, tadatLabel, gradeLabel, segmentLabel } from './vocabulary'
export { percentOf, toMinor } from './rules/money'
export { applyPenaltyRule } from './rules/penalties'
export { lateInterest } from './rules/interest'
export { fileProblems, formatIssue } from './scenario/issues'
export { plural } from './primitives/plural'
export { dateParts, MONTHS } from './primitives/calendar'
export { arrivalAvailability } from './session/availability'
export {
  amountExample,
  buildCommand,
  initialValues,
  isFormProblem,
  minorToInput,
  parseMajor,
  readAmount,
} from './session/form'
export { resultsFile } from './session/results-file'
export { CMI5, runRegistration, VERBS as XAPI_VERBS } from './session/xapi'
export { isUuid, uuidV5 } from './session/uuid'
export { msg, money, day, list, isMsg, isMoney, isDate, isList } from './primitives/message'
export type { Msg, Text, Value, Arg, Refusal } from './primitives/message'
export { kindLabel } from './primitives/kind'
export {
  formatLocale,
  formatMoneyIn,
  formatDateIn,
  formatNumberIn,
  type CurrencyFormat,
} from './primitives/format'
export { sectorLabel } from './world/sectors'
export { waiverCauseText } from './primitives/waiver-causes'
