/**
 * How a process adds its cases to the world. Each process has a generator in
 * src/engine/processes/<id>/generate.ts, named by its definition; they run in the order of the
 * process list on one shared population and one shared set of accounts, so the world stays
 * connected (a refund can be offset against a debt that collection pursues).
 */
import type { CaseRecord, CaseTruth } from './case-record'
import type { ProcessWorldConfig } from '../scenario/schema'
import type { WorldContext } from './context'
import type { Population } from './population'
import type { LedgerEntry, TaxReturn, ThirdPartyRecord, Tin } from './types'

/** The shared current accounts, returns and third-party data; generators append to them. */
export interface Accounts {
  ledger: LedgerEntry[]
  returns: TaxReturn[]
  thirdParty: ThirdPartyRecord[]
}

export interface ProcessGenInput {
  ctx: WorldContext
  pop: Population
  accounts: Accounts
  config: NonNullable<ProcessWorldConfig>
  /**
   * Taxpayers another generator has already shaped for its cases. Claim a TIN before
   * changing its history so two processes never tell contradictory stories about one taxpayer.
   */
  claimed: Set<Tin>
  tick: () => void
}

export interface ProcessGenOutput<TData = unknown> {
  cases: CaseRecord<TData>[]
  truth: CaseTruth[]
}

export type ProcessGenerator<TData = unknown> = (input: ProcessGenInput) => ProcessGenOutput<TData>

/**
 * Randomness streams and identifier parties reserved for each process, so a new process or a
 * new field never reshuffles another's part of the world (see context.ts STREAM and PARTY).
 */
export const PROCESS_STREAM = {
  accounts: 19,
  filing: 20,
  payments: 21,
  collection: 22,
  audit: 23,
  refunds: 24,
  objections: 25,
} as const
