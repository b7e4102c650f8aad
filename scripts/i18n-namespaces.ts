/**
 * Moves every message to the file its id belongs in (src/i18n/namespace-of.ts), in every language:
 *
 *   npm run i18n:namespaces
 *
 * Run it after adding `app.…` ids to any catalogue file (e.g. at the end of app.ts): each id
 * moves, with its message as written, to the end of its namespace's file; ids already in their
 * file stay where they are. An `app.<group>` not listed in namespace-of.ts stops it, naming the
 * ids, so the group's page is chosen once, by hand. tests/i18n/catalogue.test.ts fails, naming
 * this command, while an id is in the wrong file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LANGUAGES, NAMESPACES, type Namespace } from '../src/i18n/languages'
import { namespaceOf } from '../src/i18n/namespace-of'

const ROOT = join(import.meta.dirname, '..')
const HEAD = "import type { Catalogue } from '../languages'\n\nexport default {\n"
const TAIL = '} satisfies Catalogue\n'

interface Entry {
  id: string
  /** The entry's lines as written, indentation and trailing comma included. */
  text: string
}

interface Parsed {
  /** What comes before the first message and after the last, as written. */
  head: string
  tail: string
  entries: Entry[]
}

/** A catalogue file's messages, each with its text as written (one or more lines). */
function parse(source: string, file: string): Parsed {
  if (/^export default \{\} satisfies Catalogue$/m.test(source))
    return { head: HEAD, tail: TAIL, entries: [] }
  const start = source.indexOf('export default {\n')
  const end = source.lastIndexOf('\n}')
  if (start < 0 || end < 0) throw new Error(`${file}: not a catalogue (export default { … })`)
  const head = source.slice(0, start + 'export default {\n'.length)
  const body = source.slice(head.length, end + 1)
  const entries: Entry[] = []
  for (const line of body.split('\n').slice(0, -1)) {
    const id = /^ {2}'([^']+)':/.exec(line)?.[1]
    if (id) entries.push({ id, text: `${line}\n` })
    else if (entries.length) entries[entries.length - 1]!.text += `${line}\n`
    else throw new Error(`${file}: "${line}" comes before the first message`)
  }
  return { head, tail: source.slice(end + 1), entries }
}

const fileOf = (language: string, ns: Namespace) => join(ROOT, 'src/i18n', language, `${ns}.ts`)

let moved = 0
const unlisted = new Set<string>()
for (const language of LANGUAGES) {
  const files = new Map<Namespace, Parsed>()
  for (const ns of NAMESPACES) {
    const file = fileOf(language, ns)
    files.set(
      ns,
      existsSync(file) ? parse(readFileSync(file, 'utf8'), file) : { head: HEAD, tail: TAIL, entries: [] },
    )
  }
  const next = new Map<Namespace, Entry[]>(NAMESPACES.map((ns) => [ns, []]))
  const arriving = new Map<Namespace, Entry[]>(NAMESPACES.map((ns) => [ns, []]))
  for (const [ns, { entries }] of files)
    for (const entry of entries) {
      const home = namespaceOf(entry.id)
      if (!home || !(NAMESPACES as readonly string[]).includes(home)) {
        unlisted.add(entry.id)
        next.get(ns)!.push(entry)
      } else if (home === ns) next.get(ns)!.push(entry)
      else {
        arriving.get(home)!.push(entry)
        moved++
      }
    }
  for (const ns of NAMESPACES) {
    if (
      !arriving.get(ns)!.length &&
      existsSync(fileOf(language, ns)) &&
      next.get(ns)!.length === files.get(ns)!.entries.length
    )
      continue
    const { head, tail } = files.get(ns)!
    const entries = [...next.get(ns)!, ...arriving.get(ns)!]
    writeFileSync(fileOf(language, ns), `${head}${entries.map((e) => e.text).join('')}${tail}`)
  }
}
console.log(`${moved} message(s) moved across ${LANGUAGES.length} languages.`)
if (unlisted.size) {
  console.error(
    `No namespace for: ${[...unlisted].sort().join(', ')}.\nList their group in src/i18n/namespace-of.ts (APP_GROUPS) and run this again.`,
  )
  process.exitCode = 1
}
