import { describe, expect, test } from 'vitest'
import { generateWorld } from '../../src/engine/world/generate'
import { displayName, nameVariant, NAME_VARIANTS } from '../../src/engine/world/name-variants'
import { Draw, Sfc32 } from '../../src/engine/world/prng'
import { RegisterIndex, duplicateCandidates, type SearchHit } from '../../src/engine/world/search'
import type { Application, World } from '../../src/engine/world/types'
import {
  applicationsOf,
  registrationTruthsOf,
  type TestRegistrationTruth as RegistrationTruth,
} from './registration-truth'
import { benchScenario } from '../bench/scenarios'

const registration = {
  applications: 90,
  anomalies: {
    'duplicate-identity': 30,
    'identity-mismatch': 5,
    'bogus-registration': 4,
    'vat-threshold': 3,
    phoenix: 6,
  },
  lookalikes: { namesake: 15, 'shared-family-address': 10 },
}
const worlds: [string, World][] = [
  ['en_NG', await generateWorld(benchScenario({ locale: 'en_NG', registration }))],
  ['fr_SN', await generateWorld(benchScenario({ locale: 'fr_SN', registration }))],
  // Cyrillic names are compared romanised (names.ts fold): before, they had no tokens at all.
  ['ru', await generateWorld(benchScenario({ locale: 'ru', registration }))],
]

const cases = (w: World, kind: RegistrationTruth['kind']) =>
  applicationsOf(w).flatMap((app, i) => {
    const truth = registrationTruthsOf(w)[i] as RegistrationTruth
    return truth.kind === kind ? [{ app, truth }] : []
  })
const hitFor = (hits: SearchHit[], tin: string | undefined) => hits.find((h) => h.tin === tin)

describe.each(worlds)('register search in the %s world', (_locale, w) => {
  const index = new RegisterIndex(w.taxpayers)
  const individual =
    w.taxpayers.find((t) => t.kind === 'individual' && w.people[t.idNumber]?.middleName) ?? w.taxpayers[0]!
  const business = w.taxpayers.find((t) => t.kind === 'business')!

  test('the worklist has the cases these tests rely on', () => {
    expect(cases(w, 'duplicate-identity')).toHaveLength(30)
    expect(cases(w, 'namesake')).toHaveLength(15)
    expect(cases(w, 'genuine').length).toBeGreaterThan(10)
    expect(w.people[individual.idNumber]?.middleName).toBeTruthy()
  })

  test('a TIN finds exactly its taxpayer', () => {
    expect(index.search({ tin: individual.tin })).toEqual([
      { tin: individual.tin, score: 1, matchedOn: ['tin'] },
    ])
    expect(index.search({ tin: '0000000000' })).toEqual([])
    expect(index.get(business.tin)).toBe(business)
  })

  test('an ID or registry number is found however it is typed', () => {
    expect(index.search({ idNumber: ` ${individual.idNumber} ` })[0]?.tin).toBe(individual.tin)
    expect(index.search({ idNumber: business.idNumber.toLowerCase().replace(/-/g, ' ') })[0]?.tin).toBe(
      business.tin,
    )
  })

  test('a phone is found in national or international form', () => {
    const international = `+${_locale === 'fr_SN' ? '221' : '234'} ${individual.phone.replace(/^0/, '')}`
    expect(hitFor(index.search({ phone: international }), individual.tin)?.matchedOn).toEqual(['phone'])
  })

  test('a director’s national ID finds the companies they direct', () => {
    const director = business.directors[0]!
    expect(hitFor(index.search({ idNumber: director }), business.tin)?.matchedOn).toContain('director')
  })

  test.each(NAME_VARIANTS)('a name written with a %s variant still finds the taxpayer', (variant) => {
    const draw = new Draw(new Sfc32([w.seed, 1]))
    const person = w.people[individual.idNumber]!
    const parts = {
      given: person.middleName ? [person.firstName, person.middleName] : [person.firstName],
      family: person.lastName,
    }
    expect(displayName(parts, 'given-first')).toBe(individual.name)
    const { name } = nameVariant(parts, 'given-first', draw, variant)
    const hits = index.search({ name }, 200)
    expect(hitFor(hits, individual.tin)?.matchedOn, name).toEqual(['name'])
  })

  test('results are ranked, limited and carry scores between 0 and 1', () => {
    const hits = index.search({ name: individual.name.split(' ').at(-1)! }, 5)
    expect(hits.length).toBeLessThanOrEqual(5)
    for (const [a, b] of hits.slice(1).map((h, i) => [hits[i]!, h] as const))
      expect(a.score).toBeGreaterThanOrEqual(b.score)
    expect(hits.every((h) => h.score > 0 && h.score <= 1)).toBe(true)
    expect(index.search({})).toEqual([])
  })

  test('every duplicate-identity application finds its real TIN as the top hit', () => {
    for (const { app, truth } of cases(w, 'duplicate-identity')) {
      const [top] = duplicateCandidates(index, app)
      expect(top?.tin, `${app.id} ${app.name}`).toBe(truth.relatedTin)
      expect(top?.matchedOn).toContain('name')
      expect(
        top?.matchedOn.filter((f) => ['idNumber', 'birthDate', 'phone', 'bankAccount'].includes(f)).length,
      ).toBeGreaterThanOrEqual(2)
    }
  })

  test('a namesake is found by name only', () => {
    for (const { app } of cases(w, 'namesake')) {
      const twins = w.taxpayers.filter((t) => t.name === app.name)
      const hits = duplicateCandidates(index, app, 100)
      for (const twin of twins) expect(hitFor(hits, twin.tin)?.matchedOn, app.name).toEqual(['name'])
    }
  })

  test('a relative at the same address is found by address, not by name or identity', () => {
    for (const { app } of cases(w, 'shared-family-address')) {
      const relatives = duplicateCandidates(index, app).filter((h) => h.matchedOn.includes('address'))
      expect(relatives.length).toBeGreaterThan(0)
      for (const h of relatives) expect(h.matchedOn).toEqual(['address'])
    }
  })

  test('a bogus registration shows the cluster of recent TINs on its phone or address', () => {
    for (const { app } of cases(w, 'bogus-registration')) {
      const cluster = duplicateCandidates(index, app).filter((h) =>
        h.matchedOn.some((f) => f === 'phone' || f === 'address'),
      )
      expect(cluster.length).toBeGreaterThanOrEqual(3)
    }
  })

  test('a phoenix company shows the old company through its directors', () => {
    for (const { app, truth } of cases(w, 'phoenix')) {
      expect(hitFor(duplicateCandidates(index, app), truth.relatedTin)?.matchedOn).toContain('director')
    }
  })

  test('a genuine applicant shares no identifier with the register', () => {
    for (const { app } of cases(w, 'genuine')) {
      const strong = duplicateCandidates(index, app as Application).filter((h) =>
        h.matchedOn.some((f) => ['idNumber', 'phone', 'bankAccount', 'email', 'director'].includes(f)),
      )
      expect(strong, app.name).toEqual([])
    }
  })
})
