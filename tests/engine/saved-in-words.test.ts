/**
 * A damaged saved session is explained to a trainee in plain words: the page never shows a
 * field name or a parser's message. The located message stays for the command line.
 */
import { describe, expect, it } from 'vitest'
import { parseSavedLog } from '../../src/engine'
import { inEnglish } from '../../src/i18n/render'

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
