/**
 * The trainer's suggested grouping after a pre-assessment. A trainee who has just joined (no report
 * yet, or a report with nothing decided) has shown nothing: they must not be listed as "ready on every
 * process", which is what an empty list of weak desks used to mean.
 */
import { describe, expect, it } from 'vitest'
import { playPolicy, Session } from '../../src/engine/index'
import { readiness } from '../../src/hub/dashboard'
import { inEnglish } from '../../src/i18n/render'
import { scenarios } from './support'

async function reportOf(policy: 'best' | 'first' | null) {
  const scenario = (await scenarios()).bundled.get('pre-assessment')!
  const session = await Session.start(scenario, {})
  if (policy) playPolicy(session, policy, 1)
  return session.report()
}

describe('readiness groups', () => {
  it('puts a trainee who has decided nothing under "not started yet", after the ready ones', async () => {
    const best = await reportOf('best')
    const opened = await reportOf(null)
    expect(opened.decisions).toHaveLength(0)
    const groups = readiness(
      [
        { seat: 1, report: best },
        { seat: 2, report: opened },
        { seat: 3, report: null },
      ],
      ['Awa', 'Bruno', 'Chidi'],
    ).groups
    expect(groups.map((g) => [g.focus, g.members])).toEqual([
      ['ready', ['Awa']],
      ['notStarted', ['Bruno', 'Chidi']],
    ])
    expect(groups.map((g) => inEnglish(g.label))).toEqual(['Ready on every process', 'Not started yet'])
  })

  it('nobody in the room has decided anything: nobody is ready', async () => {
    const groups = readiness([{ seat: 1, report: null }], ['Awa']).groups
    expect(groups.map((g) => g.focus)).toEqual(['notStarted'])
  })

  it('a trainee weak on one desk is told to start there, before the ready and the not started', async () => {
    const first = await reportOf('first')
    const groups = readiness(
      [
        { seat: 1, report: await reportOf(null) },
        { seat: 2, report: first },
        { seat: 3, report: await reportOf('best') },
      ],
      ['Awa', 'Bruno', 'Chidi'],
    ).groups
    expect(groups.at(-1)).toMatchObject({ focus: 'notStarted', members: ['Awa'] })
    expect(groups.at(-2)).toMatchObject({ focus: 'ready', members: ['Chidi'] })
    expect(groups[0]!.members).toEqual(['Bruno'])
    expect(groups[0]!.focus).not.toMatch(/^(ready|notStarted)$/)
  })
})
