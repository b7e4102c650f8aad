/**
 * The player's own pages in French and in Russian: a trainee whose browser speaks the language
 * sees the catalogue, a scenario of that language's briefing, the studio, a finished session's
 * results, the saved-session pages (in progress and damaged) and the page the built app shows
 * when opened from disk with no English word. Screenshots of the French catalogue, studio and
 * results and of the Russian briefing go to test-results/ at laptop and tablet sizes.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { createTranslator, type Translator } from '../../src/i18n/render'
import { loadCatalogue } from '../../src/i18n/load'
import type { Catalogue } from '../../src/i18n/languages'
import { playableScenarios, Shadow } from './support/engine'
import { englishIn } from './support/english'
import { DIST } from './support/static-server'
import { escape, playStepIn, writeStored, finishIn } from './support/ui'

interface Trainee {
  language: 'fr' | 'ru'
  /** The browser's language (navigator.languages), which the catalogue and the disk page follow. */
  locale: string
  catalogue: Catalogue
  scenarioId: string
  /** Pages to photograph at 1280×800 and 768×1024. */
  screenshots: readonly string[]
}

const TRAINEES: readonly Trainee[] = [
  {
    language: 'fr',
    locale: 'fr-SN',
    catalogue: await loadCatalogue('fr'),
    scenarioId: 'collection-lawful-enforcement',
    screenshots: ['catalogue', 'briefing', 'studio', 'results'],
  },
  {
    language: 'ru',
    locale: 'ru-RU',
    catalogue: await loadCatalogue('ru'),
    scenarioId: 'refunds-first-claims-ru',
    screenshots: ['briefing'],
  },
]

/** Everything on the page a trainee reads: the header, the page and any dialog. */
const body = (page: Page): Locator => page.locator('body')

async function photograph(page: Page, trainee: Trainee, name: string): Promise<void> {
  if (!trainee.screenshots.includes(name)) return
  const size = page.viewportSize()
  for (const [width, height] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `test-results/${trainee.language}-${name}-${width}.png`, fullPage: true })
  }
  if (size) await page.setViewportSize(size)
}

for (const trainee of TRAINEES) {
  const scenario = playableScenarios().find((s) => s.id === trainee.scenarioId)!
  const { locale, currency } = scenario.jurisdiction
  const tr: Translator = createTranslator({
    language: trainee.language,
    catalogue: trainee.catalogue,
    country: locale,
    currency,
  })

  test.describe(`a trainee whose browser speaks ${trainee.language}`, () => {
    test.use({ locale: trainee.locale })

    test('sees no English on the catalogue, briefing, studio, results and saved-session pages', async ({
      page,
    }) => {
      test.setTimeout(180_000)
      const seen: Record<string, string[]> = {}
      const look = async (where: string) => {
        seen[where] = await englishIn(body(page))
        await photograph(page, trainee, where)
      }

      await page.goto('/')
      await expect(page.getByRole('heading', { level: 1, name: tr.m('app.catalog.heading') })).toBeVisible({
        timeout: 30_000,
      })
      await expect(page.locator('html')).toHaveAttribute('lang', trainee.language)
      await look('catalogue')

      await page.goto(`/#/scenario/${scenario.id}`)
      await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible({
        timeout: 30_000,
      })
      await look('briefing')
      // Each rule's worked example after « Exemple. », one colon a sentence (it said « Exemple : Sur … : … »).
      const examples = await page.locator('.rules .example').allTextContents()
      expect(examples.length).toBeGreaterThan(0)
      for (const example of examples) {
        expect(example.startsWith(tr.m('app.briefing.example', { example: '' }).trim())).toBe(true)
        for (const sentence of example.split(/(?<=\.)\s+/))
          expect(sentence.split(':').length, sentence).toBeLessThanOrEqual(2)
      }

      // One case decided as the engine says is right, then back to the briefing: a session in progress.
      const shadow = await Shadow.create(scenario, 'practice')
      await page.getByRole('button', { name: tr.m('app.briefing.startPractice') }).click()
      const worklist = page.getByRole('navigation', { name: tr.m('app.workspace.worklist') })
      await expect(worklist).toBeVisible({ timeout: 60_000 })
      await worklist.locator('tbody tr').getByRole('button').first().click()
      await expect(page.getByRole('region', { name: tr.m('app.case.actions') })).toBeVisible()
      const caseId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '')
      for (const step of shadow.steps(caseId, tr.t)) await playStepIn(page, tr, step, currency.minorUnits)
      await expect(
        page.getByRole('heading', { name: new RegExp(`^${escape(tr.m('app.feedback.heading'))}`) }),
      ).toBeVisible()

      await page.goto('/')
      await expect(page.getByRole('region', { name: tr.m('app.catalog.continueHeading') })).toBeVisible({
        timeout: 30_000,
      })
      await look('catalogue with a session in progress')
      await page.goto(`/#/scenario/${scenario.id}`)
      const resume = page.getByRole('link', { name: tr.m('app.briefing.continue') })
      await expect(resume).toBeVisible({ timeout: 30_000 })
      await look('briefing with a session in progress')

      await resume.click()
      await finishIn(page, tr)
      // The evidence the trainee opened is named by its panel's title, not by an English id.
      await expect(page.locator('main')).not.toContainText('Civil registry')
      await look('results')

      await writeStored(page, scenario.id, '{"format":"tamis-session/1","log":[{"type":')
      await page.goto(`/#/scenario/${scenario.id}/work`)
      // A new visit reads the storage again (this page still holds the session it opened).
      await page.reload()
      await expect(page.getByRole('heading', { level: 1, name: tr.m('app.opening.damaged') })).toBeVisible({
        timeout: 30_000,
      })
      await expect(page.getByRole('alert')).toContainText(tr.m('session.saved.garbled'))
      await look('damaged saved session')

      await page.goto('/#/studio')
      await page.getByLabel(tr.m('studio.files.fork')).selectOption(`scenarios/${scenario.id}.yaml`)
      await page.getByRole('button', { name: tr.m('studio.files.copy') }).click()
      await expect(page.getByRole('status').filter({ hasText: tr.m('studio.check.valid') })).toBeVisible({
        timeout: 30_000,
      })
      await page.getByRole('button', { name: tr.m('studio.actions.preview') }).click()
      await expect(page.getByRole('columnheader', { name: tr.m('studio.preview.expected') })).toBeVisible({
        timeout: 60_000,
      })
      await look('studio')

      const report = Object.entries(seen)
        .filter(([, words]) => words.length)
        .map(([where, words]) => `${where}:\n  ${words.join('\n  ')}`)
        .join('\n')
      expect(report, `English words on the ${trainee.language} pages`).toBe('')
    })

    test('opening the built app from disk explains in their language how to open it', async ({ page }) => {
      await page.goto(pathToFileURL(join(DIST, 'index.html')).href)
      await expect(page.getByRole('heading', { level: 1, name: tr.m('app.fromDisk.title') })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', trainee.language)
      await expect(page).toHaveTitle(tr.m('app.fromDisk.title'))
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        tr.m('app.fromDisk.description'),
      )
      await expect(page.getByText(`npx serve ${DIST}/`)).toBeVisible()
      expect(await englishIn(body(page)), 'English words on the page opened from disk').toEqual([])
    })
  })
}
