/**
 * The synthetic world: plain, serialisable data. Generated from scenario + seed by
 * generateWorld(); the same inputs always give byte-identical JSON.
 * Money is in integer minor units of the jurisdiction's currency. Dates are 'YYYY-MM-DD'.
 */
import type { IsoDate } from '../primitives/calendar'
import type { Tin } from '../primitives/identifiers'
import type { LedgerEntry } from '../rules/ledger-entry'
import type { CaseRecord, CaseTruth } from './case-record'
import type { Text, Value } from '../primitives/message'
import type { Segment, TaxType } from '../vocabulary'
import type { ProcessId } from '../processes/formats'

export type { IsoDate, Tin, LedgerEntry }
export { LEDGER_KINDS, type LedgerKind } from '../rules/ledger-entry'

export interface Address {
  line: string
  city: string
  region: string
}

export interface BankAccount {
  bank: string
  number: string
  holder: string
}

/** A natural person as the civil registry knows them. */
export interface Person {
  nationalId: string
  firstName: string
  /** A second given name, when the person has one. */
  middleName?: string
  lastName: string
  birthDate: IsoDate
  sex: 'F' | 'M'
  address: Address
  phone: string
  email: string
  /** 'alive' or 'deceased' on the civil registry. */
  status: 'alive' | 'deceased'
  /** Date of death, for the deceased. */
  diedOn?: IsoDate
  /** Occupation as recorded on the civil registry, e.g. "Student". */
  occupation?: string
}

/** A company as the company registry knows it. */
export interface Company {
  registryNumber: string
  legalName: string
  incorporated: IsoDate
  address: Address
  directors: string[] // national IDs
  status: 'active' | 'struck-off' | 'in-liquidation'
}

export interface TaxpayerRegistration {
  taxType: TaxType
  from: IsoDate
}

/** A record in the TAMIS register. */
export interface Taxpayer {
  tin: Tin
  kind: 'individual' | 'business'
  name: string
  /** For individuals: their national ID. For businesses: the company registry number. */
  idNumber: string
  birthOrIncorporation: IsoDate
  address: Address
  phone: string
  email: string
  bankAccount: BankAccount
  sector: string
  segment: Segment
  /** Annual turnover in minor units (individuals: annual income). */
  turnover: number
  registeredOn: IsoDate
  status: 'active' | 'dormant' | 'deregistered'
  taxTypes: TaxpayerRegistration[]
  /** Outstanding arrears in minor units. */
  arrears: number
  /** Staff on the payroll (PAYE is due when above 0). */
  employees?: number
  /** For businesses: national IDs of directors. */
  directors: string[]
}

export interface ApplicationDocument {
  kind: 'national-id' | 'company-extract' | 'address-proof' | 'bank-letter'
  /** What the document says. Fields mirror the application where they are consistent. */
  fields: Record<string, Value>
  /** Visible remark an officer would notice on inspection, e.g. "issue date after expiry". */
  remark?: Text
}

/** A registration application as the applicant submitted it. */
export interface Application {
  id: string
  receivedOn: IsoDate
  kind: 'individual' | 'business'
  name: string
  idNumber: string
  birthOrIncorporation: IsoDate
  address: Address
  phone: string
  email: string
  bankAccount: BankAccount
  sector: string
  /** Expected annual turnover in minor units as declared. */
  expectedTurnover: number
  employees: number
  /** Tax types the applicant ticked. */
  requestedTaxTypes: TaxType[]
  /** For businesses: national IDs of directors. */
  directors: string[]
  documents: ApplicationDocument[]
  /** The applicant's answer if the officer raises a query. */
  queryResponse: Text
  /** What a premises inspection would find. */
  premisesReport: Text
}

/**
 * The lines a return form can carry. A return stores the line's key; a reader sees it through
 * `returnLineLabel` (world.line.<key>), so nothing matches a line by its English name.
 */
export const RETURN_LINES = [
  'vatSales',
  'vatOutput',
  'vatPurchases',
  'vatInput',
  'vatNet',
  'employeesPaid',
  'grossPay',
  'taxWithheld',
  'withholdingBase',
  'excisableGoods',
  'taxDue',
  'turnover',
  'taxableProfit',
  'grossIncome',
  'employmentIncome',
  'totalIncome',
  'salesDomestic',
  'salesExport',
  'turnoverFromSales',
  'costOfSales',
  'grossProfit',
  'operatingExpenses',
  'taxableSales',
  'purchases',
  'inputVatClaimed',
  'vatPayable',
  'standardRatedSales',
  'zeroRatedSales',
  'inputVat',
  'excessCredit',
  'taxDeclared',
  'netTaxableSupplies',
] as const
export type ReturnLineKey = (typeof RETURN_LINES)[number]

export interface ReturnLine {
  label: ReturnLineKey
  /** Who paid the income on the line (data), for a line per payer such as `employmentIncome`. */
  payer?: string
  /** Minor units. */
  amount: number
}

/** A return expected from the filing calendar, filed or not. */
export interface TaxReturn {
  id: string
  tin: Tin
  taxType: TaxType
  period: string
  dueOn: IsoDate
  /** null while not filed. */
  filedOn: IsoDate | null
  channel: 'e-filing' | 'paper' | null
  lines: ReturnLine[]
  /** Tax due as declared, minor units. */
  taxDue: number
}

export const THIRD_PARTY_SOURCES = [
  'employer',
  'bank',
  'customs',
  'e-invoice',
  'supplier-declaration',
  'card-payments',
  'utility',
] as const
export type ThirdPartySource = (typeof THIRD_PARTY_SOURCES)[number]

/** Data the administration holds from others about a taxpayer's activity. */
export interface ThirdPartyRecord {
  id: string
  source: ThirdPartySource
  tin: Tin
  period: string
  /** Minor units. */
  amount: number
  /** The other party: its name or TIN (data), or a message for a record summing many ("Buyers"). */
  counterparty?: Text
  /** The document the record is about, when records are matched by it (a customs declaration number). */
  ref?: string
  /** What the record says, for a reader: a message, or the source's own words as data. */
  detail: Text
}

export interface World {
  scenarioId: string
  seed: number
  referenceDate: IsoDate
  locale: string
  currency: { code: string; minorUnits: number; symbol: string }
  /** The civil registry, keyed by national ID. */
  people: Record<string, Person>
  /** The company registry, keyed by registry number. */
  companies: Record<string, Company>
  /** The TAMIS register. */
  taxpayers: Taxpayer[]
  /** The taxpayer current account of everyone in the register, one list for all processes. */
  ledger: LedgerEntry[]
  returns: TaxReturn[]
  thirdParty: ThirdPartyRecord[]
  /** Every process's cases (registration's are applications), by process. */
  cases: Partial<Record<ProcessId, CaseRecord[]>>
  truth: { cases: CaseTruth[] }
}
