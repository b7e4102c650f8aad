import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadLibrary } from '../../src/engine/scenario'
import { guessLanguage, INTERFACE_LANGUAGES } from '../../src/engine/scenario/content-checks'
import { LANGUAGES } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, inEnglish } from '../../src/i18n/render'
import { hiddenFlags, lateCases, pathTest } from '../../src/engine/session/path-test'
import { Session, generateWorld, playPolicy } from '../../src/engine'
import { readSourceFiles } from '../../src/cli/files'

const valid = 'tests/fixtures/scenarios/valid'
const profile = {
  path: `${valid}/jurisdictions/testland.yaml`,
  text: readFileSync(`${valid}/jurisdictions/testland.yaml`, 'utf8'),
}
const minimal = readFileSync(`${valid}/minimal.yaml`, 'utf8')

function issuesOf(text: string) {
  return loadLibrary([profile, { path: 'x/minimal.yaml', text }], { teaching: true }).issues
}

const taught = minimal.replace(
  '    briefing: Decide them.',
  `    briefing: Decide them.
    hints:
      - text: Compare the register hits.
    feedback:
      duplicate-identity: One person, one TIN.
      phoenix: Follow the directors.
      namesake: Two people can share a name.`,
)

describe('checks beyond the schema', () => {
  it('a fully taught scenario has no warnings', () => {
    expect(issuesOf(taught)).toEqual([])
  })

  it('warns about a declared kind without feedback and a task without hints', () => {
    const messages = issuesOf(minimal).map((i) => `${i.line}:${i.severity}:${i.message}`)
    expect(messages).toContainEqual(expect.stringMatching(/^22:warning:task "desk" has no hints/))
    expect(messages).toContainEqual(
      expect.stringMatching(/^22:warning:no feedback for "duplicate-identity", "phoenix", "namesake"/),
    )
  })

  it('flags HTML or script in any text, at its line', () => {
    const issues = issuesOf(taught.replace('Decide them.', 'Decide them <img src=x onerror=alert(1)>.'))
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ line: 23, severity: 'warning' })
    expect(issues[0]!.message).toContain('HTML or script')
  })

  it('warns when a text is in another language than the scenario', () => {
    const issues = issuesOf(
      taught.replace(
        'Decide them.',
        'Vous êtes au guichet et vous devez décider des demandes avec les pièces du dossier et la liste.',
      ),
    )
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('looks like French, but the scenario\'s language is "en"'),
    ])
    expect(guessLanguage('Bạn là cán bộ thuế và có những hồ sơ của người nộp thuế không được xử lý')).toBe(
      'vi',
    )
    expect(guessLanguage('Short text')).toBeUndefined()
  })

  it('warns that a scenario in a language the app does not speak gets an English interface', async () => {
    const german = issuesOf(taught.replace('language: en', 'language: de'))
    expect(german).toHaveLength(1)
    expect(german[0]).toMatchObject({ line: 9, severity: 'warning' })
    expect(german[0]!.message).toContain('no interface in "de"')
    expect(german[0]!.message).toContain('in English')
    expect(inEnglish(german[0]!.text)).toBe(german[0]!.message)
    // A French trainer reads it in French, naming the languages that have an interface.
    const fr = createTranslator({ language: 'fr', catalogue: await loadCatalogue('fr') })
    expect(fr.t(german[0]!.text)).toMatch(/pas d’interface en «\sde\s».*en anglais.*en, fr, ru, pt/)
    // A regional variant of a language the app speaks is fine, as are the app's own languages.
    expect(issuesOf(taught.replace('language: en', 'language: pt-BR'))).toEqual([])
    for (const language of ['fr', 'ru', 'pt'])
      expect(
        issuesOf(taught.replace('language: en', `language: ${language}`)).map((i) => i.message),
      ).not.toContainEqual(expect.stringContaining('no interface'))
    // The engine's list of interface languages is the app's.
    expect(INTERFACE_LANGUAGES).toEqual(LANGUAGES)
  })

  it('says an indentation slip is an indentation slip', () => {
    const [issue] = issuesOf(minimal.replace('  referenceDate:', '   referenceDate:'))
    expect(issue).toMatchObject({ line: 12, severity: 'error' })
    expect(issue!.message).toContain('indented further')
    const [twoKeys] = issuesOf(minimal.replace('title: Minimal', 'title: Desk 1: intake'))
    expect(twoKeys!.message).toContain('two "key: value" parts')
  })

  it('a later task meets its cases fresh: made as of its start, none already late', async () => {
    const later = loadLibrary([
      profile,
      {
        path: 'x/minimal.yaml',
        text: taught.replace(
          '    briefing: Decide them.',
          '    briefing: Decide them.\n    startsAfterDays: 60',
        ),
      },
    ])
    expect(later.issues.filter((i) => i.severity === 'error')).toEqual([])
    const scenario = later.scenarios[0]!
    const world = await generateWorld(scenario, { seed: scenario.world.seed })
    const cases = new Session(scenario, world).cases()
    expect(cases.length).toBeGreaterThan(0)
    expect(cases.every((c) => c.dueOn >= '2025-05-02')).toBe(true)
    expect(lateCases(scenario, world)).toEqual([])
    const result = await pathTest(scenario, { seeds: 1 })
    expect(result.failures.map((f) => f.message)).not.toContainEqual(expect.stringContaining('is due on'))
  })

  it('the path test fails a case whose deadline runs out while it waits for its task', async () => {
    const scenario = loadLibrary([profile, { path: 'x/minimal.yaml', text: taught }]).scenarios[0]!
    const world = await generateWorld(scenario, { seed: scenario.world.seed })
    // Only a file that skips validation can do this: the validator makes one process start once.
    const [desk] = scenario.tasks
    const split = {
      ...scenario,
      tasks: [
        { ...desk!, cases: 1 },
        { ...desk!, id: 'later', cases: 'all' as const, startsAfterDays: 60 },
      ],
    }
    const late = lateCases(split, world)
    expect(late.length).toBeGreaterThan(0)
    expect(inEnglish(late[0]!.message)).toMatch(/is due on .* before its task "later" starts on May 2, 2025/)
  })

  it('a backlog case overdue on the day it was made is not reported', async () => {
    const { files } = await readSourceFiles(['scenarios'])
    const scenario = loadLibrary(files).scenarios.find((s) => s.id === 'filing-non-filers')!
    const world = await generateWorld(scenario, { seed: scenario.world.seed })
    const start = world.referenceDate
    expect(new Session(scenario, world).cases().some((c) => c.dueOn < start)).toBe(true)
    expect(lateCases(scenario, world)).toEqual([])
  })
})

describe('a red flag no evidence panel shows', () => {
  it('is reported by the path test, and not for the bundled collection scenario', async () => {
    const { files } = await readSourceFiles(['scenarios'])
    const scenario = loadLibrary(files).scenarios.find((s) => s.id === 'collection-first-contact')!
    const world = await generateWorld(scenario, { seed: scenario.world.seed })
    const played = new Session(scenario, world)
    playPolicy(played, 'best')
    expect(hiddenFlags(played)).toEqual([])

    const flagged = world.truth.cases[0]!
    flagged.flags = [...flagged.flags, 'A red flag the trainer described']
    flagged.evidence = [...flagged.evidence, 'no-such-panel']
    const tampered = new Session(scenario, world)
    playPolicy(tampered, 'best')
    expect(hiddenFlags(tampered).map((f) => inEnglish(f.message))).toEqual([
      expect.stringContaining(`case ${flagged.caseId}`),
    ])

    // A panel the process has but the case never showed is named by its title, not its id.
    const names = tampered.caseView(flagged.caseId).panelNames
    const shown = new Set(tampered.caseView(flagged.caseId).opened)
    const unshown = Object.keys(names).find((id) => !shown.has(id) && id !== 'register-search')!
    expect(unshown).toBeDefined()
    flagged.evidence = [unshown]
    const named = new Session(scenario, world)
    playPolicy(named, 'best')
    const [said] = hiddenFlags(named).map((f) => inEnglish(f.message))
    expect(said).toContain(inEnglish(names[unshown]!))
    expect(said).not.toContain(unshown)
  })
})
