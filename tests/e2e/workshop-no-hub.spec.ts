/**
 * The workshop pages served without a hub (the static build under `vite preview`, as a USB stick
 * or any web server serves it): the API's addresses answer with the app's own page or a 404, never
 * a workshop. The join page tells a trainee to ask for the workshop's link; the create page tells
 * the trainer the workshop needs the hub and how to start it; neither shows a broken title or form.
 */
import { expect, test, type Page } from '@playwright/test'
import { createTranslator } from '../../src/i18n/render'
import { loadCatalogue } from '../../src/i18n/load'
import { englishIn } from './support/english'
import { screenshots } from './support/ui'

const fr = createTranslator({ language: 'fr', catalogue: await loadCatalogue('fr') })
const en = createTranslator({ language: 'en', catalogue: await loadCatalogue('en') })

/** Opens `path` on the static server and picks French in the header, as in an English browser. */
async function openInFrench(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path)
  await page.getByRole('combobox', { name: en.m('app.shell.language') }).selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible({
    timeout: 30_000,
  })
}

test('without a hub, the join page asks a French trainee for the workshop link, with no empty title', async ({
  page,
}) => {
  await openInFrench(page, '/#/workshop/atelier-du-matin/join', fr.m('workshop.join.title'))
  const main = page.getByRole('main')
  await expect(page.getByTestId('hub-needed')).toHaveText(fr.m('workshop.api.needsHub'))
  // Not "Rejoindre « »" (a workshop read from the app's own page), and nothing to fill in.
  await expect(main.getByRole('heading', { level: 1 })).not.toContainText('«')
  await expect(main.getByRole('textbox')).toHaveCount(0)
  await expect(main.getByRole('alert')).toHaveCount(0)
  expect(await englishIn(main)).toEqual([])
  await screenshots(page, 'workshop-no-hub-join-fr')
})

test('without a hub, the create page tells a French trainer to start it with npm run hub, not the form', async ({
  page,
}) => {
  await openInFrench(page, '/#/workshop/new', fr.m('workshop.new.title'))
  const needed = page.getByTestId('hub-needed')
  await expect(needed).toContainText(fr.m('workshop.new.needsHub'))
  await expect(needed).toContainText(fr.m('workshop.hubStart.before'))
  await expect(needed).toContainText(fr.m('workshop.hubStart.after'))
  await expect(needed.locator('code')).toHaveText('npm run hub')
  // The trainee's sentence is not the trainer's, and a form that could only fail is not offered.
  await expect(page.getByRole('main')).not.toContainText(fr.m('workshop.api.needsHub'))
  await expect(page.getByLabel(fr.m('workshop.new.name'))).toHaveCount(0)
  await expect(page.getByRole('button', { name: fr.m('workshop.new.create') })).toHaveCount(0)
  // What works without a hub is still offered: the class's results files.
  await expect(page.getByRole('link', { name: fr.m('workshop.new.importLink') })).toBeVisible()
  expect(await englishIn(page.getByRole('main'))).toEqual([])
  await screenshots(page, 'workshop-no-hub-create-fr')
})

test('without a hub, the dashboard tells the French trainer how to start it once the token is given', async ({
  page,
}) => {
  await openInFrench(page, '/#/workshop/atelier-du-matin/dashboard', fr.m('workshop.dash.title'))
  await page.getByLabel(fr.m('workshop.dash.token')).fill('jeton')
  await page.getByRole('button', { name: fr.m('workshop.dash.open') }).click()
  const needed = page.getByTestId('hub-needed')
  await expect(needed).toContainText(fr.m('workshop.dash.needsHub'))
  await expect(needed.locator('code')).toHaveText('npm run hub')
  expect(await englishIn(page.getByRole('main'))).toEqual([])
})
