/**
 * The class's results from files, without a hub (src/app/workshop/import.ts): every file is
 * replayed, never trusted, and a bad one is refused with its name and a reason.
 */
import { inEnglish } from '../../src/i18n/render'
import { describe, expect, it, vi } from 'vitest'
import { playPolicy, resultsFile, Session, type Policy, type Scenario } from '../../src/engine/index'
import { checkFile, importedClass, type ImportedSession } from '../../src/app/workshop/import'
import { scenarios } from './support'
import { strictTranslator } from '../i18n/support/render'

vi.setConfig({ testTimeout: 120_000 })

const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text })

async function handIn(scenario: Scenario, policy: Policy, trainee: string, seed?: number) {
  const session = await Session.start(scenario, seed === undefined ? {} : { seed })
  playPolicy(session, policy, 3)
  return resultsFile(session.report(), session.save(), { trainee, finishedAt: '2026-12-06T10:00:00.000Z' })
}

describe('results files imported on the dashboard', () => {
  it('replays good files into the class results and refuses bad ones by name', async () => {
    const scenario = (await scenarios()).bundled.get('registration-desk')!
    const lookup = (id: string) => (id === scenario.id ? scenario : undefined)
    const best = await handIn(scenario, 'best', 'Amina')
    const first = await handIn(scenario, 'first', 'Bruno <img src=x onerror=alert(1)>')
    const edited = { ...(await handIn(scenario, 'first', 'Chen')), score: 9999 }
    const otherVersion = { ...best, trainee: 'Dana', scenario: { ...best.scenario, digest: 'deadbeef' } }
    const otherScenario = { ...best, scenario: { ...best.scenario, id: 'not-in-this-sandbox' } }
    const checks = await Promise.all(
      [
        file('amina.json', JSON.stringify(best)),
        file('bruno.json', JSON.stringify(first)),
        file('chen.json', JSON.stringify(edited)),
        file('dana.json', JSON.stringify(otherVersion)),
        file('elsewhere.json', JSON.stringify(otherScenario)),
        file('broken.json', '{"format": "tamis-results/2", "log": ['),
        file('notes.txt', 'not json at all'),
        { name: 'huge.json', size: 64 * 1024 * 1024, text: async () => '' },
      ].map((f) => checkFile(f, lookup)),
    )
    // The reasons as an English page shows them (a few are catalogue messages, the others data).
    const refused = Object.fromEntries(checks.flatMap((c) => (c.ok ? [] : [[c.file, inEnglish(c.reason)]])))
    expect(Object.keys(refused).sort()).toEqual(
      ['broken.json', 'chen.json', 'dana.json', 'elsewhere.json', 'huge.json', 'notes.txt'].sort(),
    )
    expect(refused['chen.json']).toMatch(/states 9999/)
    expect(refused['dana.json']).toMatch(/another version/)
    expect(refused['elsewhere.json']).toMatch(/"not-in-this-sandbox", which this sandbox does not have/)
    expect(refused['huge.json']).toMatch(/too large/)
    const sessions = checks.flatMap((c) => (c.ok ? [c.session] : [])) as ImportedSession[]
    expect(sessions.map((s) => s.name)).toEqual(['Amina', 'Bruno <img src=x onerror=alert(1)>'])
    expect(sessions.map((s) => s.finishedAt)).toEqual([
      '2026-12-06T10:00:00.000Z',
      '2026-12-06T10:00:00.000Z',
    ])
    // The same session handed in twice has the same key: the page refuses the second copy.
    const again = await checkFile(file('amina (1).json', JSON.stringify(best)), lookup)
    expect(again.ok && again.session.key).toBe(sessions[0]!.key)

    expect(best.score).toBe(best.maxScore)
    expect(best.maxScore).toBeGreaterThan(0)
    const { results, readiness } = importedClass(sessions)
    expect(results.participants).toBe(2)
    expect(results.totalScore).toBe(best.score + first.score)
    expect(results.decided).toBe(best.decisions.length + first.decisions.length)
    const wrong = first.decisions.filter(
      (d) => d.feedback.grade === 'wrong' || d.feedback.grade === 'harmful',
    )
    expect(wrong.length).toBeGreaterThan(0)
    expect(results.heatmap.flatMap((m) => m.states).reduce((a, s) => a + s.wrongDecisions, 0)).toBe(
      wrong.length,
    )
    expect(readiness.rows.map((r) => r.name)).toEqual(['Amina', 'Bruno <img src=x onerror=alert(1)>'])
  })

  it('says an application failure in words, never its developer text', async () => {
    const scenario = (await scenarios()).bundled.get('registration-desk')!
    const good = await handIn(scenario, 'best', 'Amina')
    // A scenario the replay cannot read: the import must refuse the file, not show "TypeError: …".
    const failing = new Proxy(scenario, {
      get(target, key, receiver) {
        if (key === 'world' || key === 'tasks') throw new TypeError('boom in the replay')
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const checked = await checkFile(file('amina.json', JSON.stringify(good)), () => failing)
    quiet.mockRestore()
    expect(checked.ok).toBe(false)
    const reason = checked.ok ? '' : inEnglish(checked.reason)
    expect(reason).toBe('its log could not be replayed (an error in the application, not in the file)')
    expect(reason).not.toContain('boom')
  })
  it('tells a trainer who dropped a saved session which file to ask for, not a command-line `play`', async () => {
    const scenario = (await scenarios()).bundled.get('registration-desk')!
    const session = await Session.start(scenario, {})
    playPolicy(session, 'best', 1)
    const checked = await checkFile(
      file('session-not-results.json', JSON.stringify(session.save())),
      () => scenario,
    )
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    const fr = await strictTranslator('fr')
    const ru = await strictTranslator('ru')
    for (const said of [inEnglish(checked.reason), fr.t(checked.reason), ru.t(checked.reason)]) {
      expect(said).not.toMatch(/`|\bplay\b/)
      expect(said.split(':')).toHaveLength(1)
    }
    expect(inEnglish(checked.reason)).toContain('“Download results (JSON)”')
    expect(fr.t(checked.reason)).toContain(fr.m('app.report.downloadJson'))
    expect(ru.t(checked.reason)).toContain(`«${ru.m('app.report.downloadJson')}»`)
    expect(ru.t(checked.reason)).toMatch(/^это сохранённая сессия/)
  })
})
