/**
 * Keyboard only: a scenario from the catalogue to the results with Tab, Shift+Tab, Enter and
 * Space (and typing where a form asks for text), with the focus visible at every stop.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectWorklist, openCatalog } from './support/ui'

const fixture = readFileSync(new URL('./fixtures/keyboard-desk.yaml', import.meta.url))

/** Presses Tab until the target has the focus (never clicks); checks the focus can be seen. */
async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
  await expect(target).toBeVisible()
  const handle = await target.elementHandle()
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) {
      const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle)
      expect(outline, 'the focused element shows a focus outline').not.toBe('none')
      return
    }
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press(key)
}

test('a whole scenario with the keyboard only', async ({ page }) => {
  test.setTimeout(90_000)
  await openCatalog(page)
  await page.getByLabel('Scenario file (.yaml)').setInputFiles({
    name: 'keyboard-desk.yaml',
    mimeType: 'application/yaml',
    buffer: fixture,
  })
  const link = page.getByRole('link', { name: 'Keyboard desk: three applications' })
  await press(page, link.first())
  await expect(
    page.getByRole('heading', { level: 1, name: 'Keyboard desk: three applications' }),
  ).toBeVisible()

  await press(page, page.getByRole('radio', { name: /^Practice/ }), 'Space')
  await press(page, page.getByRole('button', { name: 'Start in practice mode' }))
  await expectWorklist(page)

  const actions = page.getByRole('region', { name: 'Actions' })
  await press(page, page.getByRole('navigation', { name: 'Worklist' }).getByRole('button').first())
  for (let decided = 0; decided < 3; decided++) {
    await expect(actions).toBeVisible()
    for (const step of [
      'Verify identity with the registry',
      'Check the documents',
      'Run the duplicate check',
    ])
      await press(page, actions.getByRole('button', { name: step, exact: true }))
    await press(page, actions.getByRole('button', { name: /^Approve and issue a TIN/ }))
    // The graded fields start empty: tick a tax type with Space and pick a segment by typing.
    const approve = actions.getByRole('form', { name: /^Approve and issue a TIN/ })
    await press(
      page,
      approve
        .getByRole('group', { name: /^Register for/ })
        .getByRole('checkbox')
        .first(),
      'Space',
    )
    await tabTo(page, approve.getByLabel('Segment'))
    await page.keyboard.type('small')
    await expect(approve.getByLabel('Segment')).toHaveValue('small')
    await press(page, actions.getByRole('button', { name: /^Confirm: Approve/ }))
    // The engine worker answers either way: feedback, or the reason it refused.
    const refused = actions.getByText(/^Not done:/)
    await expect(page.getByRole('heading', { name: /^Feedback:/ }).or(refused)).toBeVisible()
    if (await refused.isVisible()) {
      await press(page, actions.getByRole('button', { name: /^Reject the application/ }))
      await tabTo(page, actions.getByLabel(/^Reason/))
      await page.keyboard.type('The applicant already holds a TIN.')
      await press(page, actions.getByRole('button', { name: /^Confirm: Reject/ }))
    }
    await expect(page.getByRole('heading', { name: /^Feedback:/ })).toBeVisible()
    if (decided < 2) await press(page, actions.getByRole('button', { name: 'Next case →' }))
  }

  await press(page, page.getByRole('button', { name: 'Finish exercise…' }))
  await press(page, page.getByRole('dialog').getByRole('button', { name: 'Finish and see results' }))
  await expect(page.getByRole('heading', { level: 1, name: /^Your results/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Every decision' }).getByRole('article')).toHaveCount(3)
  await press(page, page.getByRole('link', { name: 'Choose another scenario' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible()
})

test('arrow keys move along the evidence tabs with the focus ring visible', async ({ page }) => {
  await openCatalog(page)
  await page.getByLabel('Scenario file (.yaml)').setInputFiles({
    name: 'keyboard-desk.yaml',
    mimeType: 'application/yaml',
    buffer: fixture,
  })
  await page.getByRole('link', { name: 'Keyboard desk: three applications' }).first().click()
  await page.getByRole('button', { name: /^Start in/ }).click()
  await expectWorklist(page)
  await page.getByRole('navigation', { name: 'Worklist' }).getByRole('button').first().click()
  const tabs = page.getByRole('tablist').first().getByRole('tab')
  await expect(tabs.nth(1)).toBeVisible()
  await tabTo(page, page.getByRole('tablist').first().getByRole('tab', { selected: true }))
  await page.keyboard.press('ArrowRight')
  const focused = page.locator(':focus')
  await expect(focused).toHaveAttribute('role', 'tab')
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')
})
