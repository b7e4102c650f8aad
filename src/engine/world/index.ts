/**
 * The synthetic world: generation (faker loaded on demand), register search, digest and
 * identifier checks.
 */
export * from './types'
export { generateWorld, type GenerateOptions } from './generate'
export {
  RegisterIndex,
  duplicateCandidates,
  MATCH_FIELDS,
  NAME_MATCH,
  type MatchField,
  type SearchHit,
  type SearchQuery,
} from './search'
export { worldDigest, fnv1a64 } from './digest'
export { isValidTin, issuedTin } from './ids'
export {
  nameSimilarity,
  nameTokens,
  phoneticKey,
  jaroWinkler,
  fold,
  normaliseId,
  normalisePhone,
} from './names'
export { sectorLabel, occupationLabel, type SectorName } from './sectors'
export { returnLineLabel } from './account-figures'
export { LEDGER_NOTES } from './account-history'
