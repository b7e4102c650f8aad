/**
 * The catalogue with one scenario and with twenty: grouping, filters, search, the suggestion
 * and a broken file reported with its location rather than a crash.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { expectAccessible, openCatalog } from './support/ui'

const base = readFileSync(new URL('./fixtures/keyboard-desk.yaml', import.meta.url), 'utf8')
const TADAT = ['P1-1', 'P1-2', 'P2-3', 'P4-10', 'P5-13', 'P7-19']

/** Twenty variants of a small scenario: levels 1–3, English and French, various TADAT tags. */
const variants = Array.from({ length: 20 }, (_, i) => {
  const n = i + 1
  const text = base
    .replace(/^title: .*$/m, `title: 'Variant ${n}: registration drill'`)
    .replace(/^difficulty: .*$/m, `difficulty: ${(i % 3) + 1}`)
    .replace(/^minutes: .*$/m, `minutes: ${5 + n}`)
    .replace(/^language: .*$/m, `language: ${i % 4 === 0 ? 'fr' : 'en'}`)
    .replace(/^tadat: .*$/m, `tadat: [${TADAT[i % TADAT.length]!}]`)
  return {
    name: `variant-${String(n).padStart(2, '0')}.yaml`,
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  }
})

test('twenty scenarios: grouped, filtered and searched', async ({ page }) => {
  await openCatalog(page)
  const before = Number((await page.getByText(/^\d+ scenarios?$/).textContent())?.split(' ')[0] ?? 1)
  await page.getByLabel('Scenario file (.yaml)').setInputFiles(variants)
  await expect(page.getByText(`${before + 20} scenarios`)).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Taxpayer registration' })).toBeVisible()
  await expectAccessible(page, 'catalogue with twenty scenarios')

  await page.getByRole('radio', { name: /^Competency/ }).check()
  await expect(
    page.getByRole('heading', { level: 2, name: /^P7 · Effective tax dispute resolution/ }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /^P4 · Timely filing/ })).toBeVisible()

  await page.getByLabel('Search').fill('variant 17')
  await expect(page.getByText(`1 of ${before + 20}`)).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'Variant 17: registration drill' })).toBeVisible()

  await page.getByLabel('Search').fill('variant')
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr')
  await expect(page.getByText(`5 of ${before + 20}`)).toBeVisible()
  await page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Advanced' })
  await expect(page.getByRole('article')).toHaveCount(1)
  await page.getByRole('combobox', { name: 'Process' }).selectOption('registration')
  await expect(page.getByRole('article')).toHaveCount(1)
  await page.getByLabel('Search').fill('no such thing')
  await expect(page.getByText('No scenario matches these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).first().click()
  await expect(page.getByText(`${before + 20} scenarios`)).toBeVisible()

  await expect(page.getByRole('region', { name: 'Suggested next' })).toContainText(/Introductory/)
})

test('a broken scenario file is reported with its location, not a crash', async ({ page }) => {
  await openCatalog(page)
  await page.getByLabel('Scenario file (.yaml)').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('format: 1\ntitle: Broken\n  summary: [unclosed\n'),
  })
  await expect(page.getByRole('heading', { name: 'Problems in scenario files' })).toBeVisible()
  await expect(page.getByText(/broken\.yaml:\d+:\d+/).first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Registration desk/ }).first()).toBeVisible()
  await expectAccessible(page, 'catalogue with a broken file')
})
