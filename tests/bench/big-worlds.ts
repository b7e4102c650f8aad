/**
 * The cost curve of big worlds: world generation, the `first` policy (a hurried trainee who
 * opens every case and takes the first step offered: a caseView at every step) and the `best`
 * policy (what `tamis solve` plays), as the register and the worklist grow. Per-case figures
 * that stay flat as cases grow show that playing and scoring are linear in the cases.
 */
import { playPolicy } from '../../src/engine/session/policies'
import { Session } from '../../src/engine/session/session'
import { MAX_REGISTER, type Scenario } from '../../src/engine/scenario/schema'
import { generateWorld } from '../../src/engine/world/generate'
import { benchScenario } from './scenarios'

const now = () => performance.now()
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

/** Registration applications with a few of every anomaly, the rest genuine. */
function registration(applications: number): NonNullable<Scenario['world']['registration']> {
  const few = Math.max(1, Math.floor(applications / 40))
  return {
    applications,
    anomalies: {
      'duplicate-identity': few,
      'identity-mismatch': few,
      phoenix: few,
      'bogus-registration': few,
    },
    lookalikes: { namesake: few, 'shared-family-address': few },
  }
}

/** A scenario of `taxpayers` (60 % individuals) with `cases` of one process. */
function scenarioOf(taxpayers: number, process: 'registration' | 'filing', cases: number): Scenario {
  const individuals = Math.round(taxpayers * 0.5)
  const base = benchScenario({
    individuals,
    businesses: taxpayers - individuals,
    registration: process === 'registration' ? registration(cases) : null,
  })
  if (process === 'registration') return base
  return {
    ...base,
    world: { ...base.world, filing: { cases, anomalies: {}, lookalikes: {} } as never },
    tasks: [{ ...base.tasks[0]!, id: 'filing', process: 'filing' }],
  }
}

async function measure(scenario: Scenario): Promise<{ generate: number; first: number; best: number }> {
  let t = now()
  const world = await generateWorld(scenario)
  const generate = now() - t
  t = now()
  playPolicy(new Session(scenario, world), 'first')
  const first = now() - t
  t = now()
  playPolicy(new Session(scenario, world), 'best')
  return { generate, first, best: now() - t }
}

/** Rows for the benchmark table. */
export async function bigWorldBench(quick: boolean): Promise<string[][]> {
  const rows: string[][] = []
  const row = (label: string, cases: number, m: Awaited<ReturnType<typeof measure>>) =>
    rows.push([
      label,
      `generate ${fmt(m.generate)} ms`,
      `first ${fmt(m.first)} ms (${fmt(m.first / cases, 1)} ms/case)`,
      `best ${fmt(m.best)} ms (${fmt(m.best / cases, 1)} ms/case)`,
    ])
  for (const taxpayers of quick ? [1_000, 10_000] : [1_000, 10_000, 50_000, 100_000]) {
    row(
      `${fmt(taxpayers)} taxpayers, 100 applications`,
      100,
      await measure(scenarioOf(taxpayers, 'registration', 100)),
    )
  }
  for (const cases of quick ? [100, 500] : [100, 500, 1_000]) {
    row(
      `10,000 taxpayers, ${fmt(cases)} applications`,
      cases,
      await measure(scenarioOf(10_000, 'registration', cases)),
    )
  }
  for (const cases of quick ? [100, 500] : [100, 500, 1_000]) {
    row(
      `10,000 taxpayers, ${fmt(cases)} filing cases`,
      cases,
      await measure(scenarioOf(10_000, 'filing', cases)),
    )
  }
  if (!quick) {
    // The schema's maxima: the largest register with the longest worklist it allows.
    const max = scenarioOf(MAX_REGISTER, 'registration', 5_000)
    row(`maxima: ${fmt(MAX_REGISTER)} taxpayers, 5,000 applications`, 5_000, await measure(max))
  }
  return rows
}
