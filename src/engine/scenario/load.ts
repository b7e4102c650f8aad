/**
 * The one validator behind every door: the CLI, the in-browser authoring view and the test
 * that loads every bundled file. Structure first (zod), then meaning; every problem is
 * reported with file:line:col, and nothing here throws on bad input.
 */
import { msg, type Msg } from '../primitives/message'
import { sortIssues, type Issue, type LoadResult, type SourceFile } from './issues'
import {
  JurisdictionSchema,
  PROFILE_FORMAT,
  ScenarioSchema,
  type Jurisdiction,
  type Scenario,
} from './schema'
import { checkContent } from './content-checks'
import { checkJurisdiction, checkTasks, checkWorld, resolveJurisdiction } from './semantic'
import { checkStructure, type Finding } from './structure'
import { parseYaml, type DataPath, type ParsedYaml } from './yaml-source'

export { fileProblems, formatIssue, type Issue, type LoadResult, type SourceFile } from './issues'
export { jurisdictionJsonSchema, scenarioJsonSchema } from './json-schema'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Loads one jurisdiction profile. Its `id` must equal the file name. */
export function loadJurisdiction(file: SourceFile): LoadResult<Jurisdiction> {
  const parsed = parseYaml(file, 'jurisdiction profile')
  if (!parsed.ok) return fail(parsed.issues)
  const { data } = parsed.parsed
  const findings: Finding[] = []
  const fileName = baseName(file.path)
  if (typeof data.id === 'string' && data.id !== fileName) {
    findings.push({
      path: ['id'],
      message: `id "${data.id}" must be the same as the file name "${fileName}"; rename the file to ${data.id}.yaml or change the id`,
      text: msg('scenario.load.idNotFileName', { id: data.id, file: fileName }),
      severity: 'error',
    })
  }
  if (data.format === undefined && !file.path.split(/[\\/]/).slice(0, -1).includes('jurisdictions'))
    findings.push({
      path: [],
      message: `this file looks like a jurisdiction profile: add the line "format: ${PROFILE_FORMAT}" at the top so it is recognised in any folder`,
      text: msg('scenario.load.profileWithoutFormat', { format: PROFILE_FORMAT }),
      severity: 'warning',
    })
  const structure = checkStructure(JurisdictionSchema, data)
  if (!structure.ok) findings.push(...structure.findings)
  else findings.push(...checkJurisdiction(structure.value))
  // The format marker says what the file is; it is not part of the profile (nor of digests).
  const profile = structure.ok ? withoutFormat(structure.value) : undefined
  return finish(profile, located(file, parsed.parsed, findings))
}

/**
 * Loads one scenario. Its id is the file name; a `jurisdiction` given by id is looked up in
 * `jurisdictions`, one written inline is checked in place.
 */
export function loadScenario(
  file: SourceFile,
  jurisdictions: ReadonlyMap<string, Jurisdiction>,
  options: LoadOptions = {},
): LoadResult<Scenario> {
  return loadScenarioWith(file, jurisdictions, new Map(), options)
}

export interface LoadOptions {
  /**
   * Also warn about teaching gaps (a declared kind without feedback, a task without hints).
   * The authoring doors (validate, test, the studio) ask for it; loading to play does not.
   */
  teaching?: boolean
}

function loadScenarioWith(
  file: SourceFile,
  known: ReadonlyMap<string, Jurisdiction>,
  unloadableProfiles: ReadonlyMap<string, string>,
  options: LoadOptions,
): LoadResult<Scenario> {
  let jurisdictions = known
  let unloadable = unloadableProfiles
  const id = baseName(file.path)
  const nameIssues: Issue[] = SLUG.test(id)
    ? []
    : [
        {
          path: file.path,
          line: 1,
          col: 1,
          message: `the file name "${id}" cannot be a scenario id: use lower-case letters, digits and hyphens, e.g. "${slugify(id)}.yaml"`,
          text: msg('scenario.load.badFileName', { id, slug: slugify(id) }),
          severity: 'error',
        },
      ]
  const parsed = parseYaml(file, 'scenario')
  if (!parsed.ok) return fail([...nameIssues, ...parsed.issues])

  const structure = checkStructure(ScenarioSchema, parsed.parsed.data)
  if (!structure.ok) return fail([...nameIssues, ...located(file, parsed.parsed, structure.findings)])

  const scenario = structure.value
  const ref = scenario.jurisdiction
  if (typeof ref === 'string' && /\.ya?ml$/i.test(ref)) {
    // A path names a profile file relative to the scenario's own folder.
    const target = joinPath(folderOf(file.path), ref)
    const byPath = new Map(jurisdictions)
    const broken = new Map(unloadable)
    const found = jurisdictions.get(`path:${target}`)
    if (found) byPath.set(ref, found)
    const bad = unloadable.get(`path:${target}`)
    if (bad !== undefined) broken.set(ref, bad)
    if (!found && bad === undefined) {
      const findings = [
        {
          path: ['jurisdiction'],
          message: `no profile file at ${target}: check the path (it is relative to this scenario's folder) and that the file starts with "format: ${PROFILE_FORMAT}"`,
          text: msg('scenario.load.noProfileFile', { target, format: PROFILE_FORMAT }),
          severity: 'error' as const,
        },
      ]
      return fail([...nameIssues, ...located(file, parsed.parsed, findings)])
    }
    jurisdictions = byPath
    unloadable = broken
  }
  const { jurisdiction, findings } = resolveJurisdiction(
    scenario,
    withoutPaths(jurisdictions),
    withoutPaths(unloadable),
  )
  findings.push(
    ...checkWorld(scenario.world, jurisdiction),
    ...checkTasks(scenario),
    ...checkContent(scenario, parsed.parsed.data, options.teaching ?? false),
  )
  const issues = [...nameIssues, ...located(file, parsed.parsed, findings)]
  return finish(jurisdiction ? { id, ...scenario, jurisdiction } : undefined, issues)
}

/**
 * Loads a set of files: those in a `jurisdictions/` folder are profiles and load first, every
 * other .yaml/.yml file is a scenario. Invalid files are left out and their issues returned.
 */
export function loadLibrary(
  files: readonly SourceFile[],
  options: LoadOptions = {},
): {
  scenarios: Scenario[]
  jurisdictions: Jurisdiction[]
  issues: Issue[]
} {
  const yamlFiles = files.filter((f) => /\.ya?ml$/i.test(f.path))
  const issues: Issue[] = []
  const byId = new Map<string, Jurisdiction>()
  const unloadable = new Map<string, string>()
  const seen = new Map<string, string>()
  const duplicate = (file: SourceFile, id: string, what: string): boolean => {
    const other = seen.get(`${what}:${id}`)
    if (other === undefined) {
      seen.set(`${what}:${id}`, file.path)
      return false
    }
    issues.push({
      path: file.path,
      line: 1,
      col: 1,
      message: `${other} already defines the ${what} "${id}"; ids must be unique, so rename one of the files`,
      text: msg('scenario.load.duplicateId', {
        other,
        kind: what === 'scenario' ? 'scenario' : 'profile',
        id,
      }),
      severity: 'error',
    })
    return true
  }

  for (const file of yamlFiles.filter(isProfile)) {
    const result = loadJurisdiction(file)
    const path = `path:${joinPath('', file.path)}`
    if (!result.ok) {
      issues.push(...result.issues)
      unloadable.set(baseName(file.path), file.path)
      unloadable.set(path, file.path)
    } else {
      issues.push(...result.warnings)
      byId.set(path, result.value)
      if (!duplicate(file, result.value.id, 'jurisdiction profile')) byId.set(result.value.id, result.value)
    }
  }
  const scenarios: Scenario[] = []
  for (const file of yamlFiles.filter((f) => !isProfile(f))) {
    const result = loadScenarioWith(file, byId, unloadable, options)
    if (!result.ok) issues.push(...result.issues)
    else {
      issues.push(...result.warnings)
      if (!duplicate(file, result.value.id, 'scenario')) scenarios.push(result.value)
    }
  }
  const profiles = [...byId].filter(([key]) => !key.startsWith('path:')).map(([, j]) => j)
  return { scenarios, jurisdictions: profiles, issues: sortIssues(issues) }
}

/**
 * A problem found after the file loaded (the generated register fell short, see
 * world/shortfall.ts), located in the file like any validation issue.
 */
export function issueAt(file: SourceFile, path: DataPath, message: string, text?: Msg): Issue {
  const parsed = parseYaml(file, 'scenario')
  const position = parsed.ok ? parsed.parsed.locate(path, 'key') : { line: 1, col: 1 }
  return { path: file.path, ...position, message, ...(text ? { text } : {}), severity: 'error' }
}

/**
 * True for a jurisdiction profile: a file whose top level says `format: jurisdiction/1`, any
 * file inside a folder named `jurisdictions`, or one that plainly looks like a profile (a
 * `currency:` and `taxTypes:` but no `tasks:`), so it gets a profile's messages, not 24
 * scenario errors.
 */
export function isProfile(file: SourceFile): boolean {
  if (PROFILE_LINE.test(file.text)) return true
  if (file.path.split(/[\\/]/).slice(0, -1).includes('jurisdictions')) return true
  return looksLikeProfile(file.text)
}

const PROFILE_LINE = /^format:[ \t]*["']?jurisdiction\/1["']?[ \t]*(#.*)?$/m

function looksLikeProfile(text: string): boolean {
  return /^currency:/m.test(text) && /^taxTypes:/m.test(text) && !/^tasks:/m.test(text)
}

function withoutFormat(profile: Jurisdiction): Jurisdiction {
  const copy = { ...profile }
  delete copy.format
  return copy
}

/** Profiles are also filed under "path:<file>" for relative references; ids only here. */
function withoutPaths<T>(map: ReadonlyMap<string, T>): Map<string, T> {
  return new Map([...map].filter(([key]) => !key.startsWith('path:')))
}

/** The folder part of a path, "" for a bare file name. */
function folderOf(path: string): string {
  const parts = path.split(/[\\/]/)
  return parts.slice(0, -1).join('/')
}

/** Joins a relative path onto a folder and resolves "." and "..", with forward slashes. */
export function joinPath(folder: string, relative: string): string {
  const out: string[] = []
  const parts = [...(relative.startsWith('/') ? [] : folder.split(/[\\/]/)), ...relative.split(/[\\/]/)]
  for (const part of parts) {
    if (part === '' || part === '.') continue
    if (part === '..' && out.length && out.at(-1) !== '..') out.pop()
    else out.push(part)
  }
  return out.join('/')
}

/** File name without folders and extension: "scenarios/vat-desk.yaml" → "vat-desk". */
export function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path
  return name.replace(/\.[^.]*$/, '')
}

function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'my-scenario'
}

function located(file: SourceFile, parsed: ParsedYaml, findings: readonly Finding[]): Issue[] {
  return [
    ...parsed.issues,
    ...findings.map((f) => ({
      path: file.path,
      ...parsed.locate(f.path, f.anchor),
      message: f.message,
      text: f.text,
      severity: f.severity,
    })),
  ]
}

function finish<T>(value: T | undefined, issues: readonly Issue[]): LoadResult<T> {
  const sorted = sortIssues(issues)
  if (value === undefined || sorted.some((i) => i.severity === 'error')) return fail(sorted)
  return { ok: true, value, warnings: sorted }
}

function fail(issues: readonly Issue[]): { ok: false; issues: Issue[] } {
  return { ok: false, issues: sortIssues(issues) }
}
