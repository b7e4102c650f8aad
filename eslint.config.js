// @ts-check
import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import ts from 'typescript-eslint'
import layers from './eslint/engine-layers.js'
import markup from './eslint/text-in-markup.js'

const ENGINE_PURITY =
  'The engine is pure TypeScript that runs unchanged in the browser, a Web Worker and the Node CLI.'

const NO_FAKER = {
  group: ['@faker-js/faker', '@faker-js/faker/*', '**/world/faker-*'],
  message:
    'Faker must stay out of the first bundle: the engine loads it lazily when Session.start generates the world.',
}

export default ts.config(
  { ignores: ['dist/', 'dist-scorm/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },

  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,

  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    // Type-aware rules: a value the type says is an object (a Text message, a Date, a record) must
    // not reach a string through a template, String() or +, where it would print "[object Object]"
    // instead of words. Every TypeScript and Svelte file of src/, tests/ and scripts/ (and the
    // TypeScript configs) is checked against the tsconfig that includes it.
    files: ['src/**/*.{ts,svelte}', 'tests/**/*.{ts,svelte}', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        // Given to every typed file alike: a different list per file would reload the projects.
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-plus-operands': 'error',
      // A promise nobody awaits loses its failure; mark the deliberate ones with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Numbers and booleans print as themselves (counts, cache keys); undefined, null and objects
      // do not: "undefined" or "[object Object]" on a page is a bug.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false, allowAny: false, allowRegExp: false },
      ],
    },
  },
  {
    // The same for what a template prints: `{value}` stringifies whatever it is given.
    files: ['**/*.svelte'],
    plugins: { markup },
    rules: { 'markup/printable': 'error' },
  },
  {
    // Tests read the hub's JSON answers untyped on purpose (tests/hub/support.ts).
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false, allowAny: true, allowRegExp: false },
      ],
    },
  },
  {
    files: ['src/app/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_FAKER] }],
    },
  },
  {
    // The page's own code (everything but the workers and the chunks that run the engine on
    // purpose) takes types from the engine's index and values only from lite.ts: the engine,
    // zod, yaml and xstate stay in the engine worker, so opening an exercise blocks no one.
    files: ['src/app/**'],
    ignores: [
      'src/app/worker/engine.worker.ts',
      'src/app/worker/host.ts',
      'src/app/worker/runs.ts',
      'src/app/worker/session.ts',
      'src/app/library.ts',
      'src/app/studio/**',
      'src/app/workshop/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_FAKER,
            {
              regex: '/engine(/index(\\.ts)?)?$',
              allowTypeImports: true,
              message:
                'The page imports values from src/engine/lite.ts (types from index.ts are fine): the engine runs in the engine worker (src/app/worker), so its code stays out of the page.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**', 'src/build/**', 'src/hub/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/build/sw.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['tests/app/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Structure: no import cycles among our own modules, the engine's layers run one way
    // (eslint/engine-layers.js), and the app reaches the engine only through its entry points.
    files: ['src/**/*.{ts,js}', 'src/**/*.svelte'],
    plugins: { 'import-x': importX, house: layers },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.svelte', '.json'] })],
      // The modules no-cycle walks into; .svelte components are leaves it does not parse.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // Packages cannot import us back, so the walk stays inside src/ (ignoreExternal).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/app',
              from: './src/engine',
              except: ['./index.ts', './lite.ts'],
              message:
                'The app imports the engine through src/engine/index.ts (or src/engine/lite.ts for the first bundle), so the engine can change inside without breaking pages.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'house/engine-layers': 'error',
      // No function in the engine over 80 lines: long story generators become recipes and small
      // builders (docs/architecture.md).
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*'],
              message: `${ENGINE_PURITY} UI code belongs in src/app and reaches the engine through src/engine/index.ts.`,
            },
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'path/*'],
              message: `${ENGINE_PURITY} Only src/cli touches the file system; pass file contents in as SourceFile[].`,
            },
            {
              group: ['**/app/**', '**/cli/**'],
              message: 'Imports point one way: app → engine and cli → engine, never back.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'navigator'].map((name) => ({
          name,
          message: `${ENGINE_PURITY} There is no DOM in a worker or in Node; let src/app do browser work and pass data in.`,
        })),
        {
          name: 'process',
          message: `${ENGINE_PURITY} There is no process in the browser; pass settings in as arguments.`,
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message:
            'Time in the simulation is the simulated calendar, not the wall clock: take the date from the world or session (e.g. referenceDate) so replays are identical.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            'new Date() reads the wall clock and breaks replay: build dates from the simulated calendar, e.g. new Date(referenceDate).',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message:
            'Randomness must be seeded so the same scenario and seed give the same world: use the seeded faker instance passed to you.',
        },
      ],
    },
  },
)
