/**
 * People as the civil registry knows them, with the contact details and bank accounts that
 * follow from their names.
 */
import { OCCUPATIONS } from './sectors'
import type { WorldContext } from './context'
import { isoOf } from './dates'
import { displayName, emailLocalPart, type NameParts } from './name-variants'
import type { Address, BankAccount, Person } from './types'

export interface PersonOptions {
  sex?: 'F' | 'M'
  ageMin?: number
  ageMax?: number
  given?: readonly string[]
  family?: string
  address?: Address
  occupation?: string
}

export const nameParts = (p: Pick<Person, 'firstName' | 'middleName' | 'lastName'>): NameParts => ({
  given: p.middleName ? [p.firstName, p.middleName] : [p.firstName],
  family: p.lastName,
})

export const fullName = (
  ctx: WorldContext,
  p: Pick<Person, 'firstName' | 'middleName' | 'lastName'>,
): string => displayName(nameParts(p), ctx.profile.nameOrder)

export function makeAddress(ctx: WorldContext): Address {
  return { line: ctx.fake.street(), city: ctx.fake.city(), region: ctx.fake.region() }
}

/** An e-mail address nobody else in the world has, made from the local part. */
export function uniqueEmail(ctx: WorldContext, local: string, domain: string): string {
  let email = `${local}@${domain}`
  while (ctx.emails.has(email)) email = `${local}${ctx.draw.int(100, 9999)}@${domain}`
  ctx.emails.add(email)
  return email
}

export function personEmail(ctx: WorldContext, parts: NameParts): string {
  return uniqueEmail(ctx, emailLocalPart(parts, ctx.draw), ctx.fake.emailDomain())
}

/** A birth date for an age range on the reference date. */
export function birthDateFor(ctx: WorldContext, ageMin: number, ageMax: number): string {
  const lo = Math.ceil(ageMin * 365.25) + 1
  const hi = Math.floor((ageMax + 1) * 365.25) - 1
  return isoOf(ctx.refDay - ctx.draw.int(lo, Math.max(lo, hi)))
}

/** A new person on the civil registry; `party` fixes their national ID and phone. */
export function makePerson(ctx: WorldContext, party: number, options: PersonOptions = {}): Person {
  const { draw, fake, profile } = ctx
  const sex = options.sex ?? (draw.chance(0.5) ? 'F' : 'M')
  const given = options.given ?? [
    fake.firstName(sex),
    ...(draw.chance(profile.secondGivenName) ? [fake.firstName(sex)] : []),
  ]
  const lastName = options.family ?? fake.lastName(sex)
  const firstName = given[0] as string
  const middleName = given[1] !== undefined && given[1] !== firstName ? given[1] : undefined
  const birthDate = birthDateFor(ctx, options.ageMin ?? 20, options.ageMax ?? 75)
  const address = options.address ? { ...options.address } : makeAddress(ctx)
  const parts: NameParts = { given: middleName ? [firstName, middleName] : [firstName], family: lastName }
  return {
    nationalId: ctx.ids.nationalId(party),
    firstName,
    ...(middleName ? { middleName } : {}),
    lastName,
    birthDate,
    sex,
    address,
    phone: ctx.ids.phone(party),
    email: personEmail(ctx, parts),
    status: 'alive',
    occupation: options.occupation ?? draw.pick(OCCUPATIONS),
  }
}

export function bankAccountFor(ctx: WorldContext, party: number, holder: string): BankAccount {
  return { bank: ctx.draw.pick(ctx.profile.banks), number: ctx.ids.bankAccount(party), holder }
}
