/**
 * A scenario file that passes the validator but whose world cannot be built (its register has
 * no VAT-registered business for the filing cases) is shown like a validation issue, with the
 * file, line and column to fix, not as a crash or an endless "preparing".
 */
import { expect, test } from '@playwright/test'
import { noVatFilingScenario } from '../fixtures/shortfall-scenario'
import { expectAccessible, openCatalog } from './support/ui'

test('a world that cannot be generated is reported at the line to change', async ({ page }) => {
  await openCatalog(page)
  await page.getByLabel('Scenario file (.yaml)').setInputFiles({
    name: 'no-vat-desk.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(noVatFilingScenario()),
  })
  const title = 'Returns desk with no VAT payers'
  await page.getByRole('heading', { name: title, exact: true }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.getByRole('radio', { name: /^practice/i }).check()
  await page.getByRole('button', { name: 'Start in practice mode' }).click()

  await expect(
    page.getByRole('heading', { level: 1, name: 'This scenario cannot be played as written' }),
  ).toBeVisible({
    timeout: 30_000,
  })
  await expect(
    page.getByText(/no-vat-desk\.yaml:\d+:5: the world needs 6 active VAT-registered businesses/),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back to the scenario catalogue' })).toBeVisible()
  await expectAccessible(page, 'a scenario whose world cannot be generated')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: 'test-results/world-shortfall-1280.png' })
  await page.setViewportSize({ width: 768, height: 1024 })
  await page.screenshot({ path: 'test-results/world-shortfall-768.png' })
})
