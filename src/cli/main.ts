/** `npm run tamis -- <command>`: the sandbox from the command line. */
import { readFile } from 'node:fs/promises'
import { issueAt, WorldShortfall } from '../engine'
import { isLanguage } from '../i18n/for-scenario'
import { CliError, processIo, type Io } from './io'
import { issuePrinter } from './issue-language'
import {
  catalogueCommand,
  listCommand,
  playCommand,
  schemaCommand,
  solveCommand,
  worldCommand,
} from './commands'
import { printable, terminalSafe } from './terminal'
import { testCommand } from './test-command'
import { validateCommand } from './validate'
import { VERIFY_HELP, VERIFY_USAGE, verifyCommand } from './verify'

const COMMANDS: Record<
  string,
  { run: (args: string[], io: Io) => Promise<number>; usage: string; summary: string; help?: string }
> = {
  validate: {
    run: validateCommand,
    usage: 'validate <files or folders…> [--lang en|fr|ru|pt]',
    summary: 'check scenario and jurisdiction files; every problem as file:line:col',
  },
  list: { run: listCommand, usage: 'list [--json]', summary: 'the bundled scenarios' },
  world: {
    run: worldCommand,
    usage: 'world <scenario> [--seed N] [--lang en|fr|ru|pt] [--json]',
    summary: 'the generated world, ground truth included',
  },
  solve: {
    run: solveCommand,
    usage: 'solve <scenario> [--seed N] [--policy best|first|random] [--policy-seed N] [--out log.json]',
    summary: 'play with a scripted policy and write the decision log',
  },
  play: {
    run: playCommand,
    usage: 'play <scenario> --decisions log.json [--seed N] [--lang en|fr|ru|pt] [--json]',
    summary: 'replay a decision log and print the report',
  },
  verify: {
    run: verifyCommand,
    usage: VERIFY_USAGE,
    summary: 'replay each results file and say whether its stated score is what its log earns',
    help: VERIFY_HELP,
  },
  catalogue: {
    run: catalogueCommand,
    usage: 'catalogue [--write]',
    summary: 'print the table of bundled scenarios, or --write it into scenarios/README.md',
  },
  test: {
    run: testCommand,
    usage: 'test <scenario files or folders…> [--seeds N] [--lang en|fr|ru|pt]',
    summary: 'path test before a workshop: best must score full marks, clicking must not pass',
  },
  schema: {
    run: schemaCommand,
    usage: 'schema --write',
    summary: 'regenerate public/scenario.schema.json and public/jurisdiction.schema.json',
  },
}

const HELP = `TAMIS Sandbox command line

Usage: npm run tamis -- <command> [options]

${Object.values(COMMANDS)
  .map((c) => `  ${c.usage.padEnd(92)}\n      ${c.summary}`)
  .join('\n')}

<scenario> is a bundled id (see \`list\`) or a path to a .yaml file.
--lang prints the engine's own text (feedback, refusals, labels, grades, validator messages) in
English, French, Russian or Portuguese; without it, in the scenario's own language (each file's, for
validate and test), with figures in the scenario's country and currency. The command line's own
words (headings, PASSED, usage) stay in English.
Run \`npm run tamis -- <command> --help\` for one command.`

export async function main(argv: string[], given: Io = processIo): Promise<number> {
  const io: Io = {
    out: (text) => given.out(terminalSafe(text)),
    err: (text) => given.err(terminalSafe(text)),
  }
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP)
    return name ? 0 : 2
  }
  const command = COMMANDS[name]
  if (!command) {
    io.err(`Unknown command "${printable(name)}".\n\n${HELP}`)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help ?? `Usage: npm run tamis -- ${command.usage}\n\n${command.summary}`)
    return 0
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message)
      return error.exitCode
    }
    if (error instanceof WorldShortfall) {
      io.err(await shortfallText(error, args))
      return 1
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error.message}\nUsage: npm run tamis -- ${command.usage}`)
      return 2
    }
    throw error
  }
}

/** A register that fell short, shown as file:line:col like a validation issue. */
async function shortfallText(error: WorldShortfall, args: string[]): Promise<string> {
  const arg = args.find((a) => !a.startsWith('-')) ?? ''
  const path = /\.ya?ml$/i.test(arg) ? arg : `scenarios/${arg}.yaml`
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (text === undefined) return `${error.path.join('.')}: ${error.message}`
  // In the file's language, or the one --lang names, as its other problems are.
  const at = args.indexOf('--lang')
  const given = at < 0 ? args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) : args[at + 1]
  const lang = given !== undefined && isLanguage(given) ? given : undefined
  const print = await issuePrinter([{ path, text }], lang)
  return print(issueAt({ path, text }, error.path, error.message, error.text))
}

const invokedDirectly =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')
if (invokedDirectly) {
  // A reader that stops early (`| head`) closes the pipe: that is the end of the output, not an
  // error. The command still finishes, so its exit code says what it found (`verify … | head -1`
  // exits 1 when a file does not verify, as without the pipe).
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
    })
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error)
      process.exitCode = 70
    },
  )
}
