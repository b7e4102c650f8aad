/**
 * A register too small for a scenario's cases is reported in the reader's language: the
 * validator's planning message and the generator's own shortfall carry a message (`text`) next
 * to their English (`message`, for the CLI), and every one of them renders in French, Russian
 * and Portuguese with no gap, keeping the scenario keys to change (`businesses`) as written.
 */
import { describe, expect, it } from 'vitest'
import { generateWorld, type Issue, type Msg, type Scenario } from '../../src/engine'
import { WorldShortfall } from '../../src/engine/world/shortfall'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, inEnglish, type Translator } from '../../src/i18n/render'
import { noVatFilingScenario } from '../fixtures/shortfall-scenario'
import { bundled, loadOne, withValues } from '../engine/robust/mutate'

const LANGS = ['fr', 'ru', 'pt'] as const

async function strict(language: (typeof LANGS)[number]): Promise<Translator> {
  const catalogue = await loadCatalogue(language)
  return createTranslator({
    language,
    catalogue,
    onMissing: (id) => {
      throw new Error(`${language}: no message "${id}"`)
    },
  })
}

/** The validator's issues for a bundled file with `changes`, which must be refused. */
function refused(file: string, changes: [readonly (string | number)[], unknown][]): Issue[] {
  const result = loadOne(withValues(bundled(`scenarios/${file}.yaml`), changes))
  if (result.ok) throw new Error(`${file} should be refused`)
  return result.issues
}

async function shortfallOf(scenario: Scenario): Promise<WorldShortfall> {
  const error = await generateWorld(scenario).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(WorldShortfall)
  return error as WorldShortfall
}

function expectRendered(ts: readonly Translator[], text: Msg, english: string, key: string) {
  expect(inEnglish(text)).toBe(english)
  for (const t of ts) {
    const words = t.t(text)
    expect(words, t.language).not.toMatch(/\[object Object\]|undefined|session\.shortfall/)
    expect(words, t.language).toContain(`\`${key}\``)
    expect(words, t.language).not.toMatch(/the world needs|raise|generated register|takes \d/)
  }
}

describe('a world too small for its cases, in the reader’s language', () => {
  it('the validator’s planning messages carry their message for each population key', async () => {
    const ts = await Promise.all(LANGS.map(strict))
    const cases: [string, [readonly (string | number)[], unknown][], string][] = [
      ['filing-non-filers', [[['world', 'filing', 'cases'], 110]], 'businesses'],
      ['audit-first-selection', [[['world', 'population', 'individuals'], 1]], 'individuals'],
      ['refunds-vat-desk', [[['world', 'population', 'businesses'], 0]], 'businesses'],
    ]
    for (const [file, changes, key] of cases) {
      const issue = refused(file, changes).find(
        (i) => i.text?.id === 'session.shortfall.population' && i.text.args?.key === key,
      )
      expect(issue, file).toBeDefined()
      expectRendered(ts, issue!.text!, issue!.message, key)
      // The counts are typed into YAML: never grouped.
      expect(ts[0]!.t(issue!.text!)).toMatch(/au moins \d+$/)
    }
  })

  it('the generator’s shortfalls carry theirs too', async () => {
    const ts = await Promise.all(LANGS.map(strict))
    const noVat = loadOne({ path: 'uploads/no-vat-desk.yaml', text: noVatFilingScenario() })
    if (!noVat.ok) throw new Error('the fixture should load')
    const none = await shortfallOf(noVat.scenario)
    expect(none.text.id).toBe('session.shortfall.noneQualifies')
    expectRendered(ts, none.text, none.message, 'businesses')
    expect(ts[0]!.t(none.text)).toMatch(
      /^le monde doit compter 6 entreprises actives, immatriculées à la TVA/,
    )

    const objections = loadOne(bundled('scenarios/objections-review-desk.yaml'))
    if (!objections.ok) throw new Error('the bundled file should load')
    const starved = await shortfallOf({
      ...objections.scenario,
      world: { ...objections.scenario.world, population: { individuals: 100, businesses: 2 } },
    })
    expect(starved.text.id).toBe('session.shortfall.tooFew')
    expectRendered(ts, starved.text, starved.message, 'businesses')
    expect(ts[1]!.t(starved.text)).toContain('этих возражений')
  })
})
