/**
 * The editor's field help in the page's language. codemirror-json-schema shows a field's
 * `description` (the studio gives it the schema translated: src/i18n/schema-help.ts) and, beside
 * it, the field's JSON Schema type in English words ("integer", "`enum`: … or …", "Default
 * value"). Here the hover and the completion list say the kind of value in the page's language,
 * the values a trainer types shown as code. The description is shown as text, never as HTML.
 */
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete'
import type { HoverOptions } from 'codemirror-json-schema'
import { jurisdictionJsonSchema, scenarioJsonSchema } from '../../engine/index'
import { list } from '../../engine/lite'
import { helpParts, keysOf, ownKeys } from './help-codes'
import { m, t } from '../i18n.svelte'

type Node = Record<string, unknown>

const TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object'] as const
type JsonType = (typeof TYPES)[number]
const isType = (value: unknown): value is JsonType => (TYPES as readonly unknown[]).includes(value)

const typeWord = (type: JsonType, node?: Node) =>
  type === 'string' && node?.format === 'date' ? m('studio.help.date') : m(`studio.help.type.${type}`)

/** The kinds of value a schema takes, in words, each once ("text or list"). */
function kinds(node: Node): string[] {
  const options = [node.anyOf, node.oneOf].find(Array.isArray) as Node[] | undefined
  if (options) return [...new Set(options.flatMap(kinds))]
  const types: unknown[] = Array.isArray(node.type) ? node.type : [node.type]
  return types.filter(isType).map((type) => typeWord(type, node))
}

/** The values a schema allows, when it lists them. */
function values(node: Node): unknown[] {
  if ('const' in node) return [node.const]
  if (Array.isArray(node.enum)) return node.enum
  const options = [node.anyOf, node.oneOf].find(Array.isArray) as Node[] | undefined
  const each = options?.map(values)
  return each?.length && each.every((v) => v.length) ? each.flat() : []
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag)
  el.className = className
  if (text !== undefined) el.textContent = text
  return el
}

/** Every key of a scenario or profile file, to tell a key named in the help from prose. */
let fileKeys: Set<string> | undefined
const allKeys = () => (fileKeys ??= keysOf([scenarioJsonSchema(), jurisdictionJsonSchema()]))

/** A description as text, what a trainer types as it is (help-codes.ts) set as code. */
function described(node: Node, text: string): HTMLElement {
  const box = element('div', 'cm6-json-schema-hover--description')
  for (const part of helpParts(text, allKeys(), ownKeys(node)))
    box.append(part.code ? element('code', '', part.text) : part.text)
  return box
}

/** The tooltip for the field under the pointer: its help, then what it takes. */
function tooltip(node: Node): HTMLElement {
  const box = element('div', 'cm6-json-schema-hover')
  if (typeof node.description === 'string') box.append(described(node, node.description))
  const takes = element('div', 'cm6-json-schema-hover--code-wrapper')
  const allowed = values(node)
  if (allowed.length) {
    takes.append(`${m('studio.help.oneOf')} `)
    allowed.forEach((value, i) => {
      if (i > 0) takes.append(', ')
      takes.append(element('code', '', typeof value === 'string' ? value : JSON.stringify(value)))
    })
  } else {
    const words = kinds(node)
    if (!words.length) return box
    takes.textContent = t(list(words, 'or'))
  }
  box.append(takes)
  return box
}

interface Hovered {
  message: string
  typeInfo: string
  node: Node
}

/** Options for `yamlSchemaHover`: the tooltip above, in the page's language. */
export const hoverOptions: HoverOptions = {
  getHoverTexts: ({ schema }) => {
    const node = schema as Node
    const hovered: Hovered = { message: '', typeInfo: '', node }
    return hovered
  },
  formatHover: (texts) => tooltip((texts as Hovered).node),
}

/** A completion's `detail` (a JSON Schema type, or "Default value") in the page's language. */
function detail(text: string): string {
  if (text === 'Default value') return m('studio.help.default')
  const types = text.split(',')
  return types.every(isType)
    ? t(
        list(
          types.map((type) => typeWord(type)),
          'or',
        ),
      )
    : text
}

/** A completion source whose items name the kind of value in the page's language. */
export function inPageLanguage(
  source: (context: CompletionContext) => CompletionResult | readonly never[],
): (context: CompletionContext) => CompletionResult | null {
  return (context) => {
    const result = source(context)
    if (!('options' in result)) return null
    return {
      ...result,
      options: result.options.map((o) => (o.detail ? { ...o, detail: detail(o.detail) } : o)),
    }
  }
}
