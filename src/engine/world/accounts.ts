/**
 * The baseline taxpayer accounts of the register: filing calendar, returns, ledger and
 * third-party data for every taxpayer (placeholder until the payments process lands).
 */
import type { WorldContext } from './context'
import type { Population } from './population'
import type { Accounts } from './process-world'

export function generateAccounts(_ctx: WorldContext, _pop: Population): Accounts {
  return { ledger: [], returns: [], thirdParty: [] }
}
