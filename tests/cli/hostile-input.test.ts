/** What `validate` says about files that are not scenarios at all: binary, absurdly deep, BOM-prefixed, hostile text. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'
import { parseYaml } from '../../src/engine/scenario/yaml-source'

const dir = mkdtempSync(join(tmpdir(), 'tamis-hostile-'))
afterAll(() => rmSync(dir, { recursive: true }))

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function validate(path: string) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(['validate', path], { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out, err }
}

/** Deterministic bytes that are not text (a seeded generator, so the test never varies). */
function binary(size: number): Buffer {
  const bytes = Buffer.alloc(size)
  let x = 12345
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    bytes[i] = x >>> 24
  }
  return bytes
}

describe('validate on hostile files', () => {
  it('a 64 KB binary file gets one sentence, without echoing its bytes', async () => {
    const { code, out } = await validate(file('photo.yaml', binary(65536)))
    expect(code).toBe(1)
    expect(out).toHaveLength(2)
    expect(out[0]).toMatch(/photo\.yaml:1:1: this is not a text file \(it contains binary data\)/)
    expect(out[1]).toBe('1 problem in 1 of 1 file')
  })

  it.each([
    ['brackets', `format: 1\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, '2:71'],
    [
      'indentation',
      `format: 1\ntitle:\n${Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`,
      '66:65',
    ],
    ['list markers', `format: 1\ntitle:\n${'- '.repeat(10_000)}x\n`, '3:129'],
  ])('10,000 levels of %s give one plain sentence at a stable place', async (_, text, where) => {
    const { code, out } = await validate(file('deep.yaml', text))
    expect(code).toBe(1)
    expect(out).toHaveLength(2)
    expect(out[0]).toContain(`deep.yaml:${where}: this is nested more than 64 levels deep`)
    expect(out.join('\n')).not.toMatch(/call stack/i)
  })

  it('after a byte-order mark, columns on line 1 are the ones an editor shows', async () => {
    const text = '\uFEFFformat: 1\ntitle: x\n'
    const plain = parseYaml({ path: 'a.yaml', text: text.slice(1) }, 'scenario')
    const withBom = parseYaml({ path: 'a.yaml', text }, 'scenario')
    expect(plain.ok && withBom.ok).toBe(true)
    if (!plain.ok || !withBom.ok) return
    expect(withBom.parsed.locate(['format'])).toEqual({ line: 1, col: 9 })
    expect(withBom.parsed.locate(['format'], 'key')).toEqual({ line: 1, col: 1 })
    expect(withBom.parsed.locate(['title'])).toEqual(plain.parsed.locate(['title']))
    const { out } = await validate(file('bom.yaml', '\uFEFFtitel: x\n'))
    expect(out[0]).toMatch(/bom\.yaml:1:1: /)
  })

  it('control characters in a misspelt key are shown escaped, never sent to the terminal', async () => {
    const osc = '\u001b]0;pwned\u0007'
    const { out } = await validate(file('esc.yaml', `format: 1\n"ti${osc}tle\u009b31m": x\n`))
    const text = out.join('\n')
    expect(text).toContain('ti\\u001b]0;pwned\\u0007tle\\u009b31m')
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
  })
})
