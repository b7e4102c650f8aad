/**
 * Screenshots of each page at 1280×720 for review and for the README. Skipped unless
 * SCREENSHOTS=1: `SCREENSHOTS=1 npx playwright test screenshots`. Files go to
 * test-results/screenshots/; the README's public/screenshot-*.png are copies of two of them.
 */
import { expect, test } from '@playwright/test'

const dir = 'test-results/screenshots'

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots')

test('screenshots of every page', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible()
  await page.screenshot({ path: `${dir}/1-catalog.png` })

  await page
    .getByRole('link')
    .filter({ hasText: /registration/i })
    .first()
    .click()
  await expect(page.getByRole('heading', { name: 'What you will practise' })).toBeVisible()
  await page.screenshot({ path: `${dir}/2-briefing.png` })
  await page.screenshot({ path: `${dir}/2b-briefing-full.png`, fullPage: true })

  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expect(page.getByRole('heading', { name: 'Worklist', exact: true })).toBeVisible({ timeout: 30_000 })
  await page.screenshot({ path: `${dir}/3-workspace-empty.png` })

  const actions = page.getByRole('region', { name: 'Actions' })
  const rows = page.getByRole('navigation', { name: 'Worklist' }).locator('tbody tr')
  const total = await rows.count()
  for (let i = 0; i < total; i++) {
    await rows.nth(i).getByRole('button').click()
    if (i === 1) await page.screenshot({ path: `${dir}/4-case-new.png` })
    for (const step of [
      'Verify identity with the registry',
      'Check the documents',
      'Run the duplicate check',
    ]) {
      await actions.getByRole('button', { name: step, exact: true }).click()
    }
    if (i === 1) {
      await page
        .getByRole('tab', { name: /registry/i })
        .first()
        .click()
      await page.screenshot({ path: `${dir}/5-case-checked.png` })
    }
    if (i === 2) {
      await page.getByRole('tab', { name: 'Company registry' }).click()
      await page.screenshot({ path: `${dir}/5b-company.png` })
      await page.getByRole('tab', { name: 'Civil registry' }).click()
      await page.screenshot({ path: `${dir}/5c-directors.png` })
      await page.getByRole('tab', { name: 'Documents submitted' }).click()
      await page.screenshot({ path: `${dir}/5d-documents.png` })
    }
    await actions.getByRole('button', { name: /^Approve and issue a TIN/ }).click()
    if (i === 1) await page.screenshot({ path: `${dir}/6-approve-form.png` })
    await actions.getByRole('button', { name: 'Confirm approval' }).click()
    const refused = actions.getByText(/^Not done:/)
    if (await refused.isVisible()) {
      await actions.getByRole('button', { name: /^Reject the application/ }).click()
      await actions
        .getByLabel(/Reason for the rejection/)
        .fill('The identity does not match the civil registry.')
      await actions.getByRole('button', { name: 'Confirm rejection' }).click()
    }
    await expect(page.getByRole('heading', { name: /^Feedback:/ })).toBeVisible()
    if (i === 1) await page.screenshot({ path: `${dir}/7-feedback.png` })
  }

  await page.getByRole('button', { name: /^Hints/ }).click()
  await page.getByRole('button', { name: /^Reveal hint 1/ }).click()
  await page.screenshot({ path: `${dir}/8-hints.png` })

  await page.getByRole('button', { name: 'Finish exercise…' }).click()
  await page.screenshot({ path: `${dir}/9-finish-dialog.png` })
  await page.getByRole('dialog').getByRole('button', { name: 'Finish and see results' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Your results/ })).toBeVisible()
  await page.screenshot({ path: `${dir}/10-report.png` })
  await page.screenshot({ path: `${dir}/11-report-full.png`, fullPage: true })
})
