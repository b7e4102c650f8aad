/** The scenario module's public API: load and validate YAML, JSON Schemas, digests. */
export * from './schema'
export { loadJurisdiction, loadScenario, loadLibrary, isProfile, baseName, issueAt } from './load'
export { fileProblems, formatIssue, sortIssues, type Issue, type LoadResult, type SourceFile } from './issues'
export { scenarioJsonSchema, jurisdictionJsonSchema } from './json-schema'
export { scenarioDigest, canonicalJson } from './digest'
export { IMPLEMENTED_PROCESSES, worldCaseCount } from './semantic'
