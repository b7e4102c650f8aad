/**
 * What a field's help names that a trainer types as it is, in every language: YAML it quotes
 * (`"all"`, `{ namesake: 1 }`), a file path (scenarios/README.md), a key of the file written as an
 * identifier (passMark, deadlines.objectionDecisionDays, amount-only-match), a `key: value` pair
 * (process: registration), and the hovered field's own keys (the grades correct, acceptable,
 * wrong, harmful). The editor's hover shows these as code, apart from the translated prose.
 */

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/** Every property name of a JSON Schema, at any depth. */
export function keysOf(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => keysOf(s, into))
  else if (isNode(schema))
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && isNode(value)) Object.keys(value).forEach((name) => into.add(name))
      if (key !== 'default' && key !== 'const' && key !== 'enum') keysOf(value, into)
    }
  return into
}

/**
 * The keys a field holds, and those its values hold (a kind's grades under `feedback`): its
 * properties, its options' and its map values', two levels down.
 */
export function ownKeys(node: Node, depth = 2): Set<string> {
  const keys = new Set<string>()
  if (depth === 0) return keys
  const options = [node.anyOf, node.oneOf].flatMap((o) => (Array.isArray(o) ? (o as unknown[]) : []))
  for (const holder of [node, node.additionalProperties, ...options]) {
    if (!isNode(holder)) continue
    if (holder !== node) ownKeys(holder, depth).forEach((k) => keys.add(k))
    if (!isNode(holder.properties)) continue
    for (const [key, value] of Object.entries(holder.properties)) {
      keys.add(key)
      if (isNode(value)) ownKeys(value, depth - 1).forEach((k) => keys.add(k))
    }
  }
  return keys
}

const PATTERN = new RegExp(
  [
    String.raw`\{[^}]*\}`,
    String.raw`"[^"\s]*"`,
    String.raw`(?<![\p{L}\p{N}_./-])[\w.-]*\w\/[\w./-]*`,
    String.raw`(?<![\p{L}\p{N}_-])(?<key>[A-Za-z][\w-]*): [a-z0-9][\w-]*(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_-])(?<word>[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*)(?![\p{L}\p{N}_])`,
  ].join('|'),
  'gu',
)

export interface HelpPart {
  text: string
  code: boolean
}

/** A help text in parts, each marked code when it is something a trainer types as it is. */
export function helpParts(
  text: string,
  keys: ReadonlySet<string>,
  own: ReadonlySet<string> = new Set(),
): HelpPart[] {
  const parts: HelpPart[] = []
  const push = (part: string, code: boolean) => {
    const last = parts.at(-1)
    if (last && last.code === code && !code) last.text += part
    else if (part) parts.push({ text: part, code })
  }
  let at = 0
  for (const match of text.matchAll(PATTERN)) {
    const [found] = match
    const { key, word } = match.groups ?? {}
    const head = word?.split('.')[0] ?? ''
    const code =
      key !== undefined
        ? keys.has(key)
        : word !== undefined
          ? own.has(word) || (keys.has(head) && (word !== head || /[A-Z0-9-]/.test(word)))
          : true
    push(text.slice(at, match.index), false)
    push(found, code)
    at = match.index + found.length
  }
  push(text.slice(at), false)
  return parts
}
