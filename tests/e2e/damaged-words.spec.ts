/**
 * The damaged-storage page is written for a trainee: the reported case (a saved session whose
 * scenario version is not text) reads as plain words, with no field name or parser message.
 */
import { expect, test } from '@playwright/test'
import { playableScenarios } from './support/engine'
import { openCatalog, writeStored } from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!

test('a damaged saved session is explained without developer text', async ({ page }) => {
  await openCatalog(page)
  const damaged = JSON.stringify({
    format: 'tamis-session/1',
    scenarioId: scenario.id,
    scenarioDigest: 5,
    seed: 1,
    mode: 'practice',
    log: [],
  })
  await writeStored(page, scenario.id, damaged)
  await page.goto(`/#/scenario/${scenario.id}/work`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your saved session could not be read' }),
  ).toBeVisible({ timeout: 30_000 })
  const main = page.getByRole('main')
  await expect(main).toContainText(
    'Part of it is missing or unreadable: which version of the scenario it was played on.',
  )
  const text = await main.innerText()
  for (const developer of ['scenarioDigest', 'Invalid input', 'expected string', 'at scenario', 'JSON'])
    expect(text).not.toContain(developer)
})
