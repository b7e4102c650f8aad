/** Every process the sandbox can run, by id. A process is playable once it is listed here. */
import type { ProcessId } from '../vocabulary'
import type { ProcessModule } from './contract'
import { registrationModule } from './registration/module'
import { module as filingModule } from './filing/module'
import { module as objectionsModule } from './objections/module'
import { module as refundsModule } from './refunds/module'
import { module as collectionModule } from './collection/module'
import { module as auditModule } from './audit/module'
import { module as paymentsModule } from './payments/module'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module has its own context type
export const PROCESS_MODULES: Partial<Record<ProcessId, ProcessModule<any>>> = {
  registration: registrationModule,
  filing: filingModule,
  objections: objectionsModule,
  refunds: refundsModule,
  collection: collectionModule,
  audit: auditModule,
  payments: paymentsModule,
}
