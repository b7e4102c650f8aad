/**
 * "Advance calendar" says what the jump will do before it does it: the cases that will pass
 * their due date and those that move on by themselves. Cancel changes nothing.
 */
import { expect, test } from '@playwright/test'
import { playableScenarios } from './support/engine'
import { openBriefing, openFirstCase, startExercise } from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'collection-first-contact')!

test('advancing the calendar is previewed, can be cancelled, and then happens', async ({ page }) => {
  await openBriefing(page, scenario.title)
  await startExercise(page, 'practice')
  await openFirstCase(page)
  const today = page.locator('.today time')
  const before = await today.textContent()

  await page.getByRole('button', { name: 'Advance calendar…' }).click()
  await page.getByLabel('Days', { exact: true }).fill('40')
  await page.getByRole('button', { name: 'Advance', exact: true }).click()
  const preview = page.getByRole('region', { name: /^40 days later:/ })
  await expect(preview).toBeVisible()
  await expect(preview.getByText(/(1 case passes its|cases pass their) due date/)).toBeVisible()
  await expect(preview.getByText('(not opened yet)').first()).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('calendar-preview.png') })

  await preview.getByRole('button', { name: 'Cancel' }).click()
  await expect(preview).toBeHidden()
  await expect(today).toHaveText(before!)

  await page.getByRole('button', { name: 'Advance', exact: true }).click()
  await page.getByRole('button', { name: /^Advance to / }).click()
  await expect(today).not.toHaveText(before!)
})
