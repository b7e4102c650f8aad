/** Types of engine-layers.js, for the test that runs the rule (tests/engine/structure.test.ts). */
import type { Rule } from 'eslint'

export declare const LAYERS: readonly { name: string; patterns: readonly RegExp[] }[]
export declare function layerOf(relative: string): number | undefined
declare const plugin: { rules: { 'engine-layers': Rule.RuleModule } }
export default plugin
