/**
 * Arrears and debt collection through the process contract: the world's collection cases, the
 * machine, the evidence panels, the officer's prefilled values and the grading.
 */
import { money, msg } from '../../primitives/message'
import type { Command, Panel, ProcessModule } from '../contract'
import type { CollectionCaseData } from './case-data'
import {
  collectionBlocker,
  collectionMachine,
  collectionProblem,
  collectionUnlawful,
  COLLECTION_STATE_LABELS,
  type CollectionContext,
  type CollectionInput,
} from './collection.machine'
import { COLLECTION_COMMANDS, collectionCommandsFor } from './commands'
import { caseFacts } from './facts'
import { judgeCollection } from './grade'
import { collectionPostings } from './post'
import type { CollectionKind } from './kinds'
import {
  accountPanel,
  agreementsPanel,
  bankPanel,
  casePanel,
  cashFlowPanel,
  employerPanel,
  noticesPanel,
  objectionsPanel,
  registryPanel,
  PANEL_NAMES,
} from './panels'

export const module: ProcessModule<CollectionContext, CollectionCaseData> = {
  id: 'collection',
  machine: collectionMachine,
  commands: COLLECTION_COMMANDS,
  commandsFor: (env) => collectionCommandsFor(env.jurisdiction),
  stateLabels: COLLECTION_STATE_LABELS,
  panelNames: PANEL_NAMES,
  input: (record, env): CollectionInput => ({
    facts: caseFacts(record, env.world, env.jurisdiction),
    jurisdiction: env.jurisdiction,
    today: env.today,
    caseId: record.id,
  }),
  blocker: (context, type) => collectionBlocker(context, type),
  problem: (context, command) => collectionProblem(context, command),
  unlawful: (context, command) => collectionUnlawful(context, command),
  initialPanels: (record, env) => [casePanel(record, caseFacts(record, env.world, env.jurisdiction))],
  reveal(record, command, env, context): Panel[] {
    const { data } = record
    const j = env.jurisdiction
    switch (command.type) {
      case 'collection.reviewAccount':
        return [accountPanel(record, env.world, env.today)]
      case 'collection.checkNotices':
        return [
          noticesPanel(
            data,
            j,
            context.demandServedOn && !data.demand
              ? { on: context.demandServedOn, id: `DN-${record.id}` }
              : null,
          ),
        ]
      case 'collection.serveDemand':
        return [noticesPanel(data, j, { on: env.today, id: `DN-${record.id}` })]
      case 'collection.checkObjections':
        return [objectionsPanel(data, j)]
      case 'collection.checkAgreements':
        return [agreementsPanel(data, caseFacts(record, env.world, j), j)]
      case 'collection.reviewCashFlow':
        return [cashFlowPanel(data)]
      case 'collection.bankInquiry':
        return [bankPanel(data)]
      case 'collection.checkEmployer':
        return [employerPanel(data, j)]
      case 'collection.checkRegistry':
        return [registryPanel(data)]
      default:
        return []
    }
  },
  // A letter's reason is the officer's own words, typed in their language: the form starts empty.
  defaults: () => ({}),
  reference(record, env) {
    const { data } = record
    const j = env.jurisdiction
    const ladder = j.collection.enforcementLadder
    const debt = msg('collection.reference.debt', { amount: money(record.amount) })
    return {
      'collection.enforce': {
        tool: { value: ladder.includes('bank') ? 'bank' : ladder[0]! },
        amount: { text: debt, value: record.amount },
      },
      'collection.grantAgreement': {
        months: {
          text: data.request
            ? msg('collection.reference.requested', {
                months: data.request.months,
                max: j.collection.maxInstallmentMonths,
              })
            : msg('collection.reference.maxMonths', { max: j.collection.maxInstallmentMonths }),
          value: data.request?.months ?? j.collection.maxInstallmentMonths,
        },
        security: { value: 'none' },
      },
      'collection.proposeWriteOff': { criterion: { text: debt, value: 'uneconomic' } },
      'collection.approveWriteOff': { approver: { text: debt, value: 'supervisor' } },
      'collection.rejectWriteOff': { approver: { value: 'supervisor' } },
      // What a hurried officer types as the letter's reason (only the naive policies use it).
      'collection.refuseAgreement': {
        reason: { words: msg('collection.naive.refuseReason') },
      },
    }
  },
  postings: collectionPostings,
  waitingSince: (context) => context.demandServedOn ?? undefined,
  grade(truth, command: Command, history, env, record) {
    if (!record) return { grade: 'wrong', why: msg('collection.verdict.noRecord') }
    return judgeCollection(
      {
        kind: truth.kind as CollectionKind,
        best: truth.best,
        facts: caseFacts(record, env.world, env.jurisdiction),
        data: record.data,
        j: env.jurisdiction,
        today: env.today,
      },
      command,
      history,
    )
  },
}
