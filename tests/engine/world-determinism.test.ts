import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { generateWorld } from '../../src/engine/world/generate'
import { worldDigest } from '../../src/engine/world/digest'
import { benchScenario } from '../bench/scenarios'

/**
 * The digests of the pinned test worlds (tests/bench/scenarios.ts, seed 20260301). They change
 * whenever the generator's output changes: if that was intended, update them and say so in
 * the commit message, because saved sessions replay against the world they were played in.
 */
const PINNED = { en_NG: '8961a54dd385eb21', fr_SN: '7a075ee44b0bc044' }

const run = promisify(execFile)
const script = fileURLToPath(new URL('../bench/print-digest.ts', import.meta.url))
const digestIn = async (tz: string, locale: string) =>
  (
    await run(process.execPath, ['--import', 'tsx', script, locale], { env: { ...process.env, TZ: tz } })
  ).stdout.trim()

describe('world determinism', () => {
  test('same scenario and seed give the same world, byte for byte', async () => {
    const a = await generateWorld(benchScenario())
    const b = await generateWorld(benchScenario())
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(worldDigest(a)).toBe(PINNED.en_NG)
  })

  test('the fr_SN world is pinned too', async () => {
    expect(worldDigest(await generateWorld(benchScenario({ locale: 'fr_SN' })))).toBe(PINNED.fr_SN)
  })

  test('a different seed gives a different world; options.seed overrides the scenario', async () => {
    const other = await generateWorld(benchScenario(), { seed: 7 })
    expect(other.seed).toBe(7)
    expect(worldDigest(other)).not.toBe(PINNED.en_NG)
    expect(worldDigest(await generateWorld(benchScenario({ seed: 7 })))).toBe(worldDigest(other))
  })

  test('the time zone makes no difference', { timeout: 20_000 }, async () => {
    const digests = await Promise.all([
      digestIn('Pacific/Kiritimati', 'en_NG'),
      digestIn('America/Anchorage', 'en_NG'),
      digestIn('America/Anchorage', 'fr_SN'),
    ])
    expect(digests).toEqual([PINNED.en_NG, PINNED.en_NG, PINNED.fr_SN])
  })

  test('adding taxpayers or applications leaves the existing ones unchanged', async () => {
    const small = await generateWorld(benchScenario({ registration: null }))
    const bigger = await generateWorld(
      benchScenario({ registration: null, individuals: 320, businesses: 160 }),
    )
    const individuals = small.taxpayers.filter((t) => t.kind === 'individual')
    expect(bigger.taxpayers.slice(0, individuals.length)).toEqual(individuals)
    // Businesses keep their identity; only directors drawn from the (now larger) register may change.
    const strip = (t: (typeof small.taxpayers)[number]) => ({ ...t, directors: [] })
    const bigBusinesses = bigger.taxpayers
      .filter((t) => t.kind === 'business')
      .slice(0, small.taxpayers.length - individuals.length)
    expect(bigBusinesses.map(strip)).toEqual(small.taxpayers.filter((t) => t.kind === 'business').map(strip))
  })

  test('progress is reported up to the total', async () => {
    const calls: [number, number][] = []
    await generateWorld(benchScenario({ individuals: 1500, businesses: 600 }), {
      onProgress: (d, t) => calls.push([d, t]),
    })
    expect(calls.at(-1)).toEqual([2130, 2130])
    expect(calls.map(([d]) => d)).toEqual([1000, 2000, 2130])
  })
})
