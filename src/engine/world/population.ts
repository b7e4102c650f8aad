/**
 * The existing register: individual and business taxpayers, the people behind them on the
 * civil registry and the companies on the company registry. Every entity draws from its own
 * seed path, so the n-th taxpayer is the same whatever comes before or after it.
 */
import { requiredTaxTypes, segmentFor } from '../rules/registration'
import { PARTY, STREAM, type WorldContext } from './context'
import { businessEmail, businessName, directorCount, incorporationDate } from './companies'
import { dayOf, isoOf, yearsBefore } from './dates'
import { partyNumber, TIN_SERIES } from './ids'
import { bankAccountFor, fullName, makeAddress, makePerson } from './persons'
import {
  BUSINESS_SECTORS,
  INDIVIDUAL_SECTORS,
  pickSector,
  pickSegment,
  staffFor,
  turnoverIn,
} from './sectors'
import type { Company, Person, Taxpayer } from './types'

export interface Population {
  people: Map<string, Person>
  companies: Map<string, Company>
  taxpayers: Taxpayer[]
  /** The civil-registry person behind each individual taxpayer, by taxpayer position. */
  individuals: { person: Person; taxpayer: Taxpayer }[]
  businesses: { company: Company; taxpayer: Taxpayer }[]
}

const STATUSES: readonly (readonly [Taxpayer['status'], number])[] = [
  ['active', 90],
  ['dormant', 7],
  ['deregistered', 3],
]

/** Registration details every taxpayer shares: status, arrears, tax types. */
export function registrationOf(
  ctx: WorldContext,
  t: Omit<Taxpayer, 'status' | 'arrears' | 'taxTypes' | 'segment'>,
) {
  const { draw } = ctx
  const status = draw.weighted(STATUSES)
  const hasArrears = draw.chance(status === 'active' ? 0.1 : 0.35)
  const unit = 10 ** ctx.scenario.jurisdiction.currency.minorUnits
  const arrears = hasArrears
    ? Math.max(unit, Math.round((t.turnover * draw.float(0.004, 0.06)) / unit) * unit)
    : 0
  const taxTypes = requiredTaxTypes(
    { kind: t.kind, turnoverMinor: t.turnover, employees: t.employees ?? 0 },
    ctx.scenario.jurisdiction,
  ).map((taxType) => ({ taxType, from: t.registeredOn }))
  return { status, arrears, taxTypes, segment: segmentFor(t.turnover, ctx.scenario.jurisdiction) }
}

/** A registration date after `earliest` and at least a month before the reference date. */
export function registrationDate(ctx: WorldContext, earliest: string, maxYears: number): string {
  const from = Math.max(dayOf(earliest), dayOf(yearsBefore(ctx.referenceDate, maxYears)))
  const to = ctx.refDay - 30
  return isoOf(ctx.draw.int(Math.min(from, to), to))
}

function individual(ctx: WorldContext, i: number): { person: Person; taxpayer: Taxpayer } {
  ctx.reseed(STREAM.individual, i)
  const { draw } = ctx
  const party = partyNumber(PARTY.registerPerson, i)
  const person = makePerson(ctx, party, { ageMin: 20, ageMax: 80 })
  const sector = pickSector(draw, INDIVIDUAL_SECTORS)
  const segment = pickSegment(draw, sector)
  const unit = 10 ** ctx.scenario.jurisdiction.currency.minorUnits
  const drawn = turnoverIn(draw, ctx.bands[segment], ctx.scenario.jurisdiction.currency.minorUnits)
  const belowVat = Math.floor((ctx.vatThreshold - 1) / unit) * unit
  const turnover = sector.notSales && belowVat > 0 ? Math.min(drawn, belowVat) : drawn
  const employees = staffFor(draw, segment, sector)
  const name = fullName(ctx, person)
  const base = {
    tin: ctx.ids.tin.make(TIN_SERIES.individual, i),
    kind: 'individual' as const,
    name,
    idNumber: person.nationalId,
    birthOrIncorporation: person.birthDate,
    address: { ...person.address },
    phone: person.phone,
    email: person.email,
    bankAccount: bankAccountFor(ctx, party, name),
    sector: sector.name,
    turnover,
    registeredOn: registrationDate(ctx, yearsBefore(person.birthDate, -18), 20),
    directors: [],
    employees,
  }
  return { person, taxpayer: { ...base, ...registrationOf(ctx, base) } }
}

function business(
  ctx: WorldContext,
  j: number,
  individuals: readonly { person: Person }[],
): { company: Company; taxpayer: Taxpayer; newDirectors: Person[] } {
  ctx.reseed(STREAM.business, j)
  const { draw } = ctx
  const party = partyNumber(PARTY.registerCompany, j)
  const sector = pickSector(draw, BUSINESS_SECTORS)
  const segment = pickSegment(draw, sector)
  const turnover = turnoverIn(draw, ctx.bands[segment], ctx.scenario.jurisdiction.currency.minorUnits)
  const employees = staffFor(draw, segment, sector)
  const legalName = businessName(ctx, sector, segment)
  const incorporated = incorporationDate(ctx, 60, 35 * 365)
  const address = makeAddress(ctx)
  // Directors: some are people already on the register, the others new to it.
  const directors: string[] = []
  const newSlots: { d: number; at: number }[] = []
  const count = directorCount(ctx, segment)
  for (let d = 0; d < count; d++) {
    if (individuals.length && draw.chance(0.35)) {
      const id = (individuals[draw.int(0, individuals.length - 1)] as { person: Person }).person.nationalId
      if (!directors.includes(id)) directors.push(id)
    } else {
      newSlots.push({ d, at: directors.length })
      directors.push('')
    }
  }
  const base = {
    tin: ctx.ids.tin.make(TIN_SERIES.business, j),
    kind: 'business' as const,
    name: legalName,
    idNumber: ctx.ids.registryNumber(party),
    birthOrIncorporation: incorporated,
    address,
    phone: ctx.ids.phone(party),
    email: businessEmail(ctx, legalName, segment),
    bankAccount: bankAccountFor(ctx, party, legalName),
    sector: sector.name,
    turnover,
    registeredOn: registrationDate(ctx, incorporated, 30),
    directors,
    employees,
  }
  const taxpayer: Taxpayer = { ...base, ...registrationOf(ctx, base) }
  const companyStatus: Company['status'] =
    taxpayer.status === 'deregistered' ? (draw.chance(0.6) ? 'struck-off' : 'in-liquidation') : 'active'
  const newDirectors = newSlots.map(({ d, at }) => {
    ctx.reseed(STREAM.director, j, d)
    const person = makePerson(ctx, partyNumber(PARTY.director, j * 5 + d), {
      ageMin: 25,
      ageMax: 75,
      occupation: 'Business owner',
    })
    directors[at] = person.nationalId
    return person
  })
  const company: Company = {
    registryNumber: base.idNumber,
    legalName,
    incorporated,
    address: { ...address },
    directors: [...directors],
    status: companyStatus,
  }
  return { company, taxpayer, newDirectors }
}

/** Generates the register; `tick` is called after each taxpayer. */
export function generatePopulation(ctx: WorldContext, tick: () => void): Population {
  const { individuals: nInd, businesses: nBus } = ctx.scenario.world.population
  const pop: Population = {
    people: new Map(),
    companies: new Map(),
    taxpayers: [],
    individuals: [],
    businesses: [],
  }
  for (let i = 0; i < nInd; i++) {
    const entry = individual(ctx, i)
    pop.people.set(entry.person.nationalId, entry.person)
    pop.taxpayers.push(entry.taxpayer)
    pop.individuals.push(entry)
    tick()
  }
  for (let j = 0; j < nBus; j++) {
    const { company, taxpayer, newDirectors } = business(ctx, j, pop.individuals)
    for (const p of newDirectors) pop.people.set(p.nationalId, p)
    pop.companies.set(company.registryNumber, company)
    pop.taxpayers.push(taxpayer)
    pop.businesses.push({ company, taxpayer })
    tick()
  }
  return pop
}
