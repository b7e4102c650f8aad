/**
 * Return filing and processing (docs/domain.md §Filing) as an XState machine, one actor per
 * expected return. A received return is validated, then posted, corrected for a math error,
 * referred for review or rejected. A missing one is demanded; once the demand's period has run out
 * a default assessment is lawful, and a return that arrives later replaces it (then it is processed
 * like any other). Time moves only through `clock.tick`; the dates that matter come from the
 * jurisdiction profile.
 */
import { assign, setup } from 'xstate'
import { msg, type Msg } from '../../primitives/message'
import { STEP, DECISION, type FilingCommandType } from './commands'
import {
  arrivalDate,
  filingBlocker,
  filingProblem,
  type FilingCheck,
  type FilingContext,
  type FilingEvent,
  type FilingInput,
} from './procedure'

export * from './procedure'

const CHECK_OF: Partial<Record<FilingCommandType, FilingCheck>> = {
  [STEP.viewHistory]: 'history',
  [STEP.checkThirdParty]: 'thirdParty',
  [STEP.viewLedger]: 'ledger',
  [STEP.validate]: 'validation',
  [STEP.examineClaim]: 'claim',
}

const lawful = ({ context, event }: { context: FilingContext; event: FilingEvent }) =>
  event.type !== 'clock.tick' &&
  filingBlocker(context, event.type) === undefined &&
  filingProblem(context, event) === undefined

const step = { guard: 'allowed' as const, actions: 'markChecked' as const }
const steps = {
  [STEP.viewHistory]: step,
  [STEP.checkThirdParty]: step,
  [STEP.viewLedger]: step,
  [STEP.validate]: step,
  [STEP.examineClaim]: step,
}

export const filingMachine = setup({
  types: {
    context: {} as FilingContext,
    events: {} as FilingEvent,
    input: {} as FilingInput,
  },
  guards: {
    /** The procedure allows this command now, with these fields (see filingBlocker, filingProblem). */
    allowed: lawful,
    isReceived: ({ context }) => context.filedOn !== null,
    /** The taxpayer's answer to the demand has reached the office by today. */
    returnArrived: ({ context }) => {
      const on = arrivalDate(context)
      return on !== null && on <= context.today
    },
  },
  actions: {
    setToday: assign(({ context, event }) =>
      event.type === 'clock.tick' && event.today > context.today ? { today: event.today } : {},
    ),
    markChecked: assign(({ context, event }) => {
      const check = CHECK_OF[event.type as FilingCommandType]
      return check ? { checks: { ...context.checks, [check]: true } } : {}
    }),
    serveDemand: assign(({ context }) => ({ demandServedOn: context.today })),
    assess: assign(({ context, event }) => ({
      assessed: {
        on: context.today,
        amount: event.type === STEP.defaultAssessment ? Number(event.amount) : 0,
      },
    })),
    recordDecision: assign(({ context, event }) =>
      event.type === 'clock.tick' ? {} : { decided: { command: { ...event }, on: context.today } },
    ),
    /** The late return replaces nothing yet: it is on file and must be validated afresh. */
    receiveReturn: assign(({ context }) => ({
      arrivedOn: arrivalDate(context),
      declaredTaxDue: context.response?.taxDue ?? 0,
      checks: { ...context.checks, validation: false },
      assessed: null,
      replaced: context.assessed,
    })),
  },
}).createMachine({
  id: 'filing',
  context: ({ input }) => ({
    ...input,
    checks: { history: false, thirdParty: false, ledger: false, validation: false, claim: false },
    demandServedOn: null,
    arrivedOn: null,
    assessed: null,
    replaced: null,
  }),
  on: { 'clock.tick': { actions: 'setToday' } },
  initial: 'opened',
  states: {
    opened: {
      always: [{ guard: 'isReceived', target: 'received' }, { target: 'overdue' }],
    },
    overdue: {
      on: {
        ...steps,
        [STEP.sendDemand]: { target: 'demandServed', guard: 'allowed', actions: 'serveDemand' },
        [DECISION.startDormancy]: { target: 'dormancy', guard: 'allowed' },
      },
    },
    demandServed: {
      always: { guard: 'returnArrived', target: 'received', actions: 'receiveReturn' },
      on: {
        ...steps,
        [STEP.defaultAssessment]: { target: 'defaultAssessed', guard: 'allowed', actions: 'assess' },
        [DECISION.startDormancy]: { target: 'dormancy', guard: 'allowed' },
      },
    },
    received: {
      on: {
        ...steps,
        [DECISION.accept]: { target: 'posted', guard: 'allowed', actions: 'recordDecision' },
        [DECISION.correctMathError]: { target: 'corrected', guard: 'allowed', actions: 'recordDecision' },
        [DECISION.referForReview]: { target: 'referred', guard: 'allowed' },
        [DECISION.reject]: { target: 'rejected', guard: 'allowed' },
      },
    },
    defaultAssessed: {
      always: { guard: 'returnArrived', target: 'received', actions: 'receiveReturn' },
      on: {
        ...steps,
        [DECISION.closeAssessed]: { target: 'assessed', guard: 'allowed', actions: 'recordDecision' },
      },
    },
    posted: { type: 'final' },
    corrected: { type: 'final' },
    referred: { type: 'final' },
    rejected: { type: 'final' },
    dormancy: { type: 'final' },
    assessed: { type: 'final' },
  },
})

export const FILING_STATE_LABELS: Record<string, Msg> = {
  opened: msg('filing.state.opened'),
  overdue: msg('filing.state.overdue'),
  demandServed: msg('filing.state.demandServed'),
  received: msg('filing.state.received'),
  defaultAssessed: msg('filing.state.defaultAssessed'),
  posted: msg('filing.state.posted'),
  corrected: msg('filing.state.corrected'),
  referred: msg('filing.state.referred'),
  rejected: msg('filing.state.rejected'),
  dormancy: msg('filing.state.dormancy'),
  assessed: msg('filing.state.assessed'),
}
