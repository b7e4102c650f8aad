// @ts-check
/**
 * The engine's layers, lowest first. A module may import from its own layer and the layers
 * below it, never from a layer above: vocabulary and primitives → rules → scenario format →
 * world → processes → the seams that list every process → session and scoring → public entry.
 * docs/architecture.md draws the same picture. The first pattern a file matches decides its layer.
 */
import fs from 'node:fs'
import path from 'node:path'

/** @type {readonly { name: string, patterns: readonly RegExp[] }[]} */
export const LAYERS = [
  {
    name: 'vocabulary and primitives',
    patterns: [
      /^vocabulary\.ts$/,
      /^jurisdiction\.ts$/,
      /^primitives\//,
      // Sets zod to interpret its schemas (no eval under the page's CSP) before any format is built.
      /^zod-jitless\.ts$/,
      // Each process's part of the scenario format is vocabulary too: the list of formats gives
      // the process ids, and the profile and scenario schemas compose it, so it may import
      // nothing above this layer.
      /^processes\/(world-schema|formats)\.ts$/,
      /^processes\/[^/]+\/(config\.schema|kinds|format)\.ts$/,
      /^processes\/audit\/risk-rules\.ts$/,
    ],
  },
  { name: 'rules', patterns: [/^rules\//] },
  {
    name: 'scenario format',
    patterns: [/^scenario\/(?!(semantic|load|index)\.ts$)/],
  },
  {
    name: 'world',
    patterns: [/^world\/(?!(generate|faker-world|index)\.ts$)/],
  },
  { name: 'processes', patterns: [/^processes\//] },
  {
    // Where the process list (processes/registry.ts) is read: semantic checks that ask each
    // process's definition, and world generation that runs each process's generator.
    name: 'process seams (scenario checks, world generation)',
    patterns: [/^scenario\/(semantic|load|index)\.ts$/, /^world\/(generate|faker-world|index)\.ts$/],
  },
  { name: 'session and scoring', patterns: [/^session\//, /^scoring\//] },
  { name: 'public entry points', patterns: [/^index\.ts$/, /^lite\.ts$/] },
]

/** @param {string} relative a path inside src/engine, with forward slashes */
export function layerOf(relative) {
  const index = LAYERS.findIndex((layer) => layer.patterns.some((pattern) => pattern.test(relative)))
  return index === -1 ? undefined : index
}

/**
 * @param {string} file absolute path of a module, extension optional
 * @param {string} engineRoot absolute path of src/engine
 */
function engineRelative(file, engineRoot) {
  // Extensionless specifiers name a .ts file or a folder's index.ts.
  const resolved = /\.[cm]?[jt]s$/.test(file) || fs.existsSync(`${file}.ts`) ? file : path.join(file, 'index')
  const relative = path.relative(engineRoot, resolved).split(path.sep).join('/')
  if (relative.startsWith('..')) return undefined
  return /\.[cm]?[jt]s$/.test(relative) ? relative : `${relative}.ts`
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports inside src/engine run down the layers, never up' },
    schema: [],
    messages: {
      upward:
        '{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): imports in the engine run down the layers ' +
        '(vocabulary and primitives → rules → scenario format → world → processes → session and scoring). ' +
        'Move what both need to the lower layer, or pass it in.',
    },
  },
  create(context) {
    const filename = context.filename
    const engineRoot = path.resolve(context.cwd, 'src/engine')
    const own = engineRelative(filename, engineRoot)
    if (own === undefined) return {}
    const ownLayer = layerOf(own)
    if (ownLayer === undefined) return {}

    /** @param {any} node */
    function check(node) {
      const source = node.source
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      if (!source.value.startsWith('.')) return
      const target = engineRelative(path.resolve(path.dirname(filename), source.value), engineRoot)
      if (target === undefined) return
      const targetLayer = layerOf(target)
      if (targetLayer === undefined || targetLayer <= ownLayer) return
      context.report({
        node: source,
        messageId: 'upward',
        data: {
          from: own,
          fromLayer: LAYERS[ownLayer]?.name ?? '',
          to: target,
          toLayer: LAYERS[targetLayer]?.name ?? '',
        },
      })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

export default { rules: { 'engine-layers': rule } }
