/**
 * A trainer writes a small scenario in the studio: sees a located error, fixes it, previews the
 * ground truth, plays one case as a trainee, and finds the scenario again after a reload.
 */
import { expect, test } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import { lineOf, pasteScenario, STUDIO_DESK, STUDIO_DESK_CASES, withSetting } from './support/studio'
import { currentCaseId, openFirstCase, playCase, startExercise } from './support/ui'

/** The desk with a pass mark no score can reach: the validator's located error to fix. */
const SCENARIO = withSetting(STUDIO_DESK, 'passMark', '170')

/** A French draft with the mistakes a trainer makes: a French key, a date that does not exist, typos. */
const GUICHET_WITH_MISTAKES = withSetting(
  STUDIO_DESK.replace('objectives:', 'objectifs:')
    .replace('referenceDate: 2025-03-03', 'referenceDate: 2025-02-30')
    .replace(/anomalies: \{ ([^}]*) \}/, 'anomalies: { $1, doublon: 1 }')
    .replace('process: registration', 'process: registation'),
  'passMark',
  '170',
)

test('write, fix, preview, play and find again after a reload', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await page.getByRole('link', { name: 'scenario studio' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario studio' })).toBeVisible()
  await page.getByRole('button', { name: 'New scenario' }).click()
  await page.getByLabel('File name').fill('studio-desk')
  await page.getByLabel('File name').press('Enter')
  await expect(page.getByRole('button', { name: 'studio-desk.yaml' })).toBeVisible()

  await pasteScenario(page, SCENARIO)
  const problems = page.getByRole('list', { name: 'Problems' })
  await expect(problems).toContainText(`studio-desk.yaml:${lineOf(SCENARIO, 'passMark')}:11`)
  await expect(problems).toContainText('passMark')
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1)

  const fixed = STUDIO_DESK
  await pasteScenario(page, fixed)
  await expect(page.getByRole('status').filter({ hasText: 'Valid' })).toBeVisible()
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0)

  await page.getByRole('button', { name: 'Preview the world' }).click()
  const preview = page.getByRole('region', { name: /^Ground truth/ })
  await expect(preview.locator('tbody tr')).toHaveCount(STUDIO_DESK_CASES, { timeout: 30_000 })
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

test('a French trainer reads the validator’s messages in French, in the list and on the marks', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/#/studio')
  await page.getByRole('combobox', { name: 'Display language' }).selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByRole('button', { name: 'Nouveau scénario' }).click()
  await page.getByLabel('Nom du fichier').fill('guichet-essai')
  await page.getByLabel('Nom du fichier').press('Enter')
  // The rename is stored before the file is pasted over, as in the first test.
  await expect(page.getByRole('button', { name: 'guichet-essai.yaml' })).toBeVisible()
  await pasteScenario(page, GUICHET_WITH_MISTAKES, 'YAML du scénario')

  const problems = page.getByRole('list', { name: 'Problèmes' })
  await expect(problems).toContainText('clé inconnue « objectifs » — vouliez-vous dire « objectives » ?')
  await expect(problems).toContainText('passMark doit valoir au plus 100, et non 170')
  await expect(problems).toContainText('referenceDate doit être une date réelle écrite AAAA-MM-JJ')
  await expect(problems).toContainText('process doit être l’une des valeurs')
  await expect(problems).toContainText('clé inconnue « doublon » — les clés permises ici sont')
  for (const english of ['unknown key', 'must be', 'did you mean', 'not a known', 'allowed here'])
    await expect(problems).not.toContainText(english)

  // The editor's mark says the same in French when the trainer points at it.
  await page.locator('.cm-lintRange-error').first().hover()
  const tooltip = page.locator('.cm-tooltip-lint')
  await expect(tooltip).toContainText('clé inconnue « objectifs »')
  await page.screenshot({ path: testInfo.outputPath('studio-fr-errors.png') })
  await page.mouse.move(0, 0)
  await problems.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('studio-fr-problems.png') })

  // Once the structure is right, the semantic pass speaks French too.
  await pasteScenario(
    page,
    STUDIO_DESK.replace('jurisdiction: northland', 'jurisdiction: senegal'),
    'YAML du scénario',
  )
  await expect(problems).toContainText('la juridiction « senegal » n’est pas un profil connu')
  await expect(problems).not.toContainText('is not a known profile')
})
