/**
 * The one validator behind every door: the CLI, the in-browser authoring view and the test
 * that loads every bundled file. Structure first (zod), then meaning; every problem is
 * reported with file:line:col, and nothing here throws on bad input.
 */
import { sortIssues, type Issue, type LoadResult, type SourceFile } from './issues'
import { JurisdictionSchema, ScenarioSchema, type Jurisdiction, type Scenario } from './schema'
import { checkJurisdiction, checkTasks, checkWorld, resolveJurisdiction } from './semantic'
import { checkStructure, type Finding } from './structure'
import { parseYaml, type DataPath, type ParsedYaml } from './yaml-source'

export { formatIssue, type Issue, type LoadResult, type SourceFile } from './issues'
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
      severity: 'error',
    })
  }
  const structure = checkStructure(JurisdictionSchema, data)
  if (!structure.ok) findings.push(...structure.findings)
  else findings.push(...checkJurisdiction(structure.value))
  return finish(structure.ok ? structure.value : undefined, located(file, parsed.parsed, findings))
}

/**
 * Loads one scenario. Its id is the file name; a `jurisdiction` given by id is looked up in
 * `jurisdictions`, one written inline is checked in place.
 */
export function loadScenario(
  file: SourceFile,
  jurisdictions: ReadonlyMap<string, Jurisdiction>,
): LoadResult<Scenario> {
  return loadScenarioWith(file, jurisdictions, new Map())
}

function loadScenarioWith(
  file: SourceFile,
  jurisdictions: ReadonlyMap<string, Jurisdiction>,
  unloadable: ReadonlyMap<string, string>,
): LoadResult<Scenario> {
  const id = baseName(file.path)
  const nameIssues: Issue[] = SLUG.test(id)
    ? []
    : [
        {
          path: file.path,
          line: 1,
          col: 1,
          message: `the file name "${id}" cannot be a scenario id: use lower-case letters, digits and hyphens, e.g. "${slugify(id)}.yaml"`,
          severity: 'error',
        },
      ]
  const parsed = parseYaml(file, 'scenario')
  if (!parsed.ok) return fail([...nameIssues, ...parsed.issues])

  const structure = checkStructure(ScenarioSchema, parsed.parsed.data)
  if (!structure.ok) return fail([...nameIssues, ...located(file, parsed.parsed, structure.findings)])

  const scenario = structure.value
  const { jurisdiction, findings } = resolveJurisdiction(scenario, jurisdictions, unloadable)
  findings.push(...checkWorld(scenario.world, jurisdiction), ...checkTasks(scenario))
  const issues = [...nameIssues, ...located(file, parsed.parsed, findings)]
  return finish(jurisdiction ? { id, ...scenario, jurisdiction } : undefined, issues)
}

/**
 * Loads a set of files: those in a `jurisdictions/` folder are profiles and load first, every
 * other .yaml/.yml file is a scenario. Invalid files are left out and their issues returned.
 */
export function loadLibrary(files: readonly SourceFile[]): {
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
      severity: 'error',
    })
    return true
  }

  for (const file of yamlFiles.filter(isProfile)) {
    const result = loadJurisdiction(file)
    if (!result.ok) {
      issues.push(...result.issues)
      unloadable.set(baseName(file.path), file.path)
    } else {
      issues.push(...result.warnings)
      if (!duplicate(file, result.value.id, 'jurisdiction profile')) byId.set(result.value.id, result.value)
    }
  }
  const scenarios: Scenario[] = []
  for (const file of yamlFiles.filter((f) => !isProfile(f))) {
    const result = loadScenarioWith(file, byId, unloadable)
    if (!result.ok) issues.push(...result.issues)
    else {
      issues.push(...result.warnings)
      if (!duplicate(file, result.value.id, 'scenario')) scenarios.push(result.value)
    }
  }
  return { scenarios, jurisdictions: [...byId.values()], issues: sortIssues(issues) }
}

/**
 * A problem found after the file loaded (the generated register fell short, see
 * world/shortfall.ts), located in the file like any validation issue.
 */
export function issueAt(file: SourceFile, path: DataPath, message: string): Issue {
  const parsed = parseYaml(file, 'scenario')
  const position = parsed.ok ? parsed.parsed.locate(path, 'key') : { line: 1, col: 1 }
  return { path: file.path, ...position, message, severity: 'error' }
}

/** True for files inside a folder named `jurisdictions`. */
export function isProfile(file: SourceFile): boolean {
  return file.path.split(/[\\/]/).slice(0, -1).includes('jurisdictions')
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
