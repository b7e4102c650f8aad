/**
 * Registration through the process contract: the machine, its commands, the evidence panels
 * each step reveals and the grading (the table in grade.ts, against the decision truth.ts reads
 * back from the case's best commands).
 */
import { formatMoney } from '../../rules/money'
import { requiredTaxTypes, segmentFor } from '../../rules/registration'
import { addDays } from '../../primitives/calendar'
import { judgeRegistration } from './grade'
import { expectedDecision } from './truth'
import { SEGMENTS } from '../../vocabulary'
import { duplicateCandidates } from '../../world/search'
import type { Application } from '../../world/types'
import type { CommandSpec, Panel, ProcessEnv, ProcessModule } from '../contract'
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
} from './panels'

function commandsFor(env: ProcessEnv): readonly CommandSpec[] {
  const taxOptions = env.jurisdiction.taxTypes.map((t) => ({ value: t.code, label: `${t.code} — ${t.name}` }))
  const segmentOptions = SEGMENTS.map((s) => ({ value: s, label: s }))
  return REGISTRATION_COMMANDS.map((c): CommandSpec => {
    switch (c.type) {
      case 'registration.approve':
        return {
          ...c,
          fields: [
            {
              name: 'taxTypes',
              label: 'Register for',
              kind: 'multiselect',
              options: taxOptions,
              required: true,
              graded: true,
            },
            {
              name: 'segment',
              label: 'Segment',
              kind: 'select',
              options: segmentOptions,
              required: true,
              graded: true,
            },
            {
              name: 'relatedTin',
              label: 'Related taxpayer to link for follow-up (optional)',
              kind: 'tin',
              help: 'For example the old company of the same directors',
            },
          ],
        }
      case 'registration.reject':
        return {
          ...c,
          fields: [{ name: 'reason', label: 'Reason (goes in the letter)', kind: 'text', required: true }],
        }
      case 'registration.suspectDuplicate':
        return { ...c, fields: [{ name: 'tin', label: 'Existing TIN', kind: 'tin', required: true }] }
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
  input: (record, env) => ({ application: record.data, jurisdiction: env.jurisdiction }),
  blocker(context, type) {
    if (!isRegistrationCommand(type)) return { reason: `"${type}" is not a registration step.` }
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
        if (relatedTin && !env.index.get(relatedTin)) return `No taxpayer holds TIN ${relatedTin}.`
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
          : 'Give the reason for the rejection; it goes in the letter to the applicant.'
      case 'registration.suspectDuplicate':
        return typeof command.tin === 'string' && env.index.get(command.tin.trim())
          ? undefined
          : `No taxpayer holds TIN ${String(command.tin ?? '')}.`
      default:
        return undefined
    }
  },
  initialPanels: (record, env) => [applicationPanel(record.data, env.jurisdiction)],
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
            `Duplicate check on ${a.name}`,
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
      'registration.reject': { reason: 'Not satisfied with the application.' },
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
    const turnover = formatMoney(a.expectedTurnover, env.jurisdiction.currency)
    return {
      'registration.approve': {
        taxTypes: {
          text: `Requested on the application: ${a.requestedTaxTypes.join(', ') || 'none'}. Expected turnover ${turnover}; ${a.employees} employee(s).`,
          value: [...new Set([...a.requestedTaxTypes, ...required])],
        },
        segment: {
          text: `Expected turnover on the application: ${turnover}.`,
          value: segmentFor(a.expectedTurnover, env.jurisdiction),
        },
      },
    }
  },

  grade(truth, command, history) {
    const registration = expectedDecision(truth)
    if (!registration) return { grade: 'wrong', why: 'No ground truth for this application.' }
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
        return { grade: 'wrong', why: `${command.type} does not close a registration case.` }
    }
  },
}
