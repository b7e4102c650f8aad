/**
 * What a collection case carries besides the shared accounts (the debt itself is in the ledger,
 * the returns and the employer and e-invoice data are in the shared accounts).
 */
import type { TaxType } from '../../vocabulary'
import type { Text } from '../../primitives/message'
import type { IsoDate } from '../../world/types'

export interface Reminder {
  sentOn: IsoDate
  channel: 'SMS' | 'e-mail' | 'letter'
}

/** The final demand: served (mailed) on a date, deemed received later, then the period runs. */
export interface DemandNotice {
  id: string
  servedOn: IsoDate
  method: 'registered mail' | 'hand delivery' | 'e-mail'
}

export interface Objection {
  id: string
  taxType: TaxType
  period: string
  /** The date of the assessment objected to (the objection window runs from it). */
  assessedOn: IsoDate
  lodgedOn: IsoDate
  /** Minor units in dispute. */
  amount: number
  status: 'pending' | 'decided' | 'withdrawn'
  grounds: Text
}

export interface Agreement {
  id: string
  grantedOn: IsoDate
  months: number
  /** Minor units per month. */
  installment: number
  paid: number
  missed: number
  status: 'completed' | 'defaulted' | 'active'
  security: string | null
}

/** A request for time to pay, waiting for a decision. */
export interface AgreementRequest {
  receivedOn: IsoDate
  months: number
  reason: Text
}

export interface CashFlowMonth {
  month: string
  receipts: number
  payments: number
}

export interface CashFlowStatement {
  /** Actual months, then the months the taxpayer projects. */
  actual: CashFlowMonth[]
  projected: CashFlowMonth[]
  note: Text
}

export interface BankAccountBalance {
  bank: string
  number: string
  balance: number
}

export interface BankTransaction {
  date: IsoDate
  description: Text
  counterparty: Text
  /** Minor units: negative for money going out. */
  amount: number
}

/** What the banks answer to a collection inquiry. */
export interface BankReply {
  accounts: BankAccountBalance[]
  transactions: BankTransaction[]
}

export interface TradeDebtor {
  customer: string
  tin: string
  /** Minor units the customer owes the taxpayer. */
  amount: number
  invoiceDate: IsoDate
}

export interface Asset {
  description: Text
  /** Estimated forced-sale value, minor units. */
  value: number
}

export interface RegistryFacts {
  /** Company registry status or civil status, as the registry shows it. */
  status: Text
  /** What the registry or a trace adds, in an officer's words. */
  note: Text
  /** The liquidator, for a company in liquidation. */
  liquidator?: Text
  /** The company is in liquidation or struck off. */
  inLiquidation: boolean
  /** A current address and contact are known. */
  traced: boolean
}

export interface CollectionCaseData {
  /** The day the case's facts are judged on, when its task starts after the world's reference date. */
  asOf?: IsoDate
  taxpayerKind: 'individual' | 'business'
  name: string
  reminders: Reminder[]
  demand: DemandNotice | null
  objections: Objection[]
  agreements: Agreement[]
  request: AgreementRequest | null
  cashFlow: CashFlowStatement | null
  bank: BankReply
  employer: { name: string; tin: string; monthlyWage: number } | null
  debtors: TradeDebtor[]
  assets: Asset[]
  registry: RegistryFacts
}
