/**
 * Bench-only: generates a large world in the engine worker, the way an exercise does, and
 * publishes the timing on `window.tamisBench` for tests/bench/browser.ts. Loaded only with
 * `?bench=generate&taxpayers=N`; never part of the first page.
 */
import { EngineClient } from './client'

export interface BenchResult {
  taxpayers: number
  /** Wall time from the request to the world on the main thread, structured clone included. */
  totalMs: number
  /** Time inside the worker, generation only. */
  workerMs: number
  progressMessages: number
  /** Longest gap between animation frames while the worker generates: short means responsive. */
  longestFrameMs: number
  /** Longest gap between frames after generation, while the world is handed over to the page. */
  handOverFrameMs: number
  /** From the worker's last progress message to the world usable on the main thread. */
  handOverMs: number
}

declare global {
  interface Window {
    tamisBench?: BenchResult | { error: string }
  }
}

export async function run(): Promise<void> {
  const params = new URLSearchParams(location.search)
  const taxpayers = Number(params.get('taxpayers') ?? 100_000)
  try {
    const client = new EngineClient()
    const library = await client.library()
    const base = library.scenarios.find((s) => s.world.registration) ?? library.scenarios[0]
    if (!base) throw new Error('no scenario to build on')
    const individuals = Math.round(taxpayers * 0.6)
    const scenario = {
      ...base,
      world: { ...base.world, population: { individuals, businesses: taxpayers - individuals } },
    }
    let frames = 0
    let longest = 0
    let last = performance.now()
    let running = true
    const tick = () => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
      frames++
      if (running) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    let progressMessages = 0
    let lastProgress = 0
    let duringGeneration = 0
    const started = performance.now()
    const { world, ms } = await client.generate(scenario, scenario.world.seed, (done, total) => {
      progressMessages++
      lastProgress = performance.now()
      if (done >= total) {
        duringGeneration = longest
        longest = 0
      }
    })
    const end = performance.now()
    await new Promise((resolve) => requestAnimationFrame(resolve))
    running = false
    window.tamisBench = {
      taxpayers: world.taxpayers.length,
      totalMs: end - started,
      workerMs: ms,
      progressMessages,
      longestFrameMs: frames > 1 ? duringGeneration : Number.NaN,
      handOverFrameMs: longest,
      handOverMs: end - lastProgress,
    }
  } catch (error) {
    window.tamisBench = { error: error instanceof Error ? error.message : String(error) }
  }
}
