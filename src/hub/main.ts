/**
 * `npm run hub`: serves the built app and the workshop API on the local network, and prints the
 * join address with a QR code. Needs no internet.
 */
import { existsSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import qrcode from 'qrcode-terminal'
import { openDb } from './db'
import { loadScenarioSource } from './scenarios'
import { buildServer } from './server'
import { DEFAULT_MEMORY_LIMITS, WorkshopService } from './workshop'

const HELP = `Usage: npm run hub -- [options]

Serves the sandbox and the workshop hub to the trainees' browsers on this network.
Build the app first with: npm run build

Options:
  --port N         Port to listen on (default 8080)
  --host ADDRESS   Address to listen on (default 0.0.0.0: every network of this laptop)
  --data DIR       Folder for the workshop database (default ./hub-data); copy it to keep the results
  --stuck N        Minutes on one case before the dashboard highlights a trainee (default 5)
  --max-sessions N Trainee sessions kept replayed in memory (default 240); the least recently
                   used is forgotten beyond that and replayed again from the database when needed
  --max-worlds N   Generated worlds kept in memory (default 64; one per trainee and scenario with
                   per-trainee variants); the least recently used is generated again when needed
  --api-only       Serve only the workshop API, not the app (when the app is served elsewhere)
  --help           Show this help

Environment:
  DATABASE_URL     postgres://user:password@host/db to use a PostgreSQL server instead of the data folder
`

/** The addresses trainees can reach: every IPv4 address of the laptop that is not loopback. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i): i is NonNullable<typeof i> => !!i && i.family === 'IPv4' && !i.internal)
    .map((i) => i.address)
}

async function main(argv: string[]): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '0.0.0.0' },
        data: { type: 'string', default: 'hub-data' },
        stuck: { type: 'string', default: '5' },
        'max-sessions': { type: 'string', default: String(DEFAULT_MEMORY_LIMITS.sessions) },
        'max-worlds': { type: 'string', default: String(DEFAULT_MEMORY_LIMITS.worlds) },
        'api-only': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    return 2
  }
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a number from 0 to 65535, not "${values.port}".\n`)
    return 2
  }
  const stuckMinutes = Number(values.stuck)
  if (!Number.isInteger(stuckMinutes) || stuckMinutes < 1) {
    process.stderr.write(`--stuck must be a whole number of minutes, not "${values.stuck}".\n`)
    return 2
  }
  const limits = { sessions: Number(values['max-sessions']), worlds: Number(values['max-worlds']) }
  for (const [option, value] of [
    ['--max-sessions', limits.sessions],
    ['--max-worlds', limits.worlds],
  ] as const)
    if (!Number.isInteger(value) || value < 1) {
      process.stderr.write(
        `${option} must be a whole number from 1, not "${values[option.slice(2) as 'max-worlds']}".\n`,
      )
      return 2
    }
  const root = process.cwd()
  const distDir = resolve(root, 'dist')
  const apiOnly = values['api-only'] === true
  if (!apiOnly && !existsSync(join(distDir, 'index.html'))) {
    process.stderr.write('The app is not built yet. Run `npm run build` first, then `npm run hub` again.\n')
    return 1
  }
  const databaseUrl = process.env.DATABASE_URL || undefined
  const db = await openDb({ databaseUrl, dataDir: resolve(values.data) })
  const service = new WorkshopService(db, await loadScenarioSource(root), undefined, limits)
  let urls: string[] = []
  const app = await buildServer({
    service,
    distDir: apiOnly ? undefined : distDir,
    stuckMinutes,
    onWorkshopCreated: (workshop) => {
      const links = urls.map((u) => new URL(workshop.joinPath, u).href)
      process.stdout.write(
        `\nWorkshop "${workshop.name}" is open. Trainees join at:\n${links.map((l) => `  ${l}`).join('\n')}\n`,
      )
      if (links[0])
        qrcode.generate(links[0], { small: true }, (code: string) => process.stdout.write(`${code}\n`))
    },
  })
  const address = await app.listen({ port, host: values.host })
  const actualPort = Number(new URL(address).port)
  const hosts = values.host === '0.0.0.0' || values.host === '::' ? lanAddresses() : [values.host]
  urls = (hosts.length ? hosts : ['localhost']).map((h) => `http://${h}:${actualPort}/`)
  const where = databaseUrl ? 'the PostgreSQL server in DATABASE_URL' : resolve(values.data)
  process.stdout.write(
    `TAMIS workshop hub is running (results are kept in ${where}).\n\n` +
      `Trainer: open http://localhost:${actualPort}/#/workshop/new on this laptop to create a workshop.\n` +
      `Trainees on the same network open:\n${urls.map((u) => `  ${u}`).join('\n')}\n\n`,
  )
  qrcode.generate(urls[0]!, { small: true }, (code: string) => process.stdout.write(`${code}\n`))
  process.stdout.write(
    '\nEach workshop has its own join link and QR code on its dashboard. Press Ctrl+C to stop the hub.\n',
  )
  const stop = async () => {
    await app.close()
    await db.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
  return -1
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `The hub could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
