/**
 * A profile's name ("Federal Republic of Northland (fictional)") is the trainer's data, in the
 * language the trainer wrote it in: no sentence a trainee reads pastes it in (« La loi de Federal
 * Republic of Northland (fictional) ne prévoit… »). The law the sentences cite is the scenario's
 * own: « La loi ne prévoit aucune prorogation ». Only the validator's messages, written for the
 * trainer who named the profile, quote it. Nor does a trainee read "profile" itself.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session } from '../../src/engine'
import { translatorFor } from '../../src/i18n/for-scenario'
import { LANGUAGES } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { viewValues } from './support/render'

const { scenarios } = await loadBundledLibrary()

describe('the profile’s name in sentences', () => {
  it.each(LANGUAGES)('%s: no message but the validator’s takes the profile’s name', async (language) => {
    const catalogue = await loadCatalogue(language)
    const naming = Object.entries(catalogue)
      .filter(([id, text]) => /\{(jurisdiction|country)\}/.test(text) && !id.startsWith('scenario.'))
      .map(([id]) => id)
    expect(naming).toEqual([])
  })

  // "Profile" is the program's word for the file a trainer picks. A trainee reads of the law
  // (« la pénalité prévue par la loi ») or, for an office's limits, the rules; the trainer's pages
  // (the studio, the workshop, the validator and its shortfall) may name the file.
  const TRAINER = /^(scenario|studio|workshop|session\.shortfall)\./
  it.each(LANGUAGES)('%s: no message a trainee reads says "profile"', async (language) => {
    const catalogue = await loadCatalogue(language)
    const naming = Object.entries(catalogue)
      .filter(([id]) => !TRAINER.test(id) && id !== 'session.taxpayer.profile')
      .filter(([, text]) => /\bprofile|profil|профил|perfil/i.test(text))
      .map(([id]) => id)
    expect(naming).toEqual([])
  })

  const desks = scenarios.filter((s) => /^(objections|collection|registration)-/.test(s.id))
  it.each(desks.map((s) => [s.id, s] as const))(
    '%s: no case view names the profile',
    async (_id, scenario) => {
      for (const language of LANGUAGES) {
        const tr = await translatorFor(scenario, language)
        const session = await Session.start(scenario, { seed: scenario.world.seed })
        const seen = (): string[] =>
          session.cases().flatMap((c) => viewValues(session.caseView(c.caseId)).map((v) => tr.t(v)))
        const texts = seen()
        playPolicy(session, 'best')
        texts.push(...seen())
        expect(texts.filter((text) => text.includes(scenario.jurisdiction.name))).toEqual([])
      }
    },
  )
})
