/**
 * The documents attached to an application, as an officer reads them. Field values are display
 * strings; where a document is consistent with the application its fields mirror it.
 */
import { formatMoney } from '../../rules/money'
import type { WorldContext } from '../../world/context'
import { isoOf, yearsBefore } from '../../world/dates'
import type { Address, ApplicationDocument, BankAccount, Company, Person } from '../../world/types'

export const formatAddress = (a: Address): string => `${a.line}, ${a.city}, ${a.region}`

export const money = (ctx: WorldContext, minor: number): string =>
  formatMoney(minor, ctx.scenario.jurisdiction.currency)

/** What a national ID card says. */
export interface IdCard {
  idNumber: string
  surname: string
  givenNames: string
  birthDate: string
  sex: 'F' | 'M'
}

export const idCardOf = (p: Person): IdCard => ({
  idNumber: p.nationalId,
  surname: p.lastName,
  givenNames: p.middleName ? `${p.firstName} ${p.middleName}` : p.firstName,
  birthDate: p.birthDate,
  sex: p.sex,
})

export function nationalIdDocument(ctx: WorldContext, card: IdCard, remark?: string): ApplicationDocument {
  const issued = ctx.refDay - ctx.draw.int(60, 9 * 365)
  const issuedOn = isoOf(issued)
  return {
    kind: 'national-id',
    fields: { ...card, issuedOn, expiresOn: yearsBefore(issuedOn, -10) },
    ...(remark ? { remark } : {}),
  }
}

export function companyExtractDocument(
  company: Company,
  people: ReadonlyMap<string, Person>,
  nameOf: (p: Person) => string,
): ApplicationDocument {
  const directors = company.directors
    .map((id) => {
      const p = people.get(id)
      return p ? `${nameOf(p)} (${id})` : id
    })
    .join('; ')
  return {
    kind: 'company-extract',
    fields: {
      registryNumber: company.registryNumber,
      legalName: company.legalName,
      incorporated: company.incorporated,
      registeredAddress: formatAddress(company.address),
      directors,
      status: company.status,
    },
  }
}

const PROOF_TYPES = ['Electricity bill', 'Water bill', 'Tenancy agreement', 'Property rate demand'] as const

export function addressProofDocument(
  ctx: WorldContext,
  name: string,
  address: Address,
  options: { type?: string; remark?: string } = {},
): ApplicationDocument {
  return {
    kind: 'address-proof',
    fields: {
      type: options.type ?? ctx.draw.pick(PROOF_TYPES),
      nameOnDocument: name,
      address: formatAddress(address),
      dated: isoOf(ctx.refDay - ctx.draw.int(5, 80)),
    },
    ...(options.remark ? { remark: options.remark } : {}),
  }
}

/** A bank's reference letter: the account and what has been credited to it. */
export function bankLetterDocument(
  ctx: WorldContext,
  account: BankAccount,
  options: { openedOn: string; creditsLast12Months: number; remark?: string },
): ApplicationDocument {
  return {
    kind: 'bank-letter',
    fields: {
      bank: account.bank,
      accountNumber: account.number,
      accountHolder: account.holder,
      openedOn: options.openedOn,
      averageMonthlyCredits: money(ctx, Math.round(options.creditsLast12Months / 12)),
      creditsLast12Months: money(ctx, options.creditsLast12Months),
    },
    ...(options.remark ? { remark: options.remark } : {}),
  }
}

/** Defective address proofs: the document type and what an officer notices on it. */
export const BOGUS_PROOFS: readonly (readonly [string, string])[] = [
  ['Tenancy agreement', 'Rent agreement not signed by the landlord'],
  ['Electricity bill', 'Utility bill is in the name of a different person'],
  ['Electricity bill', 'Meter number on the electricity bill has too few digits'],
  ['Tenancy agreement', 'Tenancy agreement dated on a Sunday and witnessed by the applicant himself'],
  [
    'Tenancy agreement',
    'Rent agreement covers "office space" in a residential flat and gives no landlord contact',
  ],
]

/** What a premises inspection finds at a registration that is not a real business. */
export const EMPTY_PREMISES = [
  'No business activity at the address. The room is locked; the caretaker says several companies "use the address for letters" but nobody works there.',
  'The address is a residential flat. The occupant has never heard of the company; no stock, equipment or signage.',
  'A shared mailbox service. Nameplates of five other firms on the door; no staff, stock or trading records on site.',
  'Unfinished building with no occupants. Neighbours report no trading at the address.',
] as const

export function genuinePremises(ctx: WorldContext, sector: string, employees: number): string {
  const { draw } = ctx
  const present =
    employees > 10 ? Math.round(employees * draw.float(0.5, 0.9)) : employees > 0 ? draw.int(1, employees) : 0
  const staff = present > 0 ? `${present} staff at work` : 'the owner present'
  return draw.pick([
    `Premises open and trading; ${staff}. Activity consistent with ${sector.toLowerCase()}.`,
    `Signboard matches the application; ${staff}; stock and equipment consistent with ${sector.toLowerCase()}.`,
    `Business found at the declared address with ${staff}. Records and activity match the application.`,
  ])
}

export const GENUINE_REPLIES = [
  'All our documents are attached. We are happy to provide anything else you need.',
  'The details on the form are correct. Please let us know if you need certified copies.',
  'We have just started trading and want to be compliant from the beginning.',
] as const
