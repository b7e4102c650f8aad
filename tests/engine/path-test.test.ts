import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inEnglish } from '../../src/i18n/render'
import { describe, expect, it } from 'vitest'
import { loadLibrary } from '../../src/engine/scenario'
import { pathTest } from '../../src/engine/session/path-test'
import { main } from '../../src/cli/main'

const valid = 'tests/fixtures/scenarios/valid'
const profile = {
  path: `${valid}/jurisdictions/testland.yaml`,
  text: readFileSync(`${valid}/jurisdictions/testland.yaml`, 'utf8'),
}

function scenarioFrom(text: string) {
  const library = loadLibrary([profile, { path: 'x/minimal.yaml', text }])
  expect(library.issues.filter((i) => i.severity === 'error')).toEqual([])
  return library.scenarios[0]!
}

const minimal = readFileSync(`${valid}/minimal.yaml`, 'utf8')

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (s) => void (out += s + '\n'), err: (s) => void (err += s + '\n') })
  return { code, out, err }
}

describe('path test', () => {
  it('passes a scenario that best aces and clicking fails, with progress per run', async () => {
    const progress: number[] = []
    const result = await pathTest(scenarioFrom(minimal.replace('passMark: 50', 'passMark: 80')), {
      seeds: 2,
      onProgress: (done, total) => progress.push(done / total),
    })
    expect(result.seeds).toEqual([1, 2])
    expect(result.runs).toHaveLength(10)
    expect(progress.at(-1)).toBe(1)
    expect(result.ranges.find((r) => r.policy === 'best')).toMatchObject({ minPercent: 100, maxPercent: 100 })
    expect(result.failures).toEqual([])
    expect(result.ok).toBe(true)
  })

  it('fails when a naive policy reaches the pass mark', async () => {
    const result = await pathTest(scenarioFrom(minimal.replace('passMark: 50', 'passMark: 0')), { seeds: 1 })
    expect(result.ok).toBe(false)
    expect(result.failures.some((f) => f.policy !== 'best' && /passes/.test(inEnglish(f.message)))).toBe(true)
  })
})

describe('tamis test', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-test-'))

  it('prints the score range per policy and exits 0 for a sound scenario', async () => {
    const result = await run('test', 'scenarios/registration-desk.yaml', '--seeds', '1')
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/registration-desk: seeds 20250303/)
    expect(result.out).toMatch(/best\s+100%/)
    expect(result.out).toMatch(/random\s+-?\d+%/)
    expect(result.out).toContain('OK')
  })

  it('exits 1 and says why when clicking passes', async () => {
    mkdirJurisdiction(dir)
    const file = join(dir, 'too-easy.yaml')
    writeFileSync(file, minimal.replace('passMark: 50', 'passMark: 0'))
    const result = await run('test', dir, '--seeds', '1')
    expect(result.code).toBe(1)
    expect(result.out).toMatch(
      /FAIL seed 1: a trainee who just clicks \((always the first step|random steps, run \d)\)/,
    )
  })

  it('refuses a bad --seeds value', async () => {
    const result = await run('test', 'scenarios/registration-desk.yaml', '--seeds', 'many')
    expect(result.code).toBe(2)
    expect(result.err).toContain('--seeds')
  })
})

function mkdirJurisdiction(dir: string) {
  const folder = join(dir, 'jurisdictions')
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'testland.yaml'), profile.text)
}
