/**
 * What the crash screen says (failure.ts): a known failure in its own message, anything else in
 * a general sentence, never the error's English; the English stays available as technical text.
 * The LMS connection's "no engine" failure is such a message (lms/hook.ts), not an English Error.
 */
import { describe, expect, it } from 'vitest'
import { failureText, technicalText } from '../../src/app/failure'
import { m, t } from '../../src/app/i18n.svelte'
import { StorageProblem } from '../../src/app/idb'
import { LmsProblem, runInEngine } from '../../src/app/lms/hook'
import { EngineProblem, ScenarioFileProblem } from '../../src/app/worker/client'
import { msg } from '../../src/engine/lite'
import { ReplayRefused } from '../../src/engine/session/session'
import { loadCatalogue } from '../../src/i18n/load'

describe('the crash screen’s words', () => {
  it('says a developer’s error as a general sentence, and keeps its text for support', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'cases')")
    expect(failureText(error)).toEqual(msg('app.shell.crashedText'))
    expect(t(failureText(error))).not.toContain('Cannot read')
    expect(technicalText(error)).toContain("TypeError: Cannot read properties of undefined (reading 'cases')")
    expect(failureText('a string thrown')).toEqual(msg('app.shell.crashedText'))
    expect(technicalText('a string thrown')).toBe('a string thrown')
  })

  it('says a known failure in its own message', () => {
    const refused = new ReplayRefused(3, msg('session.refusal.noCase', { caseId: 'REG-1' }))
    expect(failureText(refused)).toEqual(refused.text)
    expect(failureText(new StorageProblem('app.storage.full'))).toEqual(msg('app.storage.full'))
    expect(failureText(new EngineProblem(msg('app.engine.stopped')))).toEqual(msg('app.engine.stopped'))
    const issue = { path: 'a.yaml', line: 1, col: 1, message: 'x', severity: 'error' as const }
    expect(failureText(new ScenarioFileProblem({ ...issue, text: msg('app.engine.notOpen') }))).toEqual(
      msg('app.engine.notOpen'),
    )
    expect(failureText(new ScenarioFileProblem(issue))).toEqual(msg('app.shell.crashedText'))
  })

  it('has the LMS connection fail without an engine in a message, in every language', async () => {
    const failure: unknown = await runInEngine({} as never, {} as never, 'run').then(
      () => expect.fail('it should have failed'),
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(LmsProblem)
    expect((failure as LmsProblem).message).toBe('app.lms.engineNotRunning')
    expect(failureText(failure)).toEqual(msg('app.lms.engineNotRunning'))
    expect(t(failureText(failure))).toBe(m('app.lms.engineNotRunning'))
    for (const language of ['fr', 'ru', 'pt'] as const)
      expect((await loadCatalogue(language))['app.lms.engineNotRunning'], language).toBeTruthy()
  })
})
