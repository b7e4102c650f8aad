/**
 * Taxpayer registration (docs/domain.md §Registration) as an XState machine, one actor per
 * application. The procedure decides what may happen next: a step that must come first blocks the
 * decisions after it, and `registrationBlocker` says why in an officer's words. Guards read the
 * jurisdiction profile from context; nothing statutory is a constant here.
 */
import { assign, setup } from 'xstate'
import { formatMoney, toMinor } from '../../rules/money'
import { requiredTaxTypes } from '../../rules/registration'
import type { Jurisdiction } from '../../scenario/schema'
import type { Application } from '../../world/types'

export const REGISTRATION_CHECKS = ['identity', 'documents', 'duplicates', 'premises'] as const
export type RegistrationCheck = (typeof REGISTRATION_CHECKS)[number]

export interface RegistrationInput {
  application: Pick<Application, 'kind' | 'expectedTurnover' | 'employees'>
  jurisdiction: Jurisdiction
}

export interface RegistrationContext extends RegistrationInput {
  checks: Record<RegistrationCheck, boolean>
  queryRaised: boolean
  suspectedTin?: string
}

/** The registration commands an officer sends, with their fields. */
export type RegistrationCommand =
  | { type: 'registration.verifyIdentity' }
  | { type: 'registration.verifyDocuments' }
  | { type: 'registration.checkDuplicates' }
  | { type: 'registration.inspectPremises' }
  | { type: 'registration.raiseQuery' }
  | { type: 'registration.suspectDuplicate'; tin: string }
  | { type: 'registration.clearDuplicate' }
  | { type: 'registration.linkToExisting' }
  | { type: 'registration.reject'; reason: string }
  | { type: 'registration.approve'; taxTypes: string[]; segment: string; relatedTin?: string }

export type RegistrationEvent =
  RegistrationCommand | { type: 'registration.applicantReplied' } | { type: 'clock.tick'; today: string }

type CommandType = RegistrationCommand['type']

export function isRegistrationCommand(type: string): type is CommandType {
  return REGISTRATION_COMMANDS.some((c) => c.type === type)
}

/**
 * A check already made (or the query already sent): the player drops the step from the list.
 * Read from the context, never from the blocker's words.
 */
export function registrationStepDone(context: RegistrationContext, type: CommandType): boolean {
  const { checks } = context
  switch (type) {
    case 'registration.verifyIdentity':
      return checks.identity
    case 'registration.verifyDocuments':
      return checks.documents
    case 'registration.checkDuplicates':
      return checks.duplicates
    case 'registration.inspectPremises':
      return checks.premises
    case 'registration.raiseQuery':
      return context.queryRaised
    default:
      return false
  }
}

/**
 * Why a command cannot be taken in this context, or undefined when the procedure allows it.
 * Only context is read here; checks on the command's own fields are in `approvalProblem`.
 */
export function registrationBlocker(context: RegistrationContext, type: CommandType): string | undefined {
  const { checks } = context
  switch (type) {
    case 'registration.verifyIdentity':
      return checks.identity ? 'Identity has already been verified.' : undefined
    case 'registration.verifyDocuments':
      return checks.documents ? 'Documents have already been checked.' : undefined
    case 'registration.checkDuplicates':
      return checks.duplicates ? 'The duplicate check has already been run.' : undefined
    case 'registration.inspectPremises':
      return checks.premises ? 'The premises have already been inspected.' : undefined
    case 'registration.raiseQuery':
      if (context.queryRaised) return 'A query has already been sent to this applicant.'
      return checks.documents
        ? undefined
        : 'Check the documents first, so the query can say what is missing or wrong.'
    case 'registration.suspectDuplicate':
      return checks.duplicates ? undefined : 'Run the duplicate check against the register first.'
    case 'registration.clearDuplicate':
    case 'registration.linkToExisting':
      return context.suspectedTin ? undefined : 'Mark a suspected duplicate first.'
    case 'registration.reject':
      if (!checks.identity) return 'Verify the identity with the registry before rejecting.'
      return checks.documents ? undefined : 'Check the documents before rejecting.'
    case 'registration.approve':
      if (!checks.identity) return 'Verify the identity with the registry first.'
      if (!checks.documents) return 'Check the documents first.'
      if (!checks.duplicates) return 'Run the duplicate check first: one person, one TIN.'
      return context.suspectedTin ? 'Resolve the suspected duplicate first (link or clear it).' : undefined
    default: {
      const unreachable: never = type
      return unreachable
    }
  }
}

/** Problems with an approval's own fields, judged by the jurisdiction's rules. */
export function approvalProblem(
  context: RegistrationContext,
  command: Extract<RegistrationCommand, { type: 'registration.approve' }>,
): string | undefined {
  const { jurisdiction, application } = context
  const administered = new Set(jurisdiction.taxTypes.map((t) => t.code))
  const unknown = command.taxTypes.filter((t) => !administered.has(t as never))
  if (unknown.length) return `${unknown.join(', ')} is not administered in ${jurisdiction.name}.`
  if (command.taxTypes.length === 0) return 'Choose at least one tax type to register the taxpayer for.'
  const required = requiredTaxTypes(
    { kind: application.kind, turnoverMinor: application.expectedTurnover, employees: application.employees },
    jurisdiction,
  )
  const missing = required.filter((t) => !command.taxTypes.includes(t))
  if (missing.includes('VAT')) {
    const threshold = formatMoney(
      toMinor(jurisdiction.thresholds.vatRegistration, jurisdiction.currency),
      jurisdiction.currency,
    )
    const declared = formatMoney(application.expectedTurnover, jurisdiction.currency)
    return `VAT registration is compulsory from ${threshold} a year; the applicant declares ${declared}.`
  }
  if (missing.length) return `The declared figures require registration for ${missing.join(', ')}.`
  if (!command.segment) return 'Choose a segment.'
  return undefined
}

const verify = (check: RegistrationCheck) => ({
  target: 'pendingVerification' as const,
  guard: { type: 'allowed' as const },
  actions: { type: 'markChecked' as const, params: { check } },
})

export const registrationMachine = setup({
  types: {
    context: {} as RegistrationContext,
    events: {} as RegistrationEvent,
    input: {} as RegistrationInput,
  },
  guards: {
    /** The procedure allows this command now (see registrationBlocker). */
    allowed: ({ context, event }) =>
      isRegistrationCommand(event.type) && registrationBlocker(context, event.type) === undefined,
    approvalLawful: ({ context, event }) =>
      event.type === 'registration.approve' &&
      registrationBlocker(context, event.type) === undefined &&
      approvalProblem(context, event) === undefined,
  },
  actions: {
    markChecked: assign(({ context }, params: { check: RegistrationCheck }) => ({
      checks: { ...context.checks, [params.check]: true },
    })),
    markQueried: assign({ queryRaised: true }),
    suspect: assign(({ event }) => ({
      suspectedTin: event.type === 'registration.suspectDuplicate' ? event.tin : undefined,
    })),
    clearSuspicion: assign({ suspectedTin: undefined }),
  },
}).createMachine({
  id: 'registration',
  context: ({ input }) => ({
    ...input,
    checks: { identity: false, documents: false, duplicates: false, premises: false },
    queryRaised: false,
  }),
  initial: 'received',
  states: {
    received: {
      on: {
        'registration.verifyIdentity': verify('identity'),
        'registration.verifyDocuments': verify('documents'),
        'registration.checkDuplicates': verify('duplicates'),
        'registration.inspectPremises': verify('premises'),
      },
    },
    pendingVerification: {
      on: {
        'registration.verifyIdentity': verify('identity'),
        'registration.verifyDocuments': verify('documents'),
        'registration.checkDuplicates': verify('duplicates'),
        'registration.inspectPremises': verify('premises'),
        'registration.raiseQuery': { target: 'awaitingApplicant', guard: 'allowed', actions: 'markQueried' },
        'registration.suspectDuplicate': {
          target: 'duplicateSuspected',
          guard: 'allowed',
          actions: 'suspect',
        },
        'registration.reject': { target: 'rejected', guard: 'allowed' },
        'registration.approve': { target: 'approved', guard: 'approvalLawful' },
      },
    },
    awaitingApplicant: {
      on: { 'registration.applicantReplied': { target: 'pendingVerification' } },
    },
    duplicateSuspected: {
      on: {
        'registration.linkToExisting': { target: 'linked', guard: 'allowed' },
        'registration.clearDuplicate': {
          target: 'pendingVerification',
          guard: 'allowed',
          actions: 'clearSuspicion',
        },
        'registration.reject': { target: 'rejected', guard: 'allowed' },
      },
    },
    approved: { type: 'final' },
    linked: { type: 'final' },
    rejected: { type: 'final' },
  },
})

/** Commands in the order a TAMIS screen offers them: procedure steps first, then decisions. */
export const REGISTRATION_COMMANDS: readonly { type: CommandType; label: string; final: boolean }[] = [
  { type: 'registration.verifyIdentity', label: 'Verify identity with the registry', final: false },
  { type: 'registration.verifyDocuments', label: 'Check the documents', final: false },
  { type: 'registration.checkDuplicates', label: 'Run the duplicate check', final: false },
  { type: 'registration.inspectPremises', label: 'Order a premises inspection', final: false },
  { type: 'registration.raiseQuery', label: 'Send a query to the applicant', final: false },
  { type: 'registration.suspectDuplicate', label: 'Mark as suspected duplicate of…', final: false },
  { type: 'registration.clearDuplicate', label: 'Clear the duplicate suspicion', final: false },
  { type: 'registration.approve', label: 'Approve and issue a TIN', final: true },
  { type: 'registration.linkToExisting', label: 'Link to the existing TIN (no new TIN)', final: true },
  { type: 'registration.reject', label: 'Reject the application', final: true },
]

export const REGISTRATION_STATE_LABELS: Record<string, string> = {
  received: 'Application received',
  pendingVerification: 'Pending verification',
  awaitingApplicant: 'Awaiting the applicant',
  duplicateSuspected: 'Duplicate suspected',
  approved: 'Approved — TIN issued',
  linked: 'Linked to existing TIN',
  rejected: 'Rejected',
}
