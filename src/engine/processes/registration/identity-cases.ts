/**
 * Applications from individuals: genuine ones, duplicates of an existing taxpayer under another
 * spelling, identity mismatches against the civil registry, and the innocent look-alikes
 * (a namesake, a relative at the same address). Every builder fills one shape, `individualCase`:
 * the anomaly's own draws first, then the declared facts, the bank account, the form, the reply.
 */
import { PARTY, type WorldContext } from '../../world/context'
import { ageOn, dayOf, isoOf } from '../../world/dates'
import { formatAddress, idCardOf, type IdCard } from './documents'
import {
  applicantParty,
  individualDraft,
  newApplicantFacts,
  otherParty,
  pickExisting,
  registerPerson,
  truthOf,
  type Built,
  type CaseKind,
  type CaseState,
  type Slot,
  type TruthParts,
} from './drafts'
import type { RegistrationTruth } from './truth'
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
import { day, list, money, msg, type Msg, type Text } from '../../primitives/message'
import type { BankAccount, Person, Taxpayer } from '../../world/types'
import { WorldShortfall } from '../../world/shortfall'
import type { DataPath } from '../../scenario/yaml-source'
import type { NameVariantKind } from './kinds'

type DraftOptions = NonNullable<Parameters<typeof individualDraft>[4]>

/** What an individual's case changes on a consistent application, and its truth. */
interface IndividualCase {
  kind: CaseKind
  expected: RegistrationTruth['expected']
  /** The name the bank account is held in; the person's own by default. */
  holder?: string
  /** The bank account on the form; a new one in the holder's name by default. */
  bank?: BankAccount
  /** What the anomaly changes on the form; called after the bank account is drawn. */
  draft?: () => DraftOptions
  /** The applicant's answer to a query; called after the form is drawn. A genuine answer by default. */
  reply?: () => Text
  truth: TruthParts
}

/** The one shape every individual's case takes, so the draws keep one order for every kind. */
function individualCase(ctx: WorldContext, slot: Slot, person: Person, spec: IndividualCase): Built {
  const facts = newApplicantFacts(ctx, 'individual')
  const bank = spec.bank ?? bankAccountFor(ctx, applicantParty(slot), spec.holder ?? fullName(ctx, person))
  const application = individualDraft(ctx, person, facts, bank, spec.draft?.() ?? {})
  if (spec.reply) application.queryResponse = spec.reply()
  return {
    application,
    truth: truthOf(ctx, spec.kind, spec.expected, { kind: 'individual', ...facts }, spec.truth),
  }
}

const t = (key: string, args?: Parameters<typeof msg>[1]) => msg(`registration.truth.${key}`, args)
const reply = (ctx: WorldContext, kind: string, keys: readonly string[]) => () =>
  msg(`registration.reply.${kind}.${ctx.draw.pick(keys)}`)

export function genuineIndividual(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const person = makePerson(ctx, applicantParty(slot), { ageMin: 21, ageMax: 65 })
  registerPerson(st, person)
  return individualCase(ctx, slot, person, {
    kind: 'genuine',
    expected: 'approve',
    truth: { flags: [], evidence: [], explanation: t('genuine.individual') },
  })
}

type Shared = 'nationalId' | 'birthDate' | 'phone' | 'bankAccount'

const NAME_VARIANT_KNOB: DataPath = ['world', 'registration', 'variants', 'duplicate-identity', 'nameVariant']

/**
 * An unused registered individual whose name can be written the way the trainer asked, with that
 * spelling; a located shortfall when nobody left on the register has such a name.
 */
function pickWithSpelling(ctx: WorldContext, st: CaseState, preferred: NameVariantKind) {
  const list = st.pop.individuals
  const start = ctx.draw.int(0, Math.max(0, list.length - 1))
  for (let step = 0; step < list.length; step++) {
    const k = (start + step) % list.length
    const existing = list[k]!
    if (st.usedIndividuals.has(k)) continue
    const spelling = nameVariant(nameParts(existing.person), ctx.profile.nameOrder, ctx.draw, preferred)
    if (spelling.variant !== preferred) continue
    st.usedIndividuals.add(k)
    st.reserve.individual -= 1
    return { ...existing, spelling }
  }
  throw new WorldShortfall(
    NAME_VARIANT_KNOB,
    msg('session.shortfall.nameVariant', { variant: String(preferred) }),
  )
}

export function duplicateIdentity(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { draw, ids } = ctx
  const preferred = ctx.scenario.world.registration?.variants?.['duplicate-identity']?.nameVariant
  const picked: { person: Person; taxpayer: Taxpayer; spelling?: { name: string; variant: NameVariant } } =
    preferred ? pickWithSpelling(ctx, st, preferred) : pickExisting(ctx, st, 'individual', true)
  const { person, taxpayer: old } = picked
  const fields = draw.shuffle<Shared>(['nationalId', 'birthDate', 'phone', 'bankAccount'])
  const count = draw.weighted([
    [2, 4],
    [3, 4],
    [4, 2],
  ] as const)
  const shared = new Set(fields.slice(0, count))
  const { name, variant } = picked.spelling ?? nameVariant(nameParts(person), ctx.profile.nameOrder, draw)

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

  const matched = fields.filter((f) => shared.has(f))
  const sameIds = list(matched.map((f) => msg(`registration.shared.${f}`)))
  const status = msg(`common.taxpayerStatus.${old.status}`)
  return individualCase(ctx, slot, person, {
    kind: 'duplicate-identity',
    expected: 'link',
    holder: name,
    ...(shared.has('bankAccount') ? { bank: { ...old.bankAccount } } : {}),
    draft: () => ({
      name,
      phone: shared.has('phone') ? old.phone : ids.phone(applicantParty(slot)),
      email: personEmail(ctx, nameParts(person)),
      address: draw.chance(0.5) ? old.address : makeAddress(ctx),
      ...(shared.has('bankAccount') ? { bankOpenedOn: old.registeredOn } : {}),
    }),
    reply: reply(ctx, 'duplicate', ['lapsed', 'spelling', 'never']),
    truth: {
      relatedTin: old.tin,
      flags: [
        t('duplicate.registerHit', { tin: old.tin, name: old.name, matched: sameIds }),
        t('duplicate.spelling', {
          name,
          registered: old.name,
          variant: msg(`registration.nameVariant.${variant}`),
        }),
        ...(old.arrears > 0 ? [t('duplicate.arrears', { tin: old.tin, amount: money(old.arrears) })] : []),
        ...(old.status !== 'active' ? [t('duplicate.status', { tin: old.tin, status })] : []),
      ],
      // The identifiers the two records really share: the teaching note cites them as {matched}.
      facts: {
        matched: sameIds,
        relatedTin: old.tin,
        standing:
          old.arrears > 0
            ? t('fact.owes', { amount: money(old.arrears) })
            : old.status !== 'active'
              ? t('fact.status', { status })
              : t('fact.clear'),
      },
      evidence: ['register-search', 'civil-registry'],
      explanation: t('duplicate.explanation', { tin: old.tin, matched: sameIds }),
    },
  })
}

type MismatchMode = 'other-person' | 'no-record' | 'altered-birth-date'

/** What the ID card says and what the civil registry shows, for one way an identity fails. */
function mismatchEvidence(
  ctx: WorldContext,
  mode: MismatchMode,
  applicant: Person,
  holder: Person | undefined,
  idNumber: string,
): { card: IdCard; flags: Msg[]; finding: Msg } {
  if (mode === 'altered-birth-date' && holder) {
    const birthDate = isoOf(dayOf(holder.birthDate) + ctx.draw.int(6, 15) * 365 + ctx.draw.int(10, 300))
    return {
      card: { ...idCardOf(holder), birthDate },
      finding: t('fact.finding.birthDate', {
        registry: day(holder.birthDate),
        id: idNumber,
        card: day(birthDate),
      }),
      flags: [
        t('mismatch.birthDate', { registry: day(holder.birthDate), id: idNumber, card: day(birthDate) }),
        t('mismatch.altered'),
      ],
    }
  }
  const card = { ...idCardOf(applicant), idNumber }
  if (!holder)
    return {
      card,
      finding: t('fact.finding.noRecord', { id: idNumber }),
      flags: [t('mismatch.noRecord', { id: idNumber }), t('mismatch.neverIssued')],
    }
  const owner = fullName(ctx, holder)
  return {
    card,
    finding: t('fact.finding.otherPerson', { id: idNumber, holder: owner }),
    flags: [
      t('mismatch.otherPerson', {
        id: idNumber,
        holder: owner,
        born: day(holder.birthDate),
        applicant: fullName(ctx, applicant),
      }),
      t('mismatch.cardDisagrees'),
    ],
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
  const { card, flags, finding } = mismatchEvidence(ctx, mode, applicant, holder, idNumber)
  const name = mode === 'altered-birth-date' && holder ? fullName(ctx, holder) : fullName(ctx, applicant)
  return individualCase(ctx, slot, applicant, {
    kind: 'identity-mismatch',
    expected: 'reject',
    holder: name,
    draft: () => ({
      name,
      card,
      idNumber,
      birthDate: card.birthDate,
      ...(draw.chance(0.35)
        ? { idRemark: msg(`registration.remark.${draw.pick(['pastedPhoto', 'otherFont'] as const)}`) }
        : {}),
    }),
    reply: reply(ctx, 'mismatch', ['recent', 'cannotCome', 'registryMistake']),
    truth: {
      flags,
      /** What the civil registry shows: the teaching note cites it as {finding}. */
      facts: { finding },
      evidence: ['civil-registry', 'documents'],
      explanation: t('mismatch.explanation'),
    },
  })
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
  return individualCase(ctx, slot, person, {
    kind: 'namesake',
    expected: 'approve',
    reply: () => msg('registration.reply.namesake'),
    truth: {
      flags: [t('namesake.flag', { tin: old.tin })],
      clearing: [t('namesake.clearing', { tin: old.tin })],
      facts: { relatedTin: old.tin },
      evidence: ['register-search', 'civil-registry'],
      explanation: t('namesake.explanation', { tin: old.tin }),
    },
  })
}

/** How the applicant is related to the registered taxpayer, from their ages and sex. */
function relationOf(ctx: WorldContext, relative: Person, person: Person): string {
  const older = ageOn(relative.birthDate, ctx.referenceDate) - ageOn(person.birthDate, ctx.referenceDate)
  const male = relative.sex === 'M'
  if (older >= 18) return male ? 'father' : 'mother'
  if (older <= -18) return male ? 'son' : 'daughter'
  return ctx.draw.pick(male ? ['brother', 'cousin'] : ['sister', 'cousin'])
}

export function sharedFamilyAddress(ctx: WorldContext, st: CaseState, slot: Slot): Built {
  const { draw, fake } = ctx
  const { person: relative, taxpayer: old } = pickExisting(ctx, st, 'individual', true)
  const sex = draw.chance(0.5) ? 'F' : 'M'
  // The relative's given name must not pass for a spelling of the taxpayer's.
  const theirs = nameTokens([relative.firstName, relative.middleName ?? ''].join(' '))
  const alike = (name: string) =>
    nameTokens(name).some((n) => theirs.some((g) => g.key === n.key || jaroWinkler(g.text, n.text) >= 0.75))
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
  return individualCase(ctx, slot, person, {
    kind: 'shared-family-address',
    expected: 'approve',
    reply: () =>
      msg('registration.reply.family', {
        name: old.name,
        relation: relationOf(ctx, relative, person),
        sex: relative.sex,
      }),
    truth: {
      flags: [t('family.flag', { address: formatAddress(old.address), tin: old.tin, name: old.name })],
      evidence: ['register-search', 'civil-registry'],
      explanation: t('family.explanation', { tin: old.tin }),
    },
  })
}
