/**
 * A workshop through the browser: the trainer creates it on the hub, three trainees join from
 * their own browsers and decide cases, and the trainer's dashboard and debrief show those
 * decisions. The hub runs as `npm run hub` does, serving the app the webServer built in dist/.
 */
import { expect, test, type Browser, type Page } from '@playwright/test'
import { playPolicy, resultsFile, Session } from '../../src/engine/index'
import { playableScenarios, Shadow } from './support/engine'
import { useHub } from './support/hub'
import { currentCaseId, openFirstCase, playCase } from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!

const hub = useHub()

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
  await page.goto(`${hub.url}/#/workshop/new`)
  await page.getByLabel('Workshop name').fill('Morning group <b>1</b>')
  await page.getByRole('checkbox', { name: scenario.title, exact: true }).check()
  await page.getByRole('radio', { name: /Practice/ }).check()
  await page.getByRole('radio', { name: /same data for everybody/ }).check()
  await page.getByLabel('Time box in minutes (optional)').fill('45')
  await page.getByRole('button', { name: 'Create the workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Morning group <b>1</b>' })).toBeVisible()
  const joinLink = (await page.locator('.join-link').textContent())!.trim()
  expect(joinLink).toMatch(/\/#\/workshop\/[\w-]+\/join$/)

  const names = ['Amina', 'Bruno', '<img src=x onerror="window.pwned=1">']
  const trainees: Page[] = []
  let firstCase = ''
  for (const [i, name] of names.entries()) {
    const t = await trainee(browser, joinLink, name)
    trainees.push(t)
    await expect(t.getByTestId('time-left')).toContainText(/Time left: 4[45]:\d\d/)
    const shadow = await Shadow.create(scenario, 'practice')
    const minorUnits = scenario.jurisdiction.currency.minorUnits
    await openFirstCase(t)
    firstCase ||= currentCaseId(t)
    // The second trainee's Wi-Fi drops while deciding: the steps wait in the browser.
    if (i === 1) await t.context().setOffline(true)
    await playCase(t, shadow.steps(currentCaseId(t)), 'practice', minorUnits)
    if (i === 1) {
      await expect(
        t.getByRole('status').filter({ hasText: 'No connection to the workshop hub' }),
      ).toBeVisible()
      await t.context().setOffline(false)
    }
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
  // The revealed grade reads as its own word: "… (no new TIN) (correct)".
  await expect(debrief.getByTestId('debrief-decision')).toContainText(
    /\S \((correct|acceptable|wrong|harmful)\)$/,
  )

  // The class results: the map heatmap, the rates and the readiness table are all there.
  await expect(page.getByTestId('heatmap').first()).toBeVisible()
  await expect(page.getByTestId('per-kind').getByRole('row')).not.toHaveCount(0)
  await expect(page.getByTestId('readiness').locator('tbody tr')).toHaveCount(3)
  await expect(page.getByRole('columnheader', { name: 'Time left' })).toBeVisible()

  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: 'test-results/workshop-dashboard-1280.png', fullPage: true })
  await page.setViewportSize({ width: 768, height: 1024 })
  await page.screenshot({ path: 'test-results/workshop-dashboard-768.png', fullPage: true })
  await trainees[0]!.screenshot({ path: 'test-results/workshop-trainee.png' })

  // A late trainee's time box runs out (the page's clock is moved on 46 minutes): the session
  // closes with a plain message, and the hub has the finish.
  const lateContext = await browser.newContext()
  const late = await lateContext.newPage()
  await late.clock.install()
  await late.goto(joinLink)
  await late.getByLabel('Your name as the trainer will see it').fill('Dana')
  await late.getByRole('button', { name: 'Join' }).click()
  await expect(late.getByTestId('time-left')).toBeVisible({ timeout: 60_000 })
  await late.clock.fastForward('46:00')
  await expect(late.getByRole('heading', { name: 'Time is up' })).toBeVisible()
  await expect(late.getByRole('status').filter({ hasText: 'Your steps are with the trainer.' })).toBeVisible()
  await expect(rows).toHaveCount(4)
  await expect(rows.nth(3)).toContainText('finished')
  await late.screenshot({ path: 'test-results/workshop-time-up.png' })

  // The projector view shows the same class without anybody's name.
  await page.goto(`${hub.url}/#/workshop/${joinLink.split('/').at(-2)!}/projector`)
  await expect(page.getByTestId('progress-row')).toHaveCount(4)
  await expect(page.getByTestId('readiness')).toBeVisible()
  for (const name of ['Amina', 'Bruno', '<img', 'Dana'])
    await expect(page.locator('body')).not.toContainText(name)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: 'test-results/workshop-projector-1280.png', fullPage: true })
})

test('without a hub, the dashboard imports results files and refuses bad ones by name', async ({ page }) => {
  test.setTimeout(120_000)
  const handIn = async (policy: 'best' | 'first', trainee: string) => {
    const session = await Session.start(scenario)
    playPolicy(session, policy, 5)
    return Buffer.from(JSON.stringify(resultsFile(session.report(), session.save(), { trainee })))
  }
  const good = await handIn('best', 'Amina')
  const hasty = await handIn('first', 'Chen')
  const edited = JSON.parse((await handIn('first', 'Bruno')).toString()) as { score: number }
  edited.score += 50
  await page.goto('/#/workshop/import')
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'amina.json', mimeType: 'application/json', buffer: good },
    { name: 'chen.json', mimeType: 'application/json', buffer: hasty },
    { name: 'bruno.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) },
    {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from('<script>window.pwned=1</script>'),
    },
  ])
  await expect(page.getByTestId('import-status')).toContainText('2 of 4 files imported', { timeout: 60_000 })
  await expect(page.getByTestId('imported').locator('tbody tr')).toHaveCount(2)
  await expect(page.getByTestId('imported')).toContainText('Amina')
  const rejected = page.getByTestId('rejected')
  await expect(rejected).toContainText('bruno.json')
  await expect(rejected).toContainText('hostile.json')
  // Dropping the same file again (a folder with a copy) is refused too, by name.
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer()
    dt.items.add(new File([text], 'amina (copy).json', { type: 'application/json' }))
    return dt
  }, good.toString())
  await page
    .getByRole('region', { name: 'Drop results files or a folder here' })
    .dispatchEvent('drop', { dataTransfer })
  await expect(rejected).toContainText('amina (copy).json: it is the same session as amina.json')
  await expect(page.getByTestId('heatmap').first()).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  // Chen's hasty decisions were wrong somewhere on the registration map.
  await expect(page.getByTestId('heatmap').locator('li.hot')).not.toHaveCount(0)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: 'test-results/workshop-import-1280.png', fullPage: true })
  await page.setViewportSize({ width: 768, height: 1024 })
  await page.screenshot({ path: 'test-results/workshop-import-768.png', fullPage: true })
})
