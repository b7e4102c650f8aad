/**
 * A damaged saved session is explained to a trainee in plain words: the page never shows a
 * field name or a parser's message. The located message stays for the command line.
 */
import { describe, expect, it } from 'vitest'
import { parseSavedLog, readResults, RESULTS_FILE_FORMAT } from '../../src/engine'
import { inEnglish } from '../../src/i18n/render'
import { strictTranslator } from '../i18n/support/render'

const saved = (patch: Record<string, unknown>) =>
  JSON.stringify({
    format: 'tamis-session/1',
    scenarioId: 'registration-desk',
    scenarioDigest: 'abc',
    seed: 1,
    mode: 'practice',
    log: [],
    ...patch,
  })

/** Words a developer would write and a trainee would not understand. */
const DEVELOPER =
  /Invalid input|expected|JSON|scenarioDigest|scenarioId|seed|log\b|at \w+:|undefined|tamis-session/

describe('parseSavedLog says what is wrong in plain words', () => {
  it.each([
    ['cut short', '{"format":"tamis-session/1","log":[{"type":', /cut short or garbled/],
    ['no scenario version', saved({ scenarioDigest: 5 }), /which version of the scenario it was played on/],
    ['no seed', saved({ seed: 'x' }), /which set of cases it was played on/],
    ['a broken step', saved({ log: [{ type: 'case.open' }] }), /^Step 1 of your recorded steps/],
    ['an unknown step', saved({ log: [{ type: 'case.open', caseId: 'A' }, { type: 'x' }] }), /^Step 2 /],
    ['another format', saved({ format: 'tamis-session/9' }), /cannot read/],
    ['not an object', '42', /shape of a saved session/],
    ['a bare list with a broken step', '[{"type":"case.open"}]', /^Step 1 /],
  ])('%s', (_, text, words) => {
    const parsed = parseSavedLog(text)
    if (parsed.ok) throw new Error('expected a problem')
    expect(inEnglish(parsed.plain)).toMatch(words)
    expect(inEnglish(parsed.plain)).not.toMatch(DEVELOPER)
    // The command line keeps the located message.
    expect(parsed.message.length).toBeGreaterThan(0)
  })
})

/**
 * A damaged results file is said the same way, by the same code (`placeOf`): the step of its log or
 * the part, in the reader's language, never a JSON path such as `log.0.caseId`. The CLI keeps the path.
 */
describe('readResults says where a damaged file is broken in words', () => {
  const results = (patch: Record<string, unknown>) =>
    JSON.stringify({
      format: RESULTS_FILE_FORMAT,
      scenario: { id: 'registration-desk', digest: 'abc' },
      seed: 1,
      mode: 'practice',
      score: 10,
      maxScore: 20,
      percent: 50,
      passed: false,
      tasks: [{ taskId: 't1', score: 10 }],
      log: [{ type: 'case.open', caseId: 'A' }],
      ...patch,
    })
  const PATH = /\b(?:log|tasks|scenario|seed|caseId|score)\.|\.\d|\bat log\b|caseId|maxScore|hintsUsed/

  it.each([
    [
      'a second step of no kind',
      { log: [{ type: 'case.open', caseId: 'A' }, {}, { type: 'case.open', caseId: 5 }] },
      'log.1.type',
      /step 2 of its log is incomplete/,
      'l’étape 2 de son journal',
    ],
    [
      'a step with no case',
      { log: [{ type: 'case.open' }] },
      'log.0.caseId',
      /step 1 of its log/,
      'l’étape 1',
    ],
    ['no seed', { seed: 'x' }, 'seed', /\(which set of cases was played\)/, 'le jeu de dossiers joué'],
    [
      'a task without a score',
      { tasks: [{ taskId: 't1' }] },
      'tasks.0.score',
      /the score of each task/,
      'le score de chaque tâche',
    ],
    [
      'a stated maximum that is text',
      { maxScore: 'lots' },
      'maxScore',
      /the score it states/,
      'le score indiqué',
    ],
    [
      'no scenario version',
      { scenario: { id: 'registration-desk' } },
      'scenario.digest',
      /which version of it/,
      'le scénario joué et sa version',
    ],
  ])('%s', async (_, patch, at, english, french) => {
    const read = readResults(results(patch))
    if (read.ok) throw new Error('expected a problem')
    expect(read.status).toBe('invalid')
    expect(inEnglish(read.reason)).toMatch(english)
    expect(inEnglish(read.reason)).not.toMatch(PATH)
    const fr = (await strictTranslator('fr')).t(read.reason)
    expect(fr).toContain(french)
    expect(fr).not.toMatch(PATH)
    for (const language of ['ru', 'pt'] as const)
      expect((await strictTranslator(language)).t(read.reason), language).not.toMatch(PATH)
    // The command line still gets the path to look at.
    expect(read.at).toBe(at)
  })
})
