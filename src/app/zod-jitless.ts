/**
 * Import first wherever the engine's schemas load in the browser (the engine worker, the
 * exercise pages). zod 4 compiles its parsers with `new Function` after probing whether that is
 * allowed; under the app's Content-Security-Policy (no 'unsafe-eval') the probe itself is
 * reported as a violation. Jitless, zod interprets its schemas: the same results, no eval.
 * It must run before the first schema is built, which is why it is a module of its own.
 */
import { config } from 'zod'

config({ jitless: true })
