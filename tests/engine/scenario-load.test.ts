/**
 * The messages a trainer reads when a file is wrong: YAML syntax, the shape of the file and
 * where each problem is. Inline snapshots pin the exact wording.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  formatIssue,
  loadJurisdiction,
  loadLibrary,
  loadScenario,
  scenarioDigest,
  type Jurisdiction,
  type SourceFile,
} from '../../src/engine/scenario'

const FIXTURES = 'tests/fixtures/scenarios'
const read = (path: string): SourceFile => ({ path, text: readFileSync(path, 'utf8') })
const minimal = read(`${FIXTURES}/valid/minimal.yaml`).text

const testland = loadJurisdiction(read(`${FIXTURES}/valid/jurisdictions/testland.yaml`))
if (!testland.ok) throw new Error(testland.issues.map(formatIssue).join('\n'))
const PROFILES: ReadonlyMap<string, Jurisdiction> = new Map([['testland', testland.value]])

/** Every issue for `text` as the trainer sees it, or "ok". */
function check(text: string, path = 'scenarios/test.yaml'): string[] | 'ok' {
  const result = loadScenario({ path, text }, PROFILES)
  return result.ok
    ? result.warnings.length
      ? result.warnings.map(formatIssue)
      : 'ok'
    : result.issues.map(formatIssue)
}

/** The minimal scenario with one line replaced (or removed, when `by` is undefined). */
function edit(line: string, by?: string): string {
  expect(minimal).toContain(line)
  return minimal.replace(`${line}\n`, by === undefined ? '' : `${by}\n`)
}

describe('a valid file', () => {
  it('loads with its id from the file name and its jurisdiction resolved', () => {
    const result = loadScenario({ path: 'scenarios/minimal.yaml', text: minimal }, PROFILES)
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
    expect(result.warnings).toEqual([])
    expect(result.value.id).toBe('minimal')
    expect(result.value.jurisdiction.id).toBe('testland')
    expect(result.value.tasks[0]).toMatchObject({
      cases: 'all',
      points: { correct: 10, harmful: -5 },
      hints: [],
    })
  })

  it('accepts a .yml extension and a Windows path', () => {
    expect(check(minimal, 'C:\\training\\my-desk.yml')).toBe('ok')
  })
})

describe('the file as a whole', () => {
  it('an empty file', () => {
    expect(check('')).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:1:1: this file is empty; a scenario starts with lines such as "format: 1" (see scenarios/README.md)",
      ]
    `)
    expect(check('# only a comment\n')).toEqual(check(''))
  })

  it('a list instead of keys and values', () => {
    expect(check('- format: 1\n- title: x\n')).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:1:1: this file is a list (lines starting with "-"), but a scenario must be a set of keys and values, one per line, such as "title: …"",
      ]
    `)
  })

  it('a single value', () => {
    expect(check('Registration desk\n')).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:1:1: this file is a single value, but a scenario must be a set of keys and values, one per line, such as "title: …"",
      ]
    `)
  })

  it('a file name that cannot be an id is reported at 1:1, with the other problems', () => {
    expect(check(edit('minutes: 10'), 'scenarios/VAT Desk (v2).yaml')).toMatchInlineSnapshot(`
      [
        "scenarios/VAT Desk (v2).yaml:1:1: the file name "VAT Desk (v2)" cannot be a scenario id: use lower-case letters, digits and hyphens, e.g. "vat-desk-v2.yaml"",
        "scenarios/VAT Desk (v2).yaml:2:1: missing key "minutes" (Estimated minutes to finish)",
      ]
    `)
  })
})

describe('YAML syntax', () => {
  it('tabs are reported alone, one per line, since they throw every later line off', () => {
    expect(check(edit('  seed: 1', '\tseed: 1').replace('  population:', '\tpopulation:')))
      .toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:12:1: a tab is used to indent this line; YAML only accepts spaces (most editors can "convert indentation to spaces")",
        "scenarios/test.yaml:14:1: a tab is used to indent this line; YAML only accepts spaces (most editors can "convert indentation to spaces")",
      ]
    `)
  })

  it('a colon inside unquoted text', () => {
    expect(check(edit('title: Minimal', 'title: Desk 1: intake'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:3:8: this line has two "key: value" parts; if the text contains ": ", put it in quotes, e.g. title: "Desk 1: intake"",
      ]
    `)
  })

  it('an unclosed quote is shown where it opens', () => {
    expect(check(edit('title: Minimal', 'title: "Minimal'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:3:8: this quote is never closed: text that starts with a quote must end with the same quote",
      ]
    `)
  })

  it('an unclosed list', () => {
    expect(check(edit('tadat: [P1-1]', 'tadat: [P1-1'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:8:8: this "[" is never closed: add a "]" at the end",
      ]
    `)
  })

  it('two documents in one file', () => {
    expect(check(`${minimal}---\ntitle: Another\n`)).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:25:1: this file holds more than one document (a second "---" line); keep one scenario or profile per file",
      ]
    `)
  })

  it('an alias to an anchor that does not exist', () => {
    expect(check(edit('minutes: 10', 'minutes: *ten'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:7:10: *ten refers to an anchor &ten that is not defined above it",
      ]
    `)
  })

  it('a key written as a list', () => {
    expect(check(`${minimal}? [a, b]\n: 1\n`)).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:25:3: a key must be a single word such as "title", not a list or a mapping",
      ]
    `)
  })

  it('duplicate keys are errors, and the rest of the file is still checked', () => {
    expect(check(edit('minutes: 10', 'minutes: 10\nminutes: 0'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:8:1: the key "minutes" appears twice in the same place; keep only one of them",
        "scenarios/test.yaml:8:10: minutes must be at least 1, not 0",
      ]
    `)
  })

  it('every syntax error is reported, in order', () => {
    const text = 'format: 1\ntitle: A: B\nobjectives:\n  - x\ntadat: [P1-1\nlanguage: "en\n'
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:2:8: this line has two "key: value" parts; if the text contains ": ", put it in quotes, e.g. title: "Desk 1: intake"",
        "scenarios/test.yaml:5:8: this "[" is never closed: add a "]" at the end",
        "scenarios/test.yaml:6:11: this quote is never closed: text that starts with a quote must end with the same quote",
      ]
    `)
  })
})

describe('keys', () => {
  it('an unknown key close to a known one: did you mean, and no "missing" for the intended key', () => {
    expect(check(edit('difficulty: 1', 'dificulty: 1'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:6:1: unknown key "dificulty" — did you mean "difficulty"?",
      ]
    `)
  })

  it('snake_case or a capital letter for a camelCase key', () => {
    expect(check(edit('passMark: 50', 'pass_mark: 50'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:24:1: unknown key "pass_mark" — did you mean "passMark"?",
      ]
    `)
    expect(check(edit('passMark: 50', 'PassMark: 50'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:24:1: unknown key "PassMark" — did you mean "passMark"?",
      ]
    `)
  })

  it('an unknown key with nothing close lists the allowed keys', () => {
    expect(check(edit('  seed: 1', '  seed: 1\n  colour: blue'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:13:3: unknown key "colour" — the keys allowed here are: seed, referenceDate, population, registration, filing, payments, collection, audit, refunds, objections",
      ]
    `)
  })

  it('an unknown anomaly kind', () => {
    expect(
      check(
        edit(
          '    anomalies: { duplicate-identity: 1, phoenix: 1 }',
          '    anomalies: { duplicate-identity: 1, pheonix: 1 }',
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:17:41: unknown key "pheonix" — did you mean "phoenix"?",
      ]
    `)
  })

  it('a missing key is reported at the mapping that should hold it', () => {
    expect(check(edit('summary: The smallest valid scenario.'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:2:1: missing key "summary" (One or two sentences on what the trainee will do)",
      ]
    `)
    expect(check(edit('  referenceDate: 2025-03-03'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:11:1: missing key "referenceDate" in world (The simulated "today" when the scenario starts (YYYY-MM-DD))",
      ]
    `)
    expect(check(edit('    title: Six cases'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:20:5: missing key "title" in tasks entry 1 (Short title of the task)",
      ]
    `)
  })
})

describe('values', () => {
  it('a word where a number is expected', () => {
    expect(check(edit('difficulty: 1', 'difficulty: hard'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:6:13: difficulty must be a whole number 1, 2 or 3, not "hard"",
      ]
    `)
    expect(check(edit('minutes: 10', 'minutes: ten'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:7:10: minutes must be a whole number from 1 to 600, not "ten"",
      ]
    `)
  })

  it('numbers written as on paper', () => {
    expect(check(edit('passMark: 50', 'passMark: 50%'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:24:11: passMark must be a whole number from 0 to 100, not "50%" (write the number without "%")",
      ]
    `)
    expect(
      check(
        edit(
          '  population: { individuals: 20, businesses: 10 }',
          '  population: { individuals: "20,000", businesses: "10" }',
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:14:30: individuals must be a whole number from 0 to 100000, not "20,000" (write the number without separators, e.g. 5000000)",
        "scenarios/test.yaml:14:52: businesses must be a whole number from 0 to 100000, not "10" (remove the quotes around the number)",
      ]
    `)
  })

  it('numbers out of range, huge and infinite', () => {
    expect(check(edit('passMark: 50', 'passMark: 150'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:24:11: passMark must be at most 100, not 150",
      ]
    `)
    expect(check(edit('minutes: 10', 'minutes: 99999999999999999999'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:7:10: minutes must be at most 600, not 100000000000000000000",
      ]
    `)
    expect(check(edit('minutes: 10', 'minutes: 1e400'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:7:10: minutes must be a whole number from 1 to 600, not infinity",
      ]
    `)
    expect(check(edit('  seed: 1', '  seed: -1'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:12:9: seed must be at least 0, not -1",
      ]
    `)
    expect(check(edit('minutes: 10', 'minutes: 12.5'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:7:10: minutes must be a whole number from 1 to 600, not 12.5",
      ]
    `)
  })

  it('values outside a closed list', () => {
    expect(check(edit('    process: registration', '    process: registratoin'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:21:14: process must be one of: registration, filing, payments, collection, audit, refunds, objections, not "registratoin" — did you mean "registration"?",
      ]
    `)
    expect(check(edit('tadat: [P1-1]', 'tadat: [P1-1, P99]'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:8:15: tadat entry 2 must be one of: P1-1, P1-2, P2-3, P2-4, P2-5, P2-6, P3-7, P3-8, P3-9, P4-10, P4-11, P5-12, P5-13, P5-14, P5-15, P6-16, P6-17, P6-18, P7-19, P7-20, P7-21, P8-22, P8-23, P8-24, P9-25, P9-26, P9-27, P9-28, not "P99" — did you mean "P3-9"?",
      ]
    `)
    expect(check(edit('format: 1', 'format: 2'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:2:9: format must be 1, not 2",
      ]
    `)
  })

  it('dates', () => {
    expect(check(edit('  referenceDate: 2025-03-03', '  referenceDate: 2025-02-29'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:13:18: referenceDate must be a real date written YYYY-MM-DD, such as 2025-03-03, not "2025-02-29"",
      ]
    `)
    expect(check(edit('  referenceDate: 2025-03-03', '  referenceDate: 03/03/2025'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:13:18: referenceDate must be a real date written YYYY-MM-DD, such as 2025-03-03, not "03/03/2025"",
      ]
    `)
  })

  it('empty values and empty text', () => {
    expect(check(edit('title: Minimal', 'title:'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:3:1: title is empty: write text (Title shown in the catalogue)",
      ]
    `)
    expect(check(edit('title: Minimal', 'title: "   "'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:3:8: title must not be empty",
      ]
    `)
    expect(check(edit('objectives: [Decide applications]', 'objectives: []'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:5:13: objectives needs at least 1 entry",
      ]
    `)
  })

  it('text where a list or a mapping is expected', () => {
    expect(check(edit('objectives: [Decide applications]', 'objectives: Decide applications')))
      .toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:5:13: objectives must be a list (lines starting with "-"), not "Decide applications"",
      ]
    `)
    expect(
      check(
        edit('    briefing: Decide them.', '    briefing: Decide them.\n    hints: [Look at the registry]'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:24:13: hints entry 1 must be a set of keys and values (text, kind, cost), not "Look at the registry"",
      ]
    `)
  })

  it('either-or values: cases and the jurisdiction', () => {
    expect(check(edit('    briefing: Decide them.', '    briefing: Decide them.\n    cases: some')))
      .toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:24:12: cases must be "all" or a whole number from 1 to 5000, not "some"",
      ]
    `)
    expect(check(edit('    briefing: Decide them.', '    briefing: Decide them.\n    cases: 0')))
      .toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:24:12: cases must be at least 1, not 0",
      ]
    `)
    expect(check(edit('jurisdiction: testland', 'jurisdiction: Testland'))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:10:15: jurisdiction "Testland" is not allowed: use only lower-case letters, digits and hyphens (no spaces), e.g. "first-week"",
      ]
    `)
  })

  it('an inline jurisdiction profile is checked in place', () => {
    const inline = [
      'jurisdiction:',
      '  id: island',
      '  name: Island (fictional)',
      '  disclaimer: Illustrative.',
      '  locale: en_XX',
      '  currency: { code: usd, symbol: $, minorUnits: 2 }',
      '  taxTypes: [{ code: VAT, name: VAT }]',
      '  thresholds: { vatRegistration: 1, smallTaxpayer: 3, mediumTaxpayer: 2, largeTaxpayer: 4 }',
      '  rates: { vat: 10, cit: 20 }',
      '  deadlines: { registrationDecisionDays: 14, queryResponseDays: 14, vatFilingDay: 20, objectionDays: 30, objectionDecisionDays: 60, refundDecisionDays: 30, demandNoticeDays: 14 }',
      '  penalties:',
      '    lateFiling: { type: flat }',
      '    latePayment: { percent: 1 }',
      '  interest: { percentPerMonth: 1, basis: daily }',
    ].join('\n')
    expect(check(edit('jurisdiction: testland', inline))).toMatchInlineSnapshot(`
      [
        "scenarios/test.yaml:14:11: locale must be one of: en, en_NG, en_GH, en_IN, fr, fr_SN, id_ID, vi, pt_PT, af_ZA, ar, bn_BD, cs_CZ, cy, da, de, de_AT, de_CH, dv, el, en_AU, en_CA, en_GB, en_HK, en_IE, en_NP, en_US, en_ZA, es, es_MX, fa, fi, fr_BE, fr_CA, fr_CH, fr_LU, he, hr, hu, hy, it, ja, ka_GE, ko, ku_ckb, ku_kmr_latin, lv, mk, mn_MN_cyrl, nb_NO, ne, nl, nl_BE, pl, pt_BR, ro, ru, sk, sl_SI, sr_RS_latin, sv, ta_IN, th, tr, uk, ur, uz_UZ_latin, yo_NG, zh_CN, zh_TW, zu_ZA, not "en_XX"",
        "scenarios/test.yaml:15:21: code "usd" is not allowed: use a three-letter ISO 4217 code such as "NGN" or "XOF"",
        "scenarios/test.yaml:19:3: missing key "deemedReceiptDays" in deadlines (Days after mailing when a notice is deemed received)",
        "scenarios/test.yaml:21:5: missing key "amount" in lateFiling (Fixed penalty in major units)",
        "scenarios/test.yaml:22:5: missing key "type" in latePayment (one of: percent-per-month, fixed-plus-percent, flat)",
      ]
    `)
  })
})

describe('jurisdiction profiles', () => {
  const profile = read(`${FIXTURES}/valid/jurisdictions/testland.yaml`)

  it('the id must be the file name', () => {
    const result = loadJurisdiction({ ...profile, path: 'scenarios/jurisdictions/test-land.yaml' })
    expect(result.ok ? [] : result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "scenarios/jurisdictions/test-land.yaml:2:5: id "testland" must be the same as the file name "test-land"; rename the file to testland.yaml or change the id",
      ]
    `)
  })

  it('size thresholds must go up', () => {
    const text = profile.text.replace('smallTaxpayer: 50000', 'smallTaxpayer: 900000')
    const result = loadJurisdiction({ ...profile, text })
    expect(result.ok ? [] : result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/scenarios/valid/jurisdictions/testland.yaml:12:79: mediumTaxpayer (500,000) is below smallTaxpayer (900,000); they must go up: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer",
      ]
    `)
  })

  it('a scenario file is not a profile', () => {
    const result = loadJurisdiction({ path: 'scenarios/jurisdictions/minimal.yaml', text: minimal })
    expect(result.ok ? [] : result.issues.map(formatIssue).slice(0, 3)).toMatchInlineSnapshot(`
      [
        "scenarios/jurisdictions/minimal.yaml:2:1: missing key "id" (Stable id that scenarios use to refer to this profile)",
        "scenarios/jurisdictions/minimal.yaml:2:1: missing key "name" (Name shown to trainees, e.g. "Republic of Northland (fictional)")",
        "scenarios/jurisdictions/minimal.yaml:2:1: missing key "disclaimer" (States that the parameters are illustrative and not any country's law)",
      ]
    `)
  })
})

describe('loadLibrary', () => {
  const profile = read(`${FIXTURES}/valid/jurisdictions/testland.yaml`)

  it('loads profiles first, whatever the order of the files, and ignores other files', () => {
    const library = loadLibrary([
      { path: 'lib/desk.yaml', text: minimal },
      { path: 'lib/README.md', text: '# not yaml' },
      { path: 'lib/jurisdictions/testland.yaml', text: profile.text },
    ])
    expect(library.issues).toEqual([])
    expect(library.scenarios.map((s) => s.id)).toEqual(['desk'])
    expect(library.jurisdictions.map((j) => j.id)).toEqual(['testland'])
  })

  it('a file is a profile only when a folder on its path is called jurisdictions', () => {
    const library = loadLibrary([{ path: 'lib/jurisdictions.yaml', text: profile.text }])
    expect(library.jurisdictions).toEqual([])
    expect(library.issues.length).toBeGreaterThan(0)
  })

  it('the same id twice is an error', () => {
    const library = loadLibrary([
      { path: 'a/jurisdictions/testland.yaml', text: profile.text },
      { path: 'b/jurisdictions/testland.yaml', text: profile.text },
      { path: 'a/desk.yaml', text: minimal },
      { path: 'b/desk.yml', text: minimal },
    ])
    expect(library.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "b/desk.yml:1:1: a/desk.yaml already defines the scenario "desk"; ids must be unique, so rename one of the files",
        "b/jurisdictions/testland.yaml:1:1: a/jurisdictions/testland.yaml already defines the jurisdiction profile "testland"; ids must be unique, so rename one of the files",
      ]
    `)
    expect(library.scenarios).toHaveLength(1)
  })

  it('a scenario whose profile has errors points to the profile', () => {
    const broken = profile.text.replace('locale: en', 'locale: xx')
    const library = loadLibrary([
      { path: 'lib/jurisdictions/testland.yaml', text: broken },
      { path: 'lib/desk.yaml', text: minimal },
    ])
    expect(library.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "lib/desk.yaml:10:15: jurisdiction "testland" cannot be used until the problems in lib/jurisdictions/testland.yaml are fixed",
        "lib/jurisdictions/testland.yaml:5:9: locale must be one of: en, en_NG, en_GH, en_IN, fr, fr_SN, id_ID, vi, pt_PT, af_ZA, ar, bn_BD, cs_CZ, cy, da, de, de_AT, de_CH, dv, el, en_AU, en_CA, en_GB, en_HK, en_IE, en_NP, en_US, en_ZA, es, es_MX, fa, fi, fr_BE, fr_CA, fr_CH, fr_LU, he, hr, hu, hy, it, ja, ka_GE, ko, ku_ckb, ku_kmr_latin, lv, mk, mn_MN_cyrl, nb_NO, ne, nl, nl_BE, pl, pt_BR, ro, ru, sk, sl_SI, sr_RS_latin, sv, ta_IN, th, tr, uk, ur, uz_UZ_latin, yo_NG, zh_CN, zh_TW, zu_ZA, not "xx"",
      ]
    `)
  })
})

describe('formatIssue', () => {
  it('is path:line:col: message, with warnings marked', () => {
    expect(
      formatIssue({ path: 'scenarios/a.yaml', line: 3, col: 7, message: 'x is wrong', severity: 'error' }),
    ).toBe('scenarios/a.yaml:3:7: x is wrong')
    expect(formatIssue({ path: 'a.yaml', line: 1, col: 1, message: 'look', severity: 'warning' })).toBe(
      'a.yaml:1:1: warning: look',
    )
  })
})

describe('scenarioDigest', () => {
  const load = (text: string) => {
    const result = loadScenario({ path: 'desk.yaml', text }, PROFILES)
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
    return result.value
  }

  it('is 16 hex digits and stable', () => {
    const digest = scenarioDigest(load(minimal))
    expect(digest).toMatch(/^[0-9a-f]{16}$/)
    expect(scenarioDigest(load(minimal))).toBe(digest)
  })

  it('ignores comments, formatting, key order and written defaults', () => {
    const reordered = edit('passMark: 50').replace('format: 1\n', 'passMark: 50 # percent\nformat: 1\n')
    const flow = edit('    briefing: Decide them.', '    briefing: "Decide them."\n    cases: all')
    expect(scenarioDigest(load(reordered))).toBe(scenarioDigest(load(minimal)))
    expect(scenarioDigest(load(flow))).toBe(scenarioDigest(load(minimal)))
  })

  it('changes when a value changes, including the jurisdiction profile', () => {
    const base = load(minimal)
    expect(scenarioDigest(load(edit('passMark: 50', 'passMark: 51')))).not.toBe(scenarioDigest(base))
    const otherRate = { ...base, jurisdiction: { ...base.jurisdiction, rates: { vat: 11, cit: 25 } } }
    expect(scenarioDigest(otherRate)).not.toBe(scenarioDigest(base))
  })
})
