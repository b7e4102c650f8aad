import 'fake-indexeddb/auto'
import { afterAll, describe, expect, it } from 'vitest'
import validateStatement from 'xapi-validation'
import { loadBundledLibrary } from '../../src/cli/files'
import { generateWorld, playPolicy, Session, XAPI_VERBS } from '../../src/engine'
import { assignment, parseLaunch, startCmi5, type Cmi5Launch } from '../../src/app/lms/cmi5'
import { Reporter } from '../../src/app/lms/reporter'
import { pendingCount } from '../../src/app/lms/lrs'
import { inEnglish } from '../../src/i18n/render'
import { Runs } from '../../src/app/worker/runs'
import { startLrs } from './lrs-stub'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'registration-desk')!
const lrs = await startLrs()
afterAll(() => lrs.close())

const registration = '2b6a1d2c-8f0e-4a55-9c1e-7d3f0a9b1c2d'
const activityId = 'https://lms.example.org/course/tamis/au/registration-desk'
const actor = {
  objectType: 'Agent',
  name: 'Awa',
  account: { homePage: 'https://lms.example.org', name: 'awa' },
}
const sessionid = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid'

function launchSearch(extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    endpoint: lrs.endpoint,
    fetch: lrs.fetchUrl,
    registration,
    activityId,
    actor: JSON.stringify(actor),
    ...extra,
  }).toString()
}

function launchData(launchMode: string, masteryScore?: number) {
  lrs.state.set(`${activityId}|LMS.LaunchData|${registration}`, {
    contextTemplate: {
      contextActivities: { grouping: [{ id: 'https://lms.example.org/course/tamis' }] },
      extensions: { [sessionid]: 'session-1' },
    },
    launchMode,
    launchMethod: 'OwnWindow',
    moveOn: 'CompletedAndPassed',
    ...(masteryScore === undefined ? {} : { masteryScore }),
    launchParameters: 'scenario=registration-desk&mode=assessment',
  })
}

describe('cmi5 launch', () => {
  it('reads the launch parameters and refuses incomplete or malformed ones in words', () => {
    const launch = parseLaunch(`?${launchSearch()}`) as Cmi5Launch
    expect(launch).toMatchObject({ endpoint: lrs.endpoint, registration, activityId })
    expect(launch.actor).toMatchObject({ account: actor.account })
    expect(parseLaunch('?scenario=x')).toBeUndefined()
    // The problems are said to the trainee in the page's language: here rendered in English.
    const problem = (search: string) => {
      const launch = parseLaunch(search)
      return launch && 'error' in launch ? inEnglish(launch.error) : undefined
    }
    expect(problem(`?endpoint=${encodeURIComponent(lrs.endpoint)}`)).toBe(
      "The course's launch is missing fetch, registration, activityId, actor.",
    )
    expect(problem(`?${launchSearch({ registration: 'nope' })}`)).toBe(
      'The course gave a registration that is not a UUID.',
    )
    expect(problem(`?${launchSearch({ actor: '{"name":"x"}' })}`)).toBe(
      'The course gave a learner without an account.',
    )
  })

  it('the mode follows the launch: Normal plays what the course asks, Browse and Review are practice', () => {
    const data = {
      contextTemplate: {},
      moveOn: 'Passed' as const,
      launchParameters: 'scenario=s1&mode=assessment',
    }
    expect(assignment({ ...data, launchMode: 'Normal' }, '')).toEqual({
      scenarioId: 's1',
      mode: 'assessment',
    })
    expect(assignment({ ...data, launchMode: 'Browse' }, '')).toEqual({ scenarioId: 's1', mode: 'practice' })
    expect(
      assignment({ ...data, launchMode: 'Normal', launchParameters: '' }, '?scenario=s2&mode=practice'),
    ).toEqual({
      scenarioId: 's2',
      mode: 'practice',
    })
  })

  it('runs the launch sequence and reports every decision, completion and the verdict to the LRS', async () => {
    launchData('Normal', 0.5)
    const started = await startCmi5(parseLaunch(launchSearch()) as Cmi5Launch, '', '2026-12-06T09:00:00.000Z')
    if (!started.ok) throw new Error(inEnglish(started.message))
    const cmi5 = started.session
    expect(cmi5).toMatchObject({ scenarioId: 'registration-desk', mode: 'assessment' })
    expect(cmi5.lrs.auth).toMatch(/^Basic /)
    // The fetch URL answers once only: a second launch with it is refused in words.
    const again = await startCmi5(parseLaunch(launchSearch()) as Cmi5Launch, '', '2026-12-06T09:00:00.000Z')
    expect(again).toMatchObject({ ok: false })

    const played = await Session.start(scenario, { mode: cmi5.mode })
    playPolicy(played, 'random', 5)
    const runs = new Runs((s, seed) => generateWorld(s, { seed }))
    const reporter = new Reporter(
      { lrs: cmi5.lrs, actor: cmi5.launch.actor, activityId: () => activityId, cmi5 },
      (...args) => runs.run(...args),
    )
    // The app hands over the saved session after each event; the last one carries everything.
    const log = played.log
    for (const end of [3, Math.floor(log.length / 2), log.length])
      await reporter.saved(scenario, { ...played.save(), log: log.slice(0, end) }, 'run-1')
    reporter.stop()
    expect(await pendingCount()).toBe(0)

    const verbs = lrs.statements.map((s) => (s.verb as { id: string }).id)
    expect(verbs[0]).toBe(XAPI_VERBS.initialized)
    expect(verbs.at(-1)).toBe(XAPI_VERBS.terminated)
    const report = played.report()
    expect(verbs.filter((v) => v === XAPI_VERBS.answered)).toHaveLength(report.decisions.length)
    expect(verbs.filter((v) => v === XAPI_VERBS.completed)).toHaveLength(1)
    const scaled = report.score / report.maxScore
    const verdict = lrs.statements.find((s) =>
      [XAPI_VERBS.passed, XAPI_VERBS.failed].includes((s.verb as { id: string }).id as never),
    )!
    expect((verdict.verb as { id: string }).id).toBe(scaled >= 0.5 ? XAPI_VERBS.passed : XAPI_VERBS.failed)
    expect(verdict.result).toMatchObject({
      success: scaled >= 0.5,
      duration: expect.stringMatching(/^PT[\d.]+S$/),
    })
    for (const s of lrs.statements) {
      expect(validateStatement(s)).toEqual([])
      expect(s.actor).toEqual(cmi5.launch.actor)
      const context = s.context as { registration: string; extensions: Record<string, unknown> }
      expect(context.registration).toBe(registration)
      expect(context.extensions[sessionid]).toBe('session-1')
    }
    expect(lrs.refusals).toEqual([])
  })
})
