/** The `tamis` commands other than validate: list, world, solve, play, schema. */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import * as prettier from 'prettier'
import {
  eventName,
  POLICIES,
  Session,
  processLabel,
  kindLabel,
  GRADES,
  type ProcessId,
  generateWorld,
  MAX_RESULTS_BYTES,
  parseSavedLog,
  playPolicy,
  readResults,
  resultsFile,
  scenarioDigest,
  type ParsedLog,
  type Policy,
  type Report,
  type SessionEvent,
} from '../engine'
import { hasBinaryData } from '../engine/scenario/yaml-source'
import { CATALOGUE_END, CATALOGUE_START, catalogueTable, withCatalogue } from '../engine/scenario/catalogue'
import { loadBundledLibrary, writeSchemaFiles } from './files'
import { CliError, type Io } from './io'
import { resolveScenario } from './scenario-arg'
import { printable } from './terminal'
import { isLanguage, translatorFor } from '../i18n/for-scenario'
import { LANGUAGES, pickLanguage, type Language } from '../i18n/languages'
import { inEnglish, type Translator } from '../i18n/render'
import type { Scenario, Text } from '../engine/index'

function seedOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) > 2 ** 31 - 1)
    throw new CliError(`--seed must be a whole number from 0 to 2147483647, not "${value}".`)
  return Number(value)
}

/**
 * `--lang`: the language engine text is printed in. Without it, `fallback`: the scenario's own
 * language, as the app shows it to a trainee (a French scenario's feedback is French).
 */
export function langOption(value: string | undefined, fallback: Language): Language {
  if (value === undefined) return fallback
  if (!isLanguage(value))
    throw new CliError(`--lang must be one of: ${LANGUAGES.join(', ')}; not "${printable(value)}".`)
  return value
}

/** The language `--lang` names, if it does (checked). */
export const askedLang = (value: string | undefined): Language | undefined =>
  value === undefined ? undefined : langOption(value, 'en')

/** The scenario's translator for `--lang` (its language by default): its country and currency format the figures. */
function cliTranslator(scenario: Scenario, lang: string | undefined): Promise<Translator> {
  return translatorFor(scenario, langOption(lang, pickLanguage(scenario.language)))
}

export async function listCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } })
  const library = await loadBundledLibrary()
  const rows = library.scenarios.map((s) => ({
    id: s.id,
    title: s.title,
    processes: [...new Set(s.tasks.map((t) => t.process))],
    difficulty: s.difficulty,
    minutes: s.minutes,
    language: s.language,
    locale: s.jurisdiction.locale,
    jurisdiction: s.jurisdiction.id,
    tadat: s.tadat,
  }))
  if (values.json) {
    io.out(JSON.stringify(rows, null, 2))
  } else {
    for (const r of rows) {
      io.out(`${r.id}  ${r.title}`)
      io.out(
        `    ${r.processes.map((p) => inEnglish(processLabel(p))).join(', ')} · difficulty ${r.difficulty} · ${r.minutes} min · ${r.locale} · ${r.tadat.join(' ')}`,
      )
    }
    io.out(`${rows.length} scenario${rows.length === 1 ? '' : 's'}.`)
  }
  if (library.issues.some((i) => i.severity === 'error')) {
    io.err('Some bundled files have problems; run `npm run tamis -- validate scenarios` to see them.')
    return 1
  }
  return 0
}

export async function worldCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { seed: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
  })
  const scenario = await resolveScenario(positionals[0], askedLang(values.lang))
  const seed = seedOption(values.seed)
  const tr = await cliTranslator(scenario, values.lang)
  const world = await generateWorld(scenario, seed === undefined ? {} : { seed })
  if (values.json) {
    io.out(JSON.stringify(world, null, 2))
    return 0
  }
  io.out(`${scenario.title} — seed ${world.seed}, ${world.referenceDate}, locale ${world.locale}`)
  io.out(
    `Register: ${world.taxpayers.length} taxpayers · civil registry: ${Object.keys(world.people).length} people · company registry: ${Object.keys(world.companies).length} companies`,
  )
  const truth = new Map(world.truth.cases.map((t) => [t.caseId, t]))
  // Each kind by its name in the reader's language, as the trainer's dashboard shows it (the code
  // stays in --json), in a column as wide as the longest.
  const kinds = new Map(world.truth.cases.map((t) => [t.kind, tr.t(kindLabel(t.kind))]))
  const kindWidth = Math.max(26, ...[...kinds.values()].map((k) => k.length))
  for (const [process, records] of Object.entries(world.cases)) {
    io.out(`${tr.t(processLabel(process as ProcessId))} cases (${records.length}), with ground truth:`)
    for (const record of records) {
      const t = truth.get(record.id)
      const kind = (t && kinds.get(t.kind)) ?? '?'
      io.out(
        `  ${record.id}  ${tr.t(record.title).slice(0, 40).padEnd(40)} ${tr.money(record.amount).padStart(20)}  ${kind.padEnd(kindWidth)} ${t ? tr.t(t.expected) : ''}`,
      )
    }
  }
  io.out(
    `Ledger entries: ${world.ledger.length} · returns: ${world.returns.length} · third-party records: ${world.thirdParty.length}`,
  )
  return 0
}

export async function solveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      policy: { type: 'string', default: 'best' },
      'policy-seed': { type: 'string' },
      out: { type: 'string' },
    },
  })
  const policy = values.policy as Policy
  if (!POLICIES.includes(policy)) throw new CliError(`--policy must be one of: ${POLICIES.join(', ')}.`)
  const scenario = await resolveScenario(positionals[0])
  const seed = seedOption(values.seed)
  const session = await Session.start(scenario, seed === undefined ? {} : { seed })
  // Letters are worded as the player words them for this scenario: in its language.
  const wording = await translatorFor(scenario, pickLanguage(scenario.language))
  playPolicy(session, policy, seedOption(values['policy-seed']) ?? 1, wording.t)
  const text = JSON.stringify(session.save(), null, 2) + '\n'
  if (values.out) {
    await writeFile(values.out, text)
    io.err(`Wrote ${session.log.length} events to ${values.out}.`)
  } else io.out(text)
  return 0
}

function printReport(report: Report, tr: Translator, io: Io) {
  io.out(
    `${printable(report.scenario.title)} (${report.mode}): ${report.score} / ${report.maxScore} (${report.percent}%) — ${report.passed ? 'PASSED' : 'NOT PASSED'} (pass mark ${report.passMark}%)`,
  )
  // The grade as a word in the reader's language, the one the results' CSV uses (a plain-text
  // column: no ✓/✗ signs), padded to the longest of them.
  const grades = new Map(GRADES.map((g) => [g, tr.m(`app.csv.grade.${g}`)]))
  const width = Math.max(10, ...[...grades.values()].map((w) => w.length))
  for (const d of report.decisions) {
    const grade = grades.get(d.feedback.grade) ?? d.feedback.grade
    io.out(
      printable(
        `  ${d.caseId}  ${grade.padEnd(width)} ${String(d.feedback.points).padStart(4)}  ${tr.t(d.feedback.explanation)}`,
      ),
    )
  }
  if (report.undecided.length) io.out(printable(`  Not decided: ${report.undecided.join(', ')}`))
}

/** A decision log as `play` reads it: a saved session, a bare list of events, or a results file. */
function readDecisions(file: string, text: string): ParsedLog & { ok: true } {
  if (hasBinaryData(text)) throw new CliError(`${file} is not a text file (it contains binary data).`, 1)
  const results = readResults(text)
  if (results.ok) {
    const r = results.results
    return {
      ok: true,
      log: r.log as SessionEvent[],
      seed: r.seed,
      mode: r.mode,
      scenarioId: r.scenario.id,
      scenarioDigest: r.scenario.digest,
    }
  }
  const parsed = parseSavedLog(text)
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.message}`, 1)
  return parsed
}

export async function playCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      decisions: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
  })
  if (!values.decisions)
    throw new CliError('Give the decision log: --decisions log.json (from `tamis solve --out`).')
  const file = printable(values.decisions)
  const scenario = await resolveScenario(positionals[0], askedLang(values.lang))
  const tr = await cliTranslator(scenario, values.lang)
  let text: string
  try {
    if ((await stat(values.decisions)).size > MAX_RESULTS_BYTES)
      throw new CliError(`${file} is too large to be a decision log.`, 1)
    text = await readFile(values.decisions, 'utf8')
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`Cannot read ${file}.`)
  }
  const parsed = readDecisions(file, text.startsWith('\uFEFF') ? text.slice(1) : text)
  if (parsed.scenarioId !== undefined && parsed.scenarioId !== scenario.id)
    throw new CliError(
      `${file} is a log of scenario "${printable(parsed.scenarioId)}", not "${scenario.id}"; replay it with: npm run tamis -- play ${printable(parsed.scenarioId)} --decisions ${file}`,
      1,
    )
  const digest = scenarioDigest(scenario)
  if (parsed.scenarioDigest !== undefined && parsed.scenarioDigest !== digest)
    throw new CliError(
      `${file} was recorded on another version of "${scenario.id}" (version ${printable(parsed.scenarioDigest)}; this copy is ${digest}); its decisions would not mean the same here.`,
      1,
    )
  const seed = seedOption(values.seed) ?? parsed.seed ?? scenario.world.seed
  const mode = parsed.mode ?? 'practice'
  const session = new Session(scenario, await generateWorld(scenario, { seed }), mode)
  const refused = session.replay(parsed.log)
  printRefusals(file, refused, tr, io)
  const report = session.report()
  if (values.json) io.out(JSON.stringify(resultsFile(report, session.save()), null, 2))
  else printReport(report, tr, io)
  return refused.length ? 1 : 0
}

/** Enough refusals to see the pattern; the rest are counted, by kind. */
const SHOWN_REFUSALS = 20

function printRefusals(
  file: string,
  refused: { index: number; event: SessionEvent; reason: Text }[],
  tr: Translator,
  io: Io,
): void {
  // The CLI's own words are English; the event's name, like the reason, is the engine's text in --lang.
  const named = (type: string) => tr.t(eventName(type))
  for (const r of refused.slice(0, SHOWN_REFUSALS))
    io.err(printable(`${file}: event ${r.index + 1} (${named(r.event.type)}) refused: ${tr.t(r.reason)}`))
  const rest = refused.slice(SHOWN_REFUSALS)
  if (rest.length === 0) return
  const kinds = new Map<string, number>()
  for (const r of rest) kinds.set(r.event.type, (kinds.get(r.event.type) ?? 0) + 1)
  const count = (n: number) => n.toLocaleString('en')
  const shownKinds = new Set(refused.slice(0, SHOWN_REFUSALS).map((r) => r.event.type))
  const same = kinds.size === 1 && shownKinds.size === 1 && shownKinds.has(rest[0]!.event.type)
  const s = rest.length === 1 ? '' : 's'
  io.err(
    same
      ? `… and ${count(rest.length)} more refusal${s} of the same kind`
      : `… and ${count(rest.length)} more refusal${s}: ${[...kinds].map(([type, n]) => `${count(n)} × ${printable(named(type))}`).join(', ')}`,
  )
}

export async function schemaCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { write: { type: 'boolean' } } })
  if (!values.write) throw new CliError('Use `tamis schema --write` to regenerate public/*.schema.json.')
  const written = await writeSchemaFiles(process.cwd())
  io.out(`Wrote ${written.join(', ')}.`)
  return 0
}

/** The guide is written in English: the processes' names as the English catalogue gives them. */
export const englishProcessName = (id: ProcessId): string => inEnglish(processLabel(id))

export async function catalogueCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { write: { type: 'boolean' } } })
  const library = await loadBundledLibrary()
  if (library.issues.some((i) => i.severity === 'error'))
    throw new CliError('Fix the bundled scenarios first: npm run tamis -- validate scenarios', 1)
  if (!values.write) {
    io.out(catalogueTable(library.scenarios, englishProcessName))
    return 0
  }
  const path = 'scenarios/README.md'
  const updated = withCatalogue(await readFile(path, 'utf8'), library.scenarios, englishProcessName)
  if (!updated)
    throw new CliError(`${path} has no catalogue markers (${CATALOGUE_START} … ${CATALOGUE_END}).`, 1)
  const options = (await prettier.resolveConfig(path)) ?? {}
  await writeFile(path, await prettier.format(updated, { ...options, filepath: path }))
  io.out(`Updated the catalogue in ${path} (${library.scenarios.length} scenarios).`)
  return 0
}
