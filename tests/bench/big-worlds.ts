/**
 * The cost curve of big worlds: world generation, the `first` policy (a hurried trainee who
 * opens every case and takes the first step offered: a caseView at every step) and the `best`
 * policy (what `tamis solve` plays), as the register and the worklist grow. Per-case figures
 * that stay flat as cases grow show that playing and scoring are linear in the cases.
 */
import os from 'node:os'
import { loadBundledLibrary } from '../../src/cli/files'
import { PROCESSES } from '../../src/engine'
import { playPolicy, type Policy } from '../../src/engine/session/policies'
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

/**
 * Every process's bundled scenario with its worklist raised to `cases` (and a register big enough
 * for it: 2 individuals and 3 businesses a case), one task over all of them.
 */
function scaled(source: Scenario, process: (typeof PROCESSES)[number], cases: number): Scenario {
  const world = structuredClone(source.world) as Record<string, unknown> & Scenario['world']
  const section = world[process] as Record<string, unknown>
  section[process === 'registration' ? 'applications' : 'cases'] = cases
  const { individuals, businesses } = world.population
  world.population = {
    ...world.population,
    individuals: Math.max(individuals, cases * 2),
    businesses: Math.max(businesses, cases * 3),
  }
  const task = { ...source.tasks[0]!, cases: 'all' as const }
  delete task.kinds
  return { ...source, world, tasks: [task] } as Scenario
}

const POLICY_RUNS: readonly Policy[] = ['first', 'random', 'best']

/** Milliseconds of CPU this process has used (every thread: the collector's too). */
const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/**
 * Per-case milliseconds of each policy, and of replaying the best log and scoring it (a resume
 * or a review): wall time, and CPU time under `cpu.<key>` (on a loaded machine the wall time
 * mostly measures the neighbours; the CPU time does not).
 */
async function perCase(scenario: Scenario, cases: number) {
  let [t, c] = [now(), cpu()]
  const world = await generateWorld(scenario)
  const out: Record<string, number> = { generate: now() - t, 'cpu.generate': cpu() - c }
  const took = (key: string) => {
    out[key] = (now() - t) / cases
    out[`cpu.${key}`] = (cpu() - c) / cases
  }
  let bestLog: readonly unknown[] = []
  for (const policy of POLICY_RUNS) {
    ;[t, c] = [now(), cpu()]
    const session = new Session(scenario, world)
    playPolicy(session, policy)
    session.report()
    took(policy)
    if (policy === 'best') bestLog = session.log
  }
  ;[t, c] = [now(), cpu()]
  const replayed = new Session(scenario, world)
  replayed.replay(bestLog as Session['log'])
  replayed.report()
  took('replay')
  return out
}

/** What the schema's maximum worklist is held to (see docs and the scenario guide). */
export const CURVE_BOUND = {
  /** The schema's largest worklist of one process. */
  cases: 5_000,
  /** Generating a world with that worklist finishes within this many seconds. */
  generateSeconds: 60,
  /** Per-case costs at the largest size stay within this factor of those at 100 cases. */
  flatRatio: 2,
} as const

export interface CurveOptions {
  quick: boolean
  /** Only these processes (all when absent). */
  processes?: readonly string[]
  /** Worklist sizes (100, 1,000 and 5,000 when absent; 100 and 1,000 when quick). */
  sizes?: readonly number[]
  /** Called with each size's row as soon as it is measured (a long run shows its progress). */
  progress?: (row: string[]) => void
}

/**
 * The cost curve per process: world generation (seconds, and ms per case), and ms per case of
 * the first, random and best policies (each played to the end and scored) and of a replay with
 * its score, at 100, 1,000 and 5,000 cases (the schema's maximum), then the ratio of the largest
 * size's per-case cost to the smallest's (flat: about 1) and whether the bound holds.
 * A process whose world generation is already slow at 1,000 cases skips 5,000 and says so.
 */
export async function processCurveBench(options: CurveOptions): Promise<string[][]> {
  const library = await loadBundledLibrary()
  const rows: string[][] = []
  const sizes = options.sizes ?? (options.quick ? [100, 1_000] : [100, 1_000, CURVE_BOUND.cases])
  const keys = ['generate', ...POLICY_RUNS, 'replay']
  const bound = [
    `bound: ${fmt(CURVE_BOUND.cases)} cases generate within ${CURVE_BOUND.generateSeconds} s`,
    `per-case costs within ${CURVE_BOUND.flatRatio}× of the smallest size`,
    `load average ${loadAverage()}`,
    '',
  ]
  rows.push(bound)
  options.progress?.(bound)
  for (const process of PROCESSES) {
    if (options.processes && !options.processes.includes(process)) continue
    const source = library.scenarios.find(
      (s) => s.tasks.every((t) => t.process === process) && s.world[process] !== undefined,
    )
    if (!source) continue
    const curve: { cases: number; m: Record<string, number> }[] = []
    let note = ''
    for (const cases of sizes) {
      const last = curve.at(-1)
      const projected = last ? (last.m.generate! / last.cases) * cases : 0
      if (projected > 4 * CURVE_BOUND.generateSeconds * 1000) {
        note = `${fmt(cases)} skipped: ${fmt(last!.cases)} took ${fmt(last!.m.generate! / 1000, 1)} s`
        break
      }
      const m = await perCase(scaled(source, process, cases), cases)
      curve.push({ cases, m })
      options.progress?.(sizeRow(process, cases, m))
    }
    const first = curve[0]!.m
    const top = curve.at(-1)!
    for (const { cases, m } of curve) rows.push(sizeRow(process, cases, m))
    const perCaseOf = (m: Record<string, number>, k: string, cases: number) =>
      k.endsWith('generate') ? m[k]! / cases : m[k]!
    const ratios = keys.map((k) => perCaseOf(top.m, k, top.cases) / perCaseOf(first, k, curve[0]!.cases))
    const cpuRatios = keys.map(
      (k) => perCaseOf(top.m, `cpu.${k}`, top.cases) / perCaseOf(first, `cpu.${k}`, curve[0]!.cases),
    )
    const flat = Math.max(...ratios) <= CURVE_BOUND.flatRatio
    const cpuFlat = Math.max(...cpuRatios) <= CURVE_BOUND.flatRatio
    const inTime = top.cases === CURVE_BOUND.cases && top.m.generate! <= CURVE_BOUND.generateSeconds * 1000
    const verdict = [
      flat ? 'flat' : `OVER ${CURVE_BOUND.flatRatio}: superlinear`,
      top.cases < CURVE_BOUND.cases
        ? `${fmt(CURVE_BOUND.cases)} not measured`
        : inTime
          ? 'in time'
          : 'TOO SLOW',
    ].join(', ')
    rows.push([
      `${process} ratio ${fmt(top.cases)}/${fmt(curve[0]!.cases)} per case`,
      keys.map((k, i) => `${k} ${fmt(ratios[i]!, 2)}`).join(', '),
      note,
      verdict,
    ])
    rows.push([
      `${process} CPU-time ratio`,
      keys.map((k, i) => `${k} ${fmt(cpuRatios[i]!, 2)}`).join(', '),
      '',
      cpuFlat ? 'flat' : `OVER ${CURVE_BOUND.flatRatio}: superlinear`,
    ])
  }
  rows.push(['load average at the end', loadAverage(), '', ''])
  return rows
}

function sizeRow(process: string, cases: number, m: Record<string, number>): string[] {
  return [
    `${process} ${fmt(cases)} cases (ms/case)`,
    `generate ${fmt(m.generate! / 1000, 1)} s (${fmt(m.generate! / cases, 2)})`,
    POLICY_RUNS.map((p) => `${p} ${fmt(m[p]!, 2)}`).join(', ') + `, replay+score ${fmt(m.replay!, 2)}`,
    `CPU: generate ${fmt(m['cpu.generate']! / 1000, 1)} s, ` +
      POLICY_RUNS.map((p) => `${p} ${fmt(m[`cpu.${p}`]!, 2)}`).join(', ') +
      `, replay+score ${fmt(m['cpu.replay']!, 2)}`,
  ]
}

/** The machine's load (1, 5 and 15 minutes): figures from a busy machine are read with it. */
function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => fmt(n, 2))
    .join(' / ')
}
