/**
 * Practice lets a trainee go back one decision, take the other branch and compare both side by
 * side; the results count only the first decision and say so. A calendar advance can be undone
 * the same way. In assessment mode neither is offered.
 */
import { expect, test } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import {
  actions,
  advanceCalendar,
  expectAccessible,
  expectWorklist,
  finishExercise,
  openBriefing,
  openFirstCase,
  playCase,
  startExercise,
  worklist,
} from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!
const minorUnits = scenario.jurisdiction.currency.minorUnits

test('a practice decision is taken back, the other branch taken, and both compared', async ({ page }) => {
  const shadow = await Shadow.create(scenario, 'practice')
  await openBriefing(page, scenario.title)
  await startExercise(page, 'practice')
  const caseId = await openFirstCase(page)
  const steps = shadow.steps(caseId)
  const best = steps.at(-1)!
  expect(best.kind === 'command' && best.final).toBe(true)
  await playCase(page, steps, 'practice', minorUnits)
  await expect(page.getByRole('heading', { name: /^Feedback: ✓ Correct/ })).toBeVisible()

  // Back: the case is open again, the first decision is kept for comparison.
  await actions(page).getByRole('button', { name: 'Take back this decision' }).click()
  const tries = page.getByRole('region', { name: 'Your decisions on this case, side by side' })
  await expect(tries.getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('heading', { name: 'Actions' })).toBeFocused()
  await expect(tries).toContainText('First decision (counts in your results)')
  await expect(page.getByRole('heading', { name: /^Feedback:/ })).toHaveCount(0)

  // The other branch: reject a genuine applicant.
  await actions(page)
    .getByRole('button', { name: /^Reject the application/ })
    .click()
  const form = actions(page).getByRole('form', { name: 'Reject the application' })
  await form.getByRole('textbox').first().fill('Documents look doubtful')
  await form.getByRole('button', { name: 'Confirm: Reject the application' }).click()
  await expect(tries.getByRole('listitem')).toHaveCount(2)
  await expect(tries.getByRole('listitem').nth(0)).toContainText('✓ Correct')
  await expect(tries.getByRole('listitem').nth(1)).toContainText('Decision 2 (practice only)')
  await expect(tries.getByRole('listitem').nth(1)).not.toContainText('✓ Correct')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: test.info().outputPath('tries-1280x800.png') })
  await expectAccessible(page, 'case with two decisions side by side')

  // And back again: the first branch once more; the comparison survives a reload (it is a replay).
  await actions(page).getByRole('button', { name: 'Take back this decision' }).click()
  await expect(actions(page).getByRole('button', { name: /^Approve and issue a TIN/ })).toBeVisible()
  await playCase(page, [best], 'practice', minorUnits)
  await expect(tries.getByRole('listitem')).toHaveCount(3)
  await page.reload()
  await expectWorklist(page)
  await expect(tries.getByRole('listitem')).toHaveCount(3)
  await page.setViewportSize({ width: 768, height: 1024 })
  await page.screenshot({ path: test.info().outputPath('tries-768x1024.png'), fullPage: true })

  await finishExercise(page)
  await expect(page.getByText('Only your first decision on each case counts')).toContainText(
    'you took another branch on 1 case after it',
  )
  for (const [width, height] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: test.info().outputPath(`results-${width}x${height}.png`) })
  }
  await expect(page.getByText('Your first decision (the one that counts)')).toHaveCount(1)
  await expect(page.getByText('took it back and decided again 2 times')).toBeVisible()
  await expectAccessible(page, 'results page after a retried case')
})

test('a calendar advance is undone in practice', async ({ page }) => {
  await openBriefing(page, scenario.title)
  await startExercise(page, 'practice')
  await openFirstCase(page)
  const today = page.locator('.today time')
  const before = await today.textContent()
  const undo = page.getByRole('button', { name: 'Undo advance' })
  await expect(undo).toHaveCount(0)
  await advanceCalendar(page, 30)
  await expect(today).not.toHaveText(before!)
  for (const [width, height] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: test.info().outputPath(`undo-advance-${width}x${height}.png`) })
  }
  await undo.click()
  await expect(today).toHaveText(before!)
  await expect(undo).toHaveCount(0)
})

test('an assessment offers no take-back, of a decision or of the calendar', async ({ page }) => {
  const shadow = await Shadow.create(scenario, 'assessment')
  await openBriefing(page, scenario.title)
  await startExercise(page, 'assessment')
  const caseId = await openFirstCase(page)
  await playCase(page, shadow.steps(caseId), 'assessment', minorUnits)
  await advanceCalendar(page, 30)
  await expect(page.getByRole('button', { name: /^Take back/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Undo advance' })).toHaveCount(0)
})

test('"try again" replays the same world, or a fresh one with new figures and names', async ({ page }) => {
  await openBriefing(page, scenario.title)
  await startExercise(page, 'practice')
  const names = () => worklist(page).locator('tbody tr').allInnerTexts()
  const first = await names()
  const seed = async () => {
    await finishExercise(page)
    return /seed (\d+)/.exec((await page.locator('.certificate').first().textContent()) ?? '')?.[1]
  }
  const firstSeed = await seed()
  expect(firstSeed).toBe(String(scenario.world.seed))

  await page.getByRole('button', { name: 'Try again: same cases (practice)' }).click()
  await expectWorklist(page)
  expect(await names()).toEqual(first)
  expect(await seed()).toBe(firstSeed)

  await page.getByRole('button', { name: 'Try again: new figures and names (practice)' }).click()
  await expectWorklist(page)
  const fresh = await names()
  expect(fresh).toHaveLength(first.length)
  expect(fresh).not.toEqual(first)
  const freshSeed = await seed()
  expect(freshSeed).not.toBe(firstSeed)
  // Starting again from the briefing goes back to the scenario's own world.
  await page.getByRole('link', { name: 'Briefing' }).click()
  await page.getByRole('button', { name: /^Start again in practice mode/ }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Start again in practice mode' }).click()
  await expectWorklist(page)
  expect(await names()).toEqual(first)
})
