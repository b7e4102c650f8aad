/**
 * One colon a sentence where a page frames words that may hold one. The confirm button frames the
 * command's label ("Confirm: {label}") and the record's figures are shown under "On record"; a
 * label or a figure that is itself "a: b" inside another "X: …" reads "Confirmer : Mettre en
 * attente : aucune action…". Every command label of every process goes through
 * `app.form.confirm`, and every reference a bundled scenario's cases show goes where the form puts
 * it; every scenario's and task's title (a trainer's, often "Desk: what to do") goes through the
 * briefing's, the results' and the workshop's headings; every form problem follows the refusal's
 * "Not done:"; in each language.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { PROCESS_MODULES, Session, type Text } from '../../src/engine'
import { translatorFor } from '../../src/i18n/for-scenario'
import { LANGUAGES } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

const { scenarios } = await loadBundledLibrary()

/** The sentences of a text that hold more than one colon (a quotation, a time "10:30" aside). */
function doubleColons(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n/)
    .filter((sentence) => (unquoted(sentence).match(/(?<!\d):|:(?!\d)/g) ?? []).length > 1)
}
const unquoted = (text: string) => text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '«…»')

describe('one colon a sentence', () => {
  it('the check finds a doubled colon, and only that', () => {
    expect(doubleColons('Confirmer : Mettre en attente : aucune action')).toHaveLength(1)
    expect(doubleColons('Au dossier : Dette au compte : 635 065 FCFA.')).toHaveLength(1)
    expect(doubleColons('Dette au compte : 635 065 FCFA. Solde : 3 FCFA.')).toEqual([])
    expect(doubleColons('Référence bancaire : « TVA: 2025 ». Reçu à 10:30.')).toEqual([])
  })

  const labels: Text[] = Object.values(PROCESS_MODULES).flatMap((module) =>
    module.commands.map((command) => command.label),
  )

  for (const language of LANGUAGES)
    it(`${language}: every command's confirm button and every reference a case shows`, async () => {
      const found: string[] = []
      for (const scenario of scenarios) {
        const tr = await translatorFor(scenario, language)
        const session = await Session.start(scenario, { seed: scenario.world.seed })
        const shown = new Set<string>()
        for (const c of session.cases()) {
          const view = session.caseView(c.caseId)
          for (const option of view.available)
            shown.add(tr.m('app.form.confirm', { label: tr.t(option.label) }))
          for (const fields of Object.values(view.references))
            for (const reference of Object.values(fields))
              if (reference.text) shown.add(`${tr.m('app.form.onRecord')}\n${tr.t(reference.text)}`)
        }
        for (const label of labels) shown.add(tr.m('app.form.confirm', { label: tr.t(label) }))
        for (const text of shown)
          for (const sentence of doubleColons(text)) found.push(`${scenario.id}: ${sentence}`)
      }
      expect(found).toEqual([])
    })

  for (const language of LANGUAGES)
    it(`${language}: every form problem after the refusal's "Not done:"`, async () => {
      const catalogue = await loadCatalogue(language)
      const tr = createTranslator({ language, catalogue })
      const found: string[] = []
      for (const [id, text] of Object.entries(catalogue).filter(([id]) => id.startsWith('session.form.'))) {
        const numeric = new Set(
          [...text.matchAll(/\{(\w+), (?:plural|number|selectordinal)/g)].map((m) => m[1]!),
        )
        const names = new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!))
        const args = Object.fromEntries([...names].map((n) => [n, numeric.has(n) ? 2 : n]))
        const shown = `${tr.m('app.commands.notDone')} ${tr.m(id, args)}`
        for (const sentence of doubleColons(shown)) found.push(`${id}: ${sentence}`)
      }
      expect(found).toEqual([])
    })

  for (const language of LANGUAGES)
    it(`${language}: every scenario's and task's title in the headings that frame it`, async () => {
      const found: string[] = []
      for (const scenario of scenarios) {
        const tr = await translatorFor(scenario, language)
        const shown = [
          ...(['app.report.title', 'app.report.titleSoFar', 'workshop.play.next'] as const).map((id) =>
            tr.m(id, { title: scenario.title }),
          ),
          ...scenario.tasks.flatMap((task) =>
            (['app.briefing.task', 'app.briefing.situation'] as const).map((id) =>
              tr.m(id, { title: task.title }),
            ),
          ),
        ]
        for (const text of shown)
          for (const sentence of doubleColons(text)) found.push(`${scenario.id}: ${sentence}`)
      }
      expect(found).toEqual([])
    })
})
