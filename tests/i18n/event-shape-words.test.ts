/**
 * A malformed step in a file (a results file handed in, a tampered saved session) is refused with
 * a sentence that names the step and the missing part in words, never by the event's code
 * (`case.open`) or a field's key (`caseId`). The results file's path is the one a trainer meets:
 * a caseId too long for the session passes the file's reading, and the replay refuses it.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { readResults, resultsFile, Session, verifyResults } from '../../src/engine'
import { eventShapeProblem } from '../../src/engine/session/event-shape'
import { inEnglish } from '../../src/i18n/render'
import { OTHER_LANGUAGES, strictTranslator } from './support/render'

const { scenarios } = await loadBundledLibrary()
/** An event code ("case.open", "clock.advance") or a field key of a step. */
const CODE = /\b[a-z]+\.[a-z][A-Za-z]+\b|\b(?:caseId|taskId|panel|days|query|command|type)\b/
/** In English the keys that are also words ("days") may be words: only codes and camel keys. */
const ENGLISH_CODE = /\b[a-z]+\.[a-z][A-Za-z]+\b|\b(?:caseId|taskId)\b|"/

const MALFORMED: [string, unknown][] = [
  ['not an object', 5],
  ['no case', { type: 'case.open' }],
  ['no panel', { type: 'evidence.view', caseId: 'C-1' }],
  ['no note text', { type: 'case.note', caseId: 'C-1' }],
  ['no task', { type: 'hint.reveal' }],
  ['a case that is a number', { type: 'hint.reveal', taskId: 't', caseId: 5 }],
  ['a case too long', { type: 'case.open', caseId: 'x'.repeat(10_001) }],
  ['no days', { type: 'clock.advance', days: 'ten' }],
  ['no query', { type: 'register.search', caseId: 'C-1' }],
  ['no command', { type: 'case.command', caseId: 'C-1' }],
]

describe('a malformed step is refused in words', () => {
  it.each(MALFORMED)('%s', async (_, event) => {
    const problem = eventShapeProblem(event)
    expect(problem).toBeDefined()
    const english = inEnglish(problem!)
    expect(english).not.toMatch(ENGLISH_CODE)
    for (const language of OTHER_LANGUAGES) {
      const shown = (await strictTranslator(language)).t(problem!)
      expect(shown, language).not.toMatch(CODE)
      expect(shown, language).not.toBe(english)
    }
  })

  it('names the step and the part: "a note on a case" lacks "the note’s text"', async () => {
    const problem = eventShapeProblem({ type: 'case.note', caseId: 'C-1' })!
    expect(inEnglish(problem)).toBe(
      'A step (a note on a case) lacks the note’s text, or does not give it as text.',
    )
    const fr = (await strictTranslator('fr')).t(problem)
    expect(fr).toContain('note sur un dossier')
    expect(fr).toContain('le texte de la note')
  })

  it('an unknown kind of step quotes what the file says', () => {
    expect(inEnglish(eventShapeProblem({ type: 'no.such' })!)).toContain('"no.such"')
  })

  it('a results file whose step names a case too long is refused in French words', async () => {
    const scenario = scenarios[0]!
    const session = await Session.start(scenario, { seed: 1 })
    const saved = session.save()
    const file = resultsFile(session.report(), {
      ...saved,
      log: [{ type: 'case.open', caseId: 'x'.repeat(10_001) }],
    })
    const read = readResults(JSON.stringify(file))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const verdict = await verifyResults(read.results, scenario)
    expect(verdict.status).toBe('mismatch')
    const fr = (await strictTranslator('fr')).t(verdict.reason)
    expect(fr).toContain('ouverture d’un dossier')
    expect(fr).toContain('la référence du dossier')
    expect(fr).not.toMatch(CODE)
  })
})
