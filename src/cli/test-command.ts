/** `tamis test <scenario files or folders…> [--seeds N]`: the path test to run before a workshop. */
import { parseArgs } from 'node:util'
import { GRADES, kindLabel } from '../engine'
import { baseName, isProfile, loadLibrary } from '../engine/scenario'
import { pathTest, type PathTestResult } from '../engine/session/path-test'
import { translatorFor } from '../i18n/for-scenario'
import { pickLanguage } from '../i18n/languages'
import type { Translator } from '../i18n/render'
import { askedLang } from './commands'
import { issuePrinter } from './issue-language'
import { readSourceFiles } from './files'
import { CliError, type Io } from './io'
import { profilesFor } from './profiles'

export async function testCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { seeds: { type: 'string' }, lang: { type: 'string' } },
  })
  const lang = askedLang(values.lang)
  const given = values.seeds ?? '3'
  const seeds = Number(given)
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 50)
    throw new CliError(`--seeds must be a whole number from 1 to 50, not "${given}".`)
  if (positionals.length === 0)
    throw new CliError('Name the scenario files or folders to test, e.g. scenarios/my-scenario.yaml.')

  const { files, missing } = await readSourceFiles(positionals)
  if (missing.length) throw new CliError(missing.map((m) => `No such file or folder: ${m}`).join('\n'))
  const checked = new Set(files.map((f) => f.path))
  const library = loadLibrary([...(await profilesFor(files)), ...files], { teaching: true })
  const issues = library.issues.filter((i) => checked.has(i.path))
  const print = await issuePrinter(files, lang)
  for (const issue of issues) io.out(print(issue))
  let failed = issues.length > 0
  const scenarios = library.scenarios.filter((s) =>
    files.some((f) => !isProfile(f) && baseName(f.path) === s.id && checked.has(f.path)),
  )
  if (scenarios.length === 0 && !failed)
    throw new CliError(`No scenarios found in ${positionals.join(', ')}.`)

  for (const scenario of scenarios) {
    const result = await pathTest(scenario, { seeds })
    printResult(result, await translatorFor(scenario, lang ?? pickLanguage(scenario.language)), io)
    if (!result.ok) failed = true
  }
  if (issues.length)
    io.out(
      `Fix the ${issues.length === 1 ? 'problem' : `${issues.length} problems`} above: a tested scenario has none.`,
    )
  return failed ? 1 : 0
}

/**
 * The verdict: the command line's words in English, the engine's (failures, kinds of case,
 * grades) in `tr`'s language, the scenario's unless --lang says otherwise.
 */
function printResult(result: PathTestResult, tr: Translator, io: Io): void {
  const grade = (code: string) =>
    (GRADES as readonly string[]).includes(code) ? tr.m(`app.csv.grade.${code}`) : code
  io.out(`${result.scenarioId}: seeds ${result.seeds.join(', ')} · pass mark ${result.passMark}%`)
  for (const r of result.ranges) {
    const range = r.minPercent === r.maxPercent ? `${r.minPercent}%` : `${r.minPercent}% to ${r.maxPercent}%`
    io.out(`  ${r.policy.padEnd(7)} ${range.padEnd(14)} (${r.runs} run${r.runs === 1 ? '' : 's'})`)
  }
  if (result.hardCases.length) {
    io.out('  Cases no policy scores full marks on:')
    for (const c of result.hardCases)
      io.out(
        c.kind === undefined
          ? `    seed ${c.seed}  ${c.caseId}  (no policy decided it)`
          : `    seed ${c.seed}  ${c.caseId}  ${tr.t(kindLabel(c.kind))} (task ${c.taskId ?? '?'}; best: ${c.bestGrade ? grade(c.bestGrade) : 'not decided'})`,
      )
  }
  for (const f of result.failures) {
    io.out(`  FAIL seed ${f.seed}: ${tr.t(f.message)}`)
    if (f.technical) io.out(`       ${f.technical.split('\n')[0] ?? ''}`)
  }
  io.out(`  ${result.ok ? 'OK' : 'FAILED'}`)
}
