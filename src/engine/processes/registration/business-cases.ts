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
  directorCount,
  incorporationDate,
} from '../../world/companies'
import { ageOn, dayOf, isoOf } from '../../world/dates'
import { BOGUS_PROOFS, EMPTY_PREMISES, formatAddress, money } from './documents'
import {
  businessDraft,
  companyParty,
  newApplicantFacts,
  otherParty,
  listing,
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
import type { Address, Company, Taxpayer } from '../../world/types'

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
        explanation:
          'Company, directors, documents and register search are all consistent: approve with the tax types the declared figures require.',
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

export function bogusRegistration(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { draw } = ctx
  const share = draw.weighted([
    ['phone', 35],
    ['address', 30],
    ['both', 35],
  ] as const)
  const sharesPhone = share !== 'address'
  const sharesAddress = share !== 'phone'
  const clusterPhone = ctx.ids.phone(partyNumber(PARTY.cluster, slot.number))
  const clusterAddress = makeAddress(ctx)
  const size = draw.int(3, 5)
  const members: Taxpayer[] = []
  for (let k = 0; k < size; k++) {
    const kind =
      spare(st, 'business') > 0 ? 'business' : spare(st, 'individual') > 0 ? 'individual' : undefined
    if (!kind) break
    const { taxpayer } = pickExisting(ctx, st, kind, false)
    makeRecent(ctx, st, taxpayer, isoOf(ctx.refDay - draw.int(15, 150)))
    if (sharesPhone) taxpayer.phone = clusterPhone
    if (sharesAddress) {
      taxpayer.address = { ...clusterAddress }
      const company = st.pop.companies.get(taxpayer.idNumber)
      if (company) company.address = { ...clusterAddress }
    }
    members.push(taxpayer)
  }

  const front = draw.weighted([
    ['student', 50],
    ['deceased', 30],
    ['unemployed', 20],
  ] as const)
  const owner =
    front === 'student'
      ? makePerson(ctx, otherParty(slot, 0), { ageMin: 18, ageMax: 20, occupation: 'Student' })
      : front === 'deceased'
        ? makePerson(ctx, otherParty(slot, 0), { ageMin: 60, ageMax: 85, occupation: 'Retired' })
        : makePerson(ctx, otherParty(slot, 0), { ageMin: 20, ageMax: 28, occupation: 'Unemployed' })
  if (front === 'deceased') {
    owner.status = 'deceased'
    owner.diedOn = isoOf(ctx.refDay - draw.int(200, 1500))
  }
  registerPerson(st, owner)

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
  const facts: Facts = { sector, turnover, employees: draw.int(2, 10) }
  const company = newCompany(ctx, st, slot, facts, {
    directors: [owner.nationalId],
    incorporated: isoOf(ctx.refDay - draw.int(10, 60)),
    ...(sharesAddress ? { address: clusterAddress } : {}),
  })
  const bank = bankAccountFor(ctx, companyParty(slot), company.legalName)
  const [proofType, remark] = draw.pick(BOGUS_PROOFS)
  const { phone, email } = contacts(ctx, slot, company, facts)
  const application = businessDraft(ctx, st.pop.people, company, facts, bank, {
    phone: sharesPhone ? clusterPhone : phone,
    email,
    credits: 0,
    bankOpenedOn: isoOf(ctx.refDay - draw.int(3, 20)),
    proof: { type: proofType, remark },
  })
  application.premisesReport = draw.pick(EMPTY_PREMISES)
  application.queryResponse = draw.pick([
    'Our director is travelling. The landlord will sign the agreement when he is back; please issue the TIN so we can start invoicing.',
    'We trade mainly online and only use the address for correspondence.',
    'Our accountant handles everything. Please call him, not the director.',
  ])

  const tins = members.map((m) => m.tin).join(', ')
  const age = ageOn(owner.birthDate, owner.diedOn ?? ctx.referenceDate)
  const flags = [
    ...(sharesPhone
      ? [
          `Phone ${clusterPhone} is already used by ${members.length} taxpayers registered in the last five months (${tins})`,
        ]
      : []),
    ...(sharesAddress
      ? [
          `Address ${formatAddress(clusterAddress)} is shared with ${members.length} recently registered taxpayers (${tins})`,
        ]
      : []),
    `Address proof: ${remark.charAt(0).toLowerCase()}${remark.slice(1)}`,
    'Premises inspection found no business activity',
    front === 'student'
      ? `The sole director is a ${age}-year-old student with no business history`
      : front === 'deceased'
        ? `The sole director died on ${owner.diedOn} according to the civil registry`
        : `The sole director is ${age} and unemployed, yet the firm declares ${money(ctx, turnover)} a year`,
  ]
  return {
    application,
    truth: truthOf(
      ctx,
      'bogus-registration',
      'reject',
      { kind: 'business', ...facts },
      {
        flags,
        evidence: ['register-search', 'premises', 'documents', 'civil-registry'],
        explanation: `A bogus registration: the ${share === 'both' ? 'phone and address are' : `${share} is`} shared with recently registered firms, the address proof is defective, nobody trades at the premises and the director is a front; reject it.`,
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
  application.queryResponse = `The credits on the bank letter are our sales. We estimated low because we expect a slower year, but last year's sales were about ${money(ctx, roundEstimate(trueTurnover, minorUnits))}.`
  return {
    application,
    truth: truthOf(
      ctx,
      'vat-threshold',
      'approve',
      { kind: 'business', turnover: trueTurnover, employees },
      {
        flags: [
          `Bank letter shows ${money(ctx, trueTurnover)} credited in the last 12 months, above the VAT threshold of ${money(ctx, ctx.vatThreshold)}`,
          `The applicant declares ${money(ctx, declared)} a year and did not ask for VAT`,
        ],
        evidence: ['documents'],
        explanation: `The business is genuine, but its bank letter shows turnover of ${money(ctx, trueTurnover)}, above the VAT threshold, so approve it with VAT registration.`,
      },
    ),
  }
}

const PHOENIX_WORDS = ['Global', 'International', 'Holdings', 'Resources', 'New', 'Plus'] as const

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
    ? businessName(ctx, sector, segment, `${coreName(ctx, old.name)} ${draw.pick(PHOENIX_WORDS)}`)
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
  if (sharesAddress) application.premisesReport += ` The signboard of ${old.name} is still on the wall.`
  application.queryResponse =
    'The old company stopped trading because of losses. This is a new company with a fresh start; its debts are not ours.'

  const shared = directors.filter((id) => oldCompany.directors.includes(id))
  const flags = [
    `${listing(names(ctx, st, shared))} ${shared.length > 1 ? 'are' : 'is'} also ${shared.length > 1 ? 'directors' : 'a director'} of ${old.name} (TIN ${old.tin})`,
    `${old.name} is ${old.status} and owes ${money(ctx, old.arrears)} in arrears`,
    ...(sharesAddress ? [`Same address as ${old.name}: ${formatAddress(old.address)}`] : []),
    ...(sharesBank ? [`Bank account ${old.bankAccount.number} is the account of ${old.name}`] : []),
    ...(sharesPhone ? [`Same phone number as ${old.name}`] : []),
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
        explanation: `A phoenix: the directors of ${old.name}, which left ${money(ctx, old.arrears)} of arrears, have started a new company. Approve it but link it to TIN ${old.tin} so collection can follow the debt.`,
      },
    ),
  }
}
