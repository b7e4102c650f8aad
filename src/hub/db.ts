/**
 * The hub's database: PGlite (PostgreSQL compiled to WebAssembly, files in a data folder) by
 * default, or a PostgreSQL server when DATABASE_URL is set. Both run the same SQL and the same
 * migrations through this small interface, so nothing above it knows which one it talks to.
 */
import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { MIGRATIONS } from './migrations'

export type Row = Record<string, unknown>

export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: all of it is committed, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * PGlite runs one query at a time; callers (parallel HTTP requests) are queued here so that a
 * transaction is never interleaved with another request's statements.
 */
class PgliteDb implements Db {
  readonly kind = 'pglite' as const
  #pg: PGlite
  #queue: Promise<unknown> = Promise.resolve()

  constructor(pglite: PGlite) {
    this.#pg = pglite
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work)
    this.#queue = next.catch(() => undefined)
    return next
  }

  query<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.#serial(async () => (await this.#pg.query<T>(sql, params)).rows)
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.#serial(() =>
      this.#pg.transaction(async (tx) =>
        work({
          query: async <R = Row>(sql: string, params: unknown[] = []) =>
            (await tx.query<R>(sql, params)).rows,
        }),
      ),
    )
  }

  async close(): Promise<void> {
    await this.#serial(() => this.#pg.close())
  }
}

class PostgresDb implements Db {
  readonly kind = 'postgres' as const
  #pool: pg.Pool

  constructor(url: string) {
    this.#pool = new pg.Pool({ connectionString: url, max: 10 })
  }

  async query<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.#pool.query(sql, params)).rows as T[]
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect()
    try {
      await client.query('BEGIN')
      const result = await work({
        query: async <R = Row>(sql: string, params: unknown[] = []) =>
          (await client.query(sql, params)).rows as R[],
      })
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  async close(): Promise<void> {
    await this.#pool.end()
  }
}

export interface DbOptions {
  /** A postgres:// URL; when absent, PGlite in `dataDir`. */
  databaseUrl?: string
  /** PGlite's folder; 'memory://' keeps everything in memory (tests only). */
  dataDir?: string
}

/** Opens the database and brings its schema up to date. */
export async function openDb(options: DbOptions): Promise<Db> {
  let db: Db
  if (options.databaseUrl) {
    db = new PostgresDb(options.databaseUrl)
  } else {
    const dataDir = options.dataDir ?? 'hub-data'
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true })
    // relaxedDurability stays false: PGlite then waits for its files to be written after every
    // query, so a commit the hub acknowledges survives the process being killed.
    db = new PgliteDb(await PGlite.create(dataDir, { relaxedDurability: false }))
  }
  try {
    await migrate(db)
  } catch (error) {
    await db.close().catch(() => undefined)
    throw error
  }
  return db
}

/**
 * Applies the migrations not yet recorded, each in its own transaction. A lock keeps two hubs
 * started at once on the same PostgreSQL server from applying one twice.
 */
export async function migrate(db: Db): Promise<void> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  )
  await db.transaction(async (tx) => {
    await tx.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE')
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    )
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1
      if (done.has(version)) continue
      for (const statement of sql) await tx.query(statement)
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version])
    }
  })
}
