// @ts-check
/**
 * `{value}` in a Svelte template turns the value into a string. A message (a Text's Msg), a
 * money or date argument, a Date or a list then shows as "[object Object]", a wall-clock date or
 * "a,b" instead of words for the trainee. svelte-check accepts any value there, so this rule asks
 * the types: what a template prints must be a string, a number or a boolean (or nothing).
 * Attributes are checked where the value is stitched into text (`class="case {kind}"`); an
 * attribute or prop given a single `{value}` is typed by svelte-check already.
 */
import ts from 'typescript'

const PRINTABLE =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.Null |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Void |
  ts.TypeFlags.Never |
  // Untyped values are another rule's business (no-explicit-any); nothing to tell here.
  ts.TypeFlags.Any |
  ts.TypeFlags.Unknown

/**
 * The first part of a type that would not print as words, if any.
 * @param {ts.Type} type
 * @param {ts.TypeChecker} checker
 * @returns {ts.Type | undefined}
 */
function unprintable(type, checker) {
  if (type.isUnion()) {
    for (const part of type.types) {
      const bad = unprintable(part, checker)
      if (bad) return bad
    }
    return undefined
  }
  // A branded string (string & { brand }) prints as the string it is.
  if (type.isIntersection()) return type.types.some((part) => !unprintable(part, checker)) ? undefined : type
  if (type.flags & ts.TypeFlags.TypeParameter) {
    const constraint = checker.getBaseConstraintOfType(type)
    return constraint ? unprintable(constraint, checker) : undefined
  }
  return type.flags & PRINTABLE ? undefined : type
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'What a Svelte template prints is a string, a number or a boolean, never an object.',
    },
    schema: [],
    messages: {
      object:
        'This prints a {{type}} as text, which shows as "[object Object]" or a raw value: render a Text with t(), a figure with money() or a date with its formatter.',
    },
  },
  create(context) {
    const services = context.sourceCode.parserServices
    if (!services?.program || !services.esTreeNodeToTSNodeMap) return {}
    const checker = services.program.getTypeChecker()
    return {
      /** @param {any} node a SvelteMustacheTag */
      SvelteMustacheTag(node) {
        if (node.kind !== 'text') return
        const parent = node.parent
        if (parent?.type === 'SvelteAttribute' && parent.value.length < 2) return
        if (parent?.type === 'SvelteStyleDirective' && parent.value.length < 2) return
        const tsNode = services.esTreeNodeToTSNodeMap.get(node.expression)
        if (!tsNode) return
        const bad = unprintable(checker.getTypeAtLocation(tsNode), checker)
        if (bad)
          context.report({
            node: node.expression,
            messageId: 'object',
            data: { type: checker.typeToString(bad) },
          })
      },
    }
  },
}

export default { rules: { printable: rule } }
