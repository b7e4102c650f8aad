/**
 * The structure docs/architecture.md promises, checked on the sources: no import cycles anywhere
 * in src/ counting type imports (lint's import-x/no-cycle skips `import type`, so a cycle of
 * types alone would pass it), every engine module sits in a layer of eslint/engine-layers.js
 * (an unlisted one would escape the rule), and the rule refuses an import that runs up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import layers, { layerOf } from '../../eslint/engine-layers.js'

const SRC = resolve('src')
const ENGINE = join(SRC, 'engine')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(ts|js|svelte)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** The module a relative specifier names: the file itself, with .ts, or the folder's index.ts. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier)
  return [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')].find(isFile)
}

/** Every relative import and re-export of each module, `import type` and `import()` included. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
      const targets = importedFiles
        .filter((ref) => ref.fileName.startsWith('.'))
        .flatMap((ref) => resolveImport(file, ref.fileName) ?? [])
      return [file, targets]
    }),
  )
}

/** The strongly connected components with more than one module, or a module importing itself. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(relative(SRC, w))
    } while (w !== v)
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

describe('the structure of the sources', () => {
  it('has no import cycles in src/, type imports included', () => {
    const graph = importGraph(sources(SRC))
    expect(graph.size).toBeGreaterThan(300)
    expect(cycles(graph)).toEqual([])
  })

  it('finds a cycle when there is one (the check above can fail)', () => {
    const a = join(ENGINE, 'a.ts')
    const b = join(ENGINE, 'b.ts')
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['engine/a.ts', 'engine/b.ts']])
  })

  it('puts every engine module in a layer of the layers rule', () => {
    const unlisted = sources(ENGINE)
      .map((file) => relative(ENGINE, file).split('\\').join('/'))
      .filter((file) => layerOf(file) === undefined)
    expect(unlisted).toEqual([])
  })
})

describe('the layers rule', () => {
  RuleTester.describe = describe
  RuleTester.it = it
  RuleTester.itOnly = it.only
  const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } })
  const at = (file: string) => join(ENGINE, file)
  tester.run('engine-layers', layers.rules['engine-layers'], {
    valid: [
      { filename: at('session/x.ts'), code: "import { Session } from '../processes/registry'" },
      { filename: at('rules/x.ts'), code: "import type { Msg } from '../primitives/message'" },
    ],
    invalid: [
      {
        filename: at('rules/x.ts'),
        code: "import type { Session } from '../session/session'",
        errors: [{ messageId: 'upward' }],
      },
      {
        filename: at('processes/formats.ts'),
        code: "import { definition } from './objections/definition'",
        errors: [{ messageId: 'upward' }],
      },
      {
        filename: at('world/x.ts'),
        code: "export { PROCESS_LIST } from '../processes/registry'",
        errors: [{ messageId: 'upward' }],
      },
    ],
  })
})
