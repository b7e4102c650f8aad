/**
 * A workshop hub for the workshop specs, started as `npm run hub` starts it: on a free loopback
 * port, with PGlite in a temporary folder, serving the app the webServer built in dist/.
 */
import { test } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export interface RunningHub {
  url: string
  stop(): void
}

export async function startHub(): Promise<RunningHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-e2e-'))
  const port = await freePort()
  const hub: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/hub/main.ts', '--host', '127.0.0.1', '--port', String(port), '--data', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`The hub did not start: ${out}`)), 90_000)
    hub.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer)
        resolve(`http://127.0.0.1:${port}`)
      }
    })
    hub.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    hub.on('exit', (code, signal) =>
      reject(new Error(`The hub exited with ${code ?? signal ?? 'no exit code'}: ${out}`)),
    )
  })
  return {
    url,
    stop() {
      hub.kill('SIGTERM')
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * A hub for the tests of the spec file or `test.describe` block that calls this: started before
 * its first test, stopped after its last. Read `.url` inside a test (it throws before the start).
 */
export function useHub(): { readonly url: string } {
  let hub: RunningHub | undefined
  test.beforeAll(async () => {
    test.setTimeout(120_000)
    hub = await startHub()
  })
  test.afterAll(() => hub?.stop())
  return {
    get url() {
      if (!hub) throw new Error('the hub starts before the first test: read its url inside a test')
      return hub.url
    },
  }
}
