/**
 * Taxpayer registration (docs/domain.md §Registration) as an XState machine, one actor per
 * application. The procedure decides what may happen next: a step that must come first blocks the
 * decisions after it, and `registrationBlocker` says why (a message id in the registration
 * catalogue). Guards read the
 * jurisdiction profile from context; nothing statutory is a constant here.
 */
import { assign, setup } from 'xstate'
import { toMinor } from '../../rules/money'
import { list, money, msg, type Msg } from '../../primitives/message'
import { requiredTaxTypes } from '../../rules/registration'
import type { Jurisdiction } from '../../scenario/schema'
import type { Application } from '../../world/types'
import { taxTypeForLabel, taxTypeText } from '../../vocabulary'

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
export function registrationBlocker(context: RegistrationContext, type: CommandType): Msg | undefined {
  const { checks } = context
  const b = (key: string) => msg(`registration.blocker.${key}`)
  switch (type) {
    case 'registration.verifyIdentity':
      return checks.identity ? b('identityDone') : undefined
    case 'registration.verifyDocuments':
      return checks.documents ? b('documentsDone') : undefined
    case 'registration.checkDuplicates':
      return checks.duplicates ? b('duplicatesDone') : undefined
    case 'registration.inspectPremises':
      return checks.premises ? b('premisesDone') : undefined
    case 'registration.raiseQuery':
      if (context.queryRaised) return b('queryDone')
      return checks.documents ? undefined : b('documentsBeforeQuery')
    case 'registration.suspectDuplicate':
      return checks.duplicates ? undefined : b('duplicatesBeforeSuspecting')
    case 'registration.clearDuplicate':
    case 'registration.linkToExisting':
      return context.suspectedTin ? undefined : b('suspectFirst')
    case 'registration.reject':
      if (!checks.identity) return b('identityBeforeReject')
      return checks.documents ? undefined : b('documentsBeforeReject')
    case 'registration.approve':
      if (!checks.identity) return b('identityFirst')
      if (!checks.documents) return b('documentsFirst')
      if (!checks.duplicates) return b('duplicatesFirst')
      return context.suspectedTin ? b('resolveDuplicate') : undefined
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
): Msg | undefined {
  const { jurisdiction, application } = context
  const administered = new Set(jurisdiction.taxTypes.map((t) => t.code))
  const unknown = command.taxTypes.filter((t) => !administered.has(t as never))
  if (unknown.length)
    return msg('registration.problem.notAdministered', {
      count: unknown.length,
      types: list(unknown.map(taxTypeText)),
    })
  if (command.taxTypes.length === 0) return msg('registration.problem.noTaxType')
  const required = requiredTaxTypes(
    { kind: application.kind, turnoverMinor: application.expectedTurnover, employees: application.employees },
    jurisdiction,
  )
  const missing = required.filter((t) => !command.taxTypes.includes(t))
  if (missing.includes('VAT'))
    return msg('registration.problem.vatCompulsory', {
      threshold: money(toMinor(jurisdiction.thresholds.vatRegistration, jurisdiction.currency)),
      declared: money(application.expectedTurnover),
    })
  if (missing.length)
    return msg('registration.problem.missingTypes', { types: list(missing.map(taxTypeForLabel)) })
  if (!command.segment) return msg('registration.problem.noSegment')
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
      on: {
        'registration.applicantReplied': {
          target: 'pendingVerification',
          // The process map labels a transition no command causes by its meta label.
          meta: { label: msg('registration.event.applicantReplied') },
        },
      },
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
export const REGISTRATION_COMMANDS: readonly { type: CommandType; label: Msg; final: boolean }[] = (
  [
    ['verifyIdentity', false],
    ['verifyDocuments', false],
    ['checkDuplicates', false],
    ['inspectPremises', false],
    ['raiseQuery', false],
    ['suspectDuplicate', false],
    ['clearDuplicate', false],
    ['approve', true],
    ['linkToExisting', true],
    ['reject', true],
  ] as const
).map(([step, final]) => ({
  type: `registration.${step}` as const,
  label: msg(`registration.cmd.${step}`),
  final,
}))

export const REGISTRATION_STATE_LABELS: Record<string, Msg> = Object.fromEntries(
  [
    'received',
    'pendingVerification',
    'awaitingApplicant',
    'duplicateSuspected',
    'approved',
    'linked',
    'rejected',
  ].map((state) => [state, msg(`registration.state.${state}`)]),
)
