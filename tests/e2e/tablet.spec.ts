/** A tablet in portrait (768×1024): every page fits the width and the main controls are reachable. */
import { expect, test, type Page } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import {
  expectAccessible,
  finishExercise,
  openBriefing,
  openFirstCase,
  playCase,
  startExercise,
} from './support/ui'

test.use({ viewport: { width: 768, height: 1024 } })

const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!

async function expectNoSideways(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `the ${where} scrolls sideways`).toBeLessThanOrEqual(0)
}

test('tablet: catalogue, briefing, a decision and the results', async ({ page }) => {
  test.setTimeout(60_000)
  const shadow = await Shadow.create(scenario, 'practice')
  await openBriefing(page, scenario.title)
  await expectNoSideways(page, 'briefing')
  await startExercise(page, 'practice')
  await expectNoSideways(page, 'workspace')
  const caseId = await openFirstCase(page)
  await playCase(page, shadow.steps(caseId), 'practice', scenario.jurisdiction.currency.minorUnits)
  await expectNoSideways(page, 'case view')
  await expectAccessible(page, 'workspace on a tablet')
  await finishExercise(page)
  await expectNoSideways(page, 'report')
  await expect(page.getByRole('button', { name: 'Download results (JSON)' })).toBeInViewport()
  await page.getByRole('link', { name: 'Choose another scenario' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible()
  await expectNoSideways(page, 'catalogue')
})
