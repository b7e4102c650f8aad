import { describe, expect, it } from 'vitest'
import { progressOf, resultsOf, withScore, type ResultSummary } from '../../src/app/catalog/progress'
import { bestScore, statusOf } from '../../src/app/catalog/status'
import type { StoredAttempt, StoredIndex } from '../../src/app/persist'

const saved = (scenarioId: string, log: { type: string }[], mode = 'practice') =>
  JSON.stringify({ format: 'tamis-session/1', scenarioId, scenarioDigest: 'd1', seed: 7, mode, log })

const attempt = (uid: string, scenarioId = 's1'): StoredAttempt => ({
  uid,
  scenarioId,
  text: saved(scenarioId, [{ type: 'session.finish' }]),
  on: `2026-01-0${uid.length}T00:00:00Z`,
})

const summary = (percent: number, passed: boolean, on: string, refused = 0): ResultSummary => ({
  percent,
  score: percent,
  maxScore: 100,
  passed,
  mode: 'practice',
  on,
  digest: 'd1',
  tadat: [],
  refused,
})

const index = (over: Partial<StoredIndex> = {}): StoredIndex => ({
  sessions: new Map(),
  previous: new Set(),
  attempts: [],
  ...over,
})

describe('catalogue progress from stored sessions', () => {
  it('an attempt counts only once the engine scored it', () => {
    const stored = index({ attempts: [attempt('a')] })
    const waiting = progressOf([{ id: 's1', digest: 'd1' }], stored, withScore()).get('s1')!
    expect(waiting).toMatchObject({ saved: 'none', scoring: 1 })
    expect(waiting.results).toBeUndefined()
    expect(statusOf(waiting).text).not.toMatch(/passed/)

    const scored = progressOf(
      [{ id: 's1', digest: 'd1' }],
      stored,
      withScore(undefined, 'a', summary(90, true, '2026-01-01T00:00:00Z')),
    ).get('s1')!
    expect(statusOf(scored).text).toBe('✓ Completed, passed')
    expect(bestScore(scored)).toMatch(/^Best 90%/)
  })

  it('whatever an attempt record claims besides its log is not read', () => {
    const forged = { ...attempt('a'), passed: true, percent: 100, results: { passed: true } } as StoredAttempt
    const progress = progressOf([{ id: 's1', digest: 'd1' }], index({ attempts: [forged] }), withScore()).get(
      's1',
    )!
    expect(progress.results).toBeUndefined()
    expect(statusOf(progress).tone).not.toBe('pass')
  })

  it('the best is a pass over a fail, then the higher percent; the last is the latest', () => {
    const scores = withScore(
      withScore(
        withScore(undefined, 'a', summary(95, false, '2026-01-01T00:00:00Z')),
        'bb',
        summary(70, true, '2026-01-02T00:00:00Z'),
      ),
      'ccc',
      'unscorable',
    )
    const results = resultsOf([attempt('a'), attempt('bb'), attempt('ccc')], scores)!
    expect(results.attempts).toBe(2)
    expect(results.best.percent).toBe(70)
    expect(results.last.percent).toBe(70)
    expect(results.unclean).toBe(0)
  })

  it('counts the attempts whose log no longer replays cleanly', () => {
    const scores = withScore(
      withScore(undefined, 'a', summary(95, true, '2026-01-01T00:00:00Z', 2)),
      'bb',
      summary(70, true, '2026-01-02T00:00:00Z'),
    )
    expect(resultsOf([attempt('a'), attempt('bb')], scores)!.unclean).toBe(1)
  })

  it('the running session says in progress, finished, damaged or outdated', () => {
    const sessions = new Map([
      ['s1', { scenarioId: 's1', uid: 'u', text: saved('s1', [{ type: 'case.open' }], 'assessment') }],
      ['s2', { scenarioId: 's2', uid: 'u', text: saved('s2', [{ type: 'session.finish' }]) }],
      ['s3', { scenarioId: 's3', uid: 'u', text: '{"log":[' }],
    ])
    const progress = progressOf(
      [
        { id: 's1', digest: 'd2' },
        { id: 's2', digest: 'd1' },
        { id: 's3', digest: 'd1' },
      ],
      index({ sessions, previous: new Set(['s3']) }),
      withScore(),
    )
    expect(progress.get('s1')).toMatchObject({ saved: 'in-progress', mode: 'assessment', outdated: true })
    expect(progress.get('s2')).toMatchObject({ saved: 'finished', outdated: false })
    expect(progress.get('s3')).toMatchObject({ saved: 'damaged', previous: true })
  })
})
