/**
 * The text the studio starts a new scenario from, in each language, is a scenario a trainer can
 * play as it is: the validator (teaching checks included, as in the studio) finds nothing to say,
 * it is written in that language with `language:` set to it and the bundled profile of that
 * language where there is one, and the best play passes it. It is also an example of a good
 * scenario, so it passes its own path test (the function the studio's "Run the path test" runs):
 * the best decisions reach full marks and pass, and a trainee who clicks the first step or random
 * steps fails, on the three seeds the studio tests by default and on the ten it offers at most.
 * The browser tests' studio desk is the English starter under another title.
 */
import { describe, expect, it } from 'vitest'
import { copyName, STARTER_NAMES, STARTER_SCENARIO, STARTERS } from '../../src/app/studio/starter'
import { readSourceFiles } from '../../src/cli/files'
import { pathTest, playPolicy, Session } from '../../src/engine'
import { inEnglish } from '../../src/i18n/render'
import { formatIssue, isProfile, loadLibrary } from '../../src/engine/scenario'
import { LANGUAGES } from '../../src/i18n/languages'

const { files } = await readSourceFiles(['scenarios/jurisdictions'])
const profiles = files.filter(isProfile)

/** The bundled profile a starter of each language uses. */
const PROFILE = { en: 'northland', fr: 'sahel-coast', ru: 'alatau', pt: 'northland' } as const

/** Words of each language's starter that tell it is written in that language, and English words it must not hold. */
const WRITTEN = {
  fr: /Statuez sur chaque demande/,
  ru: /Примите решение по каждому заявлению/,
  pt: /Decida cada pedido/,
} as const

it('the English starter is the one the browser tests build their desk from', () => {
  expect(STARTERS.en).toBe(STARTER_SCENARIO)
  expect(Object.keys(STARTERS).sort()).toEqual([...LANGUAGES].sort())
})

for (const language of LANGUAGES) {
  describe(`the studio's ${language} starter scenario`, () => {
    const text = STARTERS[language]
    const library = loadLibrary([...profiles, { path: 'studio/my-scenario.yaml', text }], { teaching: true })

    it('validates with no error and no warning', () => {
      expect(library.issues.map(formatIssue)).toEqual([])
      expect(library.scenarios.map((s) => s.id)).toEqual(['my-scenario'])
    })

    it(`is written in ${language}, for the ${PROFILE[language]} profile`, () => {
      const scenario = library.scenarios[0]!
      expect(scenario.language).toBe(language)
      expect(scenario.jurisdiction.id).toBe(PROFILE[language])
      if (language !== 'en') {
        expect(text).toMatch(WRITTEN[language])
        // None of the English starter's sentences is left in it.
        for (const line of STARTER_SCENARIO.split('\n').filter(
          (l) => /[a-z]{3,} [a-z]{3,}/i.test(l) && !l.startsWith('#'),
        ))
          expect(text, `the ${language} starter still says “${line.trim()}”`).not.toContain(
            line.split(': ').pop(),
          )
      }
    })

    it('plays: the best play passes it', async () => {
      const scenario = library.scenarios[0]!
      const session = await Session.start(scenario, { seed: scenario.world.seed })
      playPolicy(session, 'best')
      const report = session.report()
      expect(report.decisions).toHaveLength(scenario.world.registration!.applications)
      expect(report.passed).toBe(true)
    })

    it('passes its own path test: the best passes, clicking through fails', async () => {
      const scenario = library.scenarios[0]!
      for (const seeds of [3, 10]) {
        const result = await pathTest(scenario, { seeds })
        expect(result.failures.map((f) => `seed ${f.seed}: ${inEnglish(f.message)}`)).toEqual([])
        expect(result.ok).toBe(true)
        // Every policy played every seed, so "no failure" is not "nothing ran".
        expect(result.ranges.map((r) => [r.policy, r.runs])).toEqual([
          ['best', seeds],
          ['first', seeds],
          ['random', 3 * seeds],
        ])
      }
    }, 60_000)
  })
}

describe("the file names of a trainer's scenarios", () => {
  it('name a new scenario and a copy of a bundled one in the page language, as ids', () => {
    for (const language of LANGUAGES) {
      const copy = copyName(language, 'audit-first-selection')
      expect(copy).toMatch(/^[a-z]+(-[a-z0-9]+)+$/)
      // A copy starts with the same word as the language's new scenario ("mon-scenario", "mon-audit-…").
      expect(copy.split('-')[0]).toBe(STARTER_NAMES[language].split('-')[0])
    }
    expect(copyName('fr', 'audit-first-selection')).toBe('mon-audit-first-selection')
    expect(copyName('ru', 'audit-first-selection')).toBe('moy-audit-first-selection')
    expect(copyName('en', 'audit-first-selection')).toBe('my-audit-first-selection')
  })
})
