/** `tamis validate <files or folders…>`: the CLI door to the scenario validator. */
import { plural } from '../engine'
import { loadLibrary } from '../engine/scenario'
import { isLanguage } from '../i18n/for-scenario'
import { LANGUAGES, type Language } from '../i18n/languages'
import { readSourceFiles } from './files'
import type { Io } from './io'
import { printable } from './terminal'
import { profilesFor } from './profiles'
import { issuePrinter } from './issue-language'

const USAGE = `Usage: npm run tamis -- validate <files or folders…> [--lang en|fr|ru|pt]

Checks scenario files and jurisdiction profiles and prints every problem as
file:line:col: message. Folders are searched for .yaml and .yml files. A file
that starts with "format: jurisdiction/1" (or sits in a "jurisdictions" folder) is
a profile. A scenario can use the profiles in scenarios/jurisdictions/, those next
to it, and one it names by a relative path ("jurisdiction: ./my-country.yaml").

Each file's problems are worded in its own language (a scenario's "language:", a
profile's "locale:"), or in the one --lang names for every file.

Examples:
  npm run tamis -- validate scenarios/my-scenario.yaml
  npm run tamis -- validate scenarios

Exit status: 0 when every file is valid (warnings allowed), 1 when there are
problems, 2 when the command itself is used wrongly.`

/** Prints every issue and a summary; returns the exit status. */
export async function validateCommand(
  given: string[],
  io: Io,
  options: { root?: string } = {},
): Promise<number> {
  if (given.includes('--help') || given.includes('-h')) {
    io.out(USAGE)
    return 0
  }
  const lang = takeLang(given)
  if (typeof lang === 'object') return usageError(io, lang.error)
  const args = given.filter(
    (a, i) => !(a === '--lang' || a.startsWith('--lang=') || given[i - 1] === '--lang'),
  )
  const option = args.find((a) => a.startsWith('-'))
  if (option) return usageError(io, `Unknown option "${printable(option)}".`)
  if (args.length === 0)
    return usageError(io, 'Name the files or folders to check, e.g. scenarios/my-scenario.yaml.')

  const { files, missing } = await readSourceFiles(args)
  if (missing.length > 0)
    return usageError(io, missing.map((m) => `No such file or folder: ${printable(m)}`).join('\n'))
  const notYaml = files.filter((f) => !/\.ya?ml$/i.test(f.path))
  if (notYaml.length > 0)
    return usageError(io, notYaml.map((f) => `Not a .yaml or .yml file: ${printable(f.path)}`).join('\n'))
  if (files.length === 0)
    return usageError(io, `No .yaml or .yml files found in ${args.map(printable).join(', ')}.`)

  const checked = new Set(files.map((f) => f.path))
  const { issues } = loadLibrary([...(await profilesFor(files, options.root)), ...files], {
    teaching: true,
  })

  const shown = issues.filter((i) => checked.has(i.path))
  const print = await issuePrinter(files, lang)
  for (const issue of shown) io.out(printable(print(issue)))
  const errors = shown.filter((i) => i.severity === 'error')
  const warnings = shown.length - errors.length
  const warningNote = warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''
  if (errors.length === 0) {
    io.out(`${plural(files.length, 'file')} checked, all valid${warningNote}`)
    return 0
  }
  const badFiles = new Set(errors.map((i) => i.path)).size
  io.out(
    `${plural(errors.length, 'problem')} in ${badFiles} of ${plural(files.length, 'file')}${warningNote}`,
  )
  return 1
}

/** `--lang xx` or `--lang=xx` among the arguments: the language, none, or what is wrong with it. */
function takeLang(args: readonly string[]): Language | undefined | { error: string } {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  if (at < 0) return undefined
  const value = args[at] === '--lang' ? args[at + 1] : args[at]!.slice('--lang='.length)
  if (value !== undefined && isLanguage(value)) return value
  return { error: `--lang must be one of: ${LANGUAGES.join(', ')}; not "${printable(value ?? '')}".` }
}

function usageError(io: Io, message: string): number {
  io.err(`${message}\n\n${USAGE}`)
  return 2
}
