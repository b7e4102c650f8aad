/**
 * An objection's case title in French names the assessment with its tax set apart, as a French
 * officer writes a label beside a noun: « avis d’imposition (impôt sur les sociétés, 2023) », not
 * « avis d’imposition impôt sur les sociétés 2023 », a tax's name pasted without a preposition.
 */
import { expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { Session } from '../../src/engine'
import { translatorFor } from '../../src/i18n/for-scenario'
import { nb } from './support/render'

const { scenarios } = await loadBundledLibrary()

it.each(scenarios.filter((s) => s.id.startsWith('objections-')).map((s) => [s.id, s] as const))(
  '%s: every case title in French sets the tax apart',
  async (_id, scenario) => {
    const tr = await translatorFor(scenario, 'fr')
    const session = await Session.start(scenario, { seed: scenario.world.seed })
    const titles = session.cases().map((c) => tr.t(c.title))
    expect(titles.length).toBeGreaterThan(0)
    for (const title of titles)
      expect(title).toMatch(
        new RegExp(`${nb("avis d'imposition")} \\((impôt sur les sociétés|TVA), \\d{4}(-\\d{2})?\\)$`),
      )
  },
)
