/**
 * A property-based fuzzer over the bundled scenarios and jurisdiction profiles. Each case
 * changes one to three keys of one file (a number, a date, a removal or a value of the wrong
 * type) and loads it through the one validator. Its invariant: either the validator returns
 * issues located in the file, or the engine runs the scenario: the world is generated, the
 * `first` policy plays it, the session is saved as JSON and replayed, and the replay earns the
 * same score. The generator may still find its register too small (the validator plans with
 * typical shares): that is a WorldShortfall, located at a key of the file like an issue.
 * Nothing ever throws.
 *
 * Budget (2 CPU cores): 9,600 validate-only cases (about 4 ms of CPU each) and 400 cases for
 * the full run (about 40 % of them valid and run: world, policy, save, replay, 30–900 ms each
 * on worlds kept below 3,000 taxpayers and 60 cases per process; the rest are refused by the
 * validator and checked for located issues): 10,000 cases in about one minute of CPU, two to
 * three on a busy machine. Both runs are seeded, so a
 * failure reproduces; fast-check prints the seed and the shrunk mutation.
 */
import fc from 'fast-check'
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import {
  generateWorld,
  issueAt,
  parseSavedLog,
  playPolicy,
  Session,
  WorldShortfall,
  type Issue,
  type Scenario,
  type SourceFile,
} from '../../src/engine'
import { isProfile, loadJurisdiction, loadScenario, type Jurisdiction } from '../../src/engine/scenario'
import { bundledFiles } from './robust/mutate'

const VALIDATE_RUNS = 9_600
const FULL_RUNS = 400

const profiles = bundledFiles.filter(isProfile)
const scenarios = bundledFiles.filter((f) => !isProfile(f))
/** The capstone alone takes seconds per run; it is fuzzed through the validator only. */
const runnable = scenarios.filter((f) => !f.path.includes('capstone'))

const bundledProfiles = new Map<string, Jurisdiction>(
  profiles.flatMap((f) => {
    const loaded = loadJurisdiction(f)
    return loaded.ok ? [[loaded.value.id, loaded.value] as const] : []
  }),
)

const profileOf = (file: SourceFile) => /^jurisdiction:\s*(\S+)/m.exec(file.text)?.[1]

type Path = (string | number)[]

/** Every key path of a parsed document: leaves and containers, for changes and removals. */
function keyPaths(value: unknown, at: Path = []): { path: Path; leaf: unknown }[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => [{ path: [...at, i], leaf: v }, ...keyPaths(v, [...at, i])])
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [
      { path: [...at, k], leaf: v },
      ...keyPaths(v, [...at, k]),
    ])
  return []
}
const pathsByFile = new Map(bundledFiles.map((f) => [f.path, keyPaths(parseDocument(f.text).toJS())]))

const NUMBERS = [
  0,
  1,
  2,
  3,
  5,
  7,
  10,
  50,
  100,
  110,
  150,
  365,
  1000,
  3650,
  3651,
  10000,
  200000,
  2 ** 31,
  1e12 + 1,
]
const DATES = [
  '0000-01-01',
  '1899-12-31',
  '1900-01-01',
  '1970-01-01',
  '2024-02-29',
  '2025-02-29',
  '2999-12-31',
  '9999-12-31',
]
const SWAPS: unknown[] = ['x', '', true, null, [], {}, -1, 0.5, Number.NaN, 'not-a-date']

type Kind = 'number' | 'date' | 'remove' | 'swap'

const anyNumber = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.integer({ min: -5, max: 500 }),
  fc.double({ min: -1, max: 1e6, noNaN: true }),
)
/** Mostly numbers a trainer might write, with the edges (0, 1, the maxima) now and then. */
const likelyNumber = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 400 }), weight: 4 },
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 1 },
)

const mutationOf = (kinds: readonly Kind[], values: fc.Arbitrary<number>) =>
  fc.record({
    pick: fc.nat(),
    kind: fc.constantFrom(...kinds),
    value: values,
    date: fc.oneof(
      fc.constantFrom(...DATES),
      fc
        .date({
          min: new Date('1800-01-01T00:00:00Z'),
          max: new Date('3100-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
    ),
    swap: fc.constantFrom(...SWAPS),
  })
type Mutation = ReturnType<typeof mutationOf> extends fc.Arbitrary<infer T> ? T : never

const caseOf = (kinds: readonly Kind[], values: fc.Arbitrary<number>, most: number) =>
  fc.record({
    /** One case in five changes a profile, checked with a scenario that uses it. */
    profile: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    file: fc.nat(),
    scenario: fc.nat(),
    mutations: fc.array(mutationOf(kinds, values), { minLength: 1, maxLength: most }),
  })
/** Any change: most files it makes are invalid, which is what the validator is for. */
const anyCase = caseOf(['number', 'number', 'number', 'date', 'remove', 'swap'], anyNumber, 3)
/** Numbers and dates, fewer at a time: enough files stay valid for the runs to mean something. */
const runCase = caseOf(['number', 'number', 'number', 'date'], likelyNumber, 2)
type FileCase = typeof anyCase extends fc.Arbitrary<infer T> ? T : never

/** Applies the mutations to the file: only numeric leaves get numbers, only text leaves dates. */
function mutate(file: SourceFile, mutations: readonly Mutation[]): SourceFile {
  const doc = parseDocument(file.text)
  let paths = pathsByFile.get(file.path) ?? []
  for (const [k, m] of mutations.entries()) {
    // A change may have replaced a whole section: later changes pick from what is left.
    if (k > 0) paths = keyPaths(doc.toJS())
    if (paths.length === 0) break
    const fitting =
      m.kind === 'number'
        ? paths.filter((p) => typeof p.leaf === 'number')
        : m.kind === 'date'
          ? paths.filter((p) => typeof p.leaf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.leaf))
          : paths
    const chosen = fitting.length ? fitting[m.pick % fitting.length]! : paths[m.pick % paths.length]!
    if (m.kind === 'remove') doc.deleteIn(chosen.path)
    else doc.setIn(chosen.path, m.kind === 'number' ? m.value : m.kind === 'date' ? m.date : m.swap)
  }
  return { path: file.path, text: doc.toString() }
}

/** The files of one case: the scenario to run and, when a profile was changed, that profile. */
function filesOf(c: FileCase, pool: readonly SourceFile[]): { scenario: SourceFile; profile?: SourceFile } {
  if (c.profile) {
    const profile = profiles[c.file % profiles.length]!
    const users = pool.filter((s) => profileOf(s) === profile.path.replace(/^.*\/|\.yaml$/g, ''))
    const scenario = (users.length ? users : pool)[c.scenario % (users.length || pool.length)]!
    return { scenario, profile: mutate(profile, c.mutations) }
  }
  return { scenario: mutate(pool[c.file % pool.length]!, c.mutations) }
}

/** An issue that points somewhere a trainer can go: a file of the case, a line, a sentence. */
function expectLocated(issue: Issue, files: readonly SourceFile[]): void {
  const file = files.find((f) => f.path === issue.path)
  expect(file, `issue in an unknown file: ${issue.path}`).toBeDefined()
  expect(issue.line).toBeGreaterThanOrEqual(1)
  expect(issue.line).toBeLessThanOrEqual((file?.text.split('\n').length ?? 0) + 1)
  expect(issue.col).toBeGreaterThanOrEqual(1)
  expect(issue.message.trim().length).toBeGreaterThan(10)
}

/** Validates a case; the scenario when it is valid, otherwise its located issues are checked. */
function validate(c: FileCase, pool: readonly SourceFile[]): { scenario?: Scenario; file: SourceFile } {
  const { scenario: file, profile } = filesOf(c, pool)
  let known = bundledProfiles
  if (profile) {
    const loaded = loadJurisdiction(profile)
    if (!loaded.ok) {
      for (const issue of loaded.issues) expectLocated(issue, [profile])
      expect(loaded.issues.some((i) => i.severity === 'error')).toBe(true)
      return { file }
    }
    for (const issue of loaded.warnings) expectLocated(issue, [profile])
    known = new Map([...bundledProfiles, [loaded.value.id, loaded.value]])
  }
  const result = loadScenario(file, known)
  if (result.ok) {
    for (const issue of result.warnings) expectLocated(issue, [file])
    return { scenario: result.value, file }
  }
  expect(result.issues.some((i) => i.severity === 'error')).toBe(true)
  for (const issue of result.issues) expectLocated(issue, [file])
  return { file }
}

/** Small enough to run inside the fuzzer's time box. */
function small(s: Scenario): boolean {
  const { individuals, businesses } = s.world.population
  const processes = Object.values(s.world).filter((v) => v && typeof v === 'object' && 'cases' in v) as {
    cases: number
  }[]
  return (
    individuals + businesses <= 3000 &&
    (s.world.registration?.applications ?? 0) <= 60 &&
    processes.every((p) => p.cases <= 60)
  )
}

const counts = { invalid: 0, shortfall: 0, ran: 0, tooBig: 0 }

describe('fuzzed scenario and profile files', () => {
  it(`${VALIDATE_RUNS} mutations: the validator answers with located issues or a scenario, never throws`, () => {
    let valid = 0
    fc.assert(
      fc.property(anyCase, (c) => {
        if (validate(c, scenarios).scenario) valid++
      }),
      { seed: 20_251_206, numRuns: VALIDATE_RUNS },
    )
    // The mutations must leave a fair share of files valid, or the runs below test little.
    expect(valid).toBeGreaterThan(VALIDATE_RUNS / 10)
  }, 600_000)

  it(`${FULL_RUNS} mutations run end to end: world, first policy, save, replay with the same score`, async () => {
    await fc.assert(
      fc.asyncProperty(runCase, async (c) => {
        const { scenario, file } = validate(c, runnable)
        if (!scenario) return void counts.invalid++
        if (!small(scenario)) return void counts.tooBig++
        let session: Session
        try {
          session = new Session(scenario, await generateWorld(scenario))
        } catch (error) {
          if (!(error instanceof WorldShortfall)) throw error
          expectLocated(issueAt(file, error.path, error.message), [file])
          return void counts.shortfall++
        }
        playPolicy(session, 'first')
        const saved = parseSavedLog(JSON.stringify(session.save()))
        expect(saved.ok).toBe(true)
        if (!saved.ok) return
        const replayed = new Session(scenario, session.world, saved.mode ?? 'practice')
        expect(replayed.replay(saved.log)).toEqual([])
        expect(replayed.report().score).toBe(session.report().score)
        expect(replayed.report().percent).toBe(session.report().percent)
        counts.ran++
      }),
      { seed: 20_251_207, numRuns: FULL_RUNS },
    )
    console.info(`fuzz full runs: ${JSON.stringify(counts)}`)
    // Most mutations of the runnable files must really run, or the invariant is only half tested.
    expect(counts.ran).toBeGreaterThan(FULL_RUNS / 4)
  }, 900_000)
})
