/**
 * What a VAT refund case holds: the claim as lodged (return lines, purchase listing, export
 * schedule, nominated account) and the office's own records about the claimant (account
 * history, refund history). Customs records, supplier declarations and foreign receipts are
 * third-party data in the world; the ledger is the shared current account.
 */
import type { Text } from '../../primitives/message'
import type { BankAccount, IsoDate, Tin } from '../../world/types'

/** One line of the purchase listing: invoices from one supplier in the period. */
export interface Purchase {
  supplierTin: Tin
  supplierName: string
  description: Text
  invoices: number
  /** Net purchases, minor units. */
  net: number
  /** Input VAT claimed on them, minor units. */
  vat: number
  /** A capital purchase (machinery, vehicles, buildings) rather than stock or services. */
  capital: boolean
}

/** One line of the export schedule behind the zero-rated sales. */
export interface ExportLine {
  /** The customs export declaration number the claimant quotes. */
  declaration: string
  date: IsoDate
  /** The port and country the goods left for. */
  destination: Text
  /** The foreign buyer's name (data, in its own country's form). */
  buyer: string
  goods: Text
  /** Minor units. */
  value: number
}

/** A refund account the claimant has given the office, oldest first. */
export interface AccountRecord extends BankAccount {
  /** When the office recorded it as the refund account. */
  from: IsoDate
  /** How the change reached the office. */
  channel: Text
  /** The holder's name as the bank confirms it. */
  bankHolder: string
  /** When the bank opened the account. */
  openedOn: IsoDate
}

/** An earlier refund claim and what became of it. */
export interface PastClaim {
  period: string
  lodgedOn: IsoDate
  claimed: number
  allowed: number
  decidedOn: IsoDate
}

export interface RefundCase {
  claimId: string
  returnId: string
  /** The VAT period 'YYYY-MM'. */
  period: string
  returnDueOn: IsoDate
  filedOn: IsoDate
  lodgedOn: IsoDate
  taxpayerName: string
  /** Standard-rated sales and their output VAT, minor units. */
  domesticSales: number
  outputVat: number
  /** Zero-rated export sales, minor units. */
  zeroRated: number
  purchasesNet: number
  inputVat: number
  /** Excess input VAT claimed as a refund: inputVat − outputVat. */
  claimed: number
  purchases: Purchase[]
  exports: ExportLine[]
  /** The account the refund is to be paid into, as written on the claim. */
  account: BankAccount
  accounts: AccountRecord[]
  history: PastClaim[]
}
