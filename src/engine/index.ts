/**
 * The one door into the engine for the app, the worker and the CLI. Pure TypeScript: no DOM,
 * no Node, no wall clock, no unseeded randomness. Faker is loaded on demand by generateWorld.
 */
export * from './vocabulary'
export * from './scenario/schema'
export {
  loadJurisdiction,
  loadScenario,
  loadLibrary,
  baseName,
  issueAt,
  isProfile,
  fileProblems,
  formatIssue,
  scenarioJsonSchema,
  jurisdictionJsonSchema,
  type Issue,
  type SourceFile,
  type LoadResult,
} from './scenario/load'
export { scenarioDigest } from './scenario/digest'
export * from './world/types'
export { generateWorld } from './world/generate'
export { WorldShortfall } from './world/shortfall'
export { RegisterIndex, duplicateCandidates, type SearchHit } from './world/search'
export { worldDigest } from './world/digest'
export { sectorLabel, occupationLabel, returnLineLabel, LEDGER_NOTES } from './world'
export * from './rules/money'
export { requiredTaxTypes, segmentFor } from './rules/registration'
export { addDays, daysBetween } from './primitives/calendar'
export { plural } from './primitives/plural'
export * from './session/types'
export { Session, ReplayRefused, type SendResult } from './session/session'
export { previewAdvance, type AdvancePreview } from './session/preview'
export { parseSavedLog, type ParsedLog } from './session/saved'
export { EVENT_NAMES, eventName } from './session/event-shape'
export {
  amountExample,
  minorToInput,
  parseMajor,
  readAmount,
  type AmountReading,
  typed,
  initialValues,
  buildCommand,
  isFormProblem,
  type FormProblem,
  type FormValue,
  type FormValues,
} from './session/form'
export { arrivalAvailability, availability } from './session/availability'
export { POLICIES, playPolicy, seededRandom, type Policy, type Say } from './session/policies'
export { pathTest, type PathTestResult } from './session/path-test'
export * from './processes/contract'
export { PROCESS_DEFINITIONS, PROCESS_LIST, PROCESS_MODULES } from './processes/registry'
export {
  caseCountsOf,
  formatOf,
  isAnomalyKind,
  PROCESS_FORMATS,
  PROCESSES,
  type ProcessId,
} from './processes/formats'
export type { ProcessDefinition } from './processes/definition'
export {
  REGISTRATION_COMMANDS,
  REGISTRATION_STATE_LABELS,
  registrationMachine,
} from './processes/registration/registration.machine'
export { applyPenaltyRule, lateFilingPenalty, latePaymentPenalty, monthsLate } from './rules/penalties'
export { lateInterest } from './rules/interest'
export {
  MAX_RESULTS_BYTES,
  RESULTS_FILE_FORMAT,
  readResults,
  resultsFile,
  verifyResults,
  type ReadResults,
  type ResultsFile,
  type ResultsHeader,
  type Verdict,
} from './session/results'
export {
  CMI5,
  EXTENSIONS as XAPI_EXTENSIONS,
  VERBS as XAPI_VERBS,
  caseActivityId,
  runRegistration,
  xapiStatements,
  type Cmi5Terms,
  type XapiAgent,
  type XapiOptions,
  type XapiStatement,
} from './session/xapi'
export { isUuid, uuidV5 } from './session/uuid'
export { msg, money, day, list, isMsg, isMoney, isDate, isList } from './primitives/message'
export { kindLabel } from './primitives/kind'
export type { Msg, Text, Value, Arg, Refusal } from './primitives/message'
export {
  formatLocale,
  formatMoneyIn,
  formatDateIn,
  formatNumberIn,
  type CurrencyFormat,
} from './primitives/format'
export { table, facts, tinFact, moneyFact, dateFact, type Column, type Fact } from './processes/panel'
export type { ColumnType } from './processes/contract'
