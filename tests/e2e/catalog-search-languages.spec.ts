/**
 * The catalogue's search on a French page finds a scenario by a TADAT indicator's English name
 * (P1-2, "Knowledge of the potential taxpayer base") right after the page loads, before English,
 * the fallback, has arrived: the search asks for English's words when it opens and filters once
 * they are there, so it finds the same scenarios as after, never "nothing matches" meanwhile.
 */
import { expect, test, type Page } from '@playwright/test'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

const fr = createTranslator({ language: 'fr', catalogue: await loadCatalogue('fr') })
const QUERY = 'potential taxpayer base'

test.use({ locale: 'fr-FR' })

async function search(page: Page, holdEnglish: boolean): Promise<void> {
  let release = () => {}
  if (holdEnglish) {
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/i18n-en-common-*.js', async (route) => {
      await held
      await route.continue()
    })
  }
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  const box = page.getByRole('searchbox', { name: fr.m('app.catalog.search') })
  await box.fill(QUERY)
  const noMatch = page.getByText(fr.m('app.catalog.noMatch'))
  const capstone = page.getByRole('article', { name: 'Capstone: a week at a district tax office' })
  const audit = page.getByRole('article', { name: 'Audit: your first selection meeting' })
  if (holdEnglish) {
    // English has not arrived: the search waits for it rather than finding nothing.
    await expect(capstone).toBeVisible()
    await expect(noMatch).toHaveCount(0)
    release()
  }
  await expect(audit).toHaveCount(0)
  await expect(capstone).toBeVisible()
  await expect(noMatch).toHaveCount(0)
}

test('an indicator’s English name finds the same scenarios before and after English has loaded', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await search(page, true)
  const held = await page.getByRole('article').evaluateAll((cards) => cards.map((c) => c.id || c.textContent))
  await page.unrouteAll()
  await search(page, false)
  const loaded = await page
    .getByRole('article')
    .evaluateAll((cards) => cards.map((c) => c.id || c.textContent))
  expect(held).toEqual(loaded)
})
