/**
 * The browser tab names the page in the page's language, after the product's name stays as it
 * is: the catalogue, a scenario's briefing (the trainer's title) and a hub page, in French and
 * Russian, picked in the header of an English browser. The page's description follows too.
 */
import { expect, test, type Page } from '@playwright/test'
import { createTranslator } from '../../src/i18n/render'
import { loadCatalogue } from '../../src/i18n/load'
import { playableScenarios } from './support/engine'
import { useHub } from './support/hub'

const translators = {
  en: createTranslator({ language: 'en', catalogue: await loadCatalogue('en') }),
  fr: createTranslator({ language: 'fr', catalogue: await loadCatalogue('fr') }),
  ru: createTranslator({ language: 'ru', catalogue: await loadCatalogue('ru') }),
}
const LANGUAGE_MENU = new RegExp(
  Object.values(translators)
    .map((tr) => tr.m('app.shell.language'))
    .join('|'),
)

const hub = useHub()

const description = (page: Page) => page.locator('meta[name="description"]')

for (const [language, scenarioId, hubPage, hubTitle] of [
  ['fr', 'registration-guichet-unique', 'new', 'workshop.new.title'],
  ['ru', 'refunds-first-claims-ru', 'import', 'workshop.import.title'],
] as const) {
  test(`${language}: the catalogue, a scenario and a hub page are named in the tab in ${language}`, async ({
    page,
  }) => {
    const tr = translators[language]
    const scenario = playableScenarios().find((s) => s.id === scenarioId)!
    await page.goto(`${hub.url}/#/`)
    // Before a language is picked, an English browser's page is English.
    await expect(page).toHaveTitle(`${translators.en.m('app.shell.catalogueTitle')} — TAMIS Sandbox`, {
      timeout: 30_000,
    })
    await page.getByRole('combobox', { name: LANGUAGE_MENU }).selectOption(language)
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await expect(page).toHaveTitle(`${tr.m('app.shell.catalogueTitle')} — TAMIS Sandbox`)
    await expect(description(page)).toHaveAttribute('content', tr.m('app.shell.description'))
    expect(tr.m('app.shell.description')).not.toBe(translators.en.m('app.shell.description'))

    await page.goto(`${hub.url}/#/scenario/${scenarioId}`)
    await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible({
      timeout: 30_000,
    })
    await expect(page).toHaveTitle(`${scenario.title} — TAMIS Sandbox`)

    await page.goto(`${hub.url}/#/workshop/${hubPage}`)
    await expect(page.getByRole('heading', { level: 1, name: tr.m(hubTitle) })).toBeVisible({
      timeout: 30_000,
    })
    await expect(page).toHaveTitle(`${tr.m(hubTitle)} — TAMIS Sandbox`)
    await expect(description(page)).toHaveAttribute('content', tr.m('app.shell.description'))
  })
}
