import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'
import { isProfile } from '../../src/engine/scenario'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (s) => void (out += s + '\n'), err: (s) => void (err += s + '\n') })
  return { code, out, err }
}

const northland = readFileSync('scenarios/jurisdictions/northland.yaml', 'utf8')
const desk = readFileSync('scenarios/registration-desk.yaml', 'utf8')
const profile = (id: string) => northland.replace(/^id: northland$/m, `id: ${id}`)

describe('a jurisdiction profile is a file of its own anywhere', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-profiles-'))
  mkdirSync(join(dir, 'country'))
  mkdirSync(join(dir, 'desk'))
  writeFileSync(join(dir, 'country', 'freedonia.yaml'), profile('freedonia'))
  writeFileSync(join(dir, 'desk', 'ruritania.yaml'), profile('ruritania'))
  writeFileSync(
    join(dir, 'desk', 'by-path.yaml'),
    desk.replace(/^jurisdiction: northland$/m, 'jurisdiction: ../country/freedonia.yaml'),
  )
  writeFileSync(
    join(dir, 'desk', 'next-to-it.yaml'),
    desk.replace(/^jurisdiction: northland$/m, 'jurisdiction: ruritania'),
  )

  it('is recognised by its format key, whatever the folder', async () => {
    expect(isProfile({ path: 'anywhere/freedonia.yaml', text: profile('freedonia') })).toBe(true)
    expect(isProfile({ path: 'anywhere/desk.yaml', text: desk })).toBe(false)
    const result = await run('validate', join(dir, 'country', 'freedonia.yaml'))
    expect(result.out).toContain('1 file checked, all valid')
    expect(result.code).toBe(0)
  })

  it('a profile without the format key gets a profile hint, not scenario errors', async () => {
    const file = join(dir, 'country', 'oldstyle.yaml')
    writeFileSync(file, profile('oldstyle').replace(/^format: jurisdiction\/1\n/m, ''))
    const result = await run('validate', file)
    expect(result.code).toBe(0)
    expect(result.out).toContain('looks like a jurisdiction profile: add the line "format: jurisdiction/1"')
  })

  it('validate, world and solve find a profile by relative path and next to the scenario', async () => {
    for (const name of ['by-path.yaml', 'next-to-it.yaml']) {
      const file = join(dir, 'desk', name)
      expect((await run('validate', file)).code).toBe(0)
      const world = await run('world', file, '--json')
      expect(world.code).toBe(0)
      expect(JSON.parse(world.out).locale).toBe('en_NG')
      expect((await run('solve', file)).code).toBe(0)
    }
  }, 60_000)

  it('a wrong path is reported at the jurisdiction line', async () => {
    const file = join(dir, 'desk', 'lost.yaml')
    writeFileSync(file, desk.replace(/^jurisdiction: northland$/m, 'jurisdiction: ./nowhere.yaml'))
    const result = await run('validate', file)
    expect(result.code).toBe(1)
    expect(result.out).toMatch(/lost\.yaml:\d+:15: no profile file at .*nowhere\.yaml/)
  })
})
