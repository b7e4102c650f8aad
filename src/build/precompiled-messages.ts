/**
 * The built app's messages arrive already parsed, so the page ships no ICU MessageFormat parser
 * (a sixth of the first page's JS). At build time each catalogue module
 * (src/i18n/<language>/<namespace>.ts) has its messages replaced by their parsed form
 * (intl-messageformat's AST), except plain ones, which stay strings (render.ts shows a plain
 * message as it is); and intl-messageformat is given the parser-free build of its parser
 * package, which formats a parsed message but cannot parse one. This is formatjs's documented
 * way of shipping precompiled messages. The CLI, the hub, the dev server and the tests read the
 * catalogues as written and parse them as before.
 */
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import type { Plugin } from 'vite'
import { isPlainMessage } from '../i18n/plain.ts'

const CATALOGUE_FILE = /[/\\]src[/\\]i18n[/\\][a-z]{2}[/\\][a-z-]+\.ts$/
const PARSER = '@formatjs/icu-messageformat-parser'

/** A catalogue with every message that is not plain replaced by its parsed form. */
export function precompile(
  catalogue: Readonly<Record<string, string>>,
): Record<string, string | MessageFormatElement[]> {
  const out: Record<string, string | MessageFormatElement[]> = {}
  // The options render.ts parses with, so a parsed message formats exactly as its source would.
  for (const [id, source] of Object.entries(catalogue))
    out[id] = isPlainMessage(source) ? source : parse(source, { ignoreTag: true })
  return out
}

/** Reads a catalogue module as Vite hands it over (TypeScript already stripped to JavaScript). */
function catalogueOf(code: string, file: string): Record<string, string> {
  const body = code
    .replace(/^\s*import\s[^\n]*\n/gm, '')
    .replace(/^\/\/# sourceMappingURL=.*$/m, '')
    .replace(/^export default\s+/m, 'return ')
  let value: unknown
  try {
    // Our own source, at build time: a module whose only statement is its object of messages.
    value = new Function(body)()
  } catch (error) {
    throw new Error(
      `${file}: a catalogue must be one \`export default { id: 'message', … }\` (${String(error)})`,
    )
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    !Object.values(value).every((message) => typeof message === 'string')
  )
    throw new Error(`${file}: a catalogue must map each message id to a string`)
  return value as Record<string, string>
}

/**
 * The build's plugins, for the page and for the engine worker (vite.config.ts): the parser swap
 * must come before Vite resolves the import, the catalogue rewrite after TypeScript is stripped.
 */
export function precompiledMessages(): Plugin[] {
  return [
    {
      name: 'tamis-messages-without-parser',
      apply: 'build',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        if (source !== PARSER || !importer?.includes('intl-messageformat')) return null
        return this.resolve(`${PARSER}/no-parser.js`, importer, { ...options, skipSelf: true })
      },
    },
    {
      name: 'tamis-precompiled-messages',
      apply: 'build',
      enforce: 'post',
      transform(code, id) {
        if (!CATALOGUE_FILE.test(id)) return null
        const compiled = precompile(catalogueOf(code, id))
        return { code: `export default ${JSON.stringify(compiled)}\n`, map: null }
      },
    },
  ]
}
