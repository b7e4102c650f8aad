import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Session, generateWorld, playPolicy } from '../../src/engine'
import { loadLibrary } from '../../src/engine/scenario'
import { applicationsOf } from './registration-truth'

const valid = 'tests/fixtures/scenarios/valid'
const profile = {
  path: `${valid}/jurisdictions/testland.yaml`,
  text: readFileSync(`${valid}/jurisdictions/testland.yaml`, 'utf8'),
}
const minimal = readFileSync(`${valid}/minimal.yaml`, 'utf8')

function load(tasks: string) {
  const text = minimal.slice(0, minimal.indexOf('tasks:')) + tasks + '\npassMark: 50\n'
  const library = loadLibrary([profile, { path: 'x/minimal.yaml', text }])
  return { library, scenario: library.scenarios[0] }
}

async function play(tasks: string, policy: 'best' | 'first' = 'best') {
  const { library, scenario } = load(tasks)
  expect(library.issues.filter((i) => i.severity === 'error')).toEqual([])
  const session = new Session(scenario!, await generateWorld(scenario!, { seed: 1 }))
  playPolicy(session, policy)
  return session.report()
}

describe('the format says what trainers mean', () => {
  it('feedback per grade: the note for the grade given, and the old single text still works', async () => {
    const tasks = `tasks:
  - id: desk
    process: registration
    title: Six cases
    briefing: Decide them.
    feedback:
      duplicate-identity:
        correct: Well spotted, one person one TIN.
        harmful: A second TIN lets old debts escape.
      namesake: Two people can share a name.
`
    const best = await play(tasks)
    const dup = best.decisions.find((d) => d.kind === 'duplicate-identity')!
    expect(dup.feedback.teaching).toBe('Well spotted, one person one TIN.')
    expect(best.decisions.find((d) => d.kind === 'namesake')!.feedback.teaching).toBe(
      'Two people can share a name.',
    )
    const first = await play(tasks, 'first')
    const firstDup = first.decisions.find((d) => d.kind === 'duplicate-identity')!
    if (firstDup.feedback.grade === 'harmful')
      expect(firstDup.feedback.teaching).toBe('A second TIN lets old debts escape.')
    else if (firstDup.feedback.grade !== 'correct') expect(firstDup.feedback.teaching).toBeUndefined()
  })

  it('a grade map with an unknown grade is located', () => {
    const { library } = load(`tasks:
  - id: desk
    process: registration
    title: Six cases
    briefing: Decide them.
    feedback:
      phoenix:
        great: Nice.
`)
    expect(library.issues.some((i) => i.severity === 'error' && i.line === 26)).toBe(true)
  })

  it('points per kind of mistake override the task points for that kind only', async () => {
    const tasks = (byKind: string) => `tasks:
  - id: desk
    process: registration
    title: Six cases
    briefing: Decide them.
    points: { correct: 10, acceptable: 5, wrong: 0, harmful: -5 }
${byKind}`
    const plain = await play(tasks(''), 'first')
    const strict = await play(
      tasks(`    pointsByKind:
      duplicate-identity: { wrong: -7, harmful: -20 }
`),
      'first',
    )
    for (const d of strict.decisions) {
      const before = plain.decisions.find((p) => p.caseId === d.caseId)!
      expect(d.feedback.grade).toBe(before.feedback.grade)
      const expected =
        d.kind === 'duplicate-identity' && d.feedback.grade === 'wrong'
          ? -7
          : d.kind === 'duplicate-identity' && d.feedback.grade === 'harmful'
            ? -20
            : before.feedback.points
      expect(d.feedback.points).toBe(expected)
    }
    expect(strict.maxScore).toBe(plain.maxScore)
    const mistake = strict.decisions.find((d) => d.kind === 'duplicate-identity' && d.feedback.points < 0)
    expect(mistake?.feedback.points).toBeLessThan(-5)
  })

  it('case placement: a task holds exactly the kinds it names, the rest go to the other task', async () => {
    const report = await play(`tasks:
  - id: first-look
    process: registration
    title: The ordinary ones
    briefing: Decide them.
  - id: later
    process: registration
    title: The phoenix
    briefing: Decide it.
    kinds: [phoenix]
`)
    const later = report.decisions.filter((d) => d.taskId === 'later').map((d) => d.kind)
    expect(later).toEqual(['phoenix'])
    const first = report.decisions.filter((d) => d.taskId === 'first-look').map((d) => d.kind)
    expect(first).toHaveLength(5)
    expect(first).not.toContain('phoenix')
  })

  it('case placement of a kind the world does not have is an error at kinds', () => {
    const { library } = load(`tasks:
  - id: desk
    process: registration
    title: Six cases
    briefing: Decide them.
    kinds: [vat-threshold]
`)
    expect(library.issues.map((i) => i.message)).toContainEqual(
      expect.stringContaining('holds vat-threshold cases, but the world has none of them'),
    )
  })
})

describe('every faker locale with person and company names', () => {
  it('a Russian profile gives Cyrillic names and a playable world', async () => {
    const northland = readFileSync('scenarios/jurisdictions/northland.yaml', 'utf8')
    const library = loadLibrary([
      { path: 'x/jurisdictions/northland.yaml', text: northland.replace('locale: en_NG', 'locale: ru') },
      { path: 'x/minimal.yaml', text: minimal.replace('jurisdiction: testland', 'jurisdiction: northland') },
    ])
    expect(library.issues.filter((i) => i.severity === 'error')).toEqual([])
    const scenario = library.scenarios[0]!
    const world = await generateWorld(scenario, { seed: 3 })
    expect(world.locale).toBe('ru')
    expect(applicationsOf(world).some((a) => /\p{Script=Cyrillic}/u.test(a.name))).toBe(true)
    const session = new Session(scenario, world)
    playPolicy(session, 'best')
    expect(session.report().percent).toBe(100)
  })
})
