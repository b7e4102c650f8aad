/**
 * The CLI as a real process in a pipe: a reader that stops early must not produce a stack trace,
 * and must not change what the command's exit code says. Starting tsx takes seconds on a busy
 * machine, hence the generous timeouts.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, resultsFile, Session } from '../../src/engine'

const tsx = 'node_modules/.bin/tsx'
const dir = mkdtempSync(join(tmpdir(), 'tamis-pipes-'))
afterAll(() => rmSync(dir, { recursive: true }))

describe('tamis in a pipe', () => {
  it('`world --json | head -1` ends quietly when head stops reading', () => {
    const result = spawnSync(
      'sh',
      ['-c', `${tsx} src/cli/main.ts world registration-desk --json | head -1`],
      {
        encoding: 'utf8',
      },
    )
    expect(result.stdout).toBe('{\n')
    expect(result.stderr).toBe('')
  }, 60_000)

  it('`verify` into a reader that has gone still exits 1 when a file does not verify', async () => {
    const desk = (await loadBundledLibrary()).scenarios.find((s) => s.id === 'registration-desk')!
    const session = await Session.start(desk)
    playPolicy(session, 'first')
    session.send({ type: 'session.finish' })
    const genuine = resultsFile(session.report(), session.save(), {})
    writeFileSync(join(dir, 'genuine.json'), JSON.stringify(genuine))
    writeFileSync(
      join(dir, 'forged.json'),
      JSON.stringify({ ...genuine, score: genuine.maxScore, percent: 100 }),
    )
    // `true` reads nothing and is gone before tsx has started: every line verify writes meets a closed pipe.
    const result = spawnSync(
      'bash',
      [
        '-c',
        `${tsx} src/cli/main.ts verify ${dir}/genuine.json ${dir}/forged.json | true; echo "exit \${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    )
    expect(result.stdout).toBe('exit 1\n')
    expect(result.stderr).toBe('')
  }, 90_000)
})
