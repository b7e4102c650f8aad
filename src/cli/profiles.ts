/**
 * Finds the jurisdiction profiles a scenario file can use besides the bundled ones: profiles in
 * the scenario's own folder, and one it names by a relative path (`jurisdiction: ./x.yaml`).
 */
import { readFile, readdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { baseName, isProfile, type SourceFile } from '../engine/scenario'
import { displayPath, readSourceFiles } from './files'

const PATH_REF = /^jurisdiction:[ \t]*["']?([^"'#\s][^"'#]*?\.ya?ml)["']?[ \t]*(#.*)?$/im

/** The profiles to load with `files`: nearby ones first, then bundled ones not overridden. */
export async function profilesFor(files: readonly SourceFile[], root = process.cwd()): Promise<SourceFile[]> {
  const given = new Set(files.map((f) => f.path))
  const nearby = new Map<string, SourceFile>()
  const add = (file: SourceFile) => {
    if (!given.has(file.path) && !nearby.has(file.path) && isProfile(file)) nearby.set(file.path, file)
  }
  for (const file of files.filter((f) => !isProfile(f))) {
    const folder = dirname(resolve(file.path))
    const ref = PATH_REF.exec(file.text)?.[1]
    if (ref) {
      const target = resolve(folder, ref)
      const text = await readFile(target, 'utf8').catch(() => undefined)
      // A named file is a profile by the scenario's say-so, whatever its folder.
      if (text !== undefined && !given.has(displayPath(target)))
        nearby.set(displayPath(target), { path: displayPath(target), text })
    }
    const siblings = await readdir(folder).catch(() => [] as string[])
    for (const name of siblings.filter((n) => /\.ya?ml$/i.test(n))) {
      const path = join(folder, name)
      const text = await readFile(path, 'utf8').catch(() => undefined)
      if (text !== undefined) add({ path: displayPath(path), text })
    }
  }
  const ids = new Set([...files.filter(isProfile), ...nearby.values()].map((f) => baseName(f.path)))
  const bundled = await readSourceFiles([join(root, 'scenarios', 'jurisdictions')])
  const extra = bundled.files.filter(
    (f) => !given.has(f.path) && !nearby.has(f.path) && !ids.has(baseName(f.path)),
  )
  return [...nearby.values(), ...extra]
}
