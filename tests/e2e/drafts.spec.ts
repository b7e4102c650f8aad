/**
 * A half-filled form survives a reload: the form opens again with what was typed, and once the
 * step is confirmed (or the form cancelled) the draft is gone.
 */
import { expect, test } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import { actions, expectWorklist, openBriefing, openFirstCase, playStep, startExercise } from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!
const minorUnits = scenario.jurisdiction.currency.minorUnits

test('a half-filled decision form survives a reload, and is cleared once confirmed', async ({ page }) => {
  const shadow = await Shadow.create(scenario, 'practice')
  await openBriefing(page, scenario.title)
  await startExercise(page, 'practice')
  const caseId = await openFirstCase(page)
  // Take the checks the decisions need, then start a rejection and leave it half done.
  for (const step of shadow.steps(caseId).filter((s) => s.kind !== 'command' || !s.final))
    await playStep(page, step, minorUnits)
  await actions(page)
    .getByRole('button', { name: /^Reject the application/ })
    .click()
  const form = actions(page).getByRole('form', { name: 'Reject the application' })
  const reason = form.getByRole('textbox').first()
  await reason.fill('The address on the form does not match the lease')

  await page.reload()
  await expectWorklist(page)
  await expect(reason).toHaveValue('The address on the form does not match the lease')
  await expect(form.getByText('What you had typed before the page was reloaded is back')).toBeVisible()
  await form.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('draft-after-reload.png') })

  // Cancelling forgets it…
  await form.getByRole('button', { name: 'Cancel' }).click()
  await actions(page)
    .getByRole('button', { name: /^Reject the application/ })
    .click()
  await expect(reason).not.toHaveValue('The address on the form does not match the lease')
  // …and so does confirming: after a reload nothing is left over.
  await reason.fill('Wrong premises')
  await form.getByRole('button', { name: 'Confirm: Reject the application' }).click()
  await expect(page.getByRole('heading', { name: /^Feedback:/ })).toBeVisible()
  const kept = await page.evaluate(() =>
    Object.keys(sessionStorage).filter((key) => key.startsWith('tamis-draft/')),
  )
  expect(kept.filter((key) => !key.startsWith('tamis-draft/open/'))).toEqual([])
})
