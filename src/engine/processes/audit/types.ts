/**
 * What an audit candidate's case file holds: the return, the risk engine's score with the rules
 * that fired, and the evidence each step reveals (third-party data, benchmark, history,
 * suppliers, records, premises, the taxpayer's reply). Plain data in the world; panels.ts
 * makes it display-ready and never shows ground truth.
 */
import type { Text } from '../../primitives/message'
import type { Segment, TaxType } from '../../vocabulary'
import type { IsoDate, Tin } from '../../world/types'
import type { AdjustmentBasis, RiskRuleId } from './rules'

export interface RiskHit {
  rule: RiskRuleId
  weight: number
  /** What the rule saw, in the officer's words. */
  detail: Text
}

export interface Benchmark {
  sector: string
  /** Gross margin in percent: the taxpayer's and the sector's quartiles. */
  margin: number
  lowerQuartile: number
  median: number
  upperQuartile: number
  turnover: number
  priorTurnover: number
}

export interface FilingRow {
  period: string
  dueOn: IsoDate
  filedOn: IsoDate | null
  taxDue: number
}

export interface PriorAudit {
  period: string
  closedOn: IsoDate
  type: 'desk' | 'field'
  result: Text
  /** Additional tax raised, minor units (0: no change). */
  tax: number
}

export interface Letter {
  date: IsoDate
  /** A taxpayer's name (data) or the tax office (a message). */
  from: Text
  subject: Text
  text: Text
}

export interface SupplierRow {
  tin: Tin
  name: string
  registeredOn: IsoDate
  /** Input VAT this buyer claims on the supplier's invoices in the period, minor units. */
  inputVatClaimed: number
  invoices: number
  /** Output VAT the supplier declared for the period (all its buyers), minor units; null: no return. */
  declaredOutputVat: number | null
  /** Output VAT on all the invoices the supplier issued in the period (e-invoice data), minor units. */
  invoicedOutputVat: number
  buyers: number
  status: Text
  /** What the audit file says about the supplier; '' when nothing. */
  remark: Text
}

/** A document on file: rows whose numbers are money, and a note. */
export interface Document {
  title: Text
  rows: { label: Text; value: number | Text }[]
  note?: Text
}

export interface AuditCaseData {
  tin: Tin
  name: string
  taxpayerKind: 'individual' | 'business'
  sector: string
  segment: Segment
  taxType: TaxType
  period: string
  returnId: string
  /** The return's original due date (interest on an adjustment runs from it). */
  dueOn: IsoDate
  basis: AdjustmentBasis
  hits: RiskHit[]
  score: number
  threshold: number
  capacity: number
  /** The profile's materiality floor (minor units), present only when the profile sets one. */
  materiality?: number
  /** The worklist by risk score as the risk engine ranks it (everyone sees this table). */
  ranking: { caseId: string; name: string; score: number; estimate: number }[]
  /** The discrepancy the risk engine flagged (base) and the tax it estimates at stake. */
  estimate: { base: number; tax: number; note: Text }
  /** Input VAT claimed on the return (0 for income-tax returns): suppliers can be checked. */
  inputVat: number
  /** Third-party records of income and sales (what the engine compares with the return). */
  thirdPartyIds: string[]
  /** Third-party records of purchases: suppliers' e-invoices and declarations. */
  purchaseIds: string[]
  benchmark?: Benchmark
  filings: FilingRow[]
  audits: PriorAudit[]
  letters: Letter[]
  suppliers: SupplierRow[]
  records: Document[]
  premises: Document[]
  /** The taxpayer's reply to the preliminary findings (dated when the officer reviews it). */
  reply: Letter
}
