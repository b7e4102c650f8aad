/**
 * A verdict or a refusal names a step as the screen names it, never by its code: a final
 * command that does not close the case ("« Consulter le compte » ne clôt pas…"), an event a
 * results file or the hub refuses ("l’étape 4 (étape ou décision sur un dossier) est refusée")
 * and a results file damaged at its top level read as words in French, Russian and Portuguese.
 * Each process that grades such a command is checked on the first case of a bundled scenario.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { EVENT_NAMES, eventName, PROCESS_MODULES, Session, type SessionEvent } from '../../src/engine'
import { msg } from '../../src/engine/primitives/message'
import type { ProcessId } from '../../src/engine/processes/formats'
import { strictTranslator, OTHER_LANGUAGES } from './support/render'
import { inEnglish } from '../../src/i18n/render'

const { scenarios } = await loadBundledLibrary()
/** The processes whose grader answers a command that is not a decision with "… does not close …". */
const GRADED: readonly ProcessId[] = ['collection', 'registration', 'refunds', 'filing', 'payments']
const LANGUAGES = ['en', ...OTHER_LANGUAGES] as const
/** A command or event code: two or more dotted lower-camel segments ("collection.reviewAccount"). */
const CODE = /\b[a-z]+\.[a-z][A-Za-z]+\b/

describe('verdicts and refusals name a step in the reader’s words', () => {
  it.each(GRADED.map((p) => [p] as const))('%s: a step that is not a decision', async (process) => {
    const scenario = scenarios.find((s) => s.tasks.some((t) => t.process === process))!
    const session = await Session.start(scenario, { seed: 1 })
    const summary = session.cases().find((c) => c.process === process)!
    const module = PROCESS_MODULES[process]
    const record = session.env.world.cases[process]!.find((c) => c.id === summary.caseId)!
    const truth = session.truthOf(summary.caseId)!
    const step = module.commands.find((c) => !c.final)!
    const verdict = module.grade(truth, { type: step.type }, [], session.env, record)
    expect(verdict.grade).toBe('wrong')
    for (const language of LANGUAGES) {
      const tr = await strictTranslator(language)
      const text = tr.t(verdict.why)
      expect(text, `${process} ${language}`).toContain(tr.t(step.label))
      expect(text, `${process} ${language}`).not.toContain(step.type)
      expect(text, `${process} ${language}`).not.toMatch(CODE)
    }
  })

  it('every event type, and one that does not exist, has a name in each language', async () => {
    // Every event type the engine names (EVENT_NAMES is typed by them all), so a new one is covered.
    const types: (SessionEvent['type'] | 'no.such')[] = [
      ...(Object.keys(EVENT_NAMES) as SessionEvent['type'][]),
      'no.such',
    ]
    expect(types).toContain('clock.takeBack')
    for (const language of OTHER_LANGUAGES) {
      const tr = await strictTranslator(language)
      const names = types.map((type) => {
        const name = tr.t(eventName(type))
        expect(name, `${language} ${type}`).not.toMatch(CODE)
        expect(name, `${language} ${type}`).not.toBe(inEnglish(eventName(type)))
        return name
      })
      expect(new Set(names).size, language).toBe(names.length)
      const refused = tr.t(msg('workshop.hub.refused', { seq: 4, type: eventName('case.command') }))
      expect(refused, language).not.toContain('case.command')
    }
  })
})
