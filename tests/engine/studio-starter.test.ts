/**
 * The text the studio starts a new scenario from is a scenario a trainer can play as it is: the
 * validator (teaching checks included, as in the studio) finds nothing to say, and the best play
 * passes it. The browser tests' studio desk is this starter under another title.
 */
import { describe, expect, it } from 'vitest'
import { STARTER_SCENARIO } from '../../src/app/studio/starter'
import { readSourceFiles } from '../../src/cli/files'
import { playPolicy, Session } from '../../src/engine'
import { formatIssue, isProfile, loadLibrary } from '../../src/engine/scenario'

const { files } = await readSourceFiles(['scenarios/jurisdictions'])
const library = loadLibrary(
  [...files.filter(isProfile), { path: 'studio/my-scenario.yaml', text: STARTER_SCENARIO }],
  {
    teaching: true,
  },
)

describe("the studio's starter scenario", () => {
  it('validates with no error and no warning', () => {
    expect(library.issues.map(formatIssue)).toEqual([])
    expect(library.scenarios.map((s) => s.id)).toEqual(['my-scenario'])
  })

  it('plays: the best play passes it', async () => {
    const scenario = library.scenarios[0]!
    const session = await Session.start(scenario, { seed: scenario.world.seed })
    playPolicy(session, 'best')
    const report = session.report()
    expect(report.decisions).toHaveLength(scenario.world.registration!.applications)
    expect(report.passed).toBe(true)
  })
})
