/**
 * The browser half of `npm run bench` (called by run.ts; alone: `npx tsx tests/bench/browser.ts`):
 * - JS needed before the catalogue paints, gzip: the entry chunk and its static imports, read
 *   from the build (goal ≤ 60 KB: the catalogue paints from the build-time scenario index), the
 *   JS of the whole build for comparison, and what the page really fetches until the catalogue
 *   shows (the engine worker starts after that, in the background);
 * - generating 100,000 taxpayers in the engine worker (`?bench=generate`), and the longest
 *   pause of the page meanwhile;
 * - from a decision click to its feedback on screen (goal ≤ 50 ms).
 * Builds the app, serves it with `vite preview` and drives the system Chromium.
 */
import { execSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'

const ROOT = join(import.meta.dirname, '../..')
const DIST = join(ROOT, 'dist')
const PORT = 4182
const BASE = `http://127.0.0.1:${PORT}`
const FIRST_PAGE_BUDGET_KB = 60
const FEEDBACK_BUDGET_MS = 50

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length

/** The entry script and the chunks index.html preloads with it (its static imports). */
function firstPageChunks(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  // The build uses relative addresses (base './'): ./assets/index-….js
  const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\.?\/([^"]+)"/g)].map((m) => m[1]!)
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/([^"]+)"/g)].map(
    (m) => m[1]!,
  )
  return [...new Set([...entry, ...preloads])]
}

/** Every script of the build: the page's, the lazy exercise pages', the worker's and faker's. */
function allScripts(): string[] {
  return readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
}

async function serve(): Promise<() => void> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
    },
  )
  const stop = () => {
    if (server.pid) process.kill(-server.pid)
  }
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return stop
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  stop()
  throw new Error(`vite preview did not start on port ${PORT}`)
}

/** Marks, in the page, the moment the first catalogue card is in the DOM. A string: see below. */
const MARK_PAINT = `new MutationObserver((_, observer) => {
  if (!document.querySelector('article')) return
  globalThis.tamisPainted = performance.now()
  observer.disconnect()
}).observe(document, { childList: true, subtree: true })`

/**
 * Scripts the page fetched before the catalogue's first card was in the DOM, and those it
 * fetched after (the engine worker, started in the background), from the page's resource timing.
 */
async function firstPageFetches(page: Page): Promise<{ before: string[]; after: string[] }> {
  await page.addInitScript(MARK_PAINT)
  await page.goto(BASE)
  await page.getByRole('article').first().waitFor()
  await page.waitForLoadState('networkidle')
  const { painted, scripts } = await page.evaluate(() => ({
    painted: (globalThis as unknown as { tamisPainted: number }).tamisPainted,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\.js$/.test(new URL(e.name).pathname))
      .map((e) => ({ path: new URL(e.name).pathname.slice(1), start: e.startTime })),
  }))
  return {
    before: scripts.filter((s) => s.start <= painted).map((s) => s.path),
    after: scripts.filter((s) => s.start > painted).map((s) => s.path),
  }
}

/** What src/app/worker/bench.ts publishes on the page. */
type Generated =
  | {
      taxpayers: number
      totalMs: number
      workerMs: number
      progressMessages: number
      longestFrameMs: number
      handOverFrameMs: number
      handOverMs: number
    }
  | { error: string }
const published = () => (globalThis as unknown as { tamisBench?: Generated }).tamisBench

async function generation(page: Page, taxpayers: number) {
  await page.goto(`${BASE}/?bench=generate&taxpayers=${taxpayers}`)
  await page.waitForFunction(published, undefined, { timeout: 300_000 })
  const result = (await page.evaluate(published))!
  if ('error' in result) throw new Error(`generation failed: ${result.error}`)
  return result
}

/**
 * Clicks "Confirm: Approve…" and resolves when the feedback heading is in the DOM (dom) and
 * after the next frame (paint); null when the procedure refused the decision. A string, so the
 * TypeScript runner's helpers do not leak into the page.
 */
const MEASURE_FEEDBACK = `new Promise((resolve) => {
  const confirm = [...document.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith('Confirm: Approve'))
  const shown = () => [...document.querySelectorAll('h3')].some((h) => h.textContent.trim().startsWith('Feedback:'))
  const refused = () => document.body.textContent.includes('Not done:')
  const t0 = performance.now()
  const observer = new MutationObserver(() => {
    if (refused()) {
      observer.disconnect()
      resolve(null)
    } else if (shown()) {
      observer.disconnect()
      const dom = performance.now() - t0
      requestAnimationFrame(() => setTimeout(() => resolve({ dom, paint: performance.now() - t0 })))
    }
  })
  observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  confirm.click()
})`

/** Decides every case of the registration desk the hurried way and times each decision's feedback. */
async function decisionToFeedback(page: Page): Promise<{ dom: number[]; paint: number[] }> {
  await page.goto(`${BASE}/#/scenario/registration-desk`)
  await page.getByRole('button', { name: 'Start in practice mode' }).click()
  await page.getByRole('heading', { name: 'Worklist', exact: true }).waitFor({ timeout: 60_000 })
  await page
    .getByRole('navigation', { name: 'Worklist' })
    .locator('tbody tr')
    .getByRole('button')
    .first()
    .click()
  const actions = page.getByRole('region', { name: 'Actions' })
  const dom: number[] = []
  const paint: number[] = []
  for (let i = 0; i < 40; i++) {
    await actions.getByRole('button', { name: /^Approve and issue a TIN/ }).waitFor()
    for (const step of [
      'Verify identity with the registry',
      'Check the documents',
      'Run the duplicate check',
    ]) {
      const button = actions.getByRole('button', { name: step, exact: true })
      if (!(await button.isVisible())) continue
      await button.click()
      // A step once taken leaves the list; wait for that before the next click.
      await button.waitFor({ state: 'detached' })
    }
    const approve = actions.getByRole('button', { name: /^Approve and issue a TIN/ })
    if (await approve.isDisabled()) {
      const reason = await page
        .locator(`[id="${await approve.getAttribute('aria-describedby')}"]`)
        .textContent()
      throw new Error(`approval not possible on ${page.url()}: ${reason}`)
    }
    await approve.click()
    await actions.getByRole('button', { name: /^Confirm: Approve/ }).waitFor()
    const timing = (await page.evaluate(MEASURE_FEEDBACK)) as { dom: number; paint: number } | null
    if (timing) {
      dom.push(timing.dom)
      paint.push(timing.paint)
    } else {
      await actions.getByRole('button', { name: /^Reject the application/ }).click()
      await actions.getByLabel(/^Reason/).fill('Bench: approval refused.')
      await actions.getByRole('button', { name: /^Confirm: Reject/ }).click()
    }
    await page.getByRole('heading', { name: /^Feedback:/ }).waitFor()
    const next = actions.getByRole('button', { name: 'Next case →' })
    if (!(await next.isVisible())) break
    await next.click()
  }
  return { dom, paint }
}

/** Rows for the bench table: [what, figure, detail, verdict]. */
export async function browserBench(options: { taxpayers?: number } = {}): Promise<string[][]> {
  const taxpayers = options.taxpayers ?? 100_000
  execSync('npx vite build', { cwd: ROOT, stdio: 'ignore' })
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('the build wrote no dist/index.html')
  const rows: string[][] = []

  const chunks = firstPageChunks()
  const initial = chunks.reduce((sum, f) => sum + gz(f), 0)
  const total = allScripts().reduce((sum, f) => sum + gz(f), 0)
  rows.push([
    'JS before the catalogue paints (entry + static imports)',
    `${kb(initial)} gzip`,
    `${chunks.length} file${chunks.length === 1 ? '' : 's'}; ${Math.round((initial / total) * 100)}% of all the build's JS`,
    initial / 1024 <= FIRST_PAGE_BUDGET_KB ? 'ok' : `OVER ${FIRST_PAGE_BUDGET_KB} KB`,
  ])
  rows.push([
    'JS of the whole build (page, exercise, worker, faker locales)',
    `${kb(total)} gzip`,
    `${allScripts().length} files, all cached by the service worker after one visit`,
    '',
  ])

  const stop = await serve()
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const fetched = await firstPageFetches(page)
    const faker = fetched.before.filter((f) => /faker|\/en-|\/fr-/.test(`/${f}`))
    const sum = (files: string[]) => files.reduce((total, f) => total + gz(f), 0)
    rows.push([
      'JS fetched until the catalogue shows its cards',
      `${kb(sum(fetched.before))} gzip`,
      `${fetched.before.length} file(s); then in the background ${kb(sum(fetched.after))} (${fetched.after.join(', ') || 'nothing'})`,
      faker.length
        ? 'FAKER ON FIRST PAGE'
        : sum(fetched.before) / 1024 <= FIRST_PAGE_BUDGET_KB
          ? 'ok'
          : `OVER ${FIRST_PAGE_BUDGET_KB} KB`,
    ])

    const gen = await generation(page, taxpayers)
    rows.push([
      `generate ${fmt(gen.taxpayers)} taxpayers in the worker`,
      `${fmt(gen.workerMs)} ms`,
      `longest frame meanwhile ${fmt(gen.longestFrameMs)} ms; ${gen.progressMessages} progress messages`,
      gen.longestFrameMs <= 100 ? 'page responsive' : 'PAGE STALLED',
    ])
    rows.push([
      '  … then hand the world to the page',
      `${fmt(gen.handOverMs)} ms`,
      `total ${fmt(gen.totalMs)} ms; longest frame ${fmt(gen.handOverFrameMs)} ms`,
      gen.handOverFrameMs <= 500 ? 'ok' : 'PAGE STALLED',
    ])

    await page.evaluate(() => localStorage.clear())
    const feedback = await decisionToFeedback(page)
    const sorted = [...feedback.paint].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
    const max = sorted.at(-1) ?? Number.NaN
    rows.push([
      `decision click → feedback × ${sorted.length}`,
      `median ${fmt(median, 1)} ms`,
      `max ${fmt(max, 1)} ms on screen; DOM median ${fmt([...feedback.dom].sort((a, b) => a - b)[Math.floor(feedback.dom.length / 2)] ?? Number.NaN, 1)} ms`,
      max <= FEEDBACK_BUDGET_MS
        ? 'ok'
        : median <= FEEDBACK_BUDGET_MS
          ? `max OVER ${FEEDBACK_BUDGET_MS} ms`
          : `OVER ${FEEDBACK_BUDGET_MS} ms`,
    ])
  } finally {
    await browser.close()
    stop()
  }
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await browserBench({ taxpayers: process.argv.includes('--quick') ? 10_000 : 100_000 })
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  for (const r of rows)
    console.log(
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  │  ')
        .trimEnd(),
    )
}
