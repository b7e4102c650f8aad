/**
 * Variants a trainer fixes instead of the seed (world.registration.variants): which spelling a
 * duplicate applicant uses, and how many existing TINs share a bogus registration's phone. Each
 * knob shows in every case of its kind at three seeds, the best policy still scores the maximum,
 * a knob the world cannot honour is a located validation issue, and without a knob the world is
 * the one the seed always drew.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readSourceFiles } from '../../src/cli/files'
import { formatIssue, loadLibrary, playPolicy, Session, type Scenario } from '../../src/engine'
import { isMsg, type Text } from '../../src/engine/primitives/message'
import { worldDigest } from '../../src/engine/world/digest'
import { generateWorld } from '../../src/engine/world/generate'
import { normalisePhone } from '../../src/engine/world/names'
import { applicationsOf } from './registration-truth'

const DESK = readFileSync('scenarios/registration-desk.yaml', 'utf8')
const { files: profiles } = await readSourceFiles(['scenarios/jurisdictions'])

function deskWith(variants: string, population?: string) {
  let text = DESK.replace(
    '    lookalikes:\n      namesake: 1',
    `    variants:\n${variants}\n    lookalikes:\n      namesake: 1`,
  )
  if (population)
    text = text.replace('  population:\n    individuals: 300\n    businesses: 200', `  ${population}`)
  expect(text).not.toBe(DESK)
  return loadLibrary([...profiles, { path: 'desk.yaml', text }])
}

function scenarioWith(variants: string): Scenario {
  const library = deskWith(variants)
  expect(library.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([])
  return library.scenarios[0]!
}

const argOf = (flag: Text, name: string) => (isMsg(flag) ? flag.args?.[name] : undefined)
const idOf = (value: unknown) => (isMsg(value) ? value.id : undefined)

async function bestScoresMaximum(scenario: Scenario, seed: number) {
  const session = await Session.start(scenario, { seed })
  playPolicy(session, 'best')
  const report = session.report()
  expect(report.grades).toMatchObject({ acceptable: 0, wrong: 0, harmful: 0 })
  expect(report.score).toBe(report.maxScore)
}

describe('world.registration.variants', () => {
  it.each(['transliteration', 'swapped', 'initials'] as const)(
    'duplicate-identity.nameVariant: %s is the spelling of every duplicate',
    async (kind) => {
      const scenario = scenarioWith(`      duplicate-identity:\n        nameVariant: ${kind}`)
      for (const seed of [1, 2, 3]) {
        const world = await generateWorld(scenario, { seed })
        const duplicates = world.truth.cases.filter((t) => t.kind === 'duplicate-identity')
        expect(duplicates).toHaveLength(2)
        for (const truth of duplicates) {
          const spelling = truth.flags.find((f) => idOf(f) === 'registration.truth.duplicate.spelling')!
          expect(idOf(argOf(spelling, 'variant'))).toBe(`registration.nameVariant.${kind}`)
          const application = applicationsOf(world).find((a) => a.id === truth.caseId)!
          expect(application.name).toBe(argOf(spelling, 'name'))
          expect(application.name).not.toBe(argOf(spelling, 'registered'))
        }
        await bestScoresMaximum(scenario, seed)
      }
    },
    60_000,
  )

  it.each([1, 4, 7])(
    'bogus-registration.sharedPhoneTins: %i existing TINs share the phone',
    async (n) => {
      const scenario = scenarioWith(`      bogus-registration:\n        sharedPhoneTins: ${n}`)
      for (const seed of [1, 2, 3]) {
        const world = await generateWorld(scenario, { seed })
        const truth = world.truth.cases.find((t) => t.kind === 'bogus-registration')!
        const application = applicationsOf(world).find((a) => a.id === truth.caseId)!
        const sharing = world.taxpayers.filter(
          (t) => normalisePhone(t.phone) === normalisePhone(application.phone),
        )
        expect(sharing).toHaveLength(n)
        const flag = truth.flags.find((f) => idOf(f) === 'registration.truth.bogus.sharedPhone')!
        expect(argOf(flag, 'count')).toBe(n)
        await bestScoresMaximum(scenario, seed)
      }
    },
    60_000,
  )

  it('without variants the world is the one the seed draws', async () => {
    const library = loadLibrary([...profiles, { path: 'desk.yaml', text: DESK }])
    const plain = library.scenarios[0]!
    const empty = scenarioWith('      duplicate-identity: {}\n      bogus-registration: {}')
    for (const seed of [1, 2, 3])
      expect(worldDigest(await generateWorld(empty, { seed }))).toBe(
        worldDigest(await generateWorld(plain, { seed })),
      )
  })

  it('a register too small for the shared phones is a located issue on the knob', () => {
    const library = deskWith(
      '      bogus-registration:\n        sharedPhoneTins: 20',
      'population: { individuals: 12, businesses: 6 }',
    )
    const issues = library.issues.filter((i) => i.severity === 'error').map(formatIssue)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatch(/^desk\.yaml:\d+:\d+: .*sharedPhoneTins/)
    expect(issues[0]).toContain('lower sharedPhoneTins or raise individuals or businesses')
  })

  it('an unknown name-variant kind is refused with the kinds to choose from', () => {
    const library = deskWith('      duplicate-identity:\n        nameVariant: nickname')
    const issues = library.issues.map(formatIssue).join('\n')
    expect(issues).toMatch(/nameVariant/)
    expect(issues).toMatch(/transliteration/)
  })
})
