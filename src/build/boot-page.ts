/**
 * The text index.html shows before the application starts, written into the page at build time
 * from the catalogues, once per language: the "Loading…" line, the page for a browser with
 * JavaScript off, and the page opened from a disk (file://), where the application's modules
 * cannot run and so cannot render it. public/boot.js, a plain script (external, for the CSP),
 * shows the trainee's language: the one picked in the header before, else the browser's.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { minify, runnerImport, type Plugin } from 'vite'

/** Where index.html takes the generated text. */
const BOOT_MARKER = '<!-- boot-text -->'

type Data = typeof import('./boot-text')

export function bootPagePlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'tamis-boot-page',
    configResolved(config) {
      root = config.root
    },
    async transformIndexHtml(html) {
      // Loaded through Vite, like the scenario index: the catalogues are TypeScript modules.
      const { module } = await runnerImport<Data>(join(root, 'src/build/boot-text.ts'), {
        configFile: false,
        logLevel: 'silent',
      })
      return html.replace(BOOT_MARKER, module.bootText())
    },
    // public/boot.js is written for its readers (comments, long names); the built page gets it
    // minified in its place: it is fetched before the catalogue shows (npm run bench).
    async generateBundle() {
      const { code, errors } = await minify('boot.js', readFileSync(join(root, 'public/boot.js'), 'utf8'))
      if (errors.length) this.error(`public/boot.js: ${errors.map((e) => e.message).join('; ')}`)
      this.emitFile({ type: 'asset', fileName: 'boot.js', source: code })
    },
  }
}
