/**
 * Applications from companies: genuine ones, bogus registrations behind a front, genuine firms
 * that understate turnover to stay under the VAT threshold, and phoenix companies set up by the
 * directors of a firm that left arrears behind.
 */
import { segmentFor } from '../../rules/registration'
import { PARTY, type WorldContext } from '../../world/context'
import {
  businessEmail,
  businessName,
  coreName,
  rebirthWord,
  directorCount,
  incorporationDate,
} from '../../world/companies'
import { ageOn, dayOf, isoOf } from '../../world/dates'
import { BOGUS_PROOFS, EMPTY_PREMISES, formatAddress } from './documents'
import { day, list, money, msg } from '../../primitives/message'
import {
  businessDraft,
  companyParty,
  newApplicantFacts,
  otherParty,
  pickExisting,
  registerPerson,
  spare,
  truthOf,
  type Built,
  type CaseState,
  type Facts,
  type Slot,
} from './drafts'
import { partyNumber } from '../../world/ids'
import { bankAccountFor, fullName, makeAddress, makePerson } from '../../world/persons'
import { BUSINESS_SECTORS, roundEstimate, staffFor, type Sector } from '../../world/sectors'
import type { Address, Company, Person, Taxpayer } from '../../world/types'

function newCompany(
  ctx: WorldContext,
  st: CaseState,
  slot: Slot,
  facts: Facts,
  options: { directors?: string[]; address?: Address; name?: string; incorporated?: string } = {},
): Company {
  const segment = segmentFor(facts.turnover, ctx.scenario.jurisdiction)
  let directors = options.directors
  if (!directors) {
    directors = []
    for (let d = 0; d < Math.min(3, directorCount(ctx, segment)); d++) {
      const person = makePerson(ctx, otherParty(slot, d), {
        ageMin: 25,
        ageMax: 70,
        occupation: 'Business owner',
      })
      registerPerson(st, person)
      directors.push(person.nationalId)
    }
  }
  const company: Company = {
    registryNumber: ctx.ids.registryNumber(companyParty(slot)),
    legalName: options.name ?? businessName(ctx, facts.sector, segment),
    incorporated: options.incorporated ?? incorporationDate(ctx, 5, 365),
    address: { ...(options.address ?? makeAddress(ctx)) },
    directors,
    status: 'active',
  }
  st.pop.companies.set(company.registryNumber, company)
  return company
}

const contacts = (ctx: WorldContext, slot: Slot, company: Company, facts: Facts) => ({
  phone: ctx.ids.phone(companyParty(slot)),
  email: businessEmail(ctx, company.legalName, segmentFor(facts.turnover, ctx.scenario.jurisdiction)),
})

export function genuineBusiness(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const facts = newApplicantFacts(ctx, 'business')
  const company = newCompany(ctx, st, slot, facts)
  const bank = bankAccountFor(ctx, companyParty(slot), company.legalName)
  const application = businessDraft(
    ctx,
    st.pop.people,
    company,
    facts,
    bank,
    contacts(ctx, slot, company, facts),
  )
  return {
    application,
    truth: truthOf(
      ctx,
      'genuine',
      'approve',
      { kind: 'business', ...facts },
      {
        flags: [],
        evidence: [],
        explanation: msg('registration.truth.genuine.business'),
      },
    ),
  }
}

const names = (ctx: WorldContext, st: CaseState, ids: readonly string[]) =>
  ids.map((id) => {
    const p = st.pop.people.get(id)
    return p ? fullName(ctx, p) : id
  })

/** Re-dates an existing taxpayer as recently registered (a member of a bogus cluster). */
function makeRecent(ctx: WorldContext, st: CaseState, t: Taxpayer, registeredOn: string) {
  t.registeredOn = registeredOn
  t.status = 'active'
  t.arrears = 0
  t.taxTypes = t.taxTypes.map((r) => ({ ...r, from: registeredOn }))
  if (t.kind === 'business') {
    const incorporated = isoOf(dayOf(registeredOn) - ctx.draw.int(5, 40))
    t.birthOrIncorporation = incorporated
    const company = st.pop.companies.get(t.idNumber)
    if (company) {
      company.incorporated = incorporated
      company.status = 'active'
    }
  }
}

/** Existing taxpayers re-dated as recently registered, all on one phone and/or one address. */
function bogusCluster(
  ctx: WorldContext,
  st: CaseState,
  slot: Slot,
  share: 'phone' | 'address' | 'both',
  /** How many taxpayers share the phone or address; 3 to 5 when the trainer leaves it to the seed. */
  fixedSize: number | undefined,
): { phone: string; address: Address; members: Taxpayer[] } {
  const { draw } = ctx
  const phone = ctx.ids.phone(partyNumber(PARTY.cluster, slot.number))
  const address = makeAddress(ctx)
  const size = fixedSize ?? draw.int(3, 5)
  const members: Taxpayer[] = []
  for (let k = 0; k < size; k++) {
    const kind =
      spare(st, 'business') > 0 ? 'business' : spare(st, 'individual') > 0 ? 'individual' : undefined
    if (!kind) break
    const { taxpayer } = pickExisting(ctx, st, kind, false)
    makeRecent(ctx, st, taxpayer, isoOf(ctx.refDay - draw.int(15, 150)))
    if (share !== 'address') taxpayer.phone = phone
    if (share !== 'phone') {
      taxpayer.address = { ...address }
      const company = st.pop.companies.get(taxpayer.idNumber)
      if (company) company.address = { ...address }
    }
    members.push(taxpayer)
  }
  return { phone, address, members }
}

type Front = 'student' | 'deceased' | 'unemployed'

/** The person a bogus company is registered in the name of. */
function frontOwner(ctx: WorldContext, st: CaseState, slot: Slot, front: Front): Person {
  const owner =
    front === 'student'
      ? makePerson(ctx, otherParty(slot, 0), { ageMin: 18, ageMax: 20, occupation: 'Student' })
      : front === 'deceased'
        ? makePerson(ctx, otherParty(slot, 0), { ageMin: 60, ageMax: 85, occupation: 'Retired' })
        : makePerson(ctx, otherParty(slot, 0), { ageMin: 20, ageMax: 28, occupation: 'Unemployed' })
  if (front === 'deceased') {
    owner.status = 'deceased'
    owner.diedOn = isoOf(ctx.refDay - ctx.draw.int(200, 1500))
  }
  registerPerson(st, owner)
  return owner
}

/** What a bogus company declares: a trading sector and a turnover above the VAT threshold. */
function bogusFacts(ctx: WorldContext): Facts {
  const { draw } = ctx
  const sector = draw.pick(
    BUSINESS_SECTORS.filter((s) =>
      ['Wholesale trade', 'Retail trade', 'Construction', 'ICT services'].includes(s.name),
    ),
  )
  const minorUnits = ctx.scenario.jurisdiction.currency.minorUnits
  const turnover = roundEstimate(
    Math.max(ctx.vatThreshold, ctx.bands.small[0]) * draw.float(1.5, 6),
    minorUnits,
  )
  return { sector, turnover, employees: draw.int(2, 10) }
}

export function bogusRegistration(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { draw } = ctx
  const knob = ctx.scenario.world.registration?.variants?.['bogus-registration']?.sharedPhoneTins
  const drawn = draw.weighted([
    ['phone', 35],
    ['address', 30],
    ['both', 35],
  ] as const)
  // A trainer who fixes how many TINs share the phone asks for a shared phone.
  const share = knob !== undefined && drawn === 'address' ? 'both' : drawn
  const cluster = bogusCluster(ctx, st, slot, share, knob)
  const front = draw.weighted([
    ['student', 50],
    ['deceased', 30],
    ['unemployed', 20],
  ] as const)
  const owner = frontOwner(ctx, st, slot, front)
  const facts = bogusFacts(ctx)
  const company = newCompany(ctx, st, slot, facts, {
    directors: [owner.nationalId],
    incorporated: isoOf(ctx.refDay - draw.int(10, 60)),
    ...(share !== 'phone' ? { address: cluster.address } : {}),
  })
  const bank = bankAccountFor(ctx, companyParty(slot), company.legalName)
  const [proofType, remark] = draw.pick(BOGUS_PROOFS)
  const { phone, email } = contacts(ctx, slot, company, facts)
  const application = businessDraft(ctx, st.pop.people, company, facts, bank, {
    phone: share !== 'address' ? cluster.phone : phone,
    email,
    credits: 0,
    bankOpenedOn: isoOf(ctx.refDay - draw.int(3, 20)),
    proof: { type: proofType, remark },
  })
  application.premisesReport = draw.pick(EMPTY_PREMISES)
  application.queryResponse = msg(
    `registration.reply.bogus.${draw.pick(['landlord', 'online', 'accountant'] as const)}`,
  )
  const age = ageOn(owner.birthDate, owner.diedOn ?? ctx.referenceDate)
  const director =
    front === 'student'
      ? msg('registration.truth.bogus.student', { age })
      : front === 'deceased'
        ? msg('registration.truth.bogus.deceased', { on: day(owner.diedOn ?? '') })
        : msg('registration.truth.bogus.unemployed', { age, amount: money(facts.turnover) })
  const shared = { count: cluster.members.length, tins: list(cluster.members.map((m) => m.tin)) }
  return {
    application,
    truth: truthOf(
      ctx,
      'bogus-registration',
      'reject',
      { kind: 'business', ...facts },
      {
        flags: [
          ...(share !== 'address'
            ? [msg('registration.truth.bogus.sharedPhone', { phone: cluster.phone, ...shared })]
            : []),
          ...(share !== 'phone'
            ? [
                msg('registration.truth.bogus.sharedAddress', {
                  address: formatAddress(cluster.address),
                  ...shared,
                }),
              ]
            : []),
          msg('registration.truth.bogus.proof', { remark }),
          msg('registration.truth.bogus.noActivity'),
          director,
        ],
        evidence: ['register-search', 'premises', 'documents', 'civil-registry'],
        explanation: msg('registration.truth.bogus.explanation', { share }),
      },
    ),
  }
}

export function vatThreshold(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { draw } = ctx
  const minorUnits = ctx.scenario.jurisdiction.currency.minorUnits
  const unit = 10 ** minorUnits
  const sector = draw.pick(BUSINESS_SECTORS.filter((s) => s.segments[0] !== 'large'))
  const trueTurnover = Math.round((ctx.vatThreshold * draw.float(1.2, 2.8)) / unit) * unit
  const declared = roundEstimate(ctx.vatThreshold * draw.float(0.45, 0.85), minorUnits)
  const employees = staffFor(draw, segmentFor(trueTurnover, ctx.scenario.jurisdiction), sector)
  const facts: Facts = { sector, turnover: declared, employees }
  const company = newCompany(ctx, st, slot, facts, { incorporated: incorporationDate(ctx, 400, 4 * 365) })
  const bank = bankAccountFor(ctx, companyParty(slot), company.legalName)
  const application = businessDraft(ctx, st.pop.people, company, facts, bank, {
    ...contacts(ctx, slot, company, facts),
    credits: trueTurnover,
    bankOpenedOn: isoOf(dayOf(company.incorporated) + draw.int(5, 60)),
  })
  application.queryResponse = msg('registration.reply.vatThreshold', {
    amount: money(roundEstimate(trueTurnover, minorUnits)),
  })
  return {
    application,
    truth: truthOf(
      ctx,
      'vat-threshold',
      'approve',
      { kind: 'business', turnover: trueTurnover, employees },
      {
        flags: [
          msg('registration.truth.vat.credits', {
            credits: money(trueTurnover),
            threshold: money(ctx.vatThreshold),
          }),
          msg('registration.truth.vat.declared', { declared: money(declared) }),
        ],
        evidence: ['documents'],
        explanation: msg('registration.truth.vat.explanation', { turnover: money(trueTurnover) }),
      },
    ),
  }
}

export function phoenix(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { draw } = ctx
  const { company: oldCompany, taxpayer: old } = pickExisting(ctx, st, 'business', true)
  const unit = 10 ** ctx.scenario.jurisdiction.currency.minorUnits
  old.status = draw.chance(0.5) ? 'dormant' : 'deregistered'
  old.arrears = Math.max(
    old.arrears,
    unit * 1000,
    Math.round((old.turnover * draw.float(0.04, 0.15)) / unit) * unit,
  )
  oldCompany.status =
    old.status === 'deregistered' ? draw.pick(['struck-off', 'in-liquidation'] as const) : 'active'

  const directors = [...oldCompany.directors]
  if (draw.chance(0.3)) {
    const nominee = makePerson(ctx, otherParty(slot, 0), {
      ageMin: 21,
      ageMax: 60,
      occupation: 'Business owner',
    })
    registerPerson(st, nominee)
    directors.push(nominee.nationalId)
  }
  const sharesAddress = draw.chance(0.6)
  const sharesBank = draw.chance(0.4)
  const sharesPhone = draw.chance(0.25)
  const sector: Sector = BUSINESS_SECTORS.find((s) => s.name === old.sector) ?? draw.pick(BUSINESS_SECTORS)
  const facts = newApplicantFacts(ctx, 'business', sector)
  const segment = segmentFor(facts.turnover, ctx.scenario.jurisdiction)
  const name = draw.chance(0.5)
    ? businessName(ctx, sector, segment, `${coreName(ctx, old.name)} ${rebirthWord(ctx)}`)
    : businessName(ctx, sector, segment)
  const company = newCompany(ctx, st, slot, facts, {
    directors,
    name,
    incorporated: incorporationDate(ctx, 15, 150),
    ...(sharesAddress ? { address: old.address } : {}),
  })
  const bank = sharesBank
    ? { ...old.bankAccount }
    : bankAccountFor(ctx, companyParty(slot), company.legalName)
  const own = contacts(ctx, slot, company, facts)
  const application = businessDraft(ctx, st.pop.people, company, facts, bank, {
    phone: sharesPhone ? old.phone : own.phone,
    email: own.email,
    ...(sharesBank ? { bankOpenedOn: old.registeredOn } : {}),
  })
  if (sharesAddress)
    application.premisesReport = msg('registration.premises.signboard', {
      report: application.premisesReport,
      company: old.name,
    })
  application.queryResponse = msg('registration.reply.phoenix')

  const shared = directors.filter((id) => oldCompany.directors.includes(id))
  const p = (key: string, args?: Parameters<typeof msg>[1]) =>
    msg(`registration.truth.phoenix.${key}`, { company: old.name, ...args })
  const flags = [
    p('directors', { directors: list(names(ctx, st, shared)), count: shared.length, tin: old.tin }),
    p('arrears', { status: msg(`common.taxpayerStatus.${old.status}`), amount: money(old.arrears) }),
    ...(sharesAddress ? [p('address', { address: formatAddress(old.address) })] : []),
    ...(sharesBank ? [p('bank', { account: old.bankAccount.number })] : []),
    ...(sharesPhone ? [p('phone')] : []),
  ]
  return {
    application,
    truth: truthOf(
      ctx,
      'phoenix',
      'approve',
      { kind: 'business', ...facts },
      {
        relatedTin: old.tin,
        flags,
        evidence: ['company-registry', 'register-search'],
        explanation: p('explanation', { amount: money(old.arrears), tin: old.tin }),
      },
    ),
  }
}
