/**
 * A workshop through the browser: the trainer creates it on the hub, three trainees join from
 * their own browsers and decide cases, and the trainer's dashboard and debrief show those
 * decisions. The hub runs as `npm run hub` does, serving the app the webServer built in dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import { currentCaseId, openFirstCase, playCase } from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

let hub: ChildProcess
let hubUrl: string
let dataDir: string

test.beforeAll(async () => {
  test.setTimeout(120_000)
  dataDir = mkdtempSync(join(tmpdir(), 'hub-e2e-'))
  const port = await freePort()
  hub = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/hub/main.ts', '--host', '127.0.0.1', '--port', String(port), '--data', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
  )
  hubUrl = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`The hub did not start: ${out}`)), 90_000)
    hub.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer)
        resolve(`http://127.0.0.1:${port}`)
      }
    })
    hub.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    hub.on('exit', (code) => reject(new Error(`The hub exited with ${code}: ${out}`)))
  })
})

test.afterAll(() => {
  hub?.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
})

async function trainee(browser: Browser, joinLink: string, name: string): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(joinLink)
  await page.getByLabel('Your name as the trainer will see it').fill(name)
  await page.getByRole('button', { name: 'Join' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your steps are with the trainer.' })).toBeVisible({
    timeout: 60_000,
  })
  return page
}

test('a trainer runs a workshop of three and debriefs a case', async ({ browser, page }) => {
  test.setTimeout(240_000)
  page.setDefaultTimeout(30_000)
  await page.goto(`${hubUrl}/#/workshop/new`)
  await page.getByLabel('Workshop name').fill('Morning group <b>1</b>')
  await page.getByRole('combobox', { name: /^Scenario/ }).selectOption(scenario.id)
  await page.getByRole('radio', { name: /Practice/ }).check()
  await page.getByRole('radio', { name: /same data for everybody/ }).check()
  await page.getByRole('button', { name: 'Create the workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Morning group <b>1</b>' })).toBeVisible()
  const joinLink = (await page.locator('.join-link').textContent())!.trim()
  expect(joinLink).toMatch(/\/#\/workshop\/[\w-]+\/join$/)

  const names = ['Amina', 'Bruno', '<img src=x onerror="window.pwned=1">']
  const trainees: Page[] = []
  let firstCase = ''
  for (const name of names) {
    const t = await trainee(browser, joinLink, name)
    trainees.push(t)
    const shadow = await Shadow.create(scenario, 'practice')
    const minorUnits = scenario.jurisdiction.currency.minorUnits
    await openFirstCase(t)
    firstCase ||= currentCaseId(t)
    await playCase(t, shadow.steps(currentCaseId(t)), 'practice', minorUnits)
    await expect(t.getByRole('status').filter({ hasText: 'Your steps are with the trainer.' })).toBeVisible()
  }

  const rows = page.getByTestId('progress-row')
  await expect(rows).toHaveCount(3)
  for (const [i, name] of names.entries()) {
    await expect(rows.nth(i)).toContainText(name)
    await expect(rows.nth(i)).toContainText(/1 \/ \d+/)
  }
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()

  await page.getByLabel('Debrief any case').fill(firstCase)
  await page.getByRole('button', { name: 'Debrief', exact: true }).click()
  const debrief = page.getByRole('region', { name: /^Debrief: case/ })
  await expect(debrief.getByTestId('debrief-decision')).toHaveCount(1)
  await expect(debrief.getByTestId('debrief-decision')).toContainText('3 ×')
  await expect(debrief.getByRole('heading', { name: 'The answer' })).toHaveCount(0)
  await debrief.getByRole('button', { name: 'Show the answer' }).click()
  await expect(debrief.getByRole('heading', { name: 'The answer' })).toBeVisible()

  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: 'test-results/workshop-dashboard-1280.png', fullPage: true })
  await page.setViewportSize({ width: 768, height: 1024 })
  await page.screenshot({ path: 'test-results/workshop-dashboard-768.png', fullPage: true })
  await trainees[0]!.screenshot({ path: 'test-results/workshop-trainee.png' })
})
