/**
 * Shared pieces of application building: the slot an application is generated in, the state
 * that keeps anomalies from reusing the same taxpayer, the declared facts of a new applicant,
 * and the form-plus-documents of a consistent application that the anomaly builders adjust.
 */
import { BUSINESSES, INDIVIDUALS, WorldShortfall } from '../../world/shortfall'
import { requiredTaxTypes, segmentFor } from '../../rules/registration'
import type { RegistrationEvidence } from './kinds'
import type { RegistrationTruth } from './truth'
import type { CaseKind } from './cases'
import { PARTY, type WorldContext } from '../../world/context'
import { isoOf } from '../../world/dates'
import {
  addressProofDocument,
  bankLetterDocument,
  companyExtractDocument,
  GENUINE_REPLIES,
  genuinePremises,
  idCardOf,
  nationalIdDocument,
  type IdCard,
} from './documents'
import { partyNumber } from '../../world/ids'
import { fullName } from '../../world/persons'
import { msg, type Arg, type Text } from '../../primitives/message'
import type { Population } from '../../world/population'
import {
  BUSINESS_SECTORS,
  INDIVIDUAL_SECTORS,
  pickSector,
  pickSegment,
  roundEstimate,
  staffFor,
  turnoverIn,
  type Sector,
} from '../../world/sectors'
import type {
  Address,
  Application,
  ApplicationDocument,
  BankAccount,
  Company,
  Person,
  Taxpayer,
} from '../../world/types'

export type { CaseKind }

/** One application to generate: its kind and its position among applications of that kind. */
export interface Slot {
  kind: CaseKind
  kindIndex: number
  index: number
  /** Unique per slot; fixes the identifiers of everything the application brings along. */
  number: number
}

export const applicantParty = (slot: Slot) => partyNumber(PARTY.applicant, slot.number)
export const otherParty = (slot: Slot, k: number) => partyNumber(PARTY.applicantOther, slot.number * 8 + k)
export const companyParty = (slot: Slot) => partyNumber(PARTY.applicantCompany, slot.number)

export interface CaseState {
  pop: Population
  usedIndividuals: Set<number>
  usedBusinesses: Set<number>
  /** Taxpayers still needed by later slots, so an earlier kind does not take them all. */
  reserve: { individual: number; business: number }
}

export interface Built {
  application: Omit<Application, 'id'>
  truth: RegistrationTruth
}

/** Picks an existing taxpayer of the kind that no other anomaly uses. */
export function pickExisting<K extends 'individual' | 'business'>(
  ctx: WorldContext,
  st: CaseState,
  kind: K,
  fromReserve: boolean,
): K extends 'individual' ? Population['individuals'][number] : Population['businesses'][number] {
  const list: readonly { taxpayer: Taxpayer }[] =
    kind === 'individual' ? st.pop.individuals : st.pop.businesses
  const used = kind === 'individual' ? st.usedIndividuals : st.usedBusinesses
  if (used.size >= list.length)
    throw new WorldShortfall(
      kind === 'individual' ? INDIVIDUALS : BUSINESSES,
      msg('session.shortfall.registration', { kind, have: list.length }),
    )
  let at = -1
  for (let attempt = 0; attempt < 32 && at < 0; attempt++) {
    const k = ctx.draw.int(0, list.length - 1)
    if (!used.has(k)) at = k
  }
  for (let k = ctx.draw.int(0, list.length - 1); at < 0; k = (k + 1) % list.length) if (!used.has(k)) at = k
  used.add(at)
  if (fromReserve) st.reserve[kind] -= 1
  return list[at] as never
}

/** How many more taxpayers of a kind can be taken without touching the reserve. */
export function spare(st: CaseState, kind: 'individual' | 'business'): number {
  const total = kind === 'individual' ? st.pop.individuals.length : st.pop.businesses.length
  const used = kind === 'individual' ? st.usedIndividuals.size : st.usedBusinesses.size
  return total - used - st.reserve[kind]
}

export interface Facts {
  sector: Sector
  /** Declared expected turnover (minor units, a round estimate). */
  turnover: number
  employees: number
}

/** What a new applicant declares: a sector and a consistent turnover and staff. */
export function newApplicantFacts(
  ctx: WorldContext,
  kind: 'individual' | 'business',
  sector?: Sector,
): Facts {
  const { draw } = ctx
  const chosen =
    sector ??
    pickSector(
      draw,
      kind === 'individual'
        ? INDIVIDUAL_SECTORS.filter((s) => s.name !== 'Employment income')
        : BUSINESS_SECTORS,
    )
  let segment = pickSegment(draw, chosen)
  if (segment === 'large') segment = 'medium'
  const minorUnits = ctx.scenario.jurisdiction.currency.minorUnits
  const turnover = roundEstimate(turnoverIn(draw, ctx.bands[segment], minorUnits), minorUnits)
  return {
    sector: chosen,
    turnover,
    employees: staffFor(draw, segmentFor(turnover, ctx.scenario.jurisdiction), chosen),
  }
}

export const receivedOn = (ctx: WorldContext) => isoOf(ctx.refDay - ctx.draw.int(1, 6))

export const required = (
  ctx: WorldContext,
  kind: 'individual' | 'business',
  turnover: number,
  employees: number,
) => requiredTaxTypes({ kind, turnoverMinor: turnover, employees }, ctx.scenario.jurisdiction)

/** A consistent individual application; the options are what an anomaly changes. */
export function individualDraft(
  ctx: WorldContext,
  person: Person,
  facts: Facts,
  bank: BankAccount,
  options: {
    name?: string
    card?: IdCard
    idNumber?: string
    birthDate?: string
    phone?: string
    email?: string
    address?: Address
    idRemark?: Text
    bankOpenedOn?: string
  } = {},
): Omit<Application, 'id'> {
  const name = options.name ?? fullName(ctx, person)
  const address = options.address ?? person.address
  const docs: ApplicationDocument[] = [
    nationalIdDocument(ctx, options.card ?? idCardOf(person), options.idRemark),
    addressProofDocument(ctx, name, address),
    bankLetterDocument(ctx, bank, {
      openedOn: options.bankOpenedOn ?? isoOf(ctx.refDay - ctx.draw.int(30, 2000)),
      creditsLast12Months: Math.round(facts.turnover * ctx.draw.float(0.5, 0.95)),
    }),
  ]
  return {
    receivedOn: receivedOn(ctx),
    kind: 'individual',
    name,
    idNumber: options.idNumber ?? person.nationalId,
    birthOrIncorporation: options.birthDate ?? person.birthDate,
    address: { ...address },
    phone: options.phone ?? person.phone,
    email: options.email ?? person.email,
    bankAccount: bank,
    sector: facts.sector.name,
    expectedTurnover: facts.turnover,
    employees: facts.employees,
    requestedTaxTypes: required(ctx, 'individual', facts.turnover, facts.employees),
    directors: [],
    documents: docs,
    queryResponse: ctx.draw.pick(GENUINE_REPLIES),
    premisesReport: genuinePremises(ctx, facts.sector.name, facts.employees),
  }
}

/** A consistent business application for a company on the registry. */
export function businessDraft(
  ctx: WorldContext,
  people: ReadonlyMap<string, Person>,
  company: Company,
  facts: Facts,
  bank: BankAccount,
  options: {
    phone: string
    email: string
    credits?: number
    bankOpenedOn?: string
    proof?: { type: Text; remark: Text }
  },
): Omit<Application, 'id'> {
  const firstDirector = people.get(company.directors[0] ?? '')
  const docs: ApplicationDocument[] = [
    companyExtractDocument(company, people, (p) => fullName(ctx, p)),
    ...(firstDirector ? [nationalIdDocument(ctx, idCardOf(firstDirector))] : []),
    addressProofDocument(ctx, company.legalName, company.address, options.proof ?? {}),
    bankLetterDocument(ctx, bank, {
      openedOn: options.bankOpenedOn ?? company.incorporated,
      creditsLast12Months: options.credits ?? Math.round(facts.turnover * ctx.draw.float(0.1, 0.5)),
    }),
  ]
  return {
    receivedOn: receivedOn(ctx),
    kind: 'business',
    name: company.legalName,
    idNumber: company.registryNumber,
    birthOrIncorporation: company.incorporated,
    address: { ...company.address },
    phone: options.phone,
    email: options.email,
    bankAccount: bank,
    sector: facts.sector.name,
    expectedTurnover: facts.turnover,
    employees: facts.employees,
    requestedTaxTypes: required(ctx, 'business', facts.turnover, facts.employees),
    directors: [...company.directors],
    documents: docs,
    queryResponse: ctx.draw.pick(GENUINE_REPLIES),
    premisesReport: genuinePremises(ctx, facts.sector.name, facts.employees),
  }
}

/** What a case builder says about its truth; tax types and segment are computed by truthOf. */
export interface TruthParts {
  relatedTin?: string
  flags: Text[]
  clearing?: Text[]
  facts?: Record<string, Arg>
  evidence: RegistrationEvidence[]
  explanation: Text
}

/** Ground truth, with tax types and segment computed from the true figures. */
export function truthOf(
  ctx: WorldContext,
  kind: CaseKind,
  expected: RegistrationTruth['expected'],
  basis: { kind: 'individual' | 'business'; turnover: number; employees: number },
  rest: TruthParts,
): Built['truth'] {
  return {
    kind,
    expected,
    ...(rest.relatedTin ? { relatedTin: rest.relatedTin } : {}),
    taxTypes: required(ctx, basis.kind, basis.turnover, basis.employees),
    segment: segmentFor(basis.turnover, ctx.scenario.jurisdiction),
    flags: rest.flags,
    ...(rest.clearing ? { clearing: rest.clearing } : {}),
    ...(rest.facts ? { facts: rest.facts } : {}),
    evidence: rest.evidence,
    explanation: rest.explanation,
  }
}

/** Adds a person to the civil registry. */
export const registerPerson = (st: CaseState, p: Person) => st.pop.people.set(p.nationalId, p)
