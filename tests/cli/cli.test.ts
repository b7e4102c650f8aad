import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (s) => void (out += s + '\n'), err: (s) => void (err += s + '\n') })
  return { code, out, err }
}

const dir = mkdtempSync(join(tmpdir(), 'tamis-cli-'))

describe('tamis CLI', () => {
  it('prints help for the tool and for each command', async () => {
    const help = await run('--help')
    expect(help.code).toBe(0)
    for (const command of ['validate', 'list', 'world', 'solve', 'play', 'verify']) {
      expect(help.out).toContain(command)
      const one = await run(command, '--help')
      expect(one.code).toBe(0)
      expect(one.out).toMatch(new RegExp(`^Usage: npm run tamis -- ${command}`))
    }
  })

  it('rejects an unknown command with the help text', async () => {
    const result = await run('solv')
    expect(result.code).toBe(2)
    expect(result.err).toContain('Unknown command "solv"')
  })

  it('lists the bundled scenarios as JSON with their processes', async () => {
    const result = await run('list', '--json')
    expect(result.code).toBe(0)
    const rows = JSON.parse(result.out) as { id: string; processes: string[]; tadat: string[] }[]
    expect(rows.find((r) => r.id === 'registration-desk')).toMatchObject({ processes: ['registration'] })
  })

  it('prints the world with its ground truth, and the same JSON for the same seed', async () => {
    const a = await run('world', 'registration-desk', '--seed', '7', '--json')
    const b = await run('world', 'registration-desk', '--seed', '7', '--json')
    expect(a.code).toBe(0)
    expect(a.out).toBe(b.out)
    const world = JSON.parse(a.out) as { seed: number; truth: { cases: { process: string }[] } }
    expect(world.seed).toBe(7)
    expect(world.truth.cases.filter((t) => t.process === 'registration').length).toBeGreaterThan(0)
    const text = await run('world', 'registration-desk')
    // Kinds by their names, as the dashboard shows them; the code stays in --json.
    expect(text.out).toContain('Duplicate identity')
    expect(text.out).not.toContain('duplicate-identity')
    // Three worlds are generated: seconds on a shared, busy machine.
  }, 30_000)

  it('solves with the best policy and replays the log to the maximum score', async () => {
    const out = join(dir, 'best.json')
    expect((await run('solve', 'registration-desk', '--policy', 'best', '--out', out)).code).toBe(0)
    const played = await run('play', 'registration-desk', '--decisions', out, '--json')
    expect(played.code).toBe(0)
    const report = JSON.parse(played.out) as {
      score: number
      maxScore: number
      passed: boolean
      decisions: unknown[]
    }
    expect(report.score).toBe(report.maxScore)
    expect(report.passed).toBe(true)
    expect(report.decisions.length).toBeGreaterThan(0)
  })

  it('a first-offered log does not pass', async () => {
    const out = join(dir, 'first.json')
    await run('solve', 'registration-desk', '--policy', 'first', '--out', out)
    const played = await run('play', 'registration-desk', '--decisions', out, '--json')
    expect((JSON.parse(played.out) as { passed: boolean }).passed).toBe(false)
  })

  it('explains a corrupt decision log instead of crashing', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"format":"tamis-session/1","log":"oops"}')
    const result = await run('play', 'registration-desk', '--decisions', bad)
    expect(result.code).toBe(1)
    expect(result.err).toContain(`${bad}: not a saved session`)
  })

  it('names the bundled scenarios when an id is unknown', async () => {
    const result = await run('world', 'registraton-desk')
    expect(result.code).toBe(2)
    expect(result.err).toContain('There is no bundled scenario "registraton-desk"')
    expect(result.err).toContain('registration-desk')
  })

  it('rejects a bad seed with the allowed range', async () => {
    const result = await run('solve', 'registration-desk', '--seed', 'abc')
    expect(result.code).toBe(2)
    expect(result.err).toContain('--seed must be a whole number')
  })

  it('writes a log to stdout when no --out is given', async () => {
    const result = await run('solve', 'registration-desk', '--policy', 'random', '--policy-seed', '3')
    expect(JSON.parse(result.out)).toMatchObject({
      format: 'tamis-session/1',
      scenarioId: 'registration-desk',
    })
    expect(readFileSync(join(dir, 'best.json'), 'utf8')).toContain('registration.approve')
  })
})
