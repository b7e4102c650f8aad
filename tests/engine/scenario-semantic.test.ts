/**
 * Pass 2: files that are well formed but mean something impossible. Each message points at
 * the field to change; inline snapshots pin the wording a trainer reads.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PROCESSES } from '../../src/engine/processes/formats'
import {
  IMPLEMENTED_PROCESSES,
  formatIssue,
  loadJurisdiction,
  loadScenario,
  type Jurisdiction,
} from '../../src/engine/scenario'

const testland = loadJurisdiction({
  path: 'testland.yaml',
  text: readFileSync('tests/fixtures/scenarios/valid/jurisdictions/testland.yaml', 'utf8'),
})
if (!testland.ok) throw new Error('testland fixture does not load')
const noVat: Jurisdiction = {
  ...testland.value,
  id: 'novat',
  taxTypes: testland.value.taxTypes.filter((t) => t.code !== 'VAT'),
}
const PROFILES = new Map([
  ['testland', testland.value],
  ['novat', noVat],
  ['sahel-coast', testland.value],
])

const WORLD = `world:
  seed: 1
  referenceDate: 2025-03-03
  population: { individuals: 20, businesses: 10 }
  registration:
    applications: 6
    anomalies: { duplicate-identity: 1, phoenix: 1 }
    lookalikes: { namesake: 1 }`

const TASK = `  - id: desk
    process: registration
    title: Cases
    briefing: Decide them.`

/** A scenario whose header takes lines 1–9 and whose world starts on line 10. */
function scenario({ jurisdiction = 'testland', world = WORLD, tasks = TASK, passMark = 50 } = {}): string {
  return [
    'format: 1',
    'title: Semantic test',
    'summary: Checks of meaning.',
    'objectives: [Decide applications]',
    'difficulty: 1',
    'minutes: 10',
    'tadat: [P1-1]',
    'language: en',
    `jurisdiction: ${jurisdiction}`,
    world,
    'tasks:',
    tasks,
    `passMark: ${passMark}`,
    '',
  ].join('\n')
}

function check(text: string): string[] | 'ok' {
  const result = loadScenario({ path: 'desk.yaml', text }, PROFILES)
  if (!result.ok) return result.issues.map(formatIssue)
  return result.warnings.length ? result.warnings.map(formatIssue) : 'ok'
}

it('the base scenario is valid', () => {
  expect(check(scenario())).toBe('ok')
})

describe('jurisdiction references', () => {
  it('an unknown id close to a known one', () => {
    expect(check(scenario({ jurisdiction: 'testlnd' }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:9:15: jurisdiction "testlnd" is not a known profile — did you mean "testland"?",
      ]
    `)
  })

  it('an unknown id with nothing close lists the known profiles', () => {
    expect(check(scenario({ jurisdiction: 'atlantis' }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:9:15: jurisdiction "atlantis" is not a known profile; the known profiles are: novat, sahel-coast, testland (files in scenarios/jurisdictions/)",
      ]
    `)
  })

  it('no profiles at all', () => {
    const result = loadScenario({ path: 'desk.yaml', text: scenario() }, new Map())
    expect(result.ok ? [] : result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "desk.yaml:9:15: jurisdiction "testland" is not a known profile: no profiles were loaded; add scenarios/jurisdictions/testland.yaml or write the profile here",
      ]
    `)
  })
})

describe('the world', () => {
  it('more anomalies and look-alikes than applications', () => {
    expect(check(scenario({ world: WORLD.replace('applications: 6', 'applications: 2') })))
      .toMatchInlineSnapshot(`
      [
        "desk.yaml:15:19: more anomalies than cases: the anomalies and look-alikes add up to 3, but applications is 2; raise applications to at least 3 or lower the counts",
      ]
    `)
  })

  it('anomalies that need more existing individuals or businesses than the population has', () => {
    const world = WORLD.replace(
      '{ individuals: 20, businesses: 10 }',
      '{ individuals: 1, businesses: 0 }',
    ).replace('lookalikes: { namesake: 1 }', 'lookalikes: { namesake: 1, shared-family-address: 1 }')
    expect(check(scenario({ world }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:13:30: the registration cases need 3 distinct existing individuals (duplicate-identity 1, namesake 1, shared-family-address 1), but individuals is 1; raise it to at least 3 or lower those counts",
        "desk.yaml:13:45: each phoenix case needs its own existing business to rise from: 1 phoenix case but businesses is 0; raise businesses to at least 1",
      ]
    `)
  })

  it('a bogus registration needs at least three existing taxpayers to share a phone or address with', () => {
    const world = WORLD.replace(
      '{ individuals: 20, businesses: 10 }',
      '{ individuals: 1, businesses: 1 }',
    ).replace('anomalies: { duplicate-identity: 1, phoenix: 1 }', 'anomalies: { bogus-registration: 1 }')
    expect(check(scenario({ world }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:13:15: bogus-registration needs at least 3 existing taxpayers (individuals or businesses) to share a phone number or address with, but the population has 2; raise individuals or businesses",
      ]
    `)
  })

  it('VAT-threshold cases in a jurisdiction without VAT', () => {
    const world = WORLD.replace('phoenix: 1', 'vat-threshold: 1')
    expect(check(scenario({ jurisdiction: 'novat', world }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:16:41: vat-threshold cases need a VAT, but the jurisdiction "novat" has no VAT in its taxTypes; add VAT to the profile or remove this anomaly",
      ]
    `)
  })
})

describe('tasks', () => {
  it('every process can be played', () => {
    expect([...IMPLEMENTED_PROCESSES].sort()).toEqual([...PROCESSES].sort())
  })

  it('a task in a process the world has no cases for', () => {
    expect(check(scenario({ tasks: TASK.replace('process: registration', 'process: audit') })))
      .toMatchInlineSnapshot(`
        [
          "desk.yaml:20:14: task "desk" works in audit, but the world has no audit cases; add world.audit",
        ]
      `)
  })

  it('a task whose process has no cases in the world', () => {
    const world = WORLD.split('\n').slice(0, 4).join('\n')
    expect(check(scenario({ world }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:16:14: task "desk" works in registration, but the world has no registration cases; add world.registration",
      ]
    `)
  })

  it('a task asking for more cases than the world has', () => {
    expect(check(scenario({ tasks: `${TASK}\n    cases: 8` }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:23:12: task "desk" asks for 8 cases, but the world has only 6; lower cases or raise world.registration.applications",
      ]
    `)
  })

  it('tasks of one process share its cases, in order', () => {
    const tasks = `${TASK}\n    cases: 4\n${TASK.replace('id: desk', 'id: second')}\n    cases: 3`
    expect(check(scenario({ tasks }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:28:12: task "second" wants 3 of the 6 registration cases, but the tasks before it already take 4; tasks of one process share its cases in order, so lower cases or raise world.registration.applications",
      ]
    `)
    const all = `${TASK}\n    cases: 4\n${TASK.replace('id: desk', 'id: second')}`
    expect(check(scenario({ tasks: all }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:24:5: task "second" wants all of the 6 registration cases, but the tasks before it already take 4; tasks of one process share its cases in order, so lower cases or raise world.registration.applications",
      ]
    `)
    const split = `${TASK}\n    cases: 4\n${TASK.replace('id: desk', 'id: second')}\n    cases: 2`
    expect(check(scenario({ tasks: split }))).toBe('ok')
  })

  it('duplicate task ids', () => {
    const tasks = `${TASK}\n    cases: 3\n${TASK}\n    cases: 3`
    expect(check(scenario({ tasks }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:24:9: task id "desk" is already used by task 1; give each task its own id",
      ]
    `)
  })
})

describe('scores', () => {
  it('a scenario that cannot be passed: the best score is cases × points.correct', () => {
    const tasks = `${TASK}\n    points: { correct: 0, acceptable: 5 }`
    expect(check(scenario({ tasks, passMark: 0 }))).toEqual(check(scenario({ tasks })))
    expect(check(scenario({ tasks }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:23:24: the scenario cannot be passed: no task gives points for a correct decision, so the best score is 0; give points.correct a value above 0",
        "desk.yaml:23:39: warning: points.acceptable (5) is more than points.correct (0); an acceptable decision should not earn more than the correct one",
      ]
    `)
  })

  it('hints that cost more than the task can earn (warning)', () => {
    const tasks = `${TASK}\n    cases: 2\n    points: { correct: 5 }\n    hints:\n      - { text: Look., cost: 6 }\n      - { text: Look again., cost: 6 }`
    expect(check(scenario({ tasks }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:25:5: warning: the hints of task "desk" cost 12 points together, more than the 10 the task can earn; lower the costs",
      ]
    `)
  })

  it('an acceptable decision worth more than a correct one (warning)', () => {
    expect(check(scenario({ tasks: `${TASK}\n    points: { correct: 5, acceptable: 8 }` })))
      .toMatchInlineSnapshot(`
      [
        "desk.yaml:23:39: warning: points.acceptable (8) is more than points.correct (5); an acceptable decision should not earn more than the correct one",
      ]
    `)
  })
})

describe('feedback', () => {
  it('a hint for a kind of case the world does not have (warning)', () => {
    const tasks = `${TASK}\n    hints:\n      - text: Same directors.\n        kind: phoenix\n      - text: Compare the IDs.\n        kind: bogus-registration`
    expect(check(scenario({ tasks }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:27:15: warning: hint 2 of task "desk" is for "bogus-registration" cases, but the world has none, so it will never be offered; the world's kinds are duplicate-identity, genuine, namesake, phoenix",
      ]
    `)
  })

  it('notes for kinds of case the world does not have (warning)', () => {
    const tasks = `${TASK}\n    feedback:\n      phoenix: Same directors.\n      bogus-registration: Not in this world.\n      genuine: Routine.`
    expect(check(scenario({ tasks }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:25:7: warning: the feedback for "bogus-registration" will never be shown: the world has no bogus-registration cases",
      ]
    `)
  })

  it('genuine cases exist only when the anomalies leave room for them', () => {
    const world = WORLD.replace('applications: 6', 'applications: 3')
    const tasks = `${TASK}\n    feedback:\n      genuine: Routine.`
    expect(check(scenario({ world, tasks }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:24:7: warning: the feedback for "genuine" will never be shown: the world has no genuine cases",
      ]
    `)
  })
})

describe('jurisdiction profiles written inline', () => {
  it('are checked for their own consistency, located in the scenario', () => {
    const profile = readFileSync('tests/fixtures/scenarios/valid/jurisdictions/testland.yaml', 'utf8')
      .replace('largeTaxpayer: 5000000', 'largeTaxpayer: 5000')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => `  ${line}`)
      .join('\n')
    expect(check(scenario({ jurisdiction: `\n${profile}` }))).toMatchInlineSnapshot(`
      [
        "desk.yaml:20:103: largeTaxpayer (5,000) is below mediumTaxpayer (500,000); they must go up: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer",
      ]
    `)
  })
})
