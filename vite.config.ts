/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig, type Plugin } from 'vite'
import { bootPagePlugin } from './src/build/boot-page.ts'
import { offlinePlugin } from './src/build/offline.ts'
import { precompiledMessages } from './src/build/precompiled-messages.ts'
import { scenarioIndexPlugin } from './src/build/scenario-index.ts'
import { connectingTo, CSP_HEADER, CSP_META, lrsOrigins, SECURITY_HEADERS } from './src/csp.ts'

/** Learning record stores the built app may send to (docs/lms.md); none by default. */
const LRS_ORIGINS = lrsOrigins(process.env.TAMIS_LRS_ORIGINS)

/** The built page carries its policy as a <meta>, for servers that send none (a USB stick). */
function cspMeta(): Plugin {
  return {
    name: 'tamis-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: connectingTo(CSP_META, LRS_ORIGINS) },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * A catalogue's chunk says which it is (i18n-fr-app-….js), apart from the pages' own chunks: the
 * bench names the messages the first page fetches, tests slow them down. Its hash is short: the
 * first page carries the names of all 80 (src/i18n/load.ts); 7 characters are the fewest
 * rolldown accepts for that many files.
 */
function chunkFileNames(chunk: { facadeModuleId: string | null }): string {
  const [, language, namespace] =
    /[\\/]src[\\/]i18n[\\/]([a-z]{2})[\\/]([a-z-]+)\.ts$/.exec(chunk.facadeModuleId ?? '') ?? []
  return language && namespace
    ? `assets/i18n-${language}-${namespace}-[hash:7].js`
    : 'assets/[name]-[hash].js'
}

export default defineConfig({
  // Relative URLs: dist/ works from any folder of any static server (a USB stick, a sub-path).
  base: './',
  plugins: [
    svelte(),
    scenarioIndexPlugin(),
    bootPagePlugin(),
    cspMeta(),
    offlinePlugin(),
    precompiledMessages(),
  ],
  build: {
    target: 'es2022',
    // Browsers without <link rel="modulepreload"> (before Firefox 115, Safari 17) still run every
    // module, they fetch the static imports one after the other: the polyfill would cost every
    // browser half a kilobyte of the first page (npm run bench).
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      treeshake: {
        // The first page reaches the sector table and the vocabulary (TADAT's English names, the
        // locales) through the engine's light entry point (engine/lite.ts re-exports sectorLabel,
        // processLabel…) without using them; their top-level tables are plain data, so the page
        // need not carry them when nothing it runs reads them.
        moduleSideEffects: [
          { test: /[\\/]src[\\/]engine[\\/]world[\\/]sectors\.ts$/, sideEffects: false },
          { test: /[\\/]src[\\/]engine[\\/]vocabulary\.ts$/, sideEffects: false },
        ],
      },
      output: { chunkFileNames },
    },
  },
  // The engine worker renders a few messages too: its catalogues are precompiled like the page's
  // (and named alike: the same file serves both).
  worker: {
    format: 'es',
    plugins: () => [precompiledMessages()],
    rolldownOptions: { output: { chunkFileNames } },
  },
  // `vite preview` serves the built app with the policy as a header, as the hub does.
  preview: {
    headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': connectingTo(CSP_HEADER, LRS_ORIGINS) },
  },
  test: {
    // Time limits are a safety net against hangs, not speed goals (those live in `npm run bench`):
    // on a 2-core CI machine a whole-world test can take several seconds.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: [
            'tests/engine/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/hub/**/*.test.ts',
            'tests/lms/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'app',
          environment: 'happy-dom',
          include: ['tests/app/**/*.test.ts'],
          setupFiles: ['tests/app/setup.ts'],
        },
      },
    ],
  },
})
