/**
 * Every right answer can be entered through the player. The `best` answers of the engine (the
 * Node shadow session, through the same availability function and form fields) are played
 * with clicks and typing: the worklist, the evidence tabs, the steps, the forms. The results
 * page must show the engine's maximum. The pre-assessment covers every process (a partly
 * disputed debt among them); the capstone is played to the end.
 */
import { expect, test, type Page } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import {
  advanceCalendar,
  currentCaseId,
  finishExercise,
  nextCase,
  openBriefing,
  openFirstCase,
  playCase,
  startExercise,
} from './support/ui'

const playable = playableScenarios()

async function playToMaximum(page: Page, id: string, mode: 'practice' | 'assessment') {
  const scenario = playable.find((s) => s.id === id)!
  const shadow = await Shadow.create(scenario, mode)
  await openBriefing(page, scenario.title)
  await startExercise(page, mode)
  const minorUnits = scenario.jurisdiction.currency.minorUnits
  await openFirstCase(page)
  const done = new Set<string>()
  for (;;) {
    do {
      const caseId = currentCaseId(page)
      await playCase(page, shadow.steps(caseId), mode, minorUnits)
      done.add(caseId)
    } while (await nextCase(page))
    // A scenario with an agenda of days: the next day's cases arrive when the calendar reaches it.
    const days = shadow.nextDay()
    if (days === 0) break
    await advanceCalendar(page, days)
    await openFirstCase(page)
  }
  expect(done.size).toBe(shadow.caseIds.length)
  const report = shadow.finish()
  expect(report.score, 'the engine scores its own best answers at the maximum').toBe(report.maxScore)
  await finishExercise(page)
  const score = page.getByRole('region', { name: 'Score' })
  await expect(score.getByText(`/ ${report.maxScore} points`)).toBeVisible()
  await expect(score.getByText('100%', { exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Procedural errors' })).toHaveCount(0)
}

test('the pre-assessment (every process) is played to the maximum through the UI', async ({ page }) => {
  test.setTimeout(180_000)
  await playToMaximum(page, 'pre-assessment', 'practice')
})

test('the capstone is played to the end and to the maximum through the UI', async ({ page }) => {
  test.setTimeout(300_000)
  await playToMaximum(page, 'capstone-district-office-week', 'assessment')
})
