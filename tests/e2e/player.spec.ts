import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'

/** No serious or critical WCAG 2.x A/AA violations on the page as it is now. */
async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(serious, `accessibility problems on the ${where}`).toEqual([])
}

/** Catalogue → briefing of the bundled registration scenario. */
async function openBriefing(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible()
  const scenario = page
    .getByRole('link')
    .filter({ hasText: /registration/i })
    .first()
  await expect(scenario).toBeVisible()
  await scenario.click()
  await expect(page.getByRole('heading', { name: 'What you will practise' })).toBeVisible()
}

async function startExercise(page: Page) {
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expect(page.getByRole('heading', { name: 'Worklist', exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText('Today (simulated)')).toBeVisible()
}

function worklistRows(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Worklist' }).locator('tbody tr')
}

function actions(page: Page): Locator {
  return page.getByRole('region', { name: 'Actions' })
}

/** Runs the procedure steps an approval needs, in the order a desk officer would. */
async function runChecks(page: Page) {
  for (const step of [
    'Verify identity with the registry',
    'Check the documents',
    'Run the duplicate check',
  ]) {
    const button = actions(page).getByRole('button', { name: step, exact: true })
    if (await button.isEnabled()) await button.click()
  }
}

test('walkthrough: every application approved with the prefilled form, then the report', async ({ page }) => {
  test.setTimeout(120_000)
  await openBriefing(page)
  await expect(page.getByText(/VAT registration/).first()).toBeVisible()
  await expectAccessible(page, 'briefing')
  await startExercise(page)

  const total = await worklistRows(page).count()
  expect(total).toBeGreaterThan(0)

  for (let i = 0; i < total; i++) {
    await worklistRows(page).nth(i).getByRole('button').click()
    await expect(page.getByRole('tab', { name: 'Application form' })).toBeVisible()
    await runChecks(page)
    await actions(page)
      .getByRole('button', { name: /^Approve and issue a TIN/ })
      .click()
    await actions(page).getByRole('button', { name: 'Confirm approval' }).click()
    const feedback = page.getByRole('heading', { name: /^Feedback:/ })
    const refusal = actions(page).getByText(/^Not done:/)
    await expect(feedback.or(refusal)).toBeVisible()
    if (await refusal.isVisible()) {
      // The procedure can refuse an approval (e.g. a duplicate still to resolve): then reject instead.
      await actions(page)
        .getByRole('button', { name: /^Reject the application/ })
        .click()
      await actions(page)
        .getByLabel(/Reason for the rejection/)
        .fill('Walkthrough: approval was not possible.')
      await actions(page).getByRole('button', { name: 'Confirm rejection' }).click()
    }
    await expect(feedback).toBeVisible()
    if (i === 0) await expectAccessible(page, 'workspace after a decision')
  }

  await page.getByRole('button', { name: 'Finish exercise…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Finish and see results' }).click()

  await expect(page.getByRole('heading', { level: 1, name: /^Your results/ })).toBeVisible()
  await expect(page.getByText(/\/ \d+ points/)).toBeVisible()
  await expect(page.getByText(/^(✓ Passed|✗ Not passed)$/)).toBeVisible()
  const decisions = page.getByRole('region', { name: 'Every decision' }).locator('tbody tr')
  await expect(decisions).toHaveCount(total)
  await expect(
    page.getByRole('region', { name: 'By TADAT indicator' }).locator('tbody tr').first(),
  ).toBeVisible()
  await expectAccessible(page, 'report')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results JSON' }).click(),
  ])
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  const results = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  expect(results.format).toBe('tamis-results/1')
  expect(results.decisions).toHaveLength(total)
})

test('a disabled decision shows its reason; a decision shows feedback', async ({ page }) => {
  await openBriefing(page)
  await startExercise(page)
  await worklistRows(page).first().getByRole('button').click()

  const approve = actions(page).getByRole('button', { name: /^Approve and issue a TIN/ })
  await expect(approve).toBeDisabled()
  const reason = await approve.getAttribute('aria-describedby')
  expect(reason).toBeTruthy()
  await expect(page.locator(`[id="${reason}"]`)).toHaveText(/\w{3,}/)
  await expectAccessible(page, 'workspace')

  await runChecks(page)
  await actions(page)
    .getByRole('button', { name: /^Reject the application/ })
    .click()
  await actions(page)
    .getByLabel(/Reason for the rejection/)
    .fill('Identity could not be confirmed.')
  await actions(page).getByRole('button', { name: 'Confirm rejection' }).click()

  const feedback = page.getByRole('region', { name: /^Feedback:/ })
  await expect(feedback).toBeVisible()
  await expect(feedback.getByText(/(Correct|Acceptable|Wrong|Harmful)/).first()).toBeVisible()
  await expect(feedback.locator('p').first()).toHaveText(/\w+.{20,}/)
})

test('progress survives a reload', async ({ page }) => {
  await openBriefing(page)
  await startExercise(page)
  await worklistRows(page).first().getByRole('button').click()
  await actions(page).getByRole('button', { name: 'Verify identity with the registry', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Case history' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Case history' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText('Verify identity with the registry', { exact: false }).last()).toBeVisible()
})

test('saved progress that no longer replays gets a clear message and a way to start again', async ({
  page,
}) => {
  await openBriefing(page)
  await startExercise(page)
  await worklistRows(page).first().getByRole('button').click()
  await actions(page).getByRole('button', { name: 'Verify identity with the registry', exact: true }).click()
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('tamis-sandbox/session/'))
    if (!key) throw new Error('no saved session')
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}')
    saved.log.push({ type: 'case.open', caseId: 'NO-SUCH-CASE' })
    localStorage.setItem(key, JSON.stringify(saved))
  })
  await page.reload()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your saved progress could not be restored' }),
  ).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('NO-SUCH-CASE')
  await page.getByRole('button', { name: 'Start again from the beginning' }).click()
  await expect(page.getByRole('heading', { name: 'Worklist', exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(/^0 of \d+ applications decided$/)).toBeVisible()
})

test('a broken scenario file is reported with its location, not a crash', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Scenario file (.yaml)').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('format: 1\ntitle: Broken\n  summary: [unclosed\n'),
  })
  await expect(page.getByRole('heading', { name: 'Problems in scenario files' })).toBeVisible()
  await expect(page.getByText(/broken\.yaml:\d+:\d+/).first()).toBeVisible()
  await expect(
    page
      .getByRole('link')
      .filter({ hasText: /registration/i })
      .first(),
  ).toBeVisible()
  await expectAccessible(page, 'catalogue')
})
