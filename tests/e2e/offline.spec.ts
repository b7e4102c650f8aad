/**
 * The built app on any laptop: served from a sub-path by a plain static server (as from a USB
 * stick with `npx serve`), working with the network off after one visit (world generation in
 * the worker and faker's locale data included), installable (manifest and icons), and opened
 * from disk, a page that says how to open it rather than a blank one.
 */
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { SECURITY_HEADERS } from '../../src/csp'
import { firstPlayable, playableScenarios, Shadow } from './support/engine'
import { DIST, serveDist, type StaticServer } from './support/static-server'
import {
  currentCaseId,
  expectWorklist,
  finishExercise,
  nextCase,
  openFirstCase,
  playCase,
} from './support/ui'

test.use({ serviceWorkers: 'allow' })

let server: StaticServer
test.beforeAll(async () => {
  server = await serveDist('/sandbox/', SECURITY_HEADERS)
})
test.afterAll(async () => {
  await server.close()
})

const playable = playableScenarios()

async function catalogue(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible()
  await expect(page.getByRole('article').first()).toBeVisible()
}

/** From the catalogue: the scenario's briefing, then a practice start up to the worklist. */
async function startFromCatalogue(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { name: title, exact: true }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.getByRole('radio', { name: /^practice/i }).check()
  await page.getByRole('button', { name: 'Start in practice mode' }).click()
  await expectWorklist(page)
}

test('served from a sub-path by a plain static server, with no missing file', async ({ page }) => {
  const scenario = playable.find((s) => s.id === 'registration-desk') ?? playable[0]!
  await page.goto(server.url)
  await catalogue(page)
  await startFromCatalogue(page, scenario.title)
  expect(page.url()).toContain('/sandbox/#/scenario/')
  await openFirstCase(page)
  // Reloading a deep address comes back to the same place: hash routing needs no server rules.
  await page.reload()
  await expect(page.getByRole('region', { name: 'Actions' })).toBeVisible({ timeout: 30_000 })
  expect(server.missing).toEqual([])
})

test('installable: the manifest and every icon it names are served', async ({ page, request }) => {
  await page.goto(server.url)
  await catalogue(page)
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifestUrl = new URL(href!, server.url)
  const manifest = (await (await request.get(manifestUrl.href)).json()) as {
    name: string
    start_url: string
    display: string
    icons: { src: string; sizes: string; type: string }[]
  }
  expect(manifest).toMatchObject({ name: 'TAMIS Sandbox', start_url: './', display: 'standalone' })
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, manifestUrl).href)
    expect(response.status(), icon.src).toBe(200)
    expect(response.headers()['content-type']).toBe(icon.type)
  }
  const favicon = await page.locator('link[rel="icon"]').first().getAttribute('href')
  expect((await request.get(new URL(favicon!, server.url).href)).status()).toBe(200)
})

test('after one visit, a scenario plays to the end with the network off', async ({ page, context }) => {
  test.setTimeout(180_000)
  const short = playable
    .filter((s) => s.jurisdiction.id === 'northland')
    .sort((a, b) => a.minutes - b.minutes || a.id.localeCompare(b.id))
  const scenario = (await firstPlayable(short, 'practice'))!
  expect(scenario, 'a short scenario that plays through').toBeDefined()

  await page.goto(server.url)
  await catalogue(page)
  // The service worker has cached every file of the build once it is active and in control.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await catalogue(page)
  await startFromCatalogue(page, scenario.title)

  const shadow = await Shadow.create(scenario, 'practice')
  const minorUnits = scenario.jurisdiction.currency.minorUnits
  await openFirstCase(page)
  const done = new Set<string>()
  do {
    const caseId = currentCaseId(page)
    await playCase(page, shadow.steps(caseId), 'practice', minorUnits)
    done.add(caseId)
  } while (await nextCase(page))
  expect(done.size).toBe(shadow.caseIds.length)
  const report = shadow.finish()
  await finishExercise(page)
  await expect(
    page.getByRole('region', { name: 'Score' }).getByText(`${report.percent}%`, { exact: true }),
  ).toBeVisible()

  // Every other jurisdiction generates its world offline too: its faker locale was cached.
  const others = new Map(
    playable.filter((s) => s.jurisdiction.id !== 'northland').map((s) => [s.jurisdiction.locale, s]),
  )
  expect(others.size).toBeGreaterThan(0)
  // Some of them are written in French or Russian: this trainee reads English (the header's
  // language menu remembers the pick), so the steps below find the same words.
  await page.evaluate((key) => localStorage.setItem(key, 'en'), 'tamis.language')
  await page.reload()
  for (const other of others.values()) {
    await page.goto(`${server.url}#/`)
    await catalogue(page)
    await startFromCatalogue(page, other.title)
  }
})

// `npm run preview` (vite preview, the suite's own server) answers with `Vary: Origin`, and the
// exercise's style sheet is asked for as a CORS request: the cached copy must still answer it.
test('after one visit to `npm run preview`, an exercise opens with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  const scenario = playable.find((s) => s.id === 'registration-desk') ?? playable[0]!
  await page.goto('/')
  await catalogue(page)
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await catalogue(page)
  await startFromCatalogue(page, scenario.title)
  await openFirstCase(page)
})

test.describe('a part of the app that does not arrive', () => {
  test.use({ serviceWorkers: 'block' })
  test("is named in the trainee's language, never by the bundler's own message", async ({ page }) => {
    const scenario = playable.find((s) => s.id === 'registration-desk') ?? playable[0]!
    // The exercise's code and style sheet are loaded only when an exercise starts.
    await page.route(/\/assets\/exercise-[^/]*\.(css|js)$/, (route) => route.abort('internetdisconnected'))
    await page.goto('/')
    await catalogue(page)
    await page.getByRole('heading', { name: scenario.title, exact: true }).getByRole('link').first().click()
    await page.getByRole('radio', { name: /^practice/i }).check()
    await page.getByRole('button', { name: 'Start in practice mode' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'The exercise could not start' })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveText(
      'Problem: Part of the application could not be loaded. Check the connection and try again.',
    )
    await expect(page.getByText(/preload|\.css|\.js/)).toHaveCount(0)
    // Once the connection is back, trying again starts the exercise.
    await page.unrouteAll()
    await page.getByRole('button', { name: 'Try again' }).click()
    await expectWorklist(page)
  })
})

test('opened from disk, the page explains how to open it', async ({ page }) => {
  const file = pathToFileURL(join(DIST, 'index.html')).href
  await page.goto(file)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Open TAMIS Sandbox through a web server' }),
  ).toBeVisible()
  await expect(page.getByText(`npx serve ${DIST}/`)).toBeVisible()
  await expect(page.getByText('Loading TAMIS Sandbox…')).toBeHidden()
})
