/**
 * `npm run package:scorm [-- --mode practice] [scenario ids…]`: one SCORM 2004 zip per bundled
 * scenario (or those named) in dist-scorm/, from the build in dist/ (docs/lms.md §SCORM).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { loadBundledLibrary } from '../src/cli/files'
import { scormPackage, type PackageMode } from './scorm-package'

const root = join(import.meta.dirname, '..')
const DIST = join(root, 'dist')
const OUT = join(root, 'dist-scorm')

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(folder, e.name)) : [join(folder, e.name)])),
  )
  return nested.flat()
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  let mode: PackageMode = 'assessment'
  const wanted: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--mode') {
      const value = args[++i]
      if (value !== 'practice' && value !== 'assessment') {
        console.error('--mode is practice or assessment.')
        return 2
      }
      mode = value
    } else wanted.push(arg)
  }
  const library = await loadBundledLibrary(root)
  const scenarios = wanted.length ? library.scenarios.filter((s) => wanted.includes(s.id)) : library.scenarios
  const unknown = wanted.filter((id) => !library.scenarios.some((s) => s.id === id))
  if (unknown.length) {
    console.error(`No bundled scenario is called ${unknown.map((id) => `"${id}"`).join(', ')}.`)
    return 2
  }
  let paths: string[]
  try {
    paths = await filesUnder(DIST)
  } catch {
    console.error('There is no build in dist/: run `npm run build` first.')
    return 1
  }
  const build = new Map<string, Uint8Array>()
  for (const path of paths) build.set(relative(DIST, path).split('\\').join('/'), await readFile(path))
  await mkdir(OUT, { recursive: true })
  for (const scenario of scenarios) {
    const zip = scormPackage(build, scenario, mode)
    const file = join(OUT, `${scenario.id}.zip`)
    await writeFile(file, zip)
    console.log(`${relative(root, file)}  ${(zip.length / 1024).toFixed(0)} KB  ${scenario.title} (${mode})`)
  }
  return 0
}

process.exitCode = await main()
