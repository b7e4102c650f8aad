/** Resolves a scenario argument: a bundled id ("registration-desk") or a path to a YAML file. */
import { existsSync } from 'node:fs'
import { loadLibrary, type Scenario } from '../engine'
import type { Language } from '../i18n/languages'
import { loadBundledLibrary, readSourceFiles } from './files'
import { CliError } from './io'
import { printable } from './terminal'
import { profilesFor } from './profiles'
import { issuePrinter } from './issue-language'

/** A file's problems are worded in `lang`, or else in the file's own language. */
export async function resolveScenario(arg: string | undefined, lang?: Language): Promise<Scenario> {
  if (!arg) throw new CliError('Name a scenario: a bundled id (see `tamis list`) or a path to a .yaml file.')
  const bundled = await loadBundledLibrary()
  const isPath = /\.ya?ml$/i.test(arg) || arg.includes('/')
  if (!isPath) {
    const found = bundled.scenarios.find((s) => s.id === arg)
    if (found) return found
    const ids = bundled.scenarios.map((s) => s.id).join(', ')
    const broken = bundled.issues.filter((i) => i.path.includes(`${arg}.`))
    if (broken.length) {
      const { files } = await readSourceFiles([...new Set(broken.map((i) => i.path))])
      const print = await issuePrinter(files, lang)
      throw new CliError(
        `Scenario "${printable(arg)}" has problems:\n${broken.map((i) => printable(print(i))).join('\n')}`,
        1,
      )
    }
    throw new CliError(`There is no bundled scenario "${printable(arg)}". Bundled scenarios: ${ids}.`)
  }
  if (!existsSync(arg)) throw new CliError(`No such file: ${printable(arg)}`)
  const { files } = await readSourceFiles([arg])
  const library = loadLibrary([...(await profilesFor(files)), ...files])
  const scenario = library.scenarios.find((s) =>
    files.some((f) => f.path.endsWith(`${s.id}.yaml`) || f.path.endsWith(`${s.id}.yml`)),
  )
  const errors = library.issues.filter((i) => i.severity === 'error' && files.some((f) => f.path === i.path))
  if (!scenario || errors.length) {
    const print = await issuePrinter(files, lang)
    throw new CliError(
      errors.map((i) => printable(print(i))).join('\n') || `Could not load ${printable(arg)}.`,
      1,
    )
  }
  return scenario
}
