/**
 * Registration through the process contract: the world's applications become case records,
 * their ground truth becomes CaseTruth with the best commands, and grading uses the table in
 * grade.ts.
 */
import { formatMoney } from '../../rules/money'
import { requiredTaxTypes, segmentFor } from '../../rules/registration'
import { addDays } from '../../primitives/calendar'
import type { Jurisdiction } from '../../scenario/schema'
import { judgeRegistration } from './grade'
import {
  SEGMENTS,
  type RegistrationAnomaly,
  type RegistrationLookalike,
  type TadatCode,
} from '../../vocabulary'
import { duplicateCandidates } from '../../world/search'
import type { Application, RegistrationTruth, World } from '../../world/types'
import type {
  CaseRecord,
  CaseTruth,
  Command,
  CommandSpec,
  Panel,
  ProcessEnv,
  ProcessModule,
} from '../contract'
import {
  REGISTRATION_COMMANDS,
  REGISTRATION_STATE_LABELS,
  approvalProblem,
  registrationBlocker,
  registrationMachine,
  isRegistrationCommand,
  type RegistrationContext,
} from '../registration.machine'
import {
  applicationPanel,
  civilRegistryPanel,
  companyRegistryPanel,
  documentsPanel,
  premisesPanel,
  replyPanel,
  searchPanel,
} from './panels'
import { legacyRefusal } from '../legacy-refusal'

/** TADAT indicators each kind of registration case touches. */
const KIND_TADAT: Record<RegistrationAnomaly | RegistrationLookalike | 'genuine', TadatCode[]> = {
  'duplicate-identity': ['P1-1'],
  'identity-mismatch': ['P1-1'],
  'bogus-registration': ['P1-1', 'P1-2'],
  'vat-threshold': ['P1-2'],
  phoenix: ['P1-1', 'P5-15'],
  namesake: ['P1-1'],
  'shared-family-address': ['P1-1'],
  genuine: ['P1-1'],
}

export function registrationRecords(world: World, j: Jurisdiction): CaseRecord<Application>[] {
  return world.applications.map((a) => ({
    id: a.id,
    process: 'registration',
    tin: '',
    title: `${a.kind === 'business' ? 'Business' : 'Individual'}: ${a.name}`,
    receivedOn: a.receivedOn,
    dueOn: addDays(a.receivedOn, j.deadlines.registrationDecisionDays),
    amount: 0,
    priority: 'normal',
    data: a,
  }))
}

function describeExpected(truth: RegistrationTruth): string {
  if (truth.expected === 'link') return `Link to the existing TIN ${truth.relatedTin}`
  if (truth.expected === 'reject') return 'Reject the application'
  const related = truth.relatedTin ? `, linked to ${truth.relatedTin}` : ''
  return `Approve and issue a TIN for ${truth.taxTypes.join(', ')} (${truth.segment} segment)${related}`
}

function bestCommands(truth: RegistrationTruth): Command[] {
  const steps: Command[] = [
    { type: 'registration.verifyIdentity' },
    { type: 'registration.verifyDocuments' },
    { type: 'registration.checkDuplicates' },
  ]
  if (truth.evidence.includes('premises')) steps.push({ type: 'registration.inspectPremises' })
  switch (truth.expected) {
    case 'link':
      return [
        ...steps,
        { type: 'registration.suspectDuplicate', tin: truth.relatedTin! },
        { type: 'registration.linkToExisting' },
      ]
    case 'reject':
      return [...steps, { type: 'registration.reject', reason: truth.flags[0] ?? truth.explanation }]
    case 'approve':
      return [
        ...steps,
        {
          type: 'registration.approve',
          taxTypes: [...truth.taxTypes],
          segment: truth.segment,
          ...(truth.relatedTin ? { relatedTin: truth.relatedTin } : {}),
        },
      ]
  }
}

export function registrationTruths(world: World): CaseTruth[] {
  const arrears = new Map(world.taxpayers.map((t) => [t.tin, t.arrears]))
  return world.truth.registration.map((t) => ({
    caseId: t.applicationId,
    process: 'registration',
    kind: t.kind,
    expected: describeExpected(t),
    explanation: t.explanation,
    flags: t.flags,
    ...(t.clearing ? { clearing: t.clearing } : {}),
    ...(t.facts ? { facts: t.facts } : {}),
    evidence: t.evidence,
    tadat: KIND_TADAT[t.kind],
    atStake: t.relatedTin ? (arrears.get(t.relatedTin) ?? 0) : 0,
    best: bestCommands(t),
  }))
}

const application = (record: CaseRecord) => record.data as Application

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

export const registrationModule: ProcessModule<RegistrationContext> = {
  id: 'registration',
  machine: registrationMachine,
  commands: REGISTRATION_COMMANDS,
  commandsFor,
  stateLabels: REGISTRATION_STATE_LABELS,
  input: (record, env) => ({ application: application(record), jurisdiction: env.jurisdiction }),
  blocker: (context, type) =>
    legacyRefusal(
      isRegistrationCommand(type)
        ? registrationBlocker(context, type)
        : `"${type}" is not a registration step.`,
    ),
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
  initialPanels: (record, env) => [applicationPanel(application(record), env.jurisdiction)],
  reveal(record, command, env): Panel[] {
    const a = application(record)
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
    const a = application(record)
    const top = context.checks.duplicates ? duplicateCandidates(env.index, a)[0]?.tin : undefined
    return {
      'registration.reject': { reason: 'Not satisfied with the application.' },
      'registration.suspectDuplicate': { tin: context.suspectedTin ?? top ?? '' },
      // The register search form can be filled from the application in one click.
      'register.search': { name: a.name, idNumber: a.idNumber, phone: a.phone },
    }
  },
  reference(record, env) {
    const a = application(record)
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

  grade(truth, command, history, env) {
    const registration = env.world.truth.registration.find((t) => t.applicationId === truth.caseId)
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
