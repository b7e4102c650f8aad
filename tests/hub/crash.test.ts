/**
 * kill -9 the hub in the middle of a workshop, start it again on the same data folder: every
 * event it had acknowledged is there. The hub runs as a child process, as `npm run hub` does.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Session, playPolicy, type SessionEvent } from '../../src/engine/index'
import { BACKENDS, call, freshPostgresUrl, scenarios, WORKSHOP } from './support'

/** Starting the hub compiles it with tsx and loads every scenario: slow on a busy 2-core machine. */
const START_MS = 120_000

interface HubProcess {
  child: ChildProcess
  url: string
  /** Settles when the process has ended, however it ended (a killed process has no exit code). */
  exited: Promise<void>
}

/**
 * Starts `npm run hub`'s entry point. The `exit` event is listened to from the spawn on: a hub
 * killed with -9 may have ended (and emitted it) before the test gets round to waiting for it.
 */
function startHubProcess(dataDir: string, databaseUrl?: string): Promise<HubProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/hub/main.ts',
      '--api-only',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--data',
      dataDir,
    ],
    {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: databaseUrl ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`The hub did not start within ${START_MS / 1000} s:\n${out}\n${err}`))
    }, START_MS)
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)
      if (match) {
        clearTimeout(timer)
        resolve({ child, url: match[0], exited })
      }
    })
    void exited.then(() => {
      clearTimeout(timer)
      reject(
        new Error(
          `The hub stopped (${child.exitCode ?? child.signalCode ?? 'no exit code'}):\n${out}\n${err}`,
        ),
      )
    })
  })
}

/** Ends the hub and waits until it has gone, so no process outlives the test. */
async function stopHub(hub: HubProcess, signal: NodeJS.Signals): Promise<void> {
  if (hub.child.exitCode !== null || hub.child.signalCode !== null) return
  hub.child.kill(signal)
  // A hub that does not stop on SIGTERM within 10 s is killed: the test must not hang on it.
  const timer = setTimeout(() => hub.child.kill('SIGKILL'), 10_000)
  await hub.exited
  clearTimeout(timer)
}

for (const backend of BACKENDS) {
  describe.runIf(backend.enabled)(`the hub killed with -9 on ${backend.name}`, () => {
    const hubs: HubProcess[] = []
    const dirs: string[] = []
    afterAll(async () => {
      for (const hub of hubs) await stopHub(hub, 'SIGKILL')
      for (const dir of dirs) await rm(dir, { recursive: true, force: true })
    })

    it('keeps every acknowledged event', async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'hub-crash-'))
      dirs.push(dataDir)
      const databaseUrl = backend.name === 'PostgreSQL' ? await freshPostgresUrl() : undefined
      const first = await startHubProcess(dataDir, databaseUrl)
      hubs.push(first)
      const created = await call(first.url, 'POST', '/api/workshops', WORKSHOP)
      expect(created.status).toBe(201)
      const scenario = (await scenarios()).bundled.get(WORKSHOP.scenarioId)!
      const log: SessionEvent[] = [...playPolicy(await Session.start(scenario), 'best')]
      const trainees = await Promise.all(
        [1, 2, 3].map(async (n) => {
          const joined = await call(first.url, 'POST', `/api/workshops/${created.body.workshop.id}/join`, {
            displayName: `T${n}`,
          })
          return { id: joined.body.participantId as string, token: joined.body.token as string, acked: 0 }
        }),
      )
      // Each trainee posts event after event; the hub is killed while posts are in flight.
      let killed = false
      const posting = trainees.map(async (t) => {
        for (let seq = 0; seq < log.length && !killed; seq++) {
          try {
            const answer = await call(
              first.url,
              'POST',
              `/api/participants/${t.id}/events`,
              { from: seq, events: [log[seq]] },
              t.token,
            )
            if (answer.status === 200) t.acked = answer.body.acked
          } catch {
            return
          }
        }
      })
      let settled = false
      void Promise.all(posting).then(() => (settled = true))
      while (!settled && trainees.some((t) => t.acked < 10)) await new Promise((r) => setTimeout(r, 20))
      killed = true
      await stopHub(first, 'SIGKILL')
      await Promise.all(posting)
      expect(trainees.every((t) => t.acked >= 10 && t.acked < log.length)).toBe(true)

      const second = await startHubProcess(dataDir, databaseUrl)
      hubs.push(second)
      for (const t of trainees) {
        const own = await call(second.url, 'GET', `/api/participants/${t.id}`, undefined, t.token)
        expect(own.status).toBe(200)
        expect(own.body.acked).toBeGreaterThanOrEqual(t.acked)
        expect(own.body.log).toEqual(log.slice(0, own.body.acked))
        // The trainee carries on from where the hub is, and finishes.
        const rest = await call(
          second.url,
          'POST',
          `/api/participants/${t.id}/events`,
          { from: own.body.acked, events: log.slice(own.body.acked) },
          t.token,
        )
        expect(rest.body.acked).toBe(log.length)
      }
      const dashboard = await call(
        second.url,
        'GET',
        `/api/workshops/${created.body.workshop.id}/dashboard`,
        undefined,
        created.body.trainerToken,
      )
      expect(dashboard.body.progress).toHaveLength(3)
      for (const row of dashboard.body.progress) expect(row.score).toBe(row.maxScore)
      await stopHub(second, 'SIGTERM')
    }, 360_000)
  })
}
