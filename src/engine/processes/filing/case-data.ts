/** What a filing case carries besides the shared accounts (returns, ledger, third-party data). */
import type { TaxType } from '../../vocabulary'
import type { IsoDate, ReturnLine } from '../../world/types'
import type { Text } from '../../primitives/message'

/** The taxpayer's letter asking for the late-filing penalty to be waived. */
export interface WaiverClaim {
  /** The cause: one the profile lists (its own words), or an excuse the engine words. */
  cause: Text
  letter: Text
  /** The supporting document attached, or null when the claim is not documented. */
  document: Text | null
}

/** A return the taxpayer files later: `afterDays` after the demand to file is deemed received. */
export interface LaterReturn {
  afterDays: number
  lines: ReturnLine[]
  taxDue: number
}

export interface FilingCaseData {
  taxType: TaxType
  period: string
  /** Due date of the return under the filing calendar. */
  returnDueOn: IsoDate
  /** Id of the expected return in the shared accounts. */
  returnId: string
  /** 'missing': not filed when the case opens; 'received': filed and waiting to be processed. */
  situation: 'missing' | 'received'
  /** When the system's automatic reminder went out (missing returns only). */
  reminderOn: IsoDate | null
  /** Other returns of the same tax still outstanding when the case opens. */
  alsoMissing: string[]
  claim: WaiverClaim | null
  /**
   * How the taxpayer reacts to a demand to file: the world's behaviour, revealed only when
   * the simulated calendar reaches it. null: the taxpayer never files.
   */
  response: LaterReturn | null
}
