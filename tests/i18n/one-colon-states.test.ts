/**
 * One colon a sentence, for the words a page sets after a label of its own: a process state's
 * name follows « étape actuelle : » on the map and « Impossible tant que le dossier est… », so no
 * state's name holds a colon (« Déclaration reçue — à traiter »); a form's option follows its
 * field's label in the decision's summary (« Pénalité de retard de déclaration : Aucune — déposée
 * à temps »); a ledger line's note (« Contrôle — TVA déductible rejetée : … ») and a panel's
 * warning after « ⚠ Remarque : » hold one too, and a panel's name, which the results list after
 * « Vous avez ouvert : », holds none (« Données des tiers (facturation électronique, douane) »).
 * The summary sets a decision's fields in parentheses, so a field's label or option opens none
 * of its own (« Motif indiqué dans la lettre », not « Motif (figure dans la lettre) »). Each is rendered with its real fillers in every language.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { PROCESS_MODULES, playPolicy, Session } from '../../src/engine'
import { translatorFor } from '../../src/i18n/for-scenario'
import { LANGUAGES } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

const { scenarios } = await loadBundledLibrary()

/**
 * The sentences of a text, or the clauses of one joined by semicolons ("Current: A; next possible:
 * B"), that hold more than one colon (a quotation, a time "10:30" aside).
 */
function doubleColons(text: string): string[] {
  return text
    .split(/(?<=[.!?…;])\s+|\n/)
    .filter((sentence) => (unquoted(sentence).match(/(?<!\d):|:(?!\d)/g) ?? []).length > 1)
}
const unquoted = (text: string) => text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '«…»')
const colon = /(?<!\d):|:(?!\d)/

const modules = Object.values(PROCESS_MODULES)

describe('one colon a sentence: states, options, ledger lines', () => {
  for (const language of LANGUAGES) {
    it(`${language}: no process state's name holds a colon, on the map or in a refusal`, async () => {
      const catalogue = await loadCatalogue(language)
      const tr = createTranslator({ language, catalogue })
      const found: string[] = []
      for (const module of modules)
        for (const label of Object.values(module.stateLabels)) {
          const state = tr.t(label)
          if (colon.test(unquoted(state))) found.push(state)
          for (const shown of [
            tr.m('app.map.diagram', { current: state }),
            tr.m('app.map.summary', { current: state, next: state, path: state }),
            tr.m('session.refusal.notWhile', { state }),
          ])
            for (const sentence of doubleColons(shown)) found.push(sentence)
        }
      expect(found).toEqual([])
    })

    it(`${language}: every panel's name, listed after « Vous avez ouvert : »`, async () => {
      const catalogue = await loadCatalogue(language)
      const tr = createTranslator({ language, catalogue })
      const found = modules
        .flatMap((module) => Object.values(module.panelNames).map((name) => tr.t(name)))
        .filter((name) => colon.test(unquoted(name)))
      expect(found).toEqual([])
    })

    it(`${language}: every form option after its field's label`, async () => {
      const catalogue = await loadCatalogue(language)
      const tr = createTranslator({ language, catalogue })
      const found: string[] = []
      for (const module of modules)
        for (const command of module.commands)
          for (const field of command.fields ?? [])
            for (const option of field.options ?? []) {
              const shown = tr.m('app.decision.withFields', {
                label: tr.t(command.label),
                fields: tr.m('common.pair', { label: tr.t(field.label), value: tr.t(option.label) }),
              })
              for (const sentence of doubleColons(shown)) found.push(sentence)
            }
      expect(found).toEqual([])
    })

    it(`${language}: no field's label or option opens parentheses inside the summary's`, async () => {
      const catalogue = await loadCatalogue(language)
      const tr = createTranslator({ language, catalogue })
      const found = modules
        .flatMap((module) => module.commands.flatMap((command) => command.fields ?? []))
        .flatMap((field) => [field.label, ...(field.options ?? []).map((o) => o.label)])
        .map((label) => tr.t(label))
        .filter((label) => label.includes('('))
      expect(found).toEqual([])
    })
  }

  const desks = scenarios.filter((s) => /^(objections|refunds)-/.test(s.id))
  it.each(desks.map((s) => [s.id, s] as const))(
    '%s: every ledger line and panel warning, in every language',
    async (_id, scenario) => {
      const session = await Session.start(scenario, { seed: scenario.world.seed })
      playPolicy(session, 'best')
      const found: string[] = []
      for (const language of LANGUAGES) {
        const tr = await translatorFor(scenario, language)
        for (const c of session.cases()) {
          const panels = [...session.caseView(c.caseId).panels, ...session.taxpayerView(c.tin)]
          for (const panel of panels)
            for (const section of panel.sections) {
              if (section.kind === 'text' && section.tone === 'warning')
                found.push(...doubleColons(`${tr.m('app.panel.note')} ${tr.t(section.text)}`))
              if (section.kind === 'table')
                for (const row of section.rows)
                  for (const cell of row) if (cell !== undefined) found.push(...doubleColons(tr.t(cell)))
            }
        }
      }
      expect([...new Set(found)]).toEqual([])
    },
  )
})
