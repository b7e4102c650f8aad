/**
 * A French trainee starting out: on the catalogue switched to French with nothing done, the
 * suggestion is the French level-1 scenario; its briefing is in French, and played to the end
 * with the engine's best answers, its case view and results show no English. Screenshots of the
 * briefing and the results at both sizes go to test-results/.
 */
import { expect, test, type Page } from '@playwright/test'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'
import { playableScenarios, Shadow } from './support/engine'
import { englishIn } from './support/english'
import { escape, playStepIn, screenshots, finishIn } from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'filing-premieres-declarations')!
const { locale, currency } = scenario.jurisdiction
const fr = createTranslator({
  language: 'fr',
  catalogue: await loadCatalogue('fr'),
  country: locale,
  currency,
})
const en = createTranslator({ language: 'en', catalogue: await loadCatalogue('en') })

const main = (page: Page) => page.locator('#main')

test('a French trainee with nothing done is offered the French level-1 scenario and plays it in French', async ({
  page,
}) => {
  test.setTimeout(180_000)
  expect(scenario.language).toBe('fr')
  expect(scenario.difficulty).toBe(1)
  const seen: Record<string, string[]> = {}

  // The catalogue opens in English (the browser's language here); the trainee switches to French.
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: en.m('app.catalog.heading') })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('combobox', { name: en.m('app.shell.language') }).selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1, name: fr.m('app.catalog.heading') })).toBeVisible()
  const suggestion = page.getByRole('region', { name: fr.m('app.catalog.suggested') })
  await expect(suggestion.getByRole('link')).toHaveText(scenario.title)
  await expect(suggestion).toContainText(fr.m('app.catalog.suggest.start'))

  // Its briefing, in French.
  await suggestion.getByRole('link', { name: scenario.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { name: fr.m('app.briefing.objectives') })).toBeVisible()
  await expect(
    page.getByRole('region', { name: new RegExp(escape(scenario.tasks[0]!.title)) }),
  ).toContainText(/Bonjour et bienvenue au service des déclarations/)
  seen.briefing = await englishIn(main(page))
  await screenshots(page, 'french-first-briefing')

  // Played to the end with the engine's best answers, case after case, in French.
  const shadow = await Shadow.create(scenario, 'practice')
  await page.getByRole('button', { name: fr.m('app.briefing.startPractice') }).click()
  const worklist = page.getByRole('navigation', { name: fr.m('app.workspace.worklist') })
  await expect(worklist).toBeVisible({ timeout: 30_000 })
  await worklist.locator('tbody tr').getByRole('button').first().click()
  const actions = page.getByRole('region', { name: fr.m('app.case.actions') })
  await expect(actions).toBeVisible()
  const caseId = () => decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '')
  const played = new Set<string>()
  for (;;) {
    const id = caseId()
    // Each case as it opens, and with its evidence open and its feedback once decided.
    seen[`case ${id} opened`] = await englishIn(main(page))
    for (const step of shadow.steps(id, fr.t)) await playStepIn(page, fr, step, currency.minorUnits)
    await expect(
      page.getByRole('heading', { name: new RegExp(`^${escape(fr.m('app.feedback.heading'))}`) }),
    ).toBeVisible()
    seen[`case ${id} decided`] = await englishIn(main(page))
    played.add(id)
    const next = actions.getByRole('button', { name: fr.m('app.case.next') })
    if (!(await next.isVisible())) break
    await next.click()
    await expect.poll(caseId).not.toBe(id)
  }
  expect([...played].sort()).toEqual(shadow.caseIds.toSorted())
  const report = shadow.finish()
  expect(report.score).toBe(report.maxScore)

  await finishIn(page, fr)
  const score = page.getByRole('region', { name: fr.m('app.report.scoreHeading') })
  await expect(score).toContainText(String(report.maxScore))
  seen.results = await englishIn(main(page))
  await screenshots(page, 'french-first-results')

  const found = Object.entries(seen)
    .filter(([, words]) => words.length)
    .map(([where, words]) => `${where}:\n  ${words.join('\n  ')}`)
    .join('\n')
  expect(found, 'English words on the French pages').toBe('')
})
