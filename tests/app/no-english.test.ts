/**
 * The player's components hold no words of their own: every text node and every attribute a
 * person reads (aria-label, title, placeholder, alt…) comes from the catalogue through `m(…)` or
 * `t(…)`, so a French or Russian trainee never meets an English word the catalogues do not know
 * about. New English in a component fails here with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'svelte/compiler'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../src/app')

/** Attributes a person reads or hears, on elements and on components that pass them on. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'heading',
  'message',
  'caption',
  'summary',
  'confirm',
  'cancel',
])

/** Words that are the same in every language: the product's name, file formats, standards. */
const SAME_IN_EVERY_LANGUAGE = [
  'TAMIS Sandbox',
  'TAMIS',
  'CSV',
  'JSON',
  'YAML',
  'xAPI',
  'cmi5',
  'SCORM',
  'TADAT',
  '.yaml',
]

/** Calls whose first argument is a message id or a value to render, not words. */
const RENDERERS = new Set(['m', 't', 'msg', 'say'])

interface Found {
  line: number
  text: string
}

function wordsIn(text: string): boolean {
  let rest = text
  for (const same of SAME_IN_EVERY_LANGUAGE) rest = rest.split(same).join(' ')
  return /\p{L}{2,}/u.test(rest)
}

type AnyNode = { type?: string; [key: string]: unknown }

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null
}

/** String literals of an expression that reach the page as they are. */
function literalsIn(expression: unknown, found: (start: number, text: string) => void): void {
  if (Array.isArray(expression)) {
    for (const item of expression) literalsIn(item, found)
    return
  }
  if (!isNode(expression)) return
  const node = expression
  if (node.type === 'Literal' && typeof node.value === 'string') {
    // A message id ("app.case.actions") or a code ('long', 'practice') is not a sentence.
    if (wordsIn(node.value) && !/^[\w-]+(\.[\w-]+)+$|^[a-z][a-zA-Z]*$/.test(node.value))
      found(node.start as number, node.value)
    return
  }
  if (node.type === 'TemplateElement') {
    const cooked = (node.value as { cooked?: string }).cooked ?? ''
    if (wordsIn(cooked)) found(node.start as number, cooked)
    return
  }
  if (node.type === 'CallExpression') {
    const callee = node.callee as AnyNode
    const name =
      callee.type === 'Identifier' ? callee.name : isNode(callee.property) ? callee.property.name : ''
    const args = node.arguments as unknown[]
    literalsIn(RENDERERS.has(name as string) ? args.slice(1) : args, found)
    return
  }
  // Comparisons and keys decide which text shows; they are not shown.
  if (node.type === 'BinaryExpression' && /^[!=]==?$/.test(node.operator as string)) return
  if (node.type === 'MemberExpression') {
    literalsIn(node.object, found)
    return
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'metadata' || key === 'test') continue
    if (key === 'key' && node.type === 'Property') continue
    literalsIn(value, found)
  }
}

function scanMarkup(node: unknown, found: (start: number, text: string) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) scanMarkup(item, found)
    return
  }
  if (!isNode(node)) return
  switch (node.type) {
    case 'Text':
      if (wordsIn(node.data as string)) found(node.start as number, node.data as string)
      return
    case 'ExpressionTag':
      literalsIn(node.expression, found)
      return
    case 'Attribute': {
      const name = node.name as string
      if (!READ_ATTRIBUTES.has(name) && !/(Label|Text|Title|Heading|Message)$/.test(name)) return
      const parts = Array.isArray(node.value) ? node.value : [node.value]
      for (const part of parts) if (isNode(part)) scanMarkup(part, found)
      return
    }
    case 'RegularElement':
      // A command or a file name in <code> is typed as it is, in every language.
      if (node.name === 'code') return
      break
    case 'SpreadAttribute':
    case 'BindDirective':
    case 'OnDirective':
    case 'ClassDirective':
    case 'StyleDirective':
    case 'UseDirective':
      return
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'metadata' || key === 'name_loc') continue
    // A block's condition or list decides what shows; attributes and children are scanned above.
    if (key === 'expression' || key === 'test' || key === 'context' || key === 'key') continue
    scanMarkup(value, found)
  }
}

/** The literal words of one component's markup, with their lines. */
export function literalWords(source: string): Found[] {
  const root = parse(source, { modern: true })
  const found: Found[] = []
  scanMarkup(root.fragment, (start, text) => {
    found.push({ line: source.slice(0, start).split('\n').length, text: text.trim().replace(/\s+/g, ' ') })
  })
  return found
}

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return components(path)
    return entry.name.endsWith('.svelte') ? [path] : []
  })
}

describe('words in the components', () => {
  it('finds literal words in text, in read attributes and in their expressions', () => {
    const found = literalWords(
      [
        '<script>let open = $state(false)</script>',
        '<h1>TAMIS Sandbox</h1>',
        '<p title="Close this">{m("app.x")}</p>',
        '<button aria-label={open ? "Hide" : m("app.show", { what: "a thing" })} class="big wide">×</button>',
        '{#if open === "yes"}<span>{`${n} cases`}</span>{/if}',
        '<input placeholder={m("app.search")} value="x" />',
        '<style>p { color: red }</style>',
      ].join('\n'),
    ).map((f) => `${f.line}: ${f.text}`)
    expect(found).toEqual(['3: Close this', '4: Hide', '4: a thing', '5: cases'])
  })

  it('are all messages of the catalogue', () => {
    const report = components(ROOT).flatMap((file) =>
      literalWords(readFileSync(file, 'utf8')).map((f) => `${relative(ROOT, file)}:${f.line}: ${f.text}`),
    )
    expect(report).toEqual([])
  })
})
