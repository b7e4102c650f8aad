/**
 * zod 4 compiles its parsers with `new Function` after probing whether eval is allowed; under the
 * app's Content-Security-Policy the probe alone is reported as a violation, and which chunk loads
 * zod first depends on how the bundler splits the app. The engine therefore asks zod to interpret
 * its schemas everywhere (the same results, no eval): every module that parses with zod imports
 * this first. Parsing happens after imports, so the setting is in place before any schema runs.
 */
import { config } from 'zod'

config({ jitless: true })
