/** Generates the objections cases of the world (placeholder until the process lands). */
import type { ProcessGenerator } from '../../world/process-world'

export const generate: ProcessGenerator = () => ({ cases: [], truth: [] })
