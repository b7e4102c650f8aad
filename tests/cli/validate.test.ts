/** `tamis validate`, called as a function with captured output (no child process). */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { validateCommand } from '../../src/cli/validate'

async function run(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await validateCommand(args, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out, err: err.join('\n') }
}

describe('usage', () => {
  it('--help prints the usage and succeeds', async () => {
    const { code, out } = await run('--help')
    expect(code).toBe(0)
    expect(out.join('\n')).toContain('Usage: npm run tamis -- validate <files or folders…>')
  })

  it.each([
    [[], 'Name the files or folders to check'],
    [['--strict', 'scenarios'], 'Unknown option "--strict"'],
    [['scenarios/nowhere.yaml'], 'No such file or folder: scenarios/nowhere.yaml'],
    [['package.json'], 'Not a .yaml or .yml file: package.json'],
    [['src/cli'], 'No .yaml or .yml files found in src/cli'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const { code, out, err } = await run(...args)
    expect(code).toBe(2)
    expect(out).toEqual([])
    expect(err).toContain(message)
    expect(err).toContain('Usage:')
  })
})

describe('checking files', () => {
  it('the bundled scenarios are all valid', async () => {
    const { code, out } = await run('scenarios')
    expect(code).toBe(0)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(/^\d+ files checked, all valid$/)
  })

  it('one scenario file can use the bundled profiles', async () => {
    expect(await run('scenarios/registration-desk.yaml')).toEqual({
      code: 0,
      out: ['1 file checked, all valid'],
      err: '',
    })
  })

  it('profiles among the given files are used too', async () => {
    // The minimal fixture teaches nothing, so the authoring checks warn; it is still valid.
    const result = await run('tests/fixtures/scenarios/valid')
    expect(result.code).toBe(0)
    expect(result.out.at(-1)).toBe('2 files checked, all valid (2 warnings)')
  })

  it('prints every problem as file:line:col and a summary, and fails', async () => {
    const { code, out } = await run(
      'tests/fixtures/scenarios/broken/no-vat-here.yaml',
      'tests/fixtures/scenarios/broken/jurisdictions/upside-down.yaml',
    )
    expect(code).toBe(1)
    expect(out).toMatchInlineSnapshot(`
      [
        "tests/fixtures/scenarios/broken/jurisdictions/upside-down.yaml:12:19: mediumTaxpayer (100,000) is below smallTaxpayer (200,000); they must go up: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer",
        "tests/fixtures/scenarios/broken/jurisdictions/upside-down.yaml:13:18: largeTaxpayer (50,000) is below mediumTaxpayer (100,000); they must go up: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer",
        "tests/fixtures/scenarios/broken/no-vat-here.yaml:41:18: vat-threshold cases need a VAT, but the jurisdiction "tiny-island" has no VAT in its taxTypes; add VAT to the profile or remove this anomaly",
        "tests/fixtures/scenarios/broken/no-vat-here.yaml:45:12: warning: no feedback for "vat-threshold": after deciding such a case the trainee sees only the engine's explanation; add feedback for it under feedback:",
        "tests/fixtures/scenarios/broken/no-vat-here.yaml:47:39: warning: points.acceptable (3) is more than points.correct (2); an acceptable decision should not earn more than the correct one",
        "tests/fixtures/scenarios/broken/no-vat-here.yaml:48:5: warning: the hints of task "desk" cost 10 points together, more than the 6 the task can earn; lower the costs",
        "tests/fixtures/scenarios/broken/no-vat-here.yaml:52:7: warning: the feedback for "phoenix" will never be shown: the world has no phoenix cases",
        "3 problems in 2 of 2 files (4 warnings)",
      ]
    `)
  })

  it('warnings alone do not fail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tamis-validate-'))
    const text = readFileSync('tests/fixtures/scenarios/broken/no-vat-here.yaml', 'utf8').replace(
      'anomalies: { vat-threshold: 1 }',
      'anomalies: {}',
    )
    writeFileSync(join(dir, 'warned.yaml'), text)
    const { code, out } = await run(dir)
    rmSync(dir, { recursive: true })
    expect(code).toBe(0)
    expect(out.at(-1)).toBe('1 file checked, all valid (3 warnings)')
    expect(out.slice(0, -1).every((line) => line.includes(': warning: '))).toBe(true)
  })

  it('a given profile replaces the bundled one with the same id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tamis-validate-'))
    afterAll(() => rmSync(dir, { recursive: true }))
    mkdirSync(join(dir, 'jurisdictions'))
    const northland = readFileSync('scenarios/jurisdictions/northland.yaml', 'utf8').replace(
      'locale: en_NG',
      'locale: en_XX',
    )
    writeFileSync(join(dir, 'jurisdictions', 'northland.yaml'), northland)
    writeFileSync(join(dir, 'desk.yaml'), readFileSync('scenarios/registration-desk.yaml', 'utf8'))
    const { code, out } = await run(dir)
    const shown = relative(process.cwd(), dir).split(/[\\/]/).join('/')
    expect(code).toBe(1)
    expect(out.map((line) => line.replaceAll(shown, '<tmp>'))).toMatchInlineSnapshot(`
      [
        "<tmp>/desk.yaml:20:15: jurisdiction "northland" cannot be used until the problems in <tmp>/jurisdictions/northland.yaml are fixed",
        "<tmp>/jurisdictions/northland.yaml:11:9: locale must be one of: en, en_NG, en_GH, en_IN, fr, fr_SN, id_ID, vi, pt_PT, af_ZA, ar, bn_BD, cs_CZ, cy, da, de, de_AT, de_CH, dv, el, en_AU, en_CA, en_GB, en_HK, en_IE, en_NP, en_US, en_ZA, es, es_MX, fa, fi, fr_BE, fr_CA, fr_CH, fr_LU, he, hr, hu, hy, it, ja, ka_GE, ko, ku_ckb, ku_kmr_latin, lv, mk, mn_MN_cyrl, nb_NO, ne, nl, nl_BE, pl, pt_BR, ro, ru, sk, sl_SI, sr_RS_latin, sv, ta_IN, th, tr, uk, ur, uz_UZ_latin, yo_NG, zh_CN, zh_TW, zu_ZA, not "en_XX"",
        "2 problems in 2 of 2 files",
      ]
    `)
  })
})
