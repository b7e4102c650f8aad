/**
 * Test support for the hub: a hub on a free loopback port over PGlite in memory (or on the
 * PostgreSQL server of DATABASE_URL, in a fresh schema), and a tiny client.
 */
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { openDb, type Db } from '../../src/hub/db'
import { loadScenarioSource, type ScenarioSource } from '../../src/hub/scenarios'
import { buildServer, type ServerOptions } from '../../src/hub/server'
import { WorkshopService } from '../../src/hub/workshop'

export const DATABASE_URL = process.env.DATABASE_URL || undefined

/** The databases every DB-backed test runs on: PGlite always, PostgreSQL when configured. */
export const BACKENDS = [
  { name: 'PGlite', enabled: true },
  { name: 'PostgreSQL', enabled: !!DATABASE_URL },
] as const

let source: Promise<ScenarioSource> | undefined
export function scenarios(): Promise<ScenarioSource> {
  source ??= loadScenarioSource(process.cwd())
  return source
}

/** A PostgreSQL URL whose search_path is a new, empty schema: tests never see each other's rows. */
export async function freshPostgresUrl(): Promise<string> {
  const schema = `hub_test_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: DATABASE_URL })
  await client.connect()
  await client.query(`CREATE SCHEMA ${schema}`)
  await client.end()
  const url = new URL(DATABASE_URL!)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.href
}

export async function openTestDb(backend: string): Promise<Db> {
  return backend === 'PostgreSQL'
    ? openDb({ databaseUrl: await freshPostgresUrl() })
    : openDb({ dataDir: 'memory://' })
}

export interface TestHub {
  url: string
  app: FastifyInstance
  service: WorkshopService
  db: Db
  close(): Promise<void>
}

export async function startHub(backend: string, options: Partial<ServerOptions> = {}): Promise<TestHub> {
  const db = await openTestDb(backend)
  const service = new WorkshopService(db, await scenarios(), options.now)
  const app = await buildServer({ service, ...options })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  return {
    url,
    app,
    service,
    db,
    async close() {
      await app.close()
      await db.close()
    },
  }
}

export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON came back
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(new URL(path, base), {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    // A hub that stopped answering fails the test with a located error instead of hanging it.
    signal: AbortSignal.timeout(60_000),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // CSV and other text answers stay text.
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

export const WORKSHOP = {
  name: 'Registration desk, morning group',
  scenarioId: 'registration-desk',
  mode: 'practice',
  hints: true,
  variants: 'same',
} as const
