/**
 * The yardstick for world generation: plain faker producing the same fields in a tight loop,
 * seeded once, with faker's default randomizer. No per-entity seeds, no consistency rules, no
 * anomalies — what "just call faker" would cost for the same records.
 */
import { Faker, base, en, en_NG } from '@faker-js/faker'

export interface BaselineCounts {
  /** Individual taxpayers (person + taxpayer record). */
  individuals: number
  /** Business taxpayers (company + taxpayer record). */
  businesses: number
  /** Extra civil-registry people (directors and the like). */
  extraPeople: number
}

function person(f: Faker) {
  const sex = f.person.sex() as 'female' | 'male'
  const firstName = f.person.firstName(sex)
  const lastName = f.person.lastName(sex)
  return {
    nationalId: f.string.numeric({ length: 11, allowLeadingZeros: false }),
    firstName,
    lastName,
    birthDate: f.date.birthdate({ mode: 'age', min: 20, max: 80 }).toISOString().slice(0, 10),
    sex,
    address: { line: f.location.streetAddress(), city: f.location.city(), region: f.location.state() },
    phone: f.phone.number({ style: 'national' }),
    email: f.internet.email({ firstName, lastName }),
    occupation: f.person.jobTitle(),
  }
}

function account(f: Faker, holder: string) {
  return { bank: f.company.name(), number: f.finance.accountNumber(10), holder }
}

/** Generates the records and returns how many taxpayers it made. */
export function baselineWorld(counts: BaselineCounts, seed = 42): number {
  const f = new Faker({ locale: [en_NG, en, base] })
  f.seed(seed)
  f.setDefaultRefDate('2026-03-02T00:00:00.000Z')
  const sink: unknown[] = []
  for (let i = 0; i < counts.individuals; i++) {
    const p = person(f)
    const name = `${p.firstName} ${p.lastName}`
    sink.push(p, {
      tin: f.string.numeric({ length: 10, allowLeadingZeros: false }),
      name,
      bankAccount: account(f, name),
      sector: f.commerce.department(),
      turnover: f.number.int({ min: 1_000_000, max: 5_000_000_000 }),
      employees: f.number.int({ min: 0, max: 5 }),
      registeredOn: f.date.past({ years: 20 }).toISOString().slice(0, 10),
      status: f.helpers.weightedArrayElement([
        { value: 'active', weight: 90 },
        { value: 'dormant', weight: 7 },
        { value: 'deregistered', weight: 3 },
      ]),
      arrears: f.number.int({ min: 0, max: 1_000_000 }),
    })
  }
  for (let j = 0; j < counts.businesses; j++) {
    const legalName = f.company.name()
    sink.push({
      tin: f.string.numeric({ length: 10, allowLeadingZeros: false }),
      registryNumber: `RC${f.string.numeric(7)}`,
      legalName,
      incorporated: f.date.past({ years: 35 }).toISOString().slice(0, 10),
      address: { line: f.location.streetAddress(), city: f.location.city(), region: f.location.state() },
      phone: f.phone.number({ style: 'national' }),
      email: f.internet.email({ provider: f.internet.domainName() }),
      bankAccount: account(f, legalName),
      sector: f.commerce.department(),
      turnover: f.number.int({ min: 1_000_000, max: 50_000_000_000 }),
      employees: f.number.int({ min: 0, max: 500 }),
      registeredOn: f.date.past({ years: 30 }).toISOString().slice(0, 10),
      status: f.helpers.arrayElement(['active', 'dormant', 'deregistered']),
      arrears: f.number.int({ min: 0, max: 1_000_000 }),
    })
  }
  for (let k = 0; k < counts.extraPeople; k++) sink.push(person(f))
  return counts.individuals + counts.businesses + (sink.length > 0 ? 0 : 1)
}
