/**
 * World generation and register search benchmark.
 *
 *   npx tsx tests/bench/run.ts            (add --quick to skip the 100,000 run,
 *                                          --no-browser to skip the browser part in browser.ts,
 *                                          --no-hub to skip the workshop hub part in hub.ts,
 *                                          --curve for the per-process cost curve alone, with
 *                                          --process refunds,audit and --sizes 100,1000 to narrow it)
 *
 * Prints generation throughput beside plain faker producing the same fields (goal: ratio ≤ 1.5)
 * and register-search latency over 100,000 taxpayers (goal: p95 ≤ 50 ms), then the cost curve
 * of big worlds (big-worlds.ts: per-case times that stay flat as cases grow), per process.
 */
import { generateWorld } from '../../src/engine/world/generate'
import { RegisterIndex, duplicateCandidates } from '../../src/engine/world/search'
import type { World } from '../../src/engine/world/types'
import { baselineWorld } from './baseline'
import { searchQueries } from './queries'
import { benchScenario } from './scenarios'

const quick = process.argv.includes('--quick')
/** The value after a flag: `--process refunds,audit`, `--sizes 100,1000`. */
const listAfter = (flag: string) => {
  const at = process.argv.indexOf(flag)
  const value = at >= 0 ? process.argv[at + 1] : undefined
  return value?.split(',').filter(Boolean)
}
const curveOptions = {
  quick,
  processes: listAfter('--process'),
  sizes: listAfter('--sizes')?.map(Number),
}
if (process.argv.includes('--curve')) {
  // Only the per-process cost curve (big-worlds.ts), e.g. to check one process at one size.
  const { processCurveBench } = await import('./big-worlds')
  const rows = await processCurveBench({ ...curveOptions, progress: (row) => console.log(row.join('  │  ')) })
  console.log()
  printRows(rows)
  process.exit(0)
}
const now = () => performance.now()
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] as number
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

async function timeWorld(taxpayers: number, runs: number): Promise<{ ms: number; world: World }> {
  const scenario = benchScenario({
    individuals: Math.round(taxpayers * 0.6),
    businesses: Math.round(taxpayers * 0.4),
    registration: {
      applications: 200,
      anomalies: {
        'duplicate-identity': 20,
        'identity-mismatch': 15,
        'bogus-registration': 10,
        'vat-threshold': 10,
        phoenix: 15,
      },
      lookalikes: { namesake: 15, 'shared-family-address': 10 },
    },
  })
  const times: number[] = []
  let world: World | undefined
  for (let r = 0; r < runs; r++) {
    const t0 = now()
    world = await generateWorld(scenario)
    times.push(now() - t0)
  }
  return { ms: median(times), world: world as World }
}

function timeBaseline(world: World, runs: number): number {
  const individuals = world.taxpayers.filter((t) => t.kind === 'individual').length
  const businesses = world.taxpayers.length - individuals
  const counts = { individuals, businesses, extraPeople: Object.keys(world.people).length - individuals }
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    const t0 = now()
    baselineWorld(counts, 42 + r)
    times.push(now() - t0)
  }
  return median(times)
}

const rows: string[][] = []
await generateWorld(benchScenario({ individuals: 200, businesses: 100 }))
baselineWorld({ individuals: 200, businesses: 100, extraPeople: 100 })

let big: World | undefined
for (const n of quick ? [10_000] : [10_000, 100_000]) {
  const runs = n <= 10_000 ? 5 : 3
  const ours = await timeWorld(n, runs)
  const plain = timeBaseline(ours.world, runs)
  const ratio = ours.ms / plain
  rows.push([
    `generate ${fmt(n)} taxpayers`,
    `${fmt(ours.ms)} ms (${fmt((n / ours.ms) * 1000)}/s)`,
    `plain faker ${fmt(plain)} ms (${fmt((n / plain) * 1000)}/s)`,
    `ratio ${fmt(ratio, 2)} ${ratio <= 1.5 ? 'ok' : 'OVER 1.5'}`,
  ])
  big = ours.world
}

const world = big as World
const t0 = now()
const index = new RegisterIndex(world.taxpayers)
const buildMs = now() - t0
const queries = searchQueries(world, 200)
const latencies: number[] = []
for (const q of queries) {
  const s = now()
  if (q.type === 'search') index.search(q.query)
  else duplicateCandidates(index, q.application)
  latencies.push(now() - s)
}
const p95 = pct(latencies, 0.95)
rows.push([`index ${fmt(world.taxpayers.length)} taxpayers`, `build ${fmt(buildMs)} ms`, '', ''])
rows.push([
  `search × ${queries.length} (mixed)`,
  `median ${fmt(median(latencies), 2)} ms`,
  `p95 ${fmt(p95, 2)} ms, max ${fmt(Math.max(...latencies), 2)} ms`,
  p95 <= 50 ? 'ok' : 'OVER 50 ms',
])

// Big worlds: generation, the first and best policies as the register and the worklist grow.
const { bigWorldBench, processCurveBench } = await import('./big-worlds')
rows.push(...(await bigWorldBench(quick)))
// Every process: per-case cost of the policies and of replay + scoring at 100, 1,000 and 5,000 cases.
rows.push(...(await processCurveBench(curveOptions)))

// The browser part: first-page JS, generation in the worker, decision → feedback (see browser.ts).
if (!process.argv.includes('--no-browser')) {
  const { browserBench } = await import('./browser')
  rows.push(...(await browserBench({ taxpayers: quick ? 10_000 : 100_000 })))
}

// The workshop hub: event-post latency with 40 trainees and decision → dashboard (see hub.ts).
if (!process.argv.includes('--no-hub')) {
  const { hubBench } = await import('./hub')
  rows.push(...(await hubBench()))
}

printRows(rows)

function printRows(rows: string[][]) {
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  for (const r of rows)
    console.log(
      r
        .map((cell, c) => cell.padEnd(widths[c] as number))
        .join('  │  ')
        .trimEnd(),
    )
}
