/**
 * The text index.html shows before the application starts, written into the page at build time
 * from the catalogues, once per language: the "Loading…" line, the page for a browser with
 * JavaScript off, and the page opened from a disk (file://), where the application's modules
 * cannot run and so cannot render it. public/boot.js, a plain script (external, for the CSP),
 * shows the trainee's language: the one picked in the header before, else the browser's.
 */
import { join } from 'node:path'
import { runnerImport, type Plugin } from 'vite'

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
  }
}
