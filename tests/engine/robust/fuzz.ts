/**
 * The fuzzer's cases and its one run: mutate a scaled-down bundled scenario (or the profile it
 * uses), validate it, and when the validator accepts it play it through the whole pipeline:
 * world, `first` policy, save as JSON, replay, same score. The two fuzz files run this with
 * their own seeds, so Vitest spreads them over the cores.
 *
 * Most changes are ones a trainer could make to a valid file (the JSON Schema's ranges for a
 * number, another value of an enum, a date moved by some days, one more kind of case with one
 * more case to hold it), so most files stay valid and get played; a share are hostile (any
 * number, dates at the calendar's edges, a removed key, a value of the wrong type).
 */
import fc from 'fast-check'
import { parseDocument } from 'yaml'
import { expect } from 'vitest'
import {
  addDays,
  generateWorld,
  issueAt,
  parseSavedLog,
  playPolicy,
  Session,
  WorldShortfall,
  type Issue,
  type Scenario,
  type SourceFile,
} from '../../../src/engine'
import { PROCESS_FORMATS } from '../../../src/engine/processes/formats'
import {
  isProfile,
  jurisdictionJsonSchema,
  loadJurisdiction,
  loadScenario,
  scenarioJsonSchema,
  type Jurisdiction,
} from '../../../src/engine/scenario'
import { keyPaths } from './key-paths'
import { bundledFiles, shrunk } from './mutate'

type Key = string | number

/** A JSON Schema node, as far as the fuzzer reads it. */
interface Node {
  type?: string
  properties?: Record<string, Node>
  additionalProperties?: Node | boolean
  items?: Node
  anyOf?: Node[]
  oneOf?: Node[]
  enum?: unknown[]
  const?: unknown
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
}

/** The schema's alternatives at a node, unions flattened. */
const alternatives = (node: Node): Node[] =>
  node.anyOf || node.oneOf ? [...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap(alternatives) : [node]

/** The schema nodes that may describe the value at `path` (several where a union allows). */
export function schemaAt(root: Node, path: readonly Key[]): Node[] {
  let nodes = alternatives(root)
  for (const key of path) {
    nodes = nodes.flatMap((n) => {
      if (typeof key === 'number') return n.items ? alternatives(n.items) : []
      const child =
        n.properties?.[key] ??
        (typeof n.additionalProperties === 'object' ? n.additionalProperties : undefined)
      return child ? alternatives(child) : []
    })
  }
  return nodes
}

const SCHEMAS = {
  scenario: scenarioJsonSchema() as Node,
  profile: jurisdictionJsonSchema() as Node,
}

// ---------------------------------------------------------------------------------------------
// The files

const profiles = bundledFiles.filter(isProfile)
/** Every bundled scenario, scaled down so that thousands of full runs fit in a few minutes. */
export const smallScenarios: SourceFile[] = []
/** Bundled scenarios that could not be scaled down (none, a test checks). */
export const unshrinkable: string[] = []
for (const file of bundledFiles.filter((f) => !isProfile(f))) {
  const small = await shrunk(file)
  if (small) smallScenarios.push(small)
  else unshrinkable.push(file.path)
}

const bundledProfiles = new Map<string, Jurisdiction>(
  profiles.flatMap((f) => {
    const loaded = loadJurisdiction(f)
    return loaded.ok ? [[loaded.value.id, loaded.value] as const] : []
  }),
)
const profileOf = (file: SourceFile) => /^jurisdiction:\s*(\S+)/m.exec(file.text)?.[1]

// ---------------------------------------------------------------------------------------------
// The mutations

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

/** Changes a trainer might make to a valid file, and hostile ones. */
const PLAUSIBLE = ['number', 'number', 'number', 'enum', 'date', 'kind'] as const
const HOSTILE = ['anyNumber', 'edgeDate', 'remove', 'swap'] as const
type Kind = (typeof PLAUSIBLE)[number] | (typeof HOSTILE)[number]

const mutation = fc.record({
  kind: fc.oneof(
    { arbitrary: fc.constantFrom<Kind>(...PLAUSIBLE), weight: 9 },
    { arbitrary: fc.constantFrom<Kind>(...HOSTILE), weight: 1 },
  ),
  pick: fc.nat(),
  /** Where a number goes: a small step from its value (0–5) or a point of its range (6–9). */
  how: fc.integer({ min: 0, max: 9 }),
  step: fc.integer({ min: -3, max: 3 }),
  within: fc.double({ min: 0, max: 1, noNaN: true }),
  days: fc.integer({ min: -45, max: 45 }),
  anyNumber: fc.oneof(
    fc.constantFrom(...NUMBERS),
    fc.integer({ min: -5, max: 500 }),
    fc.double({ min: -1, max: 1e6, noNaN: true }),
  ),
  edgeDate: fc.oneof(
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
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

export const fuzzCase = fc.record({
  /** One case in five changes a profile, checked with a (scaled-down) scenario that uses it. */
  profile: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  file: fc.nat(),
  scenario: fc.nat(),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
})
export type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)

/** A number in the schema's range near `value`: a small step, or a point between the bounds. */
function nearby(value: number, nodes: Node[], m: Mutation): number {
  const node = nodes.find((n) => n.type === 'integer' || n.type === 'number') ?? {}
  const integer = node.type === 'integer' || (node.type === undefined && Number.isInteger(value))
  const low = node.minimum ?? (node.exclusiveMinimum ?? -Infinity) + (integer ? 1 : 1e-6)
  const high = node.maximum ?? (node.exclusiveMaximum ?? Infinity) - (integer ? 1 : 1e-6)
  // Within the range, but not further than a trainer's typo would go (counts stay playable).
  const top = Math.min(high, Math.max(value * 1.5, value + 5))
  const bottom = Math.max(low, Math.min(value / 2, value - 5))
  const raw =
    m.how < 6
      ? value + (integer ? m.step : (m.step * Math.abs(value || 1)) / 10)
      : bottom + m.within * (top - bottom)
  const clamped = Math.min(high, Math.max(low, raw))
  return integer ? Math.round(clamped) : Number(clamped.toFixed(4))
}

/** The values an enum (or a union of constants) allows at a place, or booleans. */
function choices(nodes: Node[]): unknown[] {
  const values = nodes.flatMap((n) => [...(n.enum ?? []), ...('const' in n ? [n.const] : [])])
  return values.length ? values : nodes.some((n) => n.type === 'boolean') ? [true, false] : []
}

/** A kind of case the world does not name yet, added with one more case to hold it; or one removed. */
function changeKinds(doc: ReturnType<typeof parseDocument>, root: Node, data: unknown, m: Mutation): boolean {
  const isMap = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  const world = isMap(data) && isMap(data.world) ? data.world : {}
  // Only where an earlier (hostile) change left the section a map with a count to raise.
  const present = PROCESS_FORMATS.filter((f) => {
    const config = world[f.id]
    return isMap(config) && typeof config[f.countField] === 'number'
  })
  if (present.length === 0) return false
  const { id, countField } = present[m.pick % present.length]!
  const config = world[id] as Record<string, unknown>
  const group = m.step % 2 === 0 ? 'anomalies' : 'lookalikes'
  const named = config[group] ?? {}
  if (!isMap(named)) return false
  const kinds = Object.keys(schemaAt(root, ['world', id, group])[0]?.properties ?? {})
  if (kinds.length === 0) return false
  const kind = kinds[m.how % kinds.length]!
  const count = typeof named[kind] === 'number' ? named[kind] : 0
  if (count > 0 && m.within < 0.5) doc.deleteIn(['world', id, group, kind])
  else {
    doc.setIn(['world', id, group, kind], count + 1)
    doc.setIn(['world', id, countField], (config[countField] as number) + 1)
  }
  return true
}

/** Each base file parsed once: its document (cloned per case) and its data. */
const parsed = new Map<
  string,
  { doc: ReturnType<typeof parseDocument>; data: unknown; paths: ReturnType<typeof keyPaths> }
>()
function parsedOf(file: SourceFile) {
  let found = parsed.get(file.text)
  if (!found) {
    const doc = parseDocument(file.text)
    const data = doc.toJS() as unknown
    parsed.set(file.text, (found = { doc, data, paths: keyPaths(data) }))
  }
  return found
}

/** Applies the mutations to a file of the given schema. */
export function mutate(file: SourceFile, root: Node, mutations: readonly Mutation[]): SourceFile {
  const base = parsedOf(file)
  const doc = base.doc.clone()
  for (const [i, m] of mutations.entries()) {
    const data = i === 0 ? base.data : (doc.toJS() as unknown)
    if (m.kind === 'kind' && changeKinds(doc, root, data, m)) continue
    // A profile has no kinds of case: a number of it changes instead.
    const kind = m.kind === 'kind' ? 'number' : m.kind
    const paths = i === 0 ? base.paths : keyPaths(data)
    if (paths.length === 0) break
    const fitting = paths.filter(({ path, leaf }) => {
      if (kind === 'number' || kind === 'anyNumber') return typeof leaf === 'number'
      if (kind === 'date' || kind === 'edgeDate') return isDate(leaf)
      if (kind === 'enum') return choices(schemaAt(root, path)).length > 1
      return true
    })
    const { path, leaf } = fitting.length ? fitting[m.pick % fitting.length]! : paths[m.pick % paths.length]!
    const value = (): unknown => {
      switch (kind) {
        case 'number':
          return typeof leaf === 'number' ? nearby(leaf, schemaAt(root, path), m) : m.anyNumber
        case 'date':
          return isDate(leaf) && !Number.isNaN(Date.parse(leaf)) ? addDays(leaf, m.days || 1) : m.edgeDate
        case 'enum': {
          const others = choices(schemaAt(root, path)).filter((v) => v !== leaf)
          return others.length ? others[m.pick % others.length] : m.swap
        }
        case 'anyNumber':
          return m.anyNumber
        case 'edgeDate':
          return m.edgeDate
        case 'swap':
          return m.swap
        case 'remove':
          return undefined
      }
    }
    const next = value()
    if (next === undefined) doc.deleteIn(path)
    else doc.setIn(path, next)
  }
  return { path: file.path, text: doc.toString() }
}

/** The files of one case: the scenario to run and, when a profile was changed, that profile. */
function filesOf(c: FuzzCase): { scenario: SourceFile; profile?: SourceFile } {
  if (c.profile) {
    const profile = profiles[c.file % profiles.length]!
    const users = smallScenarios.filter((s) => profileOf(s) === profile.path.replace(/^.*\/|\.yaml$/g, ''))
    const pool = users.length ? users : smallScenarios
    return {
      scenario: pool[c.scenario % pool.length]!,
      profile: mutate(profile, SCHEMAS.profile, c.mutations),
    }
  }
  const scenario = smallScenarios[c.file % smallScenarios.length]!
  return { scenario: mutate(scenario, SCHEMAS.scenario, c.mutations) }
}

// ---------------------------------------------------------------------------------------------
// The run

/** An issue that points somewhere a trainer can go: a file of the case, a line, a sentence. */
function expectLocated(issue: Issue, files: readonly SourceFile[]): void {
  const file = files.find((f) => f.path === issue.path)
  expect(file, `issue in an unknown file: ${issue.path}`).toBeDefined()
  expect(issue.line).toBeGreaterThanOrEqual(1)
  expect(issue.line).toBeLessThanOrEqual((file?.text.split('\n').length ?? 0) + 1)
  expect(issue.col).toBeGreaterThanOrEqual(1)
  expect(issue.message.trim().length).toBeGreaterThan(10)
}

/** Validates a case: the scenario when it is valid, otherwise its located issues are checked. */
function validate(c: FuzzCase): { scenario?: Scenario; file: SourceFile } {
  const { scenario: file, profile } = filesOf(c)
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

/**
 * Worlds above this are accepted by the validator but only reached by hostile numbers (a
 * register of 10,000): they are counted, not played, to keep the time box.
 */
function small(s: Scenario): boolean {
  const { individuals, businesses } = s.world.population
  const processes = PROCESS_FORMATS.map((f) => (s.world as Record<string, unknown>)[f.id]).filter(
    (v): v is Record<string, number> => typeof v === 'object' && v !== null,
  )
  return individuals + businesses <= 1000 && processes.every((p) => (p.cases ?? p.applications ?? 0) <= 40)
}

export interface FuzzCounts {
  cases: number
  /** Accepted by the validator. */
  validated: number
  /** Refused, every issue located in a file of the case. */
  refused: number
  /** Accepted, but the generated register fell short: located at a key like an issue. */
  shortfall: number
  /** Accepted but too big to play in the time box (see `small`). */
  tooBig: number
  /** Played by the first policy, saved and replayed. */
  fullRuns: number
  /** Replays that gave the same score (all of them, or the run failed). */
  replayEqual: number
}

/** One case through the pipeline; `counts` says how far it went. Throws only on a broken invariant. */
export async function runCase(c: FuzzCase, counts: FuzzCounts): Promise<void> {
  counts.cases++
  const { scenario, file } = validate(c)
  if (!scenario) return void counts.refused++
  counts.validated++
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
  counts.fullRuns++
  const saved = parseSavedLog(JSON.stringify(session.save()))
  expect(saved.ok).toBe(true)
  if (!saved.ok) return
  const replayed = new Session(scenario, session.world, saved.mode ?? 'practice')
  expect(replayed.replay(saved.log)).toEqual([])
  expect(replayed.report().score).toBe(session.report().score)
  expect(replayed.report().percent).toBe(session.report().percent)
  counts.replayEqual++
}

/**
 * Runs `numRuns` seeded cases and returns how far they went. The time limit (30 minutes, far
 * above what the cases take even on a busy machine) only guards against a hang: an interrupted
 * run has fewer cases, which `expectFuzzed` refuses.
 */
export async function fuzz(seed: number, numRuns: number, timeLimitMs = 1_800_000): Promise<FuzzCounts> {
  const counts: FuzzCounts = {
    cases: 0,
    validated: 0,
    refused: 0,
    shortfall: 0,
    tooBig: 0,
    fullRuns: 0,
    replayEqual: 0,
  }
  await fc.assert(
    fc.asyncProperty(fuzzCase, (c) => runCase(c, counts)),
    { seed, numRuns, interruptAfterTimeLimit: timeLimitMs },
  )
  return counts
}

/**
 * The fuzzer really ran: (nearly) all its cases, and most of them all the way to the replay, or
 * the invariant is only half tested.
 */
export function expectFuzzed(counts: FuzzCounts, numRuns: number): void {
  console.info(`fuzz: ${JSON.stringify(counts)}`)
  expect(counts.cases).toBeGreaterThanOrEqual(numRuns * 0.98)
  expect(counts.validated + counts.refused).toBe(counts.cases)
  expect(counts.replayEqual).toBe(counts.fullRuns)
  expect(counts.replayEqual).toBeGreaterThanOrEqual(counts.cases * 0.55)
  // Hostile numbers make a few worlds too big to play in the time box: a few, not many.
  expect(counts.tooBig).toBeLessThan(counts.cases * 0.01)
}
