/**
 * Registration through the process contract: the machine, its commands, the evidence panels
 * each step reveals and the grading (the table in grade.ts, against the decision truth.ts reads
 * back from the case's best commands).
 */
import { list, money, msg } from '../../primitives/message'
import { requiredTaxTypes, segmentFor } from '../../rules/registration'
import { addDays } from '../../primitives/calendar'
import { judgeRegistration } from './grade'
import { expectedDecision } from './truth'
import { SEGMENTS, segmentLabel, taxTypeLabel } from '../../vocabulary'
import { duplicateCandidates } from '../../world/search'
import type { Application } from '../../world/types'
import type { CommandSpec, Panel, ProcessEnv, ProcessModule } from '../contract'
import { commandName } from '../command-name'
import {
  REGISTRATION_COMMANDS,
  REGISTRATION_STATE_LABELS,
  approvalProblem,
  registrationBlocker,
  registrationStepDone,
  registrationMachine,
  isRegistrationCommand,
  type RegistrationContext,
} from './registration.machine'
import {
  applicationPanel,
  civilRegistryPanel,
  companyRegistryPanel,
  documentsPanel,
  premisesPanel,
  replyPanel,
  searchPanel,
  PANEL_NAMES,
} from './panels'

function commandsFor(env: ProcessEnv): readonly CommandSpec[] {
  const taxOptions = env.jurisdiction.taxTypes.map((t) => ({ value: t.code, label: taxTypeLabel(t.code) }))
  const segmentOptions = SEGMENTS.map((s) => ({ value: s, label: segmentLabel(s) }))
  const field = (key: string) => msg(`registration.field.${key}`)
  return REGISTRATION_COMMANDS.map((c): CommandSpec => {
    switch (c.type) {
      case 'registration.approve':
        return {
          ...c,
          fields: [
            {
              name: 'taxTypes',
              label: field('taxTypes'),
              kind: 'multiselect',
              options: taxOptions,
              required: true,
              graded: true,
            },
            {
              name: 'segment',
              label: field('segment'),
              kind: 'select',
              options: segmentOptions,
              required: true,
              graded: true,
            },
            {
              name: 'relatedTin',
              label: field('relatedTin'),
              kind: 'tin',
              help: field('relatedTinHelp'),
            },
          ],
        }
      case 'registration.reject':
        return {
          ...c,
          fields: [{ name: 'reason', label: field('reason'), kind: 'text', required: true }],
        }
      case 'registration.suspectDuplicate':
        return { ...c, fields: [{ name: 'tin', label: field('existingTin'), kind: 'tin', required: true }] }
      default:
        return c
    }
  })
}

export const registrationModule: ProcessModule<RegistrationContext, Application> = {
  id: 'registration',
  machine: registrationMachine,
  commands: REGISTRATION_COMMANDS,
  commandsFor,
  stateLabels: REGISTRATION_STATE_LABELS,
  panelNames: PANEL_NAMES,
  input: (record, env) => ({ application: record.data, jurisdiction: env.jurisdiction }),
  blocker(context, type) {
    if (!isRegistrationCommand(type)) return { reason: msg('registration.blocker.notAStep', { type }) }
    const reason = registrationBlocker(context, type)
    return reason === undefined ? undefined : { reason, done: registrationStepDone(context, type) }
  },
  problem(context, command, env) {
    switch (command.type) {
      case 'registration.approve': {
        const taxTypes = Array.isArray(command.taxTypes) ? command.taxTypes : []
        const relatedTin =
          typeof command.relatedTin === 'string' && command.relatedTin.trim()
            ? command.relatedTin.trim()
            : undefined
        if (relatedTin && !env.index.get(relatedTin))
          return msg('registration.problem.noTaxpayer', { tin: relatedTin })
        return approvalProblem(context, {
          type: 'registration.approve',
          taxTypes,
          segment: typeof command.segment === 'string' ? command.segment : '',
          ...(relatedTin ? { relatedTin } : {}),
        })
      }
      case 'registration.reject':
        return typeof command.reason === 'string' && command.reason.trim()
          ? undefined
          : msg('registration.problem.rejectReason')
      case 'registration.suspectDuplicate':
        return typeof command.tin === 'string' && env.index.get(command.tin.trim())
          ? undefined
          : msg('registration.problem.noTaxpayer', { tin: String(command.tin ?? '') })
      default:
        return undefined
    }
  },
  initialPanels: (record) => [applicationPanel(record.data)],
  reveal(record, command, env): Panel[] {
    const a = record.data
    switch (command.type) {
      case 'registration.verifyIdentity':
        return a.kind === 'individual'
          ? [civilRegistryPanel(env.world, a)]
          : [companyRegistryPanel(env.world, a), civilRegistryPanel(env.world, a)]
      case 'registration.verifyDocuments':
        return [documentsPanel(a)]
      case 'registration.checkDuplicates':
        return [
          searchPanel(
            duplicateCandidates(env.index, a),
            msg('registration.panel.search.duplicateCheck', { name: a.name }),
            env.jurisdiction,
            (tin) => env.index.get(tin),
          ),
        ]
      case 'registration.inspectPremises':
        return [premisesPanel(a)]
      case 'registration.raiseQuery':
        return [replyPanel(a, addDays(env.today, env.jurisdiction.deadlines.queryResponseDays))]
      default:
        return []
    }
  },
  defaults(record, env, context) {
    const a = record.data
    const top = context.checks.duplicates ? duplicateCandidates(env.index, a)[0]?.tin : undefined
    return {
      'registration.reject': { reason: msg('registration.default.rejectReason') },
      'registration.suspectDuplicate': { tin: context.suspectedTin ?? top ?? '' },
      // The register search form can be filled from the application in one click.
      'register.search': { name: a.name, idNumber: a.idNumber, phone: a.phone },
    }
  },
  followUp: (command, env) =>
    command.type === 'registration.raiseQuery'
      ? {
          days: env.jurisdiction.deadlines.queryResponseDays,
          event: { type: 'registration.applicantReplied' },
        }
      : undefined,
  reference(record, env) {
    const a = record.data
    const declared = { kind: a.kind, turnoverMinor: a.expectedTurnover, employees: a.employees }
    const required = requiredTaxTypes(declared, env.jurisdiction)
    const turnover = money(a.expectedTurnover)
    const requested = a.requestedTaxTypes.length
      ? list(a.requestedTaxTypes.map(taxTypeLabel))
      : msg('registration.reference.noneRequested')
    return {
      'registration.approve': {
        taxTypes: {
          text: msg('registration.reference.taxTypes', { requested, turnover, employees: a.employees }),
          value: [...new Set([...a.requestedTaxTypes, ...required])],
        },
        segment: {
          text: msg('registration.reference.segment', { turnover }),
          value: segmentFor(a.expectedTurnover, env.jurisdiction),
        },
      },
    }
  },

  grade(truth, command, history) {
    const registration = expectedDecision(truth)
    if (!registration) return { grade: 'wrong', why: msg('registration.verdict.noTruth') }
    let linkedTin: string | undefined
    for (const c of history) {
      if (c.type === 'registration.suspectDuplicate') linkedTin = String(c.tin)
      if (c.type === 'registration.clearDuplicate') linkedTin = undefined
    }
    switch (command.type) {
      case 'registration.linkToExisting':
        return judgeRegistration(registration, { type: 'registration.linkToExisting' }, linkedTin)
      case 'registration.reject':
        return judgeRegistration(registration, {
          type: 'registration.reject',
          reason: String(command.reason ?? ''),
        })
      case 'registration.approve': {
        const relatedTin =
          typeof command.relatedTin === 'string' && command.relatedTin ? command.relatedTin : undefined
        return judgeRegistration(registration, {
          type: 'registration.approve',
          taxTypes: Array.isArray(command.taxTypes) ? command.taxTypes : [],
          segment: String(command.segment ?? ''),
          ...(relatedTin ? { relatedTin } : {}),
        })
      }
      default:
        return {
          grade: 'wrong',
          why: msg('registration.verdict.notADecision', {
            command: commandName(REGISTRATION_COMMANDS, command.type),
          }),
        }
    }
  },
}
