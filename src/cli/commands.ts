/** The `tamis` commands other than validate: list, world, solve, play, schema. */
import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import * as prettier from 'prettier'
import {
  POLICIES,
  PROCESS_LABELS,
  Session,
  formatMoney,
  generateWorld,
  parseSavedLog,
  playPolicy,
  type Policy,
  type Report,
} from '../engine'
import { CATALOGUE_END, CATALOGUE_START, catalogueTable, withCatalogue } from '../engine/scenario/catalogue'
import { loadBundledLibrary, writeSchemaFiles } from './files'
import { CliError, type Io } from './io'
import { resolveScenario } from './scenario-arg'

function seedOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) > 2 ** 31 - 1)
    throw new CliError(`--seed must be a whole number from 0 to 2147483647, not "${value}".`)
  return Number(value)
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
        `    ${r.processes.map((p) => PROCESS_LABELS[p]).join(', ')} · difficulty ${r.difficulty} · ${r.minutes} min · ${r.locale} · ${r.tadat.join(' ')}`,
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
    options: { seed: { type: 'string' }, json: { type: 'boolean' } },
  })
  const scenario = await resolveScenario(positionals[0])
  const seed = seedOption(values.seed)
  const world = await generateWorld(scenario, seed === undefined ? {} : { seed })
  if (values.json) {
    io.out(JSON.stringify(world, null, 2))
    return 0
  }
  const currency = scenario.jurisdiction.currency
  io.out(`${scenario.title} — seed ${world.seed}, ${world.referenceDate}, locale ${world.locale}`)
  io.out(
    `Register: ${world.taxpayers.length} taxpayers · civil registry: ${Object.keys(world.people).length} people · company registry: ${Object.keys(world.companies).length} companies`,
  )
  if (world.applications.length)
    io.out(`Registration applications (${world.applications.length}), with ground truth:`)
  for (const app of world.applications) {
    const truth = world.truth.registration.find((t) => t.applicationId === app.id)!
    const related = truth.relatedTin ? ` → ${truth.relatedTin}` : ''
    io.out(
      `  ${app.id}  ${app.name.padEnd(32)} ${formatMoney(app.expectedTurnover, currency).padStart(20)}  ${truth.kind.padEnd(22)} ${truth.expected}${related}`,
    )
  }
  const truth = new Map(world.truth.cases.map((t) => [t.caseId, t]))
  for (const [process, records] of Object.entries(world.cases)) {
    io.out(
      `${PROCESS_LABELS[process as keyof typeof PROCESS_LABELS]} cases (${records.length}), with ground truth:`,
    )
    for (const record of records) {
      const t = truth.get(record.id)
      io.out(
        `  ${record.id}  ${record.title.slice(0, 40).padEnd(40)} ${formatMoney(record.amount, currency).padStart(20)}  ${(t?.kind ?? '?').padEnd(26)} ${t?.expected ?? ''}`,
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
  playPolicy(session, policy, seedOption(values['policy-seed']) ?? 1)
  const text = JSON.stringify(session.save(), null, 2) + '\n'
  if (values.out) {
    await writeFile(values.out, text)
    io.err(`Wrote ${session.log.length} events to ${values.out}.`)
  } else io.out(text)
  return 0
}

function printReport(report: Report, io: Io) {
  io.out(
    `${report.scenario.title}: ${report.score} / ${report.maxScore} (${report.percent}%) — ${report.passed ? 'PASSED' : 'NOT PASSED'} (pass mark ${report.passMark}%)`,
  )
  for (const d of report.decisions) {
    io.out(
      `  ${d.caseId}  ${d.feedback.grade.padEnd(10)} ${String(d.feedback.points).padStart(4)}  ${d.feedback.explanation}`,
    )
  }
  if (report.undecided.length) io.out(`  Not decided: ${report.undecided.join(', ')}`)
}

export async function playCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { decisions: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
  })
  if (!values.decisions)
    throw new CliError('Give the decision log: --decisions log.json (from `tamis solve --out`).')
  const scenario = await resolveScenario(positionals[0])
  let text: string
  try {
    text = await readFile(values.decisions, 'utf8')
  } catch {
    throw new CliError(`Cannot read ${values.decisions}.`)
  }
  const parsed = parseSavedLog(text)
  if (!parsed.ok) throw new CliError(`${values.decisions}: ${parsed.message}`, 1)
  const seed = seedOption(values.seed) ?? parsed.seed ?? scenario.world.seed
  const session = await Session.start(scenario, { seed })
  const refused = session.replay(parsed.log)
  for (const r of refused)
    io.err(`${values.decisions}: event ${r.index + 1} (${r.event.type}) refused: ${r.reason}`)
  if (parsed.scenarioDigest && parsed.scenarioDigest !== session.digest)
    io.err(
      `${values.decisions}: this log was recorded on a different version of "${scenario.id}"; scores may differ.`,
    )
  const report = session.report()
  if (values.json) io.out(JSON.stringify(report, null, 2))
  else printReport(report, io)
  return refused.length ? 1 : 0
}

export async function schemaCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { write: { type: 'boolean' } } })
  if (!values.write) throw new CliError('Use `tamis schema --write` to regenerate public/*.schema.json.')
  const written = await writeSchemaFiles(process.cwd())
  io.out(`Wrote ${written.join(', ')}.`)
  return 0
}

export async function catalogueCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { write: { type: 'boolean' } } })
  const library = await loadBundledLibrary()
  if (library.issues.some((i) => i.severity === 'error'))
    throw new CliError('Fix the bundled scenarios first: npm run tamis -- validate scenarios', 1)
  if (!values.write) {
    io.out(catalogueTable(library.scenarios))
    return 0
  }
  const path = 'scenarios/README.md'
  const updated = withCatalogue(await readFile(path, 'utf8'), library.scenarios)
  if (!updated)
    throw new CliError(`${path} has no catalogue markers (${CATALOGUE_START} … ${CATALOGUE_END}).`, 1)
  const options = (await prettier.resolveConfig(path)) ?? {}
  await writeFile(path, await prettier.format(updated, { ...options, filepath: path }))
  io.out(`Updated the catalogue in ${path} (${library.scenarios.length} scenarios).`)
  return 0
}
