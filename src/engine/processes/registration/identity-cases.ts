/**
 * Applications from individuals: genuine ones, duplicates of an existing taxpayer under another
 * spelling, identity mismatches against the civil registry, and the innocent look-alikes
 * (a namesake, a relative at the same address).
 */
import { PARTY, type WorldContext } from '../../world/context'
import { ageOn, dayOf, isoOf } from '../../world/dates'
import { formatAddress, idCardOf, money, type IdCard } from './documents'
import {
  applicantParty,
  individualDraft,
  newApplicantFacts,
  otherParty,
  listing,
  pickExisting,
  registerPerson,
  truthOf,
  type Built,
  type CaseState,
  type Slot,
} from './drafts'
import { partyNumber } from '../../world/ids'
import { nameVariant, type NameVariant } from '../../world/name-variants'
import { jaroWinkler, nameTokens } from '../../world/names'
import {
  bankAccountFor,
  fullName,
  makeAddress,
  makePerson,
  nameParts,
  personEmail,
} from '../../world/persons'

export function genuineIndividual(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const person = makePerson(ctx, applicantParty(slot), { ageMin: 21, ageMax: 65 })
  registerPerson(st, person)
  const facts = newApplicantFacts(ctx, 'individual')
  const application = individualDraft(
    ctx,
    person,
    facts,
    bankAccountFor(ctx, applicantParty(slot), fullName(ctx, person)),
  )
  return {
    application,
    truth: truthOf(
      ctx,
      'genuine',
      'approve',
      { kind: 'individual', ...facts },
      {
        flags: [],
        evidence: [],
        explanation:
          'Identity, documents and register search are all consistent: approve with the tax types the declared figures require.',
      },
    ),
  }
}

const SHARED_LABEL = {
  nationalId: 'national ID',
  birthDate: 'date of birth',
  phone: 'phone number',
  bankAccount: 'bank account',
} as const
type Shared = keyof typeof SHARED_LABEL
const VARIANT_LABEL: Record<NameVariant, string> = {
  transliteration: 'another transliteration',
  diacritics: 'accents added or dropped',
  swapped: 'surname and given name swapped',
  'dropped-given-name': 'second given name left out',
  initials: 'given name reduced to an initial',
}

export function duplicateIdentity(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { draw, ids } = ctx
  const { person, taxpayer: old } = pickExisting(ctx, st, 'individual', true)
  const fields = draw.shuffle<Shared>(['nationalId', 'birthDate', 'phone', 'bankAccount'])
  const shared = new Set(
    fields.slice(
      0,
      draw.weighted([
        [2, 4],
        [3, 4],
        [4, 2],
      ] as const),
    ),
  )
  const { name, variant } = nameVariant(nameParts(person), ctx.profile.nameOrder, draw)

  // Fields the two records do not share are the old record's legacy data or the applicant's new details.
  if (!shared.has('nationalId')) old.idNumber = ids.legacyId(otherParty(slot, 0))
  if (!shared.has('birthDate')) {
    const placeholder = `${person.birthDate.slice(0, 4)}-01-01`
    old.birthOrIncorporation =
      placeholder === person.birthDate ? `${person.birthDate.slice(0, 4)}-07-01` : placeholder
  }
  const unit = 10 ** ctx.scenario.jurisdiction.currency.minorUnits
  if (old.arrears === 0 && draw.chance(0.7))
    old.arrears = Math.max(unit, Math.round((old.turnover * draw.float(0.01, 0.05)) / unit) * unit)
  if (old.status === 'active' && draw.chance(0.4)) old.status = 'dormant'

  const facts = newApplicantFacts(ctx, 'individual')
  const bank = shared.has('bankAccount')
    ? { ...old.bankAccount }
    : bankAccountFor(ctx, applicantParty(slot), name)
  const application = individualDraft(ctx, person, facts, bank, {
    name,
    phone: shared.has('phone') ? old.phone : ids.phone(applicantParty(slot)),
    email: personEmail(ctx, nameParts(person)),
    address: draw.chance(0.5) ? old.address : makeAddress(ctx),
    ...(shared.has('bankAccount') ? { bankOpenedOn: old.registeredOn } : {}),
  })
  application.queryResponse = draw.pick([
    'I registered years ago for a small business, but I thought that number lapsed when I stopped trading.',
    'My name is spelled differently on some of my papers; this is the spelling my new bank uses.',
    'I have never had a tax number before. Please issue one quickly, I need it for a contract.',
  ])
  const matched = fields.filter((f) => shared.has(f)).map((f) => SHARED_LABEL[f])
  const flags = [
    `Register search finds TIN ${old.tin} (${old.name}) with the same ${listing(matched)}`,
    `The application spells the name "${name}"; the register has "${old.name}" (${VARIANT_LABEL[variant]})`,
    ...(old.arrears > 0 ? [`TIN ${old.tin} owes ${money(ctx, old.arrears)} in arrears`] : []),
    ...(old.status !== 'active' ? [`TIN ${old.tin} is ${old.status}`] : []),
  ]
  return {
    application,
    truth: truthOf(
      ctx,
      'duplicate-identity',
      'link',
      { kind: 'individual', ...facts },
      {
        relatedTin: old.tin,
        flags,
        // The identifiers the two records really share: the teaching note cites them as {matched}.
        facts: {
          matched: listing(matched),
          relatedTin: old.tin,
          standing:
            old.arrears > 0
              ? `owes ${money(ctx, old.arrears)} in arrears`
              : old.status !== 'active'
                ? `is ${old.status}`
                : 'has nothing outstanding',
        },
        evidence: ['register-search', 'civil-registry'],
        explanation: `The applicant already holds TIN ${old.tin}: the same ${listing(matched)} under another spelling of the name, so link the application to that TIN instead of issuing a second one.`,
      },
    ),
  }
}

export function identityMismatch(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { draw, ids } = ctx
  const applicant = makePerson(ctx, applicantParty(slot), { ageMin: 22, ageMax: 60 })
  const mode = draw.weighted([
    ['other-person', 45],
    ['no-record', 30],
    ['altered-birth-date', 25],
  ] as const)
  const holder =
    mode === 'no-record'
      ? undefined
      : makePerson(
          ctx,
          otherParty(slot, 0),
          mode === 'altered-birth-date' ? { ageMin: 40, ageMax: 70 } : { ageMin: 25, ageMax: 75 },
        )
  if (holder) registerPerson(st, holder)
  const idNumber = holder ? holder.nationalId : ids.nationalId(partyNumber(PARTY.unissued, slot.number))
  let card: IdCard
  let flags: string[]
  /** What the civil registry shows, in words: the teaching note cites it as {finding}. */
  let finding: string
  if (mode === 'altered-birth-date' && holder) {
    const birthDate = isoOf(dayOf(holder.birthDate) + draw.int(6, 15) * 365 + draw.int(10, 300))
    card = { ...idCardOf(holder), birthDate }
    finding = `gives date of birth ${holder.birthDate} for ID ${idNumber}, while the ID card says ${birthDate}`
    flags = [
      `Civil registry gives date of birth ${holder.birthDate} for ID ${idNumber}; the ID card and the application say ${birthDate}`,
      'The ID card has been altered: it does not match the registry record',
    ]
  } else {
    card = { ...idCardOf(applicant), idNumber }
    finding = holder
      ? `shows that ID ${idNumber} belongs to ${fullName(ctx, holder)}, not to the applicant`
      : `has no record of ID ${idNumber}: the number was never issued`
    flags = holder
      ? [
          `Civil registry: ID ${idNumber} belongs to ${fullName(ctx, holder)}, born ${holder.birthDate}, not to ${fullName(ctx, applicant)}`,
          "The ID card's name and date of birth disagree with the civil registry",
        ]
      : [
          `Civil registry has no record of national ID ${idNumber}`,
          'The ID card carries a number that was never issued',
        ]
  }
  const name = mode === 'altered-birth-date' && holder ? fullName(ctx, holder) : fullName(ctx, applicant)
  const facts = newApplicantFacts(ctx, 'individual')
  const application = individualDraft(
    ctx,
    applicant,
    facts,
    bankAccountFor(ctx, applicantParty(slot), name),
    {
      name,
      card,
      idNumber,
      birthDate: card.birthDate,
      ...(draw.chance(0.35)
        ? {
            idRemark: draw.pick([
              'Photo appears to be pasted over the laminate',
              'The date of birth is printed in a different font',
            ]),
          }
        : {}),
    },
  )
  application.queryResponse = draw.pick([
    'My ID card was issued recently; the registry must not be updated yet.',
    'I cannot come to the office. Please approve with the copy I sent.',
    'The registry made a mistake with my details; I have already complained to them.',
  ])
  return {
    application,
    truth: truthOf(
      ctx,
      'identity-mismatch',
      'reject',
      { kind: 'individual', ...facts },
      {
        flags,
        facts: { finding },
        evidence: ['civil-registry', 'documents'],
        explanation:
          'The national ID does not check out against the civil registry, so the identity is unverified: reject the application.',
      },
    ),
  }
}

export function namesake(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { person: existing, taxpayer: old } = pickExisting(ctx, st, 'individual', true)
  const given = existing.middleName ? [existing.firstName, existing.middleName] : [existing.firstName]
  let person = makePerson(ctx, applicantParty(slot), {
    sex: existing.sex,
    given,
    family: existing.lastName,
    ageMin: 21,
    ageMax: 70,
  })
  if (person.birthDate === existing.birthDate)
    person = { ...person, birthDate: isoOf(dayOf(person.birthDate) - 400) }
  registerPerson(st, person)
  const facts = newApplicantFacts(ctx, 'individual')
  const application = individualDraft(
    ctx,
    person,
    facts,
    bankAccountFor(ctx, applicantParty(slot), fullName(ctx, person)),
  )
  application.queryResponse =
    'I have never registered before. My national ID and date of birth are on the form; the other person must be someone else.'
  return {
    application,
    truth: truthOf(
      ctx,
      'namesake',
      'approve',
      { kind: 'individual', ...facts },
      {
        flags: [`Register search finds TIN ${old.tin} with exactly the same name`],
        clearing: [`National ID, date of birth, phone and address all differ from TIN ${old.tin}`],
        facts: { relatedTin: old.tin },
        evidence: ['register-search', 'civil-registry'],
        explanation: `Same name as TIN ${old.tin} but a different person: national ID, date of birth, phone and address all differ, so approve.`,
      },
    ),
  }
}

export function sharedFamilyAddress(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { draw, fake } = ctx
  const { person: relative, taxpayer: old } = pickExisting(ctx, st, 'individual', true)
  const sex = draw.chance(0.5) ? 'F' : 'M'
  // The relative's given name must not pass for a spelling of the taxpayer's.
  const theirs = nameTokens([relative.firstName, relative.middleName ?? ''].join(' '))
  const alike = (name: string) =>
    nameTokens(name).some((t) => theirs.some((g) => g.key === t.key || jaroWinkler(g.text, t.text) >= 0.75))
  let first = fake.firstName(sex)
  for (let k = 0; k < 30 && alike(first); k++) first = fake.firstName(sex)
  let person = makePerson(ctx, applicantParty(slot), {
    sex,
    given: [first],
    family: relative.lastName,
    address: old.address,
    ageMin: 19,
    ageMax: 70,
  })
  if (person.birthDate === relative.birthDate)
    person = { ...person, birthDate: isoOf(dayOf(person.birthDate) - 500) }
  registerPerson(st, person)
  const facts = newApplicantFacts(ctx, 'individual')
  const application = individualDraft(
    ctx,
    person,
    facts,
    bankAccountFor(ctx, applicantParty(slot), fullName(ctx, person)),
  )
  const older = ageOn(relative.birthDate, ctx.referenceDate) - ageOn(person.birthDate, ctx.referenceDate)
  const male = relative.sex === 'M'
  const relation =
    older >= 18
      ? male
        ? 'father'
        : 'mother'
      : older <= -18
        ? male
          ? 'son'
          : 'daughter'
        : draw.pick(male ? ['brother', 'cousin'] : ['sister', 'cousin'])
  application.queryResponse = `${old.name} is my ${relation}; we live in the same house. ${relative.sex === 'M' ? 'He' : 'She'} has a TIN of ${relative.sex === 'M' ? 'his' : 'her'} own.`
  return {
    application,
    truth: truthOf(
      ctx,
      'shared-family-address',
      'approve',
      { kind: 'individual', ...facts },
      {
        flags: [`Same address (${formatAddress(old.address)}) and surname as TIN ${old.tin} (${old.name})`],
        evidence: ['register-search', 'civil-registry'],
        explanation: `A relative of the holder of TIN ${old.tin} living at the same address: different first name, national ID and date of birth, so approve.`,
      },
    ),
  }
}
