/**
 * The CLI as a real process in a pipe: a reader that stops early must not produce a stack trace.
 * Starting tsx takes seconds on a busy machine, hence the generous timeout.
 */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const tsx = 'node_modules/.bin/tsx'

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
})
