import { describe, expect, test } from 'vitest'
import { requiredTaxTypes, vatThresholdMinor } from '../../src/engine/rules/registration'
import { LOCALES } from '../../src/engine/vocabulary'
import { EVIDENCE as REGISTRATION_EVIDENCE } from '../../src/engine/processes/registration/kinds'
import { ageOn, dayOf } from '../../src/engine/world/dates'
import { generateWorld } from '../../src/engine/world/generate'
import { isValidTin } from '../../src/engine/world/ids'
import { fold, nameTokens, normalisePhone } from '../../src/engine/world/names'
import { registrationProblems } from '../../src/engine/processes/registration/cases'
import type { Application, Taxpayer, World } from '../../src/engine/world/types'
import { inEnglish } from '../../src/i18n/render'
import {
  applicationsOf,
  registrationTruthsOf,
  type TestRegistrationTruth as RegistrationTruth,
} from './registration-truth'
import { ALL_KINDS, benchScenario } from '../bench/scenarios'

const worlds: [string, World][] = [
  ['en_NG', await generateWorld(benchScenario({ locale: 'en_NG' }))],
  ['fr_SN', await generateWorld(benchScenario({ locale: 'fr_SN' }))],
]

interface Case {
  app: Application
  truth: RegistrationTruth
}
const casesOf = (w: World, kind?: RegistrationTruth['kind']): Case[] =>
  applicationsOf(w)
    .map((app, i) => ({ app, truth: registrationTruthsOf(w)[i] as RegistrationTruth }))
    .filter((c) => !kind || c.truth.kind === kind)
const byTin = (w: World) => new Map(w.taxpayers.map((t) => [t.tin, t]))
const related = (w: World, c: Case): Taxpayer => {
  const t = byTin(w).get(c.truth.relatedTin ?? '')
  if (!t) throw new Error(`${c.app.id}: related TIN ${c.truth.relatedTin ?? '(none)'} is not on the register`)
  return t
}
const letters = (s: string) => fold(s).replace(/[^a-z]/g, '')

describe.each(worlds)('%s world', (locale, w) => {
  const { jurisdiction } = benchScenario({ locale: locale as 'en_NG' | 'fr_SN' })
  test('the register has the declared population, with valid, unique TINs', () => {
    expect(w.taxpayers.filter((t) => t.kind === 'individual')).toHaveLength(300)
    expect(w.taxpayers.filter((t) => t.kind === 'business')).toHaveLength(150)
    const tins = w.taxpayers.map((t) => t.tin)
    expect(new Set(tins).size).toBe(tins.length)
    expect(tins.filter((t) => !isValidTin(t))).toEqual([])
  })

  test('identifiers are unique: national IDs, registry numbers, phones and bank accounts of people and firms', () => {
    const phones = [...Object.values(w.people).map((p) => p.phone)]
    expect(new Set(phones).size).toBe(phones.length)
    const emails = [
      ...Object.values(w.people).map((p) => p.email),
      ...w.taxpayers.filter((t) => t.kind === 'business').map((t) => t.email),
    ]
    expect(new Set(emails).size).toBe(emails.length)
    const accounts = w.taxpayers.map((t) => t.bankAccount.number)
    expect(new Set(accounts).size).toBe(accounts.length)
  })

  test("e-mail addresses carry the owner's name and bank accounts are held in it", () => {
    for (const p of Object.values(w.people)) {
      const local = letters(p.email.split('@')[0] ?? '')
      expect(
        local.includes(letters(p.lastName)) || local.includes(letters(p.firstName)),
        `${p.email} for ${p.firstName} ${p.lastName}`,
      ).toBe(true)
    }
    for (const t of w.taxpayers) expect(t.bankAccount.holder).toBe(t.name)
    for (const c of casesOf(w)) {
      if (['duplicate-identity', 'phoenix'].includes(c.truth.kind)) continue // may reuse the old record's account
      expect(c.app.bankAccount.holder).toBe(c.app.name)
    }
  })

  test('registries are complete: every director and individual taxpayer is on the civil registry, every business on the company registry', () => {
    for (const t of w.taxpayers) {
      for (const d of t.directors) expect(w.people[d], d).toBeDefined()
      if (t.kind === 'business') expect(w.companies[t.idNumber]?.legalName).toBe(t.name)
    }
    const legacy = w.taxpayers.filter((t) => t.kind === 'individual' && !w.people[t.idNumber])
    // Only duplicates whose old record predates the national ID carry another document number.
    expect(legacy.every((t) => /^DL\d{8}$/.test(t.idNumber))).toBe(true)
    for (const c of casesOf(w)) {
      for (const d of c.app.directors) expect(w.people[d]).toBeDefined()
      if (c.app.kind === 'business') expect(w.companies[c.app.idNumber]).toBeDefined()
    }
  })

  test('turnover, segment and tax types agree with the registration rules', () => {
    for (const t of w.taxpayers) {
      const expected = requiredTaxTypes(
        { kind: t.kind, turnoverMinor: t.turnover, employees: t.employees ?? 0 },
        jurisdiction,
      )
      expect(t.taxTypes.map((r) => r.taxType)).toEqual(expected)
      expect(t.arrears).toBeGreaterThanOrEqual(0)
    }
    expect(w.taxpayers.some((t) => t.arrears > 0)).toBe(true)
    expect(w.taxpayers.some((t) => t.status === 'dormant')).toBe(true)
  })

  test('the worklist has exactly the declared anomalies and look-alikes, shuffled, with one truth each', () => {
    expect(applicationsOf(w)).toHaveLength(ALL_KINDS.applications)
    expect(registrationTruthsOf(w).map((t) => t.applicationId)).toEqual(applicationsOf(w).map((a) => a.id))
    expect(applicationsOf(w).map((a) => a.id)).toEqual(
      applicationsOf(w).map((_, i) => `APP-2026-${String(i + 1).padStart(4, '0')}`),
    )
    const counts: Record<string, number> = {}
    for (const t of registrationTruthsOf(w)) counts[t.kind] = (counts[t.kind] ?? 0) + 1
    const declared = { ...ALL_KINDS.anomalies, ...ALL_KINDS.lookalikes }
    const special = Object.values(declared).reduce((a, b) => a + (b ?? 0), 0)
    expect(counts).toEqual({ ...declared, genuine: ALL_KINDS.applications - special })
    // Shuffled: the anomalies do not come first.
    expect(
      registrationTruthsOf(w)
        .slice(0, special)
        .some((t) => t.kind === 'genuine'),
    ).toBe(true)
    for (const { app, truth } of casesOf(w)) {
      const age = dayOf(w.referenceDate) - dayOf(app.receivedOn)
      expect(age).toBeGreaterThanOrEqual(1)
      expect(age).toBeLessThanOrEqual(7)
      expect(truth.evidence.every((e) => (REGISTRATION_EVIDENCE as readonly string[]).includes(e))).toBe(true)
      expect(truth.explanation).toMatch(/^[A-Z].*\.$/)
      expect(app.documents.length).toBeGreaterThanOrEqual(3)
      if (truth.kind !== 'genuine') expect(truth.flags.length).toBeGreaterThan(0)
    }
  })

  test('duplicate-identity: linked to an existing individual sharing at least two identifiers', () => {
    for (const c of casesOf(w, 'duplicate-identity')) {
      const old = related(w, c)
      expect(c.truth.expected).toBe('link')
      expect(old.kind).toBe('individual')
      expect(c.app.name).not.toBe(old.name)
      const shared = [
        c.app.idNumber === old.idNumber,
        c.app.birthOrIncorporation === old.birthOrIncorporation,
        normalisePhone(c.app.phone) === normalisePhone(old.phone),
        c.app.bankAccount.number === old.bankAccount.number,
      ].filter(Boolean).length
      expect(shared).toBeGreaterThanOrEqual(2)
      // The applicant's real identity is the old taxpayer's person on the civil registry.
      expect(w.people[c.app.idNumber]?.birthDate).toBe(c.app.birthOrIncorporation)
      expect(c.truth.evidence).toEqual(['register-search', 'civil-registry'])
    }
  })

  test('identity-mismatch: the ID is unknown or belongs to someone else', () => {
    for (const c of casesOf(w, 'identity-mismatch')) {
      expect(c.truth.expected).toBe('reject')
      const card = c.app.documents.find((d) => d.kind === 'national-id')?.fields
      const registry = w.people[c.app.idNumber]
      if (registry) {
        const sameName =
          fold(`${registry.firstName} ${registry.middleName ?? ''} ${registry.lastName}`)
            .replace(/\s+/g, ' ')
            .trim() === fold(`${inEnglish(card?.givenNames)} ${inEnglish(card?.surname)}`)
        expect(sameName && registry.birthDate === card?.birthDate).toBe(false)
      }
      expect(c.truth.evidence).toEqual(['civil-registry', 'documents'])
    }
  })

  test('bogus-registration: phone or address shared with ≥ 3 recent TINs, a defective address proof, an empty premises, a front director', () => {
    for (const c of casesOf(w, 'bogus-registration')) {
      expect(c.truth.expected).toBe('reject')
      const sharing = w.taxpayers.filter(
        (t) =>
          normalisePhone(t.phone) === normalisePhone(c.app.phone) ||
          JSON.stringify(t.address) === JSON.stringify(c.app.address),
      )
      expect(sharing.length).toBeGreaterThanOrEqual(3)
      for (const t of sharing) expect(dayOf(w.referenceDate) - dayOf(t.registeredOn)).toBeLessThanOrEqual(180)
      expect(c.app.documents.find((d) => d.kind === 'address-proof')?.remark).toBeTruthy()
      expect(inEnglish(c.app.premisesReport)).toMatch(/no |nobody|never heard/i)
      const director = w.people[c.app.directors[0] ?? '']
      expect(director).toBeDefined()
      const unfit = director?.status === 'deceased' || ageOn(director?.birthDate ?? '', w.referenceDate) < 30
      expect(unfit).toBe(true)
    }
  })

  test('vat-threshold: declares below the threshold, the bank letter shows more, the truth adds VAT', () => {
    const threshold = vatThresholdMinor(jurisdiction)
    for (const c of casesOf(w, 'vat-threshold')) {
      expect(c.truth.expected).toBe('approve')
      expect(c.app.expectedTurnover).toBeLessThan(threshold)
      expect(c.app.requestedTaxTypes).not.toContain('VAT')
      expect(c.truth.taxTypes).toContain('VAT')
      expect(c.app.documents.find((d) => d.kind === 'bank-letter')?.fields.creditsLast12Months).toBeTruthy()
      expect(c.truth.evidence).toEqual(['documents'])
    }
    expect(threshold).toBeGreaterThan(0)
  })

  test('phoenix: the old business shares directors, is dormant or deregistered, and has arrears', () => {
    for (const c of casesOf(w, 'phoenix')) {
      const old = related(w, c)
      expect(c.truth.expected).toBe('approve')
      expect(old.kind).toBe('business')
      expect(old.arrears).toBeGreaterThan(0)
      expect(['dormant', 'deregistered']).toContain(old.status)
      expect(c.app.directors.filter((d) => old.directors.includes(d)).length).toBeGreaterThan(0)
      expect(c.truth.evidence).toEqual(['company-registry', 'register-search'])
    }
  })

  test('namesake: the same name as a taxpayer but nothing else in common', () => {
    for (const c of casesOf(w, 'namesake')) {
      expect(c.truth.expected).toBe('approve')
      const twin = w.taxpayers.find((t) => t.name === c.app.name)
      expect(twin).toBeDefined()
      const same = w.taxpayers.filter((t) => t.name === c.app.name)
      for (const t of same) {
        expect(t.idNumber).not.toBe(c.app.idNumber)
        expect(t.birthOrIncorporation).not.toBe(c.app.birthOrIncorporation)
        expect(normalisePhone(t.phone)).not.toBe(normalisePhone(c.app.phone))
      }
    }
  })

  test('shared-family-address: same address and surname, different first name, ID and birth date', () => {
    for (const c of casesOf(w, 'shared-family-address')) {
      expect(c.truth.expected).toBe('approve')
      const relative = w.taxpayers.find(
        (t) =>
          t.kind === 'individual' &&
          JSON.stringify(t.address) === JSON.stringify(c.app.address) &&
          t.idNumber !== c.app.idNumber,
      )
      expect(relative).toBeDefined()
      const person = w.people[relative?.idNumber ?? '']
      const applicant = w.people[c.app.idNumber]
      expect(applicant?.lastName).toBe(person?.lastName)
      expect(applicant?.firstName).not.toBe(person?.firstName)
      expect(applicant?.birthDate).not.toBe(person?.birthDate)
    }
  })

  test('genuine: consistent and approved with the tax types the declared figures require', () => {
    for (const c of casesOf(w, 'genuine')) {
      expect(c.truth.expected).toBe('approve')
      expect(c.truth.taxTypes).toEqual(c.app.requestedTaxTypes)
      if (c.app.kind === 'individual') {
        const p = w.people[c.app.idNumber]
        expect(p?.birthDate).toBe(c.app.birthOrIncorporation)
        expect(
          nameTokens(c.app.name)
            .map((t) => t.text)
            .sort(),
        ).toEqual(
          nameTokens(`${p?.firstName ?? ''} ${p?.middleName ?? ''} ${p?.lastName ?? ''}`)
            .map((t) => t.text)
            .sort(),
        )
      }
    }
  })
})

describe('every locale', () => {
  test.each(LOCALES)('%s builds a small world with every kind of case', async (locale) => {
    const w = await generateWorld(benchScenario({ locale, individuals: 60, businesses: 30 }))
    expect(w.taxpayers.every((t) => isValidTin(t.tin) && t.bankAccount.holder === t.name)).toBe(true)
    expect(new Set(registrationTruthsOf(w).map((t) => t.kind)).size).toBe(8)
    expect(Object.keys(w.people).every((id) => w.people[id]?.nationalId === id)).toBe(true)
  })

  test('a world with an empty register still has genuine applicants', async () => {
    const w = await generateWorld(
      benchScenario({
        individuals: 0,
        businesses: 0,
        registration: { applications: 6, anomalies: {}, lookalikes: {} },
      }),
    )
    expect(w.taxpayers).toEqual([])
    expect(registrationTruthsOf(w).map((t) => t.kind)).toEqual(Array(6).fill('genuine'))
  })
})

describe('worlds that cannot be built', () => {
  test('no registration section: no applications', async () => {
    const w = await generateWorld(benchScenario({ registration: null, individuals: 20, businesses: 10 }))
    expect(applicationsOf(w)).toEqual([])
    expect(registrationTruthsOf(w)).toEqual([])
  })

  test('the problems are explained in a trainer’s words', async () => {
    const scenario = benchScenario({
      individuals: 2,
      businesses: 1,
      registration: { applications: 3, anomalies: { 'duplicate-identity': 3, phoenix: 2 }, lookalikes: {} },
    })
    expect(registrationProblems(scenario.world, scenario.jurisdiction)).toMatchInlineSnapshot(`
      [
        "world.registration asks for 5 anomalies and look-alikes but only 3 applications; raise "applications" or lower the counts.",
        "Duplicates, namesakes and relatives are built from existing individual taxpayers: they need 3, world.population.individuals has 2.",
        "Phoenix cases are built from existing businesses: they need 2, world.population.businesses has 1.",
      ]
    `)
    await expect(generateWorld(scenario)).rejects.toThrow(/cannot be generated/)
    const bogus = benchScenario({
      individuals: 3,
      businesses: 2,
      registration: { applications: 2, anomalies: { 'bogus-registration': 2 }, lookalikes: {} },
    })
    expect(registrationProblems(bogus.world, bogus.jurisdiction)).toEqual([
      'Bogus registrations share a phone or address with at least 3 existing taxpayers each; the register needs at least 6 taxpayers, it has 5.',
    ])
  })
})
