/**
 * The documents attached to an application, as an officer reads them. Field values are data
 * (names, numbers, ISO days), typed figures or message ids; where a document is consistent with
 * the application its fields mirror it.
 */
import { money, msg, type Msg, type Text } from '../../primitives/message'
import type { WorldContext } from '../../world/context'
import { sectorLabel } from '../../world/sectors'
import { isoOf, yearsBefore } from '../../world/dates'
import type { Address, ApplicationDocument, BankAccount, Company, Person } from '../../world/types'

export const formatAddress = (a: Address): string => `${a.line}, ${a.city}, ${a.region}`

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

export function nationalIdDocument(ctx: WorldContext, card: IdCard, remark?: Text): ApplicationDocument {
  const issued = ctx.refDay - ctx.draw.int(60, 9 * 365)
  const issuedOn = isoOf(issued)
  return {
    kind: 'national-id',
    fields: {
      ...card,
      sex: msg(`registration.sex.${card.sex}`),
      issuedOn,
      expiresOn: yearsBefore(issuedOn, -10),
    },
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
      status: msg(`registration.companyStatus.${company.status}`),
    },
  }
}

const proof = (key: string) => msg(`registration.proof.${key}`)
const PROOF_TYPES = ['electricityBill', 'waterBill', 'tenancyAgreement', 'propertyRateDemand'].map(proof)

export function addressProofDocument(
  ctx: WorldContext,
  name: string,
  address: Address,
  options: { type?: Text; remark?: Text } = {},
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
  options: { openedOn: string; creditsLast12Months: number; remark?: Text },
): ApplicationDocument {
  return {
    kind: 'bank-letter',
    fields: {
      bank: account.bank,
      accountNumber: account.number,
      accountHolder: account.holder,
      openedOn: options.openedOn,
      averageMonthlyCredits: money(Math.round(options.creditsLast12Months / 12)),
      creditsLast12Months: money(options.creditsLast12Months),
    },
    ...(options.remark ? { remark: options.remark } : {}),
  }
}

/** Defective address proofs: the document type and what an officer notices on it. */
export const BOGUS_PROOFS: readonly (readonly [Msg, Msg])[] = (
  [
    ['tenancyAgreement', 'unsigned'],
    ['electricityBill', 'otherName'],
    ['electricityBill', 'shortMeter'],
    ['tenancyAgreement', 'sundayWitness'],
    ['tenancyAgreement', 'residentialOffice'],
  ] as const
).map(([type, remark]) => [proof(type), msg(`registration.proof.remark.${remark}`)] as const)

/** What a premises inspection finds at a registration that is not a real business. */
export const EMPTY_PREMISES: readonly Msg[] = ['lockedRoom', 'residentialFlat', 'mailbox', 'unfinished'].map(
  (key) => msg(`registration.premises.empty.${key}`),
)

export function genuinePremises(ctx: WorldContext, sector: string, employees: number): Msg {
  const { draw } = ctx
  const present =
    employees > 10 ? Math.round(employees * draw.float(0.5, 0.9)) : employees > 0 ? draw.int(1, employees) : 0
  const staff =
    present > 0 ? msg('registration.premises.staff', { count: present }) : msg('registration.premises.owner')
  const key = draw.pick(['trading', 'signboard', 'found'] as const)
  return msg(`registration.premises.genuine.${key}`, { staff, sector: sectorLabel(sector) })
}

export const GENUINE_REPLIES: readonly Msg[] = ['attached', 'correct', 'compliant'].map((key) =>
  msg(`registration.reply.genuine.${key}`),
)
