/**
 * The hub's pages in the trainer's or trainee's language, picked in the header of an English
 * browser: a broken scenario file's problems, a refused name, the page's own checks of a form
 * (never the browser's "Please fill out this field.") and its file pickers say nothing in English.
 */
import { expect, test, type Page } from '@playwright/test'
import { createTranslator } from '../../src/i18n/render'
import { loadCatalogue } from '../../src/i18n/load'
import { englishIn } from './support/english'
import { startHub, type RunningHub } from './support/hub'
import { lineOf, STUDIO_DESK } from './support/studio'

const fr = createTranslator({ language: 'fr', catalogue: await loadCatalogue('fr') })
const ru = createTranslator({ language: 'ru', catalogue: await loadCatalogue('ru') })

let hub: RunningHub

test.beforeAll(async () => {
  test.setTimeout(120_000)
  hub = await startHub()
})

test.afterAll(() => hub?.stop())

/** Opens `path` on the hub and picks `language` in the header, as a trainee of an English browser does. */
async function openIn(page: Page, path: string, language: 'fr' | 'ru', heading: string): Promise<void> {
  await page.goto(`${hub.url}/${path}`)
  await page.getByRole('combobox', { name: 'Display language' }).selectOption(language)
  await expect(page.locator('html')).toHaveAttribute('lang', language)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 })
}

async function screenshots(page: Page, name: string) {
  for (const [width, height] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `test-results/${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 720 })
}

test("a broken scenario file's problems are listed in French, located in the file the trainer chose", async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openIn(page, '#/workshop/new', 'fr', fr.m('workshop.new.title'))
  await page.getByLabel(fr.m('workshop.new.name')).fill('Atelier cassé')
  await page.getByLabel(fr.m('workshop.new.files')).setInputFiles({
    name: 'broken-desk.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(STUDIO_DESK.replace(/applications: \d+/, 'applications: beaucoup')),
  })
  await expect(page.getByTestId('chosen-scenarios')).toContainText('Studio desk')
  await page.getByRole('button', { name: fr.m('workshop.new.create') }).click()
  const problem = page.getByRole('alert')
  await expect(problem).toContainText(fr.m('workshop.hub.fileProblems', { problems: '' }).trim())
  // Located as the trainer knows the file, and said in French ("applications" is the field's name).
  await expect(problem).toContainText(
    new RegExp(`broken-desk\\.yaml:${lineOf(STUDIO_DESK, 'applications')}:\\d+ : \\S`),
  )
  expect(await englishIn(problem)).toEqual([])
  await expect(page.getByRole('heading', { level: 1, name: fr.m('workshop.new.title') })).toBeVisible()
  await screenshots(page, 'workshop-new-broken-file-fr')
  // A switch of language says the same problems in Russian, without asking the hub again.
  await page.getByRole('combobox', { name: fr.m('app.shell.language') }).selectOption('ru')
  await expect(problem).toContainText(ru.m('workshop.hub.fileProblems', { problems: '' }).trim())
  expect(await englishIn(problem)).toEqual([])
})
