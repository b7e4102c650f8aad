/**
 * The player plays every process: for each one, its introductory bundled scenario is opened,
 * the first case is worked with the engine's best answers through the UI (evidence steps
 * included), and the feedback grades it correct.
 */
import { expect, test } from '@playwright/test'
import { PROCESSES } from '../../src/engine/processes/formats'
import { playableScenarios, Shadow } from './support/engine'
import {
  currentCaseId,
  expectAccessible,
  openBriefing,
  openFirstCase,
  playCase,
  startExercise,
} from './support/ui'

const scenarios = playableScenarios()

for (const process of PROCESSES) {
  const scenario = scenarios
    .filter((s) => s.tasks.every((t) => t.process === process))
    .sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id))[0]

  test(`plays a ${process} case in the browser`, async ({ page }) => {
    expect(scenario, `a bundled scenario with only ${process} tasks`).toBeDefined()
    const shadow = await Shadow.create(scenario!, 'practice')
    await openBriefing(page, scenario!.title)
    await startExercise(page, 'practice')
    await openFirstCase(page)
    const caseId = currentCaseId(page)
    await playCase(page, shadow.steps(caseId), 'practice', scenario!.jurisdiction.currency.minorUnits)
    const feedback = page.getByRole('heading', { name: /^Feedback:/ })
    await expect(feedback).toContainText('Correct')
    await expectAccessible(page, `${process} workspace after a decision`)
  })
}
