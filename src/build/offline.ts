/**
 * The build's part of working offline: once Vite has written dist/, writes dist/sw.js (the
 * service worker in src/build/sw.js, preceded by the list of files to cache and a version
 * that changes whenever any of them does).
 *
 * Hand-written rather than vite-plugin-pwa: the worker needs only "cache every file of this
 * build, answer from the cache", which is 60 lines; the plugin's Workbox build adds over a
 * hundred packages (Babel, Rollup 2, Terser) to the install for the same result.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'

const SERVICE_WORKER = 'sw.js'
/** Pictures for the README and editor schemas: never needed by the running app. */
const NOT_CACHED = [/^screenshot-.*\.png$/, /\.schema\.json$/, /^sw\.js$/, /\.map$/]

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

/** The files a visit caches, relative to dist/, and a version from their contents. */
export function precacheList(outDir: string): { version: string; files: string[] } {
  const files = filesUnder(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .filter((file) => !NOT_CACHED.some((pattern) => pattern.test(file)))
    .sort()
  const hash = createHash('sha256')
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(outDir, file)))
  return { version: hash.digest('hex').slice(0, 16), files }
}

export function offlinePlugin(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'tamis-offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle() {
      const outDir = join(config.root, config.build.outDir)
      const manifest = precacheList(outDir)
      const worker = readFileSync(join(config.root, 'src/build/sw.js'), 'utf8')
      writeFileSync(
        join(outDir, SERVICE_WORKER),
        `self.__TAMIS_PRECACHE__ = ${JSON.stringify(manifest)}\n${worker}`,
      )
    },
  }
}
