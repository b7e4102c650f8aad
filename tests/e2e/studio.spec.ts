/**
 * A trainer writes a small scenario in the studio: sees a located error, fixes it, previews the
 * ground truth, plays one case as a trainee, and finds the scenario again after a reload.
 */
import { expect, test, type Page } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import { currentCaseId, openFirstCase, playCase, startExercise } from './support/ui'

const SCENARIO = `format: 1
title: Studio desk
summary: Four applications for a TIN.
objectives:
  - Verify an applicant before issuing a TIN
difficulty: 1
minutes: 10
tadat: [P1-1]
language: en
jurisdiction: northland
world:
  seed: 7
  referenceDate: 2025-03-03
  population: { individuals: 40, businesses: 20 }
  registration:
    applications: 4
    anomalies: { duplicate-identity: 1 }
    lookalikes: { namesake: 1 }
tasks:
  - id: desk
    process: registration
    title: Four applications
    briefing: Decide each application after checking the registries.
    hints:
      - text: Compare the national ID with the register hits.
    feedback:
      duplicate-identity: One person, one TIN.
      namesake: Two people can share a name.
passMark: 170
`

/**
 * Replaces the editor's text the way a trainer pastes a file: select all, then paste. Typing it
 * key by key would let the editor auto-indent each new line, and the browser's raw text insertion
 * turns runs of spaces into non-breaking spaces, which YAML reads as content.
 */
async function replaceText(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Scenario YAML' })
  await editor.click()
  await page.keyboard.press('ControlOrMeta+a')
  await editor.evaluate((element, pasted) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', pasted)
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  }, text)
  await expect(editor).toContainText(text.split('\n')[1]!)
}

test('write, fix, preview, play and find again after a reload', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await page.getByRole('link', { name: 'scenario studio' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario studio' })).toBeVisible()
  await page.getByRole('button', { name: 'New scenario' }).click()
  await page.getByLabel('File name').fill('studio-desk')
  await page.getByLabel('File name').press('Enter')
  await expect(page.getByRole('button', { name: 'studio-desk.yaml' })).toBeVisible()

  await replaceText(page, SCENARIO)
  const problems = page.getByRole('list', { name: 'Problems' })
  await expect(problems).toContainText('studio-desk.yaml:29:11')
  await expect(problems).toContainText('passMark')
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1)

  const fixed = SCENARIO.replace('passMark: 170', 'passMark: 70')
  await replaceText(page, fixed)
  await expect(page.getByRole('status').filter({ hasText: 'Valid' })).toBeVisible()
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0)

  await page.getByRole('button', { name: 'Preview the world' }).click()
  const preview = page.getByRole('region', { name: /^Ground truth/ })
  await expect(preview.locator('tbody tr')).toHaveCount(4, { timeout: 30_000 })
  await expect(preview).toContainText('duplicate-identity')

  await page.getByRole('button', { name: 'Play as a trainee' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Studio desk' })).toBeVisible()
  await startExercise(page, 'practice')
  const scenario = playableScenarios([{ path: 'studio/studio-desk.yaml', text: fixed }]).find(
    (s) => s.id === 'studio-desk',
  )!
  const shadow = await Shadow.create(scenario, 'practice')
  await openFirstCase(page)
  const caseId = currentCaseId(page)
  await playCase(page, shadow.steps(caseId), 'practice', scenario.jurisdiction.currency.minorUnits)

  await page.reload()
  await page.goto('/#/')
  const card = page.getByRole('article').filter({ hasText: 'Studio desk' })
  await expect(card).toBeVisible({ timeout: 30_000 })
  await expect(card.getByText('Your scenario')).toBeVisible()
  await card.getByRole('link', { name: 'Studio desk' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Studio desk' })).toBeVisible()
  await page.goto(`/#/scenario/studio-desk/work/${encodeURIComponent(caseId)}`)
  await expect(page.getByRole('heading', { name: /^Feedback:/ })).toBeVisible({ timeout: 30_000 })

  await page.goto('/#/studio')
  await expect(page.getByRole('button', { name: 'studio-desk.yaml' })).toBeVisible()
})

test('a big or binary file gets a clear message', async ({ page }) => {
  await page.goto('/#/studio')
  await page.getByLabel('Import a file (.yaml)').setInputFiles({
    name: 'huge.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.alloc(5 * 1024 * 1024, 'a'),
  })
  await expect(page.getByRole('alert')).toContainText('huge.yaml is 5.0 MB')
  await page.getByLabel('Import a file (.yaml)').setInputFiles({
    name: 'photo.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
  })
  await expect(page.getByRole('alert')).toContainText('photo.yaml is not a text file')
})
