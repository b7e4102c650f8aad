/**
 * YAML text → plain data plus a way back from a data path to `line:col` in the text.
 * Syntax errors are turned into sentences a trainer can act on; every one is reported.
 */
import { Lexer, LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml'
import type { Alias, Document, Node, YAMLError } from 'yaml'
import { msg, type Msg } from '../primitives/message'
import type { Issue, SourceFile } from './issues'

export type DataPath = readonly PropertyKey[]
/** Point at the key of the last path segment, or at its value. */
export type Anchor = 'key' | 'value'

export interface Position {
  line: number
  col: number
}

export interface ParsedYaml {
  /** The document as plain JSON-like data; the root is always a mapping. */
  data: Record<string, unknown>
  /** Where a path is in the text. A path that is missing points at its nearest existing parent. */
  locate(path: DataPath, anchor?: Anchor): Position
  /** Issues that do not stop validation (duplicate keys, YAML warnings). */
  issues: Issue[]
}

export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; issues: Issue[] }

/** Duplicate keys are errors, but the rest of the file can still be checked. */
const RECOVERABLE = new Set(['DUPLICATE_KEY'])

/**
 * Parses one file. `what` names the expected content in messages ("scenario",
 * "jurisdiction profile").
 */
export function parseYaml(file: SourceFile, what: string): ParseResult {
  // A byte-order mark is not part of the text: without it, columns on line 1 are the editor's.
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text
  const lineCounter = new LineCounter()
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)))
    return { line: Math.max(1, line), col: Math.max(1, col) }
  }
  const kind = what === 'scenario' ? 'scenario' : 'profile'
  const issue = (offset: number, [message, text]: Worded, severity: Issue['severity'] = 'error'): Issue => ({
    path: file.path,
    ...at(offset),
    message,
    text,
    severity,
  })
  if (hasBinaryData(text))
    return {
      ok: false,
      issues: [
        {
          path: file.path,
          line: 1,
          col: 1,
          severity: 'error',
          message: `this is not a text file (it contains binary data); a ${what} is plain text written in YAML`,
          text: msg('scenario.yaml.binary', { kind }),
        },
      ],
    }
  const tooDeep = nestingBeyond(text, MAX_NESTING)
  if (tooDeep !== undefined) {
    // Located by this scan, not by the parser: where a parser runs out of stack depends on the runtime.
    const position = positionIn(text, tooDeep)
    const message = `this is nested more than ${MAX_NESTING} levels deep; a ${what} never is (look for brackets that are never closed, or indentation that keeps growing)`
    const worded = msg('scenario.yaml.tooDeep', { kind, max: MAX_NESTING })
    return { ok: false, issues: [{ path: file.path, ...position, severity: 'error', message, text: worded }] }
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error' })

  const issues: Issue[] = []
  // A tab in the indentation throws every later line off; report the tabs alone until they go.
  const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT')
  const linesWithError = new Set<number>()
  for (const error of tabs.length > 0 ? tabs : doc.errors) {
    const found = issue(errorOffset(doc, error), syntaxMessage(error, text))
    // One message per line: the first one names the cause, the rest are its echoes.
    if (!linesWithError.has(found.line)) issues.push(found)
    linesWithError.add(found.line)
  }
  for (const warning of doc.warnings) issues.push(issue(warning.pos[0], warningMessage(warning), 'warning'))
  if (doc.errors.some((e) => !RECOVERABLE.has(e.code))) return { ok: false, issues }
  const badKeys = keyAndAliasProblems(doc, issue)
  issues.push(...badKeys)
  if (badKeys.length > 0) return { ok: false, issues }

  const root = doc.contents
  if (root === null || (isScalar(root) && root.value === null)) {
    return { ok: false, issues: [...issues, issue(0, emptyMessage(what, kind))] }
  }
  if (!isMap(root)) {
    const shape = isSeq(root) ? 'a list (lines starting with "-")' : 'a single value'
    const message = `this file is ${shape}, but a ${what} must be a set of keys and values, one per line, such as "title: …"`
    const worded = msg(isSeq(root) ? 'scenario.yaml.rootList' : 'scenario.yaml.rootValue', { kind })
    return { ok: false, issues: [...issues, issue(root.range?.[0] ?? 0, [message, worded])] }
  }

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const worded: Worded = /alias count/i.test(reason)
      ? [
          'this file repeats anchors (*name) so often that it would become huge; write the values out instead',
          msg('scenario.yaml.aliasCount'),
        ]
      : [`this file could not be read: ${reason}`, msg('scenario.yaml.unreadable')]
    return { ok: false, issues: [...issues, issue(0, worded)] }
  }

  const locate = (path: DataPath, anchor: Anchor = 'value'): Position => {
    const offset = offsetOf(doc, path, anchor)
    return offset === undefined ? { line: 1, col: 1 } : at(offset)
  }
  return { ok: true, parsed: { data: data as Record<string, unknown>, locate, issues } }
}

/** A message's English and the same as a catalogue entry. */
type Worded = readonly [string, Msg]

function emptyMessage(what: string, kind: string): Worded {
  const start = what === 'scenario' ? 'format: 1' : 'id: my-country'
  return [
    `this file is empty; a ${what} starts with lines such as "${start}" (see scenarios/README.md)`,
    msg('scenario.yaml.empty', { kind, start }),
  ]
}

/** Keys written as lists or mappings, and aliases to anchors that do not exist. */
function keyAndAliasProblems(doc: Document, issue: (offset: number, worded: Worded) => Issue): Issue[] {
  const found: Issue[] = []
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key
      if (key !== null && typeof key === 'object' && !isScalar(key) && 'range' in key) {
        const range = (key as Node).range
        found.push(
          issue(range?.[0] ?? 0, [
            'a key must be a single word such as "title", not a list or a mapping',
            msg('scenario.yaml.complexKey'),
          ]),
        )
      }
    },
    Alias(_, alias: Alias) {
      if (!alias.resolve(doc)) {
        found.push(
          issue(alias.range?.[0] ?? 0, [
            `*${alias.source} refers to an anchor &${alias.source} that is not defined above it`,
            msg('scenario.yaml.unknownAnchor', { name: alias.source }),
          ]),
        )
      }
    },
  })
  return found
}

function offsetOf(doc: Document, path: DataPath, anchor: Anchor): number | undefined {
  let node: unknown = doc.contents
  let key: Node | undefined
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc)
    if (isMap(node)) {
      const pair = node.items.findLast((p) => keyText(p.key) === String(segment))
      if (!pair) return start(key) ?? start(node)
      key = isNode(pair.key) ? pair.key : undefined
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      key = undefined
      node = node.items[segment]
    } else {
      return start(key) ?? start(node)
    }
  }
  const empty = node === null || node === undefined || (isScalar(node) && node.value === null && !node.source)
  const block = (isMap(node) || isSeq(node)) && !node.flow
  if (anchor === 'key' || empty || block) return start(key) ?? start(node)
  return start(node) ?? start(key)
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && 'range' in value
const start = (node: unknown): number | undefined => (isNode(node) ? node.range?.[0] : undefined)
const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key))

/**
 * An unclosed quote or bracket is reported where the parser gave up (often a later line);
 * point at where it was opened instead.
 */
function errorOffset(doc: Document, error: YAMLError): number {
  const offset = error.pos[0]
  let opening = offset
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    visit(doc, {
      Scalar(_, scalar) {
        const range = scalar.range
        const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE'
        if (quoted && range && range[0] < offset && range[1] >= offset) opening = range[0]
      },
    })
  } else if (error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(error.message)) {
    let best = -1
    const consider = (node: Node) => {
      const start = node.range?.[0] ?? -1
      if ((isMap(node) || isSeq(node)) && node.flow && start < offset && start > best) best = start
    }
    visit(doc, { Map: (_, node) => consider(node), Seq: (_, node) => consider(node) })
    if (best >= 0) opening = best
  }
  return opening
}

function warningMessage(warning: YAMLError): Worded {
  if (warning.code === 'TAG_RESOLVE_FAILED') {
    return [
      'this "!" tag is not understood and is ignored; remove it, or put the text in quotes if the "!" belongs to it',
      msg('scenario.yaml.unknownTag'),
    ]
  }
  return [firstLine(warning.message), msg('scenario.yaml.warning', { code: warning.code })]
}

function syntaxMessage(error: YAMLError, text: string): Worded {
  const from = error.pos[0]
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return [
        `the key "${keyAt(text, from)}" appears twice in the same place; keep only one of them`,
        msg('scenario.yaml.duplicateKey', { key: keyAt(text, from) }),
      ]
    case 'TAB_AS_INDENT':
      return [
        'a tab is used to indent this line; YAML only accepts spaces (most editors can "convert indentation to spaces")',
        msg('scenario.yaml.tab'),
      ]
    case 'BAD_INDENT':
      if (/^Flow (sequence|map)/.test(error.message)) {
        const [open, close] = error.message.startsWith('Flow map') ? ['{', '}'] : ['[', ']']
        return [
          `this "${open}" is never closed: add a "${close}" at the end`,
          msg('scenario.yaml.unclosedBracket', { open, close }),
        ]
      }
      return [
        `the indentation is wrong here: keys at the same level must start in the same column (${firstLine(error.message)})`,
        msg('scenario.yaml.badIndent'),
      ]
    case 'BLOCK_AS_IMPLICIT_KEY':
      // The same error comes from "title: Desk 1: intake" and from a next line indented too far.
      if (!/:(\s|$)/.test(restOfLine(text, from)))
        return [
          'the line below is indented further than this one, so it is read as part of this value; keys at the same level must start in the same column',
          msg('scenario.yaml.indentedFurther'),
        ]
      return [
        'this line has two "key: value" parts; if the text contains ": ", put it in quotes, e.g. title: "Desk 1: intake"',
        msg('scenario.yaml.twoColons'),
      ]
    case 'MULTILINE_IMPLICIT_KEY':
      return [
        'a key must fit on one line; check for a missing ":" or a quote that is not closed above',
        msg('scenario.yaml.multilineKey'),
      ]
    case 'MISSING_CHAR':
      return /quote/i.test(error.message)
        ? [
            'this quote is never closed: text that starts with a quote must end with the same quote',
            msg('scenario.yaml.unclosedQuote'),
          ]
        : [`something is missing here: ${firstLine(error.message)}`, msg('scenario.yaml.missingChar')]
    case 'MULTIPLE_DOCS':
      return [
        'this file holds more than one document (a second "---" line); keep one scenario or profile per file',
        msg('scenario.yaml.multipleDocs'),
      ]
    case 'BAD_SCALAR_START':
      return [
        'text cannot start with this character; put the whole text in quotes',
        msg('scenario.yaml.badStart'),
      ]
    case 'BAD_DQ_ESCAPE':
      return [
        'a backslash in "double-quoted" text starts an escape such as \\n; use single quotes or write \\\\ for a backslash',
        msg('scenario.yaml.badEscape'),
      ]
    case 'KEY_OVER_1024_CHARS':
      return [
        'this key is longer than 1024 characters; a key must be a short word',
        msg('scenario.yaml.longKey'),
      ]
    case 'UNEXPECTED_TOKEN':
      return [
        `YAML cannot read this: ${firstLine(error.message)}; check the indentation and that each key ends with ":"`,
        msg('scenario.yaml.unexpected'),
      ]
    default:
      return [`YAML cannot read this: ${firstLine(error.message)}`, msg('scenario.yaml.unreadableHere')]
  }
}

const restOfLine = (text: string, offset: number) => text.slice(offset).split('\n')[0] ?? ''

/** The key written at `offset`, up to its colon. */
const keyAt = (text: string, offset: number) =>
  /^("[^"]*"|'[^']*'|[^:\n]*)/.exec(text.slice(offset))?.[1]?.trim() ?? ''

const firstLine = (message: string) =>
  message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message

/** Deeper than any scenario or profile: the schema's deepest path is far shorter. */
export const MAX_NESTING = 64

/**
 * True for text that came from a binary file: a NUL, or many characters that are not text
 * (bytes that are not UTF-8 arrive as U+FFFD). One stray control character is not enough.
 */
export function hasBinaryData(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, 65536)
  // eslint-disable-next-line no-control-regex -- counting control characters is the point here
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/g)?.length ?? 0
  return odd > 8 && odd > sample.length / 100
}

/** Lexer markers that stand for no text in the file. */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f'])

/**
 * The offset where block and flow nesting together first exceed `limit`, or undefined. Reads
 * the lexer's flat token stream, so it never recurses however deep the text goes.
 */
function nestingBeyond(text: string, limit: number): number | undefined {
  let offset = 0
  let lineStart = 0
  let flow = 0
  let firstOnLine = true
  let scalarNext = false
  const block: number[] = []
  for (const token of new Lexer().lex(text)) {
    if (token.length === 1 && MARKERS.has(token)) {
      scalarNext = token === '\u001f'
      continue
    }
    const start = offset
    offset += token.length
    const newline = token.lastIndexOf('\n')
    const content = scalarNext || !(/^\s*$/.test(token) || token.startsWith('#'))
    if (!scalarNext) {
      if (token === '[' || token === '{') flow += 1
      else if (token === ']' || token === '}') flow = Math.max(0, flow - 1)
    }
    if (content && flow === 0 && (firstOnLine || token === '-' || token === '?')) {
      const column = start - lineStart
      while (block.length > 0 && block.at(-1)! >= column) block.pop()
      block.push(column)
    }
    if (content) firstOnLine = false
    scalarNext = false
    if (block.length + flow > limit) return start
    if (newline >= 0) {
      lineStart = start + newline + 1
      firstOnLine = true
    }
  }
  return undefined
}

function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 }
}
