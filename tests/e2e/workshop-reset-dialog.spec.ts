/**
 * "Reset for the next group" on the trainer's dashboard asks in the app's own dialog, in the page's
 * language: the browser is English (its own confirm box would say OK / Cancel), the page French.
 * Cancel keeps the group; confirming starts group 2, the first still listed.
 */
import { expect, test } from '@playwright/test'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'
import { playableScenarios } from './support/engine'
import { englishIn } from './support/english'
import { useHub } from './support/hub'

test.use({ locale: 'en-US' })

const fr = createTranslator({ language: 'fr', catalogue: await loadCatalogue('fr') })
const english = createTranslator({ language: 'en', catalogue: await loadCatalogue('en') })
const scenario = playableScenarios().find((s) => s.id === 'registration-guichet-unique')!
const hub = useHub()

test('a French trainer resets the group in a French dialog, never the browser’s', async ({ page }) => {
  test.setTimeout(120_000)
  page.setDefaultTimeout(30_000)
  const browserDialogs: string[] = []
  page.on('dialog', (dialog) => {
    browserDialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(`${hub.url}/#/workshop/new`)
  await page.getByRole('combobox', { name: english.m('app.shell.language') }).selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByLabel(fr.m('workshop.new.name')).fill('Atelier du lundi')
  await page.getByRole('checkbox', { name: scenario.title, exact: true }).check()
  await page.getByRole('button', { name: fr.m('workshop.new.create') }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier du lundi' })).toBeVisible()

  const reset = page.getByRole('button', { name: fr.m('workshop.dash.reset') })
  const dialog = page.getByRole('dialog', { name: fr.m('workshop.dash.resetTitle') })
  const groups = page.getByRole('combobox', { name: fr.m('workshop.dash.group') })
  await reset.click()
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(fr.m('workshop.dash.resetText'))
  await expect(dialog.getByRole('button', { name: fr.m('common.cancel') })).toBeVisible()
  expect(await englishIn(dialog), 'English words in the Reset dialog').toEqual([])
  await page.screenshot({ path: test.info().outputPath('workshop-fr-reset-1280.png') })
  await dialog.getByRole('button', { name: fr.m('common.cancel') }).click()
  await expect(dialog).toBeHidden()
  await expect(groups).toHaveCount(0)

  await reset.click()
  await dialog.getByRole('button', { name: fr.m('workshop.dash.reset') }).click()
  await expect(dialog).toBeHidden()
  await expect(groups).toBeVisible()
  await expect(groups.locator('option')).toHaveCount(2)
  expect(browserDialogs, "the browser's own confirm box").toEqual([])
})
