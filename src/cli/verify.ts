/** `tamis verify <files or folders…>`: does each results file state what its event log earns? */
import { readFile, readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  MAX_RESULTS_BYTES,
  readResults,
  verifyResults,
  type ResultsHeader,
  type Scenario,
  type Verdict,
} from '../engine'
import { hasBinaryData } from '../engine/scenario/yaml-source'
import { inEnglish } from '../i18n/render'
import { displayPath, loadBundledLibrary } from './files'
import { CliError, type Io } from './io'
import { resolveScenario } from './scenario-arg'
import { printable } from './terminal'

export const VERIFY_USAGE = 'verify <files or folders…> [--scenario <scenario>]'

export const VERIFY_HELP = `Usage: npm run tamis -- ${VERIFY_USAGE}

Replays the event log inside each results file (the JSON downloaded from the results page, or
written by \`play --json\`) on the scenario it names, with its seed and mode, and says whether the
score it states is the score its log earns. Folders are searched for .json files.

One line per file: file, trainee, scenario, mode, stated and replayed score, and
  VERIFIED      the log earns exactly what the file states
  MISMATCH      the file states something its log does not earn (edited score or mode,
                a log from another scenario, a hint in an assessment…)
  UNVERIFIABLE  the file cannot be checked here (an older file without a log, or a scenario
                that is not available in this version)
  INVALID       not a results file, damaged, or too large

--scenario <id or file.yaml>  check against this scenario instead of the bundled one with the
                              file's scenario id (e.g. a scenario a trainer wrote).

Exit status: 0 when every file is verified, 1 otherwise, 2 when the command is used wrongly.`

type Status = Verdict['status'] | 'invalid'

interface Line {
  file: string
  header: ResultsHeader
  status: Status
  reason: string
  replayed?: { score: number; maxScore: number }
}

export async function verifyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { scenario: { type: 'string' } },
  })
  if (positionals.length === 0)
    throw new CliError(`Name the results files or folders to check.\n\n${VERIFY_HELP}`)
  const files: string[] = []
  for (const given of positionals) {
    const info = await stat(given).catch(() => undefined)
    if (!info) throw new CliError(`No such file or folder: ${printable(given)}`)
    if (info.isDirectory()) files.push(...(await jsonFilesUnder(resolve(given))).sort())
    else files.push(resolve(given))
  }
  if (files.length === 0)
    throw new CliError(`No .json files found in ${positionals.map(printable).join(', ')}.`)

  const chosen = values.scenario ? await resolveScenario(values.scenario) : undefined
  const bundled = chosen ? undefined : await loadBundledLibrary()
  const scenarioFor = (id: string): Scenario | undefined =>
    chosen ?? bundled?.scenarios.find((s) => s.id === id)

  const counts: Record<Status, number> = { verified: 0, mismatch: 0, unverifiable: 0, invalid: 0 }
  for (const file of [...new Set(files)]) {
    const line = await verifyFile(file, scenarioFor)
    counts[line.status] += 1
    io.out(formatLine(line))
  }
  const total = files.length
  io.out(
    `${total} file${total === 1 ? '' : 's'}: ${counts.verified} verified, ${counts.mismatch} mismatch, ${counts.unverifiable} unverifiable, ${counts.invalid} invalid`,
  )
  return counts.verified === total ? 0 : 1
}

async function verifyFile(path: string, scenarioFor: (id: string) => Scenario | undefined): Promise<Line> {
  const file = displayPath(path)
  const invalid = (reason: string): Line => ({ file, header: {}, status: 'invalid', reason })
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) return invalid('this file cannot be read')
  if (info.size > MAX_RESULTS_BYTES)
    return invalid(`this file is too large to be a results file (over ${MAX_RESULTS_BYTES / 1024 / 1024} MB)`)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return invalid('this file cannot be read')
  }
  if (hasBinaryData(text)) return invalid('this is not a text file (it contains binary data)')
  const read = readResults(text.startsWith('\uFEFF') ? text.slice(1) : text)
  // The page says where in words; a trainer at the command line also gets the path to look at.
  if (!read.ok) {
    const at = read.at === undefined ? '' : ` (at ${read.at})`
    return { file, header: read.header, status: read.status, reason: `${inEnglish(read.reason)}${at}` }
  }
  const { results, header } = read
  const scenario = scenarioFor(results.scenario.id)
  if (!scenario)
    return {
      file,
      header,
      status: 'unverifiable',
      reason: `there is no bundled scenario "${results.scenario.id}"; give its file with --scenario`,
    }
  try {
    const verdict = await verifyResults(results, scenario)
    return { file, header, ...verdict, reason: inEnglish(verdict.reason) }
  } catch {
    // The engine refuses rather than throws; this is the last guard for one file among many.
    return { file, header, status: 'invalid', reason: 'its log could not be replayed' }
  }
}

function formatLine(line: Line): string {
  const { header } = line
  const parts = [line.file]
  if (line.status !== 'invalid' || header.scenarioId) {
    parts.push(header.trainee ?? '(no name)', header.scenarioId ?? '?', header.mode ?? '?')
    const stated = header.score !== undefined ? `${header.score} / ${header.maxScore ?? '?'}` : '?'
    parts.push(`stated ${stated}`)
    if (line.replayed) parts.push(`replayed ${line.replayed.score} / ${line.replayed.maxScore}`)
  }
  const status = line.status.toUpperCase()
  parts.push(line.reason ? `${status}: ${line.reason}` : status)
  return parts.map(printable).join(' · ')
}

async function jsonFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(folder, entry.name)
      if (entry.isDirectory())
        return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : jsonFilesUnder(path)
      return entry.isFile() && /\.json$/i.test(entry.name) ? [path] : []
    }),
  )
  return nested.flat()
}
