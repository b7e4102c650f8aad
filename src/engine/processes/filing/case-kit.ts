/**
 * What every filing case builder shares: the case setup, the built result, the evidence steps
 * of a best sequence, and the taxpayer's honest monthly history written to the accounts.
 */
import { dueDate } from '../../rules/calendar'
import type { Jurisdiction } from '../../scenario/schema'
import { addDays } from '../../primitives/calendar'
import type { Draw } from '../../world/prng'
import type { IsoDate, Taxpayer } from '../../world/types'
import type { CaseTruth, Command } from '../contract'
import type { FilingCaseData } from './case-data'
import { STEP } from './commands'
import type { WorldConfigSchema } from './config.schema'
import {
  declared,
  mergeAccounts,
  month,
  onTime,
  periodRange,
  periodRecords,
  returnId,
  type CaseAccounts,
  type Filing,
  type Month,
  type TradingProfile,
} from './history'

export interface CaseSetup {
  draw: Draw
  j: Jurisdiction
  settings: ReturnType<typeof WorldConfigSchema.parse>
  taxpayer: Taxpayer
  today: IsoDate
  lastDue: string
  first: string
  caseId: string
  /** The how-many-th stop-filer this is (0-based), to spread the demand responses. */
  stopFilerIndex: number
}

export interface BuiltCase {
  data: FilingCaseData
  accounts: CaseAccounts
  truth: Omit<CaseTruth, 'caseId' | 'process' | 'kind'>
  filedOn: IsoDate | null
  /** The amount the worklist shows: the declared tax, or the last one filed. */
  shownAmount: number
}

export const H: Command = { type: STEP.viewHistory }
export const T: Command = { type: STEP.checkThirdParty }
export const V: Command = { type: STEP.validate }
export const C: Command = { type: STEP.examineClaim }
export const D: Command = { type: STEP.sendDemand }

/** The filing of each history period other than the case's own, all honest. */
export type PeriodPlan = (m: Month, index: number) => Filing

/** Months of trading and the accounts records of every history period. */
export function history(
  s: CaseSetup,
  profile: TradingProfile,
  levelOf: (period: string) => number,
  plan: PeriodPlan,
  options: { unposted?: string; thirdPartyUntil?: string } = {},
): { months: Month[]; accounts: CaseAccounts } {
  const accounts: CaseAccounts = { returns: [], ledger: [], thirdParty: [] }
  const months = periodRange(s.first, s.lastDue).map((p) => month(s.draw, profile, p, levelOf(p), s.j))
  months.forEach((m, i) => {
    const filing = plan(m, i)
    mergeAccounts(
      accounts,
      periodRecords(s.taxpayer, m, filing, s.j, {
        posted: m.period !== options.unposted,
        thirdParty: options.thirdPartyUntil === undefined || m.period <= options.thirdPartyUntil,
      }),
    )
  })
  return { months, accounts }
}

/** An honest on-time return, with the occasional late one for ordinary taxpayers. */
export function honest(s: CaseSetup, m: Month, lateChance = 0): Filing {
  const due = dueDate('VAT', m.period, s.j)
  const late = lateChance > 0 && s.draw.chance(lateChance)
  const filedOn = late ? addDays(due, s.draw.int(3, 20)) : onTime(s.draw, due, s.today)
  return {
    status: 'filed',
    filedOn: filedOn < s.today ? filedOn : addDays(s.today, -1),
    lines: declared(m, 1, s.j),
    channel: s.draw.chance(0.8) ? 'e-filing' : 'paper',
  }
}

export const monthOf = (months: readonly Month[], period: string) =>
  months.find((m) => m.period === period) as Month

export function baseData(
  s: CaseSetup,
  period: string,
  situation: FilingCaseData['situation'],
): FilingCaseData {
  return {
    taxType: 'VAT',
    period,
    returnDueOn: dueDate('VAT', period, s.j),
    returnId: returnId(s.taxpayer.tin, period),
    situation,
    reminderOn: null,
    alsoMissing: [],
    claim: null,
    response: null,
  }
}

/** The oldest missed period: `missedPeriods` back, and old enough for the reminder to have gone. */
