/**
 * `tamis verify` and `tamis play` against genuine and forged files. The forgeries are the ones
 * a trainee could make with a text editor: edit the score, flip the mode, paste another log.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'
import { loadBundledLibrary } from '../../src/cli/files'
import { Session, playPolicy, resultsFile, type ResultsFile, type Scenario } from '../../src/engine'

const dir = mkdtempSync(join(tmpdir(), 'tamis-verify-'))
afterAll(() => rmSync(dir, { recursive: true }))

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out, err }
}

function write(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(
    path,
    typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2),
  )
  return path
}

let desk: Scenario
let filing: Scenario
/** A practice session where the trainee took a hint, then played every case right. */
let hinted: ResultsFile
/** A practice session that took the first thing offered everywhere (it does not pass). */
let first: ResultsFile
let filingBest: ResultsFile

async function played(scenario: Scenario, policy: 'best' | 'first', hint = false, trainee?: string) {
  const session = await Session.start(scenario)
  if (hint) expect(session.send({ type: 'hint.reveal', taskId: scenario.tasks[0]!.id })).toEqual({ ok: true })
  playPolicy(session, policy)
  session.send({ type: 'session.finish' })
  return resultsFile(session.report(), session.save(), trainee ? { trainee } : {})
}

beforeAll(async () => {
  const library = await loadBundledLibrary()
  desk = library.scenarios.find((s) => s.id === 'registration-desk')!
  filing = library.scenarios.find((s) => s.id === 'filing-first-returns')!
  hinted = await played(desk, 'best', true, 'Amina Bello')
  first = await played(desk, 'first')
  filingBest = await played(filing, 'best')
})

describe('verify', () => {
  it('a genuine results file verifies, with its trainee, scenario, mode and scores on one line', async () => {
    const { code, out } = await run('verify', write('amina.json', hinted))
    expect(code).toBe(0)
    expect(hinted.score).toBeLessThan(hinted.maxScore)
    expect(out[0]).toMatch(/amina\.json · /)
    expect(out[0]!.replace(/^.* · Amina/, 'Amina')).toBe(
      `Amina Bello · registration-desk · practice · stated ${hinted.score} / ${hinted.maxScore} · replayed ${hinted.score} / ${hinted.maxScore} · VERIFIED`,
    )
    expect(out[1]).toBe('1 file: 1 verified, 0 mismatch, 0 unverifiable, 0 invalid')
  })

  it('`play --json` writes a results file that verifies', async () => {
    const log = write('log.json', (await Session.start(desk)).save())
    const played = await run('play', 'registration-desk', '--decisions', log, '--json')
    expect(played.code).toBe(0)
    const file = JSON.parse(played.out.join('\n')) as ResultsFile
    expect(file).toMatchObject({ format: 'tamis-results/2', mode: 'practice', log: [] })
    expect((await run('verify', write('played.json', file))).code).toBe(0)
  })

  it.each<[string, (f: ResultsFile) => unknown, RegExp]>([
    // The trainee gives themself full marks.
    [
      'an edited score',
      (f) => ({ ...f, score: f.maxScore, percent: 100, passed: true }),
      /MISMATCH: the file states 120 \/ 120; its log earns \d+ \/ 120/,
    ],
    // The score is left alone but the pass is claimed.
    [
      'an edited pass',
      (f) => ({ ...f, passed: true }),
      /MISMATCH: the file states passed true; its log earns false/,
    ],
    // One decision is upgraded, the total kept.
    [
      'an edited decision',
      (f) => ({
        ...f,
        decisions: f.decisions.map((d, i) =>
          i === 0 ? { ...d, feedback: { ...d.feedback, grade: 'correct', points: 99 } } : d,
        ),
      }),
      /MISMATCH: the file states correct \(99 points\) for case/,
    ],
    // The log of another scenario pasted into this one's file.
    [
      'a log from another scenario',
      (f) => ({ ...f, log: filingBest.log }),
      /MISMATCH: the log does not replay in practice mode, as event 1 \(opening a case\) is refused \(and 26 more\)\. There is no case/,
    ],
  ])('%s is caught', async (name, forge, verdict) => {
    const { code, out } = await run('verify', write(`${name}.json`, forge(first)))
    expect(code).toBe(1)
    expect(out[0]).toMatch(verdict)
    expect(out[1]).toBe('1 file: 0 verified, 1 mismatch, 0 unverifiable, 0 invalid')
  })

  it('a practice run with a hint, relabelled as an assessment, is caught by the hint', async () => {
    const forged = { ...hinted, mode: 'assessment', score: hinted.maxScore, percent: 100 }
    const { code, out } = await run('verify', write('relabelled.json', forged))
    expect(code).toBe(1)
    expect(out[0]).toContain('· assessment · stated 120 / 120 · replayed')
    expect(out[0]).toContain(
      'MISMATCH: the log does not replay in assessment mode, as event 1 (showing a hint) is refused. Hints are not available in assessment mode.',
    )
  })

  it('a CLI `best` log pasted into a results file as an assessment with a hint is caught', async () => {
    const best = await played(desk, 'best')
    const log = [{ type: 'hint.reveal', taskId: desk.tasks[0]!.id }, ...best.log]
    const { out } = await run('verify', write('pasted.json', { ...best, mode: 'assessment', log }))
    expect(out[0]).toMatch(/MISMATCH: .*\(showing a hint\)/)
  })

  it.each<[string, (f: ResultsFile) => unknown, string]>([
    [
      'another version of the scenario',
      (f) => ({ ...f, scenario: { ...f.scenario, digest: '0123456789abcdef' } }),
      'UNVERIFIABLE: the file was made on another version of "registration-desk" (version 0123456789abcdef; this copy is',
    ],
    [
      'a scenario that is not here',
      (f) => ({ ...f, scenario: { ...f.scenario, id: 'my-own-desk' } }),
      'UNVERIFIABLE: there is no bundled scenario "my-own-desk"; give its file with --scenario',
    ],
    [
      'an older file without a log',
      (f) => ({ ...f, format: 'tamis-results/1', log: undefined }),
      'UNVERIFIABLE: no event log',
    ],
  ])('%s is unverifiable', async (name, change, verdict) => {
    const { code, out } = await run('verify', write(`${name}.json`, change(first)))
    expect(code).toBe(1)
    expect(out[0]).toContain(verdict)
  })

  it('--scenario checks against a scenario file instead of the bundled one', async () => {
    const { code, out } = await run(
      'verify',
      write('own.json', first),
      '--scenario',
      'scenarios/registration-desk.yaml',
    )
    expect(code).toBe(0)
    expect(out[0]).toMatch(/VERIFIED$/)
    const other = await run('verify', write('own.json', first), '--scenario', 'filing-first-returns')
    expect(other.out[0]).toContain(
      'UNVERIFIABLE: the file is for scenario "registration-desk", not "filing-first-returns"',
    )
  })

  it('malformed, hostile and oversized files get one clear line each, never a stack trace', async () => {
    const class_ = join(dir, 'class')
    mkdirSync(class_)
    const put = (name: string, content: string | Buffer) => writeFileSync(join(class_, name), content)
    put('a-genuine.json', JSON.stringify(hinted))
    put('b-not-json.json', '{"format": "tamis-results/2", "score": ')
    put('c-binary.json', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)))
    put('d-deep.json', '['.repeat(200_000) + ']'.repeat(200_000))
    put('e-empty.json', '')
    put(
      'f-session.json',
      readFileSync(
        write('s.json', {
          format: 'tamis-session/1',
          scenarioId: 'x',
          scenarioDigest: 'y',
          seed: 1,
          mode: 'practice',
          log: [],
        }),
      ),
    )
    put(
      'g-bad-log.json',
      JSON.stringify({
        ...first,
        log: [{ type: 'case.command', caseId: 'x', command: { type: 'y', f: [[['deep']]] } }],
      }),
    )
    put('h-hostile-name.json', JSON.stringify({ ...hinted, trainee: 'Eve\u001b]0;owned\u0007' }))
    put('i-huge.json', Buffer.alloc(33 * 1024 * 1024, 32))
    put('notes.txt', 'not a results file, and not a .json: skipped')
    const { code, out, err } = await run('verify', class_)
    expect(code).toBe(1)
    expect(err).toEqual([])
    const lines = out.map((line) => line.replace(/^.*\/class\//, ''))
    expect(lines).toEqual([
      `a-genuine.json · Amina Bello · registration-desk · practice · stated ${hinted.score} / 120 · replayed ${hinted.score} / 120 · VERIFIED`,
      'b-not-json.json · INVALID: this is not a results file (it is not JSON)',
      'c-binary.json · INVALID: this is not a text file (it contains binary data)',
      'd-deep.json · INVALID: this is not a results file (it has no "format")',
      'e-empty.json · INVALID: this is not a results file (it is not JSON)',
      'f-session.json · INVALID: this is a saved session (a decision log), not a results file; replay it with `play`',
      expect.stringMatching(
        /^g-bad-log\.json · \(no name\) · registration-desk · practice · stated \d+ \/ 120 · INVALID: the file is damaged or edited; step 1 of its log is incomplete or unreadable \(at log\.0\.command/,
      ),
      `h-hostile-name.json · Eve\\u001b]0;owned\\u0007 · registration-desk · practice · stated ${hinted.score} / 120 · replayed ${hinted.score} / 120 · VERIFIED`,
      'i-huge.json · INVALID: this file is too large to be a results file (over 32 MB)',
      '9 files: 2 verified, 0 mismatch, 0 unverifiable, 7 invalid',
    ])
  })

  it('is a usage error without files', async () => {
    expect((await run('verify')).code).toBe(2)
    expect((await run('verify', join(dir, 'nowhere'))).err[0]).toContain('No such file or folder')
  })
})

describe('play', () => {
  it('refuses a log of another scenario, and a log of another version, saying which', async () => {
    const log = write('filing-log.json', {
      format: 'tamis-session/1',
      scenarioId: filing.id,
      scenarioDigest: filingBest.scenario.digest,
      seed: filingBest.seed,
      mode: 'practice',
      log: filingBest.log,
    })
    const other = await run('play', 'registration-desk', '--decisions', log)
    expect(other.code).toBe(1)
    expect(other.err[0]).toMatch(
      /is a log of scenario "filing-first-returns", not "registration-desk"; replay it with: npm run tamis -- play filing-first-returns/,
    )
    const session = (await Session.start(desk)).save()
    const changed = write('changed.json', { ...session, scenarioDigest: '0123456789abcdef' })
    const version = await run('play', 'registration-desk', '--decisions', changed)
    expect(version.code).toBe(1)
    expect(version.err[0]).toContain(
      'was recorded on another version of "registration-desk" (version 0123456789abcdef; this copy is',
    )
  })

  it('replays an assessment log as an assessment: its hint is refused and reported', async () => {
    const best = await played(desk, 'best')
    const log = [{ type: 'hint.reveal', taskId: desk.tasks[0]!.id }, ...best.log]
    const saved = {
      format: 'tamis-session/1',
      scenarioId: desk.id,
      scenarioDigest: best.scenario.digest,
      seed: best.seed,
      mode: 'assessment',
      log,
    }
    const result = await run(
      'play',
      'registration-desk',
      '--decisions',
      write('assessment.json', saved),
      '--json',
    )
    expect(result.code).toBe(1)
    expect(result.err).toEqual([
      expect.stringMatching(
        /event 1 \(showing a hint\) refused: Hints are not available in assessment mode\.$/,
      ),
    ])
    const file = JSON.parse(result.out.join('\n')) as ResultsFile
    expect(file).toMatchObject({ mode: 'assessment', hintsUsed: 0, score: 120 })
    expect(file.log).toHaveLength(best.log.length)
  })

  it('summarises 100,000 refused events instead of printing each one', async () => {
    const log = Array.from({ length: 100_000 }, () => ({ type: 'clock.advance', days: 0 }))
    const result = await run('play', 'registration-desk', '--decisions', write('spam.json', log))
    expect(result.code).toBe(1)
    expect(result.err).toHaveLength(21)
    expect(result.err[0]).toMatch(/event 1 \(moving the calendar on\) refused: /)
    expect(result.err[20]).toBe('… and 99,980 more refusals of the same kind')
  })

  it('names refused events by what they are, never by their code, in the language of --lang', async () => {
    const log = [
      ...Array.from({ length: 20 }, () => ({ type: 'clock.advance', days: 0 })),
      ...Array.from({ length: 3 }, () => ({ type: 'case.open', caseId: 'NO-SUCH-CASE' })),
    ]
    const file = write('mixed.json', log)
    const english = await run('play', 'registration-desk', '--decisions', file)
    expect(english.err[0]).toMatch(/: event 1 \(moving the calendar on\) refused: /)
    expect(english.err[20]).toBe('… and 3 more refusals: 3 × opening a case')
    const french = await run('play', 'registration-desk', '--decisions', file, '--lang', 'fr')
    expect(french.err[0]).toMatch(/: event 1 \(avance du calendrier\) refused: /)
    expect(french.err[20]).toBe('… and 3 more refusals: 3 × ouverture d’un dossier')
    expect([...english.err, ...french.err].join('\n')).not.toMatch(/clock\.advance|case\.open/)
  })
})

describe('resultsFile', () => {
  it('refuses a report and a log from different sessions', async () => {
    const session = await Session.start(desk)
    const report = session.report()
    expect(() => resultsFile(report, { ...session.save(), mode: 'assessment' })).toThrow(/different sessions/)
    expect(() => resultsFile(report, { ...session.save(), seed: 1 })).toThrow(/different sessions/)
  })

  it('keeps a name to 200 characters, so a genuine file always reads back', async () => {
    const session = await Session.start(desk)
    const file = resultsFile(session.report(), session.save(), { trainee: `  ${'x'.repeat(500)} ` })
    expect(file.trainee).toHaveLength(200)
    expect(Object.keys(file)[0]).toBe('format')
    expect((await run('verify', write('long-name.json', file))).code).toBe(0)
  })
})
