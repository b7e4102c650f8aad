/**
 * The CLI prints the engine's text through a translator for the scenario: every bundled scenario's
 * `solve` log replayed with `play` (and `world`) in each language prints words, never
 * "[object Object]", `undefined` or a raw message id. A scripted officer on a French scenario
 * writes its letters in French, as a French trainee's forms word them.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'
import { loadBundledLibrary } from '../../src/cli/files'
import { GRADES, kindLabel } from '../../src/engine'
import { translatorFor } from '../../src/i18n/for-scenario'
import { LANGUAGES, NAMESPACES } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { ENGLISH } from '../e2e/support/english'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (s) => void (out += s + '\n'), err: (s) => void (err += s + '\n') })
  return { code, out, err }
}

const dir = mkdtempSync(join(tmpdir(), 'tamis-cli-lang-'))
const RAW_ID = new RegExp(`\\b(?:${NAMESPACES.join('|')})\\.[a-z][A-Za-z]*\\.[A-Za-z]`)

/** The decision rows `play` prints: case, grade, points, feedback. */
function decisionRows(out: string) {
  return out
    .split('\n')
    .map((line) => ({ line, m: /^ {2}(\S+) {2}(\S+)\s+(-?\d+) {2}(.*)$/.exec(line) }))
    .filter((r) => r.m !== null)
    .map(({ line, m }) => ({
      line,
      grade: m![2]!,
      explanation: m![4]!,
    }))
}

function expectWords(text: string, where: string): void {
  expect(text, where).not.toContain('[object Object]')
  expect(text, where).not.toMatch(/\bundefined\b/)
  expect(text, where).not.toMatch(RAW_ID)
}

describe('the CLI in the trainee’s language', () => {
  it('refuses a language it does not have', async () => {
    const result = await run('world', 'registration-desk', '--lang', 'xx')
    expect(result.code).toBe(2)
    expect(result.err).toContain('--lang must be one of: en, fr, ru, pt')
  })

  it('prints every bundled scenario’s solve and play output as words, in every language', async () => {
    const { scenarios } = await loadBundledLibrary()
    expect(scenarios.length).toBeGreaterThan(0)
    for (const [i, scenario] of scenarios.entries()) {
      const log = join(dir, `${scenario.id}.json`)
      // A random officer leaves refusals and wrong grades, whose text is the richest.
      const solved = await run('solve', scenario.id, '--policy', 'random', '--out', log)
      expect(solved.code, `${scenario.id} solve`).toBe(0)
      expectWords(solved.err, `${scenario.id} solve`)
      for (const lang of [LANGUAGES[i % LANGUAGES.length]!]) {
        const played = await run('play', scenario.id, '--decisions', log, '--lang', lang)
        expect(played.code, `${scenario.id} play --lang ${lang}: ${played.err}`).toBe(0)
        expectWords(played.out + played.err, `${scenario.id} play --lang ${lang}`)
      }
    }
  }, 600_000)

  it('solves French and Russian scenarios with letters in their language: the forms’ wording and the best reasons', async () => {
    const french = await loadCatalogue('fr')
    const texts = (file: string): string[] => {
      const { log } = JSON.parse(readFileSync(file, 'utf8')) as {
        log: { type: string; command?: Record<string, unknown> }[]
      }
      return log.flatMap((e) =>
        e.type === 'case.command' && e.command
          ? Object.entries(e.command)
              .filter(([key, value]) => key === 'reason' && typeof value === 'string')
              .map(([, value]) => value as string)
          : [],
      )
    }
    const written = new Map<string, string[]>()
    // Registration rejects (the first red flag), collection refuses an agreement (the defaults),
    // refunds blocks, refuses or approves in part (a reason each): every letter the best officer
    // writes, and the random officer's, in the scenario's language.
    for (const id of [
      'registration-guichet-unique',
      'collection-lawful-enforcement',
      'refunds-first-claims-ru',
    ])
      for (const policy of ['best', 'random']) {
        const out = join(dir, `${id}-${policy}.json`)
        const solved = await run('solve', id, '--policy', policy, '--out', out)
        expect(solved.code, solved.err).toBe(0)
        const reasons = texts(out)
        written.set(`${id} ${policy}`, reasons)
        const english = reasons.filter((r) =>
          [...r.matchAll(/\p{L}[\p{L}'’-]*/gu)].some((w) => ENGLISH.has(w[0].toLowerCase())),
        )
        expect(english, `${id} ${policy}: English in the letters`).toEqual([])
      }
    for (const id of [
      'registration-guichet-unique',
      'collection-lawful-enforcement',
      'refunds-first-claims-ru',
    ])
      expect(written.get(`${id} best`)!.length, `${id}: the best officer writes letters`).toBeGreaterThan(0)
    expect(written.get('registration-guichet-unique random')).toContain(
      french['registration.default.rejectReason'],
    )
    expect(
      written.get('registration-guichet-unique best')!.some((r) => /\bcontribuables?\b|\bnon à\b/.test(r)),
    ).toBe(true)
    expect(
      written.get('collection-lawful-enforcement best')!.some((r) => /échéanciers? antérieurs?/.test(r)),
    ).toBe(true)
    expect(written.get('refunds-first-claims-ru best')!.every((r) => /\p{Script=Cyrillic}/u.test(r))).toBe(
      true,
    )
  })

  it('replays a French or Russian scenario’s log in its language unless --lang says otherwise', async () => {
    for (const [id, lang] of [
      ['collection-lawful-enforcement', 'fr'],
      ['refunds-first-claims-ru', 'ru'],
    ] as const) {
      const log = join(dir, `${id}-default.json`)
      expect((await run('solve', id, '--policy', 'random', '--out', log)).code).toBe(0)
      const byDefault = await run('play', id, '--decisions', log)
      const asked = await run('play', id, '--decisions', log, '--lang', lang)
      const english = await run('play', id, '--decisions', log, '--lang', 'en')
      expect(byDefault.code, byDefault.err).toBe(0)
      // No --lang is the scenario's language, as the app shows it; --lang en still overrides.
      expect(byDefault.out).toBe(asked.out)
      expect(english.out).not.toBe(byDefault.out)
      const catalogue = await loadCatalogue(lang)
      const words = new Set(GRADES.map((g) => catalogue[`app.csv.grade.${g}`]!))
      const rows = decisionRows(byDefault.out)
      expect(rows.length, id).toBeGreaterThan(0)
      for (const row of rows) {
        // The grade a word of the language (the results CSV's), never the code.
        expect(words, `${id}: ${row.line}`).toContain(row.grade)
        // The feedback in the language: no common English word in it.
        const inEnglish = [...row.explanation.matchAll(/\p{L}[\p{L}'’-]*/gu)].filter((w) =>
          ENGLISH.has(w[0].toLowerCase()),
        )
        expect(
          inEnglish.map((w) => w[0]),
          `${id}: ${row.line}`,
        ).toEqual([])
      }
      // The random officer errs: grades whose words differ from the codes are printed.
      const errs = [catalogue['app.csv.grade.wrong'], catalogue['app.csv.grade.harmful']]
      expect(rows.some((r) => errs.includes(r.grade))).toBe(true)
      expect(rows.map((r) => r.grade)).not.toContain('wrong')
      expect(rows.map((r) => r.grade)).not.toContain('harmful')
      // In English the grades are the English words, as before.
      for (const row of decisionRows(english.out)) expect(GRADES).toContain(row.grade)
    }
  }, 120_000)

  it('names each case’s kind in the world’s ground truth in the reader’s language, by default the scenario’s', async () => {
    const json = await run('world', 'refunds-first-claims-ru', '--json')
    const kinds = new Set(
      (JSON.parse(json.out) as { truth: { cases: { kind: string }[] } }).truth.cases.map((c) => c.kind),
    )
    const ru = await translatorFor(
      (await loadBundledLibrary()).scenarios.find((s) => s.id === 'refunds-first-claims-ru')!,
      'ru',
    )
    const text = await run('world', 'refunds-first-claims-ru')
    expect(text.code).toBe(0)
    expect(kinds.size).toBeGreaterThan(1)
    for (const kind of kinds) {
      expect(text.out).toContain(ru.t(kindLabel(kind)))
      expect(text.out).not.toContain(kind)
    }
  })

  it('prints the world and its figures in the scenario’s currency', async () => {
    const fr = await run('world', 'refunds-first-claims', '--lang', 'fr')
    expect(fr.code).toBe(0)
    expectWords(fr.out, 'world --lang fr')
    // fr in Nigeria: French grouping with the naira sign.
    expect(fr.out).toMatch(/\d{1,3}(?:\u202f\d{3})+,\d{2}\s₦/)
  })
})

describe('the validator and the path test in each file’s language', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tamis-cli-validate-lang-'))
  mkdirSync(join(folder, 'jurisdictions'))
  const write = (name: string, from: string, edit: (text: string) => string) => {
    const text = readFileSync(from, 'utf8')
    const edited = edit(text)
    expect(edited, name).not.toBe(text)
    writeFileSync(join(folder, name), edited)
  }
  write('registration-guichet-unique.yaml', 'scenarios/registration-guichet-unique.yaml', (t) =>
    t.replace(/^ {4}applications: \d+$/m, '    applications: beaucoup'),
  )
  write('refunds-first-claims-ru.yaml', 'scenarios/refunds-first-claims-ru.yaml', (t) =>
    t.replace(/^summary: >-\n(?: {2}.*\n)+/m, 'summary: 12\n'),
  )
  write('registration-desk.yaml', 'scenarios/registration-desk.yaml', (t) =>
    t.replace(/^minutes: \d+$/m, 'minutes: lots'),
  )
  // A Russian profile: its locale says its language.
  write('jurisdictions/alatau.yaml', 'scenarios/jurisdictions/alatau.yaml', (t) =>
    t.replace('minorUnits: 2', 'minorUnits: два'),
  )
  // Too broken to parse (a tab), but it says it is French.
  write('registration-tab.yaml', 'scenarios/registration-guichet-unique.yaml', (t) =>
    t.replace(/^language: fr$/m, 'language: fr\n\tminutes: 3'),
  )
  const lineOf = (out: string, file: string) => out.split('\n').find((l) => l.includes(`${file}:`)) ?? ''

  it('words each file’s problems in its own language, or all in the one --lang names', async () => {
    const own = await run('validate', folder)
    expect(own.code).toBe(1)
    const fr = lineOf(own.out, 'registration-guichet-unique.yaml')
    expect(fr).toMatch(/: applications doit être un nombre entier de 1 à 5\s?000, et non «\s?beaucoup\s?»$/)
    expect(lineOf(own.out, 'refunds-first-claims-ru.yaml')).toMatch(
      /:\d+:\d+: summary: ожидается текст, а не 12$/,
    )
    expect(lineOf(own.out, 'registration-desk.yaml')).toMatch(
      /: minutes must be a whole number from 1 to 600, not "lots"$/,
    )
    expect(lineOf(own.out, 'alatau.yaml')).toMatch(/\p{Script=Cyrillic}/u)
    expect(lineOf(own.out, 'registration-tab.yaml')).toContain(': une tabulation indente cette ligne')
    const english = await run('validate', folder, '--lang', 'en')
    expect(lineOf(english.out, 'registration-guichet-unique.yaml')).toMatch(
      /: applications must be a whole number from 1 to 5000, not "beaucoup"$/,
    )
    expect(lineOf(english.out, 'refunds-first-claims-ru.yaml')).toMatch(/: summary must be text, not 12$/)
    const russian = await run('validate', '--lang=ru', folder)
    for (const file of ['registration-guichet-unique.yaml', 'registration-desk.yaml', 'alatau.yaml'])
      expect(lineOf(russian.out, file), file).toMatch(/\p{Script=Cyrillic}/u)
    // The summary is the command line's own: English.
    expect(russian.out.trim().split('\n').at(-1)).toMatch(/^\d+ problems in \d+ of \d+ files/)
    expect((await run('validate', folder, '--lang', 'xx')).code).toBe(2)
  })

  it('prints a path test’s findings in the scenario’s language, or the one --lang names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tamis-cli-test-lang-'))
    // A pass mark a clicking trainee reaches: the path test fails, and says why.
    const file = join(dir, 'registration-guichet-unique.yaml')
    writeFileSync(
      file,
      readFileSync('scenarios/registration-guichet-unique.yaml', 'utf8').replace(
        /^passMark: \d+$/m,
        'passMark: 1',
      ),
    )
    const french = await run('test', file, '--seeds', '1')
    expect(french.code).toBe(1)
    const fails = french.out.split('\n').filter((l) => l.includes('FAIL seed'))
    expect(fails.length).toBeGreaterThan(0)
    for (const line of fails) expect(line).toMatch(/ réussit \(seuil de réussite 1\s%\)$/)
    const english = await run('test', file, '--seeds', '1', '--lang', 'en')
    for (const line of english.out.split('\n').filter((l) => l.includes('FAIL seed')))
      expect(line).toMatch(/ passes \(pass mark 1%\)$/)
    // A broken file's problems, in its language too.
    const broken = await run('test', join(folder, 'registration-guichet-unique.yaml'))
    expect(broken.code).toBe(1)
    expect(broken.out).toContain('doit être un nombre entier')
    // And when world or play is given it.
    const world = await run('world', join(folder, 'registration-guichet-unique.yaml'))
    expect(world.code).toBe(1)
    expect(world.err).toContain('doit être un nombre entier')
    const worldEn = await run('world', join(folder, 'registration-guichet-unique.yaml'), '--lang', 'en')
    expect(worldEn.err).toContain('must be a whole number')
  }, 60_000)
})
