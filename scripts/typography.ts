/**
 * Spaces that must not break, in the French, Russian and Portuguese catalogues:
 *
 *   npx tsx scripts/typography.ts --check   lists every ordinary space that should not be one
 *   npx tsx scripts/typography.ts --fix     replaces them in src/i18n/{fr,ru,pt}/*.ts
 *
 * French sets a space before « : », « ; », « ! », « ? », « % » and « » » and after « « »; an
 * ordinary one lets a line break before the colon or leave a guillemet alone at a line's start.
 * The colon takes a no-break space (U+00A0), the others a narrow one (U+202F, as Intl writes
 * "70 %" in French). Russian and Portuguese write a no-break space (U+00A0, as Intl writes
 * "70 %" in Russian) between a number and its percent sign. Only the messages' text is touched:
 * not ICU syntax (`{n, plural, …}`, `{n, number, ::percent}`), not code between backquotes.
 * An elided word takes the typographic apostrophe (French « l’atelier », « aujourd’hui »,
 * Portuguese « d’água », Russian « Д’Артаньян »): a straight ' between two letters becomes ’.
 * In ICU MessageFormat a straight ' also quotes syntax ('{' is a brace, '' an apostrophe); only
 * one that ICU reads as a plain apostrophe (between letters, outside a quoted stretch) changes,
 * and `fixMessage` refuses a change that would parse differently. English keeps its straight '.
 * `--fix` changes nothing a second time, so it can be re-run after merging new messages.
 * `--schema-help` also reads the studio's field help (src/i18n/<language>/schema-help.json, data
 * shown as written): what it quotes a trainer types ("all", `code`, { namesake: 1 }) is kept.
 * tests/i18n/typography.test.ts fails while a catalogue has one of these spaces.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'

export const NBSP = '\u00a0'
export const NNBSP = '\u202f'
/** The typographic apostrophe an elided word takes in French, Portuguese and Russian. */
export const APOSTROPHE = '\u2019'

export type TypographyLanguage = 'fr' | 'ru' | 'pt'
export const TYPOGRAPHY_LANGUAGES: readonly TypographyLanguage[] = ['fr', 'ru', 'pt']

/**
 * One ordinary space that should not be one, or a straight apostrophe that should be ’: where it
 * is in the message and what it becomes.
 */
export interface Offence {
  /** Offset of the space or apostrophe in the message's text. */
  at: number
  /** How many characters it takes: 1, or 2 for an apostrophe ICU-escaped as ''. */
  length?: number
  /** The no-break space or the typographic apostrophe it should be. */
  becomes: string
  /** A few characters around it, to show. */
  context: string
}

/** Each piece of a message in order: its literal text's span, or an argument (a figure or not). */
type Piece = { literal: true; start: number; end: number } | { literal: false; number: boolean }

function pieces(elements: readonly MessageFormatElement[], into: Piece[] = []): Piece[] {
  for (const el of elements) {
    if (el.type === TYPE.literal) {
      const { start, end } = el.location!
      into.push({ literal: true, start: start.offset, end: end.offset })
    } else if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.push({ literal: false, number: false })
      for (const option of Object.values(el.options)) pieces(option.value, into)
      into.push({ literal: false, number: false })
    } else if (el.type === TYPE.tag) pieces(el.children, into)
    else
      into.push({
        literal: false,
        // A figure: `#`, `{n, number}`, or a plain argument (a percentage is often passed formatted).
        number: el.type === TYPE.pound || el.type === TYPE.number || el.type === TYPE.argument,
      })
  }
  return into
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c)

const FRENCH_BEFORE: Readonly<Record<string, string>> = {
  ':': NBSP,
  ';': NNBSP,
  '!': NNBSP,
  '?': NNBSP,
  '%': NNBSP,
  '»': NNBSP,
}

/** The ordinary spaces of a message's text that should not break, in `language`. */
export function offences(message: string, language: TypographyLanguage): Offence[] {
  let elements: MessageFormatElement[]
  try {
    elements = parse(message, { captureLocation: true })
  } catch {
    return [] // the catalogue test reports a message that does not parse
  }
  const found: Offence[] = []
  let code = false
  let previous: Piece | undefined
  for (const piece of pieces(elements)) {
    if (piece.literal) {
      const text = message.slice(piece.start, piece.end)
      let quoted = false
      for (let i = 0; i < text.length; i++) {
        const c = text[i]!
        if (c === '`' && !quoted) code = !code
        if (c === "'" && !code) {
          // ICU's apostrophe: '' is one apostrophe; ' before { } < > # opens a quoted stretch,
          // which the next lone ' closes; anywhere else it is a plain apostrophe.
          const next = text[i + 1]
          const escaped = next === "'"
          const plain = !escaped && !quoted && !(next !== undefined && '{}<>#'.includes(next))
          const elided =
            (escaped ? !quoted : plain) && isLetter(text[i - 1]) && isLetter(text[escaped ? i + 2 : i + 1])
          if (elided) {
            const at = piece.start + i
            found.push({
              at,
              ...(escaped ? { length: 2 } : {}),
              becomes: APOSTROPHE,
              context: message.slice(Math.max(0, at - 12), at + 6),
            })
          }
          if (escaped) i++
          else if (!plain) quoted = !quoted
          continue
        }
        if (c !== ' ' || code || quoted) continue
        const next = text[i + 1]
        const before = i > 0 ? text[i - 1] : undefined
        let becomes: string | undefined
        if (language === 'fr') {
          if (next !== undefined && next in FRENCH_BEFORE) becomes = FRENCH_BEFORE[next]
          else if (before === '«') becomes = NNBSP
        } else if (
          next === '%' &&
          (before === undefined ? previous?.literal === false && previous.number : /[\d]/.test(before))
        )
          becomes = NBSP
        if (becomes) {
          const at = piece.start + i
          found.push({ at, becomes, context: message.slice(Math.max(0, at - 12), at + 6) })
        }
      }
    }
    previous = piece
  }
  return found
}

/**
 * The offences of a text that is not a message: a studio field help (schema-help.json), shown as
 * written. What it quotes a trainer types (`code`, "all", { namesake: 1 }) is left alone.
 */
export function plainOffences(text: string, language: TypographyLanguage): Offence[] {
  const quoted = new Uint8Array(text.length)
  for (const m of text.matchAll(/`[^`]*`|"[^"]*"|\{[^{}]*\}/g)) quoted.fill(1, m.index, m.index + m[0].length)
  const found: Offence[] = []
  for (let at = 0; at < text.length; at++) {
    if (text[at] === "'" && !quoted[at] && isLetter(text[at - 1]) && isLetter(text[at + 1])) {
      found.push({ at, becomes: APOSTROPHE, context: text.slice(Math.max(0, at - 12), at + 6) })
      continue
    }
    if (text[at] !== ' ' || quoted[at]) continue
    const next = text[at + 1]
    const before = text[at - 1]
    let becomes: string | undefined
    if (language === 'fr') {
      if (next !== undefined && next in FRENCH_BEFORE) becomes = FRENCH_BEFORE[next]
      else if (before === '«') becomes = NNBSP
    } else if (next === '%' && before !== undefined && /\d/.test(before)) becomes = NBSP
    if (becomes) found.push({ at, becomes, context: text.slice(Math.max(0, at - 12), at + 6) })
  }
  return found
}

/** A plain text (not a message) set as the catalogues are: `nb()` in tests writes French with it. */
export const typeset = (text: string, language: TypographyLanguage): string =>
  mend(text, plainOffences(text, language))

/** A schema-help.json's offences (by its English key) and its text with them fixed. */
export function checkSchemaHelp(
  source: string,
  language: TypographyLanguage,
): { offences: (Offence & { id: string })[]; fixed: string } {
  const help = JSON.parse(source) as Record<string, string>
  const found: (Offence & { id: string })[] = []
  for (const [english, text] of Object.entries(help)) {
    const offences = plainOffences(text, language)
    for (const offence of offences) found.push({ ...offence, id: english.slice(0, 50) })
    help[english] = mend(text, offences)
  }
  return { offences: found, fixed: `${JSON.stringify(help, null, 2)}\n` }
}

/** `text` with each offence replaced by what it becomes (offences in order of `at`). */
function mend(text: string, found: readonly Offence[]): string {
  let out = text
  for (const { at, length = 1, becomes } of [...found].sort((a, b) => b.at - a.at))
    out = out.slice(0, at) + becomes + out.slice(at + length)
  return out
}

/** What a message says, apostrophes and spaces folded: a fix must leave it the same. */
const meaning = (message: string): string =>
  JSON.stringify(parse(message))
    .replace(/\u2019/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')

/**
 * The message with its offences fixed. Throws rather than return a message ICU would read
 * otherwise (an argument or a quoted brace that moved): a safeguard, never expected to fire.
 */
export function fixMessage(message: string, language: TypographyLanguage): string {
  const found = offences(message, language)
  if (!found.length) return message
  const out = mend(message, found)
  if (meaning(out) !== meaning(message))
    throw new Error(`typography: fixing "${message}" would change what ICU reads: "${out}"`)
  return out
}

/** Where each character of a string literal's value starts in its source (escapes are longer). */
function sourceOffsets(raw: string): number[] {
  const offsets: number[] = []
  for (let i = 0; i < raw.length; i++) {
    offsets.push(i)
    if (raw[i] === '\\') i++ // \n, \\, \' : one character of the value (no \u or \x escapes here)
  }
  return offsets
}

export interface FileOffence extends Offence {
  id: string
  line: number
}

/** A catalogue file's offences, and its source with them fixed. */
export function checkSource(
  source: string,
  language: TypographyLanguage,
  file = 'catalogue.ts',
): { offences: FileOffence[]; fixed: string } {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const found: FileOffence[] = []
  const edits: { at: number; length: number; becomes: string }[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isStringLiteral(node.initializer) &&
      (ts.isStringLiteral(node.name) || ts.isIdentifier(node.name))
    ) {
      const literal = node.initializer
      const id = node.name.text
      const start = literal.getStart(sf) + 1
      const raw = source.slice(start, literal.getEnd() - 1)
      const offsets = sourceOffsets(raw)
      if (offsets.length !== literal.text.length)
        throw new Error(`${file} ${id}: an escape this script does not read (\\u, \\x?)`)
      const inMessage = offences(literal.text, language)
      if (inMessage.length) fixMessage(literal.text, language) // throws on a fix ICU would read otherwise
      const sourceAt = (i: number) => start + (offsets[i] ?? raw.length)
      for (const offence of inMessage) {
        const at = sourceAt(offence.at)
        found.push({ ...offence, id, line: sf.getLineAndCharacterOfPosition(at).line + 1 })
        edits.push({
          at,
          length: sourceAt(offence.at + (offence.length ?? 1)) - at,
          becomes: offence.becomes,
        })
      }
      // A "…" string kept double quotes for its apostrophes: with none left, it takes the
      // single quotes every other message has (as prettier would write it).
      const after = mend(literal.text, inMessage)
      if (inMessage.length && source[start - 1] === '"' && !/['"]/.test(after)) {
        edits.push({ at: start - 1, length: 1, becomes: "'" })
        edits.push({ at: literal.getEnd() - 1, length: 1, becomes: "'" })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  let fixed = source
  for (const { at, length, becomes } of edits.sort((a, b) => b.at - a.at))
    fixed = fixed.slice(0, at) + becomes + fixed.slice(at + length)
  return { offences: found, fixed }
}

const ROOT = join(import.meta.dirname, '..')

/** The catalogue files this script reads: src/i18n/<fr|ru|pt>/*.ts. */
export function catalogueFiles(): { path: string; language: TypographyLanguage }[] {
  return TYPOGRAPHY_LANGUAGES.flatMap((language) =>
    readdirSync(join(ROOT, 'src/i18n', language))
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => ({ path: join('src/i18n', language, name), language })),
  )
}

/**
 * A bundled scenario or jurisdiction profile in French, Portuguese or Russian (`language:` or
 * `locale:` says so): its straight apostrophes between letters, and its text with them made ’.
 * In YAML such an apostrophe is never syntax (a quoted scalar's '' is two apostrophes).
 */
export function checkScenario(source: string): { offences: (Offence & { line: number })[]; fixed: string } {
  const found: (Offence & { line: number })[] = []
  for (const m of source.matchAll(/(?<=\p{L})'(?=\p{L})/gu)) {
    const at = m.index
    const line = source.slice(0, at).split('\n').length
    found.push({ at, line, becomes: APOSTROPHE, context: source.slice(Math.max(0, at - 12), at + 6) })
  }
  return { offences: found, fixed: mend(source, found) }
}

/** The bundled scenarios and profiles written in a language this script reads. */
export function scenarioFiles(): string[] {
  const dirs = ['scenarios', 'scenarios/jurisdictions']
  return dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => join(dir, name))
      .filter((path) =>
        /^(?:language|locale): *(?:fr|pt|ru)(?![a-z])/m.test(readFileSync(join(ROOT, path), 'utf8')),
      ),
  )
}

const show = (s: string) =>
  s
    .replace(/\u00a0/g, '⍽')
    .replace(/\u202f/g, '·')
    .replace(/\n/g, '\\n')

const NAMES: Readonly<Record<string, string>> = {
  [NBSP]: 'U+00A0',
  [NNBSP]: 'U+202F',
  [APOSTROPHE]: 'U+2019 (’)',
}

function main() {
  const [mode, extra] = process.argv.slice(2)
  if ((mode !== '--check' && mode !== '--fix') || (extra && extra !== '--schema-help')) {
    console.error('Usage: npx tsx scripts/typography.ts --check | --fix [--schema-help]')
    process.exit(64)
  }
  let total = 0
  let files = 0
  const report = (
    path: string,
    found: readonly (Offence & { id: string; line?: number })[],
    fixed: string,
  ) => {
    if (!found.length) return
    total += found.length
    files++
    if (mode === '--fix') writeFileSync(join(ROOT, path), fixed)
    else
      for (const o of found)
        console.log(
          `${path}${o.line ? `:${o.line}` : ''} ${o.id}: "${show(o.context)}" needs ${NAMES[o.becomes] ?? o.becomes}`,
        )
  }
  for (const { path, language } of catalogueFiles()) {
    const { offences: found, fixed } = checkSource(readFileSync(join(ROOT, path), 'utf8'), language, path)
    report(path, found, fixed)
  }
  for (const path of scenarioFiles()) {
    const { offences: found, fixed } = checkScenario(readFileSync(join(ROOT, path), 'utf8'))
    report(
      path,
      found.map((o) => ({ ...o, id: 'text' })),
      fixed,
    )
  }
  // The studio's field help (data, not messages) only when asked: another branch may be editing it.
  if (extra)
    for (const language of TYPOGRAPHY_LANGUAGES) {
      const path = join('src/i18n', language, 'schema-help.json')
      const { offences: found, fixed } = checkSchemaHelp(readFileSync(join(ROOT, path), 'utf8'), language)
      report(path, found, fixed)
    }
  if (mode === '--fix') console.log(`${total} space(s) or apostrophe(s) mended in ${files} file(s).`)
  else if (total) {
    console.error(
      `${total} ordinary space(s) that should not break or straight apostrophe(s): run npx tsx scripts/typography.ts --fix`,
    )
    process.exitCode = 1
  } else
    console.log('No ordinary space before a French mark or a percent sign, no straight apostrophe in a word.')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
