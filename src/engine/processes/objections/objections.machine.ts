/**
 * Objections and appeals (docs/domain.md §Objections) as an XState machine, one actor per
 * objection. Admissibility first (time limit from deemed receipt, grounds, undisputed tax paid),
 * then a collection hold on the disputed amount, an independent reviewer (never the auditor who
 * made the assessment: TADAT P7-19-2) and an item-by-item decision that posts abatements. When the
 * simulated calendar passes the decision limit the law decides instead (deemed decision). Guards
 * read the jurisdiction profile from context; nothing statutory is a constant here.
 */
import { assign, setup } from 'xstate'
import { msg, type Text } from '../../primitives/message'
import {
  objectionsBlocker,
  reassessmentEntries,
  unlawful,
  type ObjectionCheck,
  type ObjectionsContext,
  type ObjectionsEvent,
  type ObjectionsInput,
} from './procedure'
import { decisionOverdue, outcomeOf, type InadmissibleGround, type Outcome } from './rules'

export * from './procedure'

const allowedOf = (event: ObjectionsEvent) =>
  event.type === 'objections.decide' && Array.isArray(event.allowedItems)
    ? event.allowedItems.map(String)
    : []

const step = (check: ObjectionCheck) => ({
  guard: 'allowed' as const,
  actions: { type: 'markChecked' as const, params: { check } },
})

const EVIDENCE_STEPS = {
  'objections.checkNotice': step('notice'),
  'objections.checkPayments': step('account'),
  'objections.reviewAuditFile': step('auditFile'),
  'objections.examineEvidence': step('evidence'),
}

const DEEMED = { target: 'deemedDecision' as const, guard: 'overdue' as const }

export const objectionsMachine = setup({
  types: {
    context: {} as ObjectionsContext,
    events: {} as ObjectionsEvent,
    input: {} as ObjectionsInput,
  },
  guards: {
    /** The procedure allows this command now and its fields are lawful. */
    allowed: ({ context, event }) =>
      event.type !== 'clock.tick' &&
      objectionsBlocker(context, event.type) === undefined &&
      !unlawful(context, event),
    overdue: ({ context }) => decisionOverdue(context.receivedOn, context.today, context.jurisdiction),
    decidesAs: ({ context, event }, params: { outcome: Outcome }) =>
      event.type === 'objections.decide' &&
      objectionsBlocker(context, event.type) === undefined &&
      !unlawful(context, event) &&
      outcomeOf(
        allowedOf(event),
        context.items.filter((i) => i.disputed).map((i) => i.id),
      ) === params.outcome,
  },
  actions: {
    markChecked: assign(({ context }, params: { check: ObjectionCheck }) => ({
      checks: { ...context.checks, [params.check]: true },
    })),
    setToday: assign(({ context, event }) => ({
      today: event.type === 'clock.tick' ? event.today : context.today,
    })),
    grantExtension: assign({ extensionGranted: true }),
    admit: assign({ admissible: true }),
    recordHold: assign(({ context, event }) => ({
      hold:
        event.type === 'objections.holdCollection'
          ? { amount: event.amount, on: context.today }
          : context.hold,
    })),
    assignReviewer: assign(({ context, event }) => ({
      reviewer: event.type === 'objections.assignReviewer' ? event.officer : context.reviewer,
    })),
    notifyInadmissible: assign(({ event }) => ({
      ground:
        event.type === 'objections.declareInadmissible' ? (event.ground as InadmissibleGround) : undefined,
    })),
    postReassessment: assign(({ context, event }) => {
      const allowed = allowedOf(event)
      return {
        outcome: outcomeOf(
          allowed,
          context.items.filter((i) => i.disputed).map((i) => i.id),
        ),
        abatements: reassessmentEntries(context, allowed, context.today),
      }
    }),
  },
}).createMachine({
  id: 'objections',
  context: ({ input }) => ({
    ...input,
    checks: { notice: false, account: false, auditFile: false, evidence: false },
    extensionGranted: false,
    admissible: false,
    abatements: [],
  }),
  on: { 'clock.tick': { actions: 'setToday' } },
  initial: 'received',
  states: {
    received: {
      always: DEEMED,
      on: {
        ...EVIDENCE_STEPS,
        'objections.grantExtension': { guard: 'allowed', actions: 'grantExtension' },
        'objections.acceptAdmissible': { target: 'admissible', guard: 'allowed', actions: 'admit' },
        'objections.declareInadmissible': {
          target: 'inadmissible',
          guard: 'allowed',
          actions: 'notifyInadmissible',
        },
      },
    },
    admissible: {
      always: DEEMED,
      on: {
        ...EVIDENCE_STEPS,
        'objections.holdCollection': { guard: 'allowed', actions: 'recordHold' },
        'objections.assignReviewer': { target: 'underReview', guard: 'allowed', actions: 'assignReviewer' },
      },
    },
    underReview: {
      always: DEEMED,
      on: {
        ...EVIDENCE_STEPS,
        'objections.holdCollection': { guard: 'allowed', actions: 'recordHold' },
        'objections.decide': [
          {
            target: 'allowed',
            guard: { type: 'decidesAs', params: { outcome: 'allowed' } },
            actions: 'postReassessment',
          },
          {
            target: 'partiallyAllowed',
            guard: { type: 'decidesAs', params: { outcome: 'partiallyAllowed' } },
            actions: 'postReassessment',
          },
          {
            target: 'disallowed',
            guard: { type: 'decidesAs', params: { outcome: 'disallowed' } },
            actions: 'postReassessment',
          },
        ],
      },
    },
    inadmissible: { type: 'final' },
    allowed: { type: 'final' },
    partiallyAllowed: { type: 'final' },
    disallowed: { type: 'final' },
    deemedDecision: { type: 'final' },
  },
})

export const OBJECTIONS_STATES = [
  'received',
  'admissible',
  'underReview',
  'inadmissible',
  'allowed',
  'partiallyAllowed',
  'disallowed',
  'deemedDecision',
] as const

export const OBJECTIONS_STATE_LABELS: Record<string, Text> = Object.fromEntries(
  OBJECTIONS_STATES.map((state) => [state, msg(`objections.state.${state}`)]),
)
