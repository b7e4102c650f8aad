/**
 * What the path test says is in the trainer's language: a scripted trainee is named as the
 * studio names it ("always the first step", "random steps, run 3"), never by its code; a run that
 * stops on an error says the message the error carries, else a general sentence, and keeps the
 * error's English apart as `technical` (folded in the studio, as on the crash screen); a hard
 * case carries no English placeholder ("not decided", "?") for a page to show.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { loadLibrary } from '../../src/engine/scenario'
import { ReplayRefused } from '../../src/engine/session/session'
import { msg } from '../../src/engine/primitives/message'
import { pathTest } from '../../src/engine/session/path-test'
import * as policies from '../../src/engine/session/policies'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, inEnglish } from '../../src/i18n/render'

const valid = 'tests/fixtures/scenarios/valid'
const profile = {
  path: `${valid}/jurisdictions/testland.yaml`,
  text: readFileSync(`${valid}/jurisdictions/testland.yaml`, 'utf8'),
}
const minimal = readFileSync(`${valid}/minimal.yaml`, 'utf8')
const scenario = (passMark: number) =>
  loadLibrary([
    profile,
    { path: 'x/minimal.yaml', text: minimal.replace('passMark: 50', `passMark: ${passMark}`) },
  ]).scenarios[0]!

const fr = createTranslator({ language: 'fr', catalogue: await loadCatalogue('fr') })
const ru = createTranslator({ language: 'ru', catalogue: await loadCatalogue('ru') })

/** The codes a sentence of the path test must not show: the policies' and the old placeholders. */
const CODES = /\bfirst\b|\brandom\b|#\d|\bbest\b|not decided|\?/

describe('a clicking trainee who passes', () => {
  it('is named in words in every language, the random run by its number', async () => {
    const result = await pathTest(scenario(0), { seeds: 1 })
    const clickers = result.failures.filter((f) => f.policy === 'first' || f.policy === 'random')
    expect(clickers.map((f) => f.policy)).toContain('first')
    for (const failure of clickers) {
      const english = inEnglish(failure.message)
      expect(english).toMatch(
        failure.policy === 'first'
          ? /just clicks \(always the first step\)/
          : new RegExp(`just clicks \\(random steps, run ${failure.policySeed ?? 0}\\)`),
      )
      const french = fr.t(failure.message)
      expect(french).toMatch(
        failure.policy === 'first' ? /\(toujours la première étape\)/ : /\(étapes au hasard, passage \d\)/,
      )
      const russian = ru.t(failure.message)
      expect(russian).toMatch(
        failure.policy === 'first'
          ? /кнопки \(всегда первый шаг\),/
          : /кнопки \(случайные шаги, прогон \d\),/,
      )
      for (const said of [french, russian]) expect(said).not.toMatch(CODES)
    }
  })
})

describe('a hard case', () => {
  const play = policies.playPolicy

  it('the best policy left undecided has no grade, not the English "not decided"', async () => {
    // The best decisions decide nothing; the clickers play as usual, so the cases they get wrong are hard.
    const spy = vi
      .spyOn(policies, 'playPolicy')
      .mockImplementation((session, policy, ...rest) =>
        policy === 'best' ? [] : play(session, policy, ...rest),
      )
    try {
      const result = await pathTest(scenario(80), { seeds: 2 })
      const decided = result.hardCases.filter((c) => c.kind !== undefined)
      expect(decided.length).toBeGreaterThan(0)
      for (const hard of decided) {
        expect(hard.bestGrade).toBeUndefined()
        expect(hard.kind).toMatch(/^[a-z]+(-[a-z]+)*$/)
        expect(hard.taskId).not.toBe('?')
      }
    } finally {
      spy.mockRestore()
    }
  })

  it('that no policy decided has no kind or task, not the English "?"', async () => {
    const spy = vi.spyOn(policies, 'playPolicy').mockImplementation(() => [])
    try {
      const result = await pathTest(scenario(80), { seeds: 1 })
      expect(result.hardCases.length).toBeGreaterThan(0)
      for (const hard of result.hardCases)
        expect(hard).toEqual({ seed: result.seeds[0], caseId: hard.caseId })
    } finally {
      spy.mockRestore()
    }
  })
})

describe('a scripted trainee that cannot play', () => {
  it('says the message the error carries, in the reader’s language', async () => {
    const refused = new ReplayRefused(3, msg('session.pathTest.policy.first'))
    const spy = vi.spyOn(policies, 'playPolicy').mockImplementation(() => {
      throw refused
    })
    try {
      const result = await pathTest(scenario(80), { seeds: 1 })
      const failure = result.failures.find((f) => f.policy === 'first')!
      expect(fr.t(failure.message)).toBe(
        `la stratégie «\u202ftoujours la première étape\u202f» n’a pas pu jouer le scénario\u202f: ${fr.t(refused.text)}`,
      )
      expect(ru.t(failure.message)).toContain(
        `стратегия «всегда первый шаг» не смогла пройти сценарий: ${ru.t(refused.text)}`,
      )
      expect(failure.technical).toContain(refused.message)
      expect(fr.t(failure.message)).not.toContain(refused.message)
    } finally {
      spy.mockRestore()
    }
  })

  it('says a general sentence for an error it did not expect, the English kept as technical details', async () => {
    const spy = vi.spyOn(policies, 'playPolicy').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'caseId')")
    })
    try {
      const result = await pathTest(scenario(80), { seeds: 1 })
      expect(result.ok).toBe(false)
      const failure = result.failures.find((f) => f.policy === 'random' && f.policySeed === 3)!
      expect(fr.t(failure.message)).toBe(
        `la stratégie «\u202fétapes au hasard, passage 3\u202f» n’a pas pu jouer le scénario\u202f: ${fr.m('session.pathTest.unexpectedError')}`,
      )
      expect(failure.technical).toMatch(/^TypeError: Cannot read properties of undefined/)
      for (const said of [fr.t(failure.message), ru.t(failure.message)]) {
        expect(said).not.toContain('Cannot read')
        expect(said).not.toMatch(CODES)
      }
    } finally {
      spy.mockRestore()
    }
  })
})
