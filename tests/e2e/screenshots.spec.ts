/**
 * Screenshots of every page and state at 1280×800 and 768×1024, for review and for the
 * README. Skipped unless SCREENSHOTS=1: `SCREENSHOTS=1 npx playwright test screenshots`.
 * Files go to test-results/screenshots/; with SCREENSHOTS=docs, to docs/screenshots/ (committed).
 */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import {
  finishExercise,
  nextCase,
  openBriefing,
  openCatalog,
  openFirstCase,
  playCase,
  playStep,
  readStored,
  writeStored,
  currentCaseId,
} from './support/ui'

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots')

const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!
const base = readFileSync(new URL('./fixtures/keyboard-desk.yaml', import.meta.url), 'utf8')

for (const [w, h] of [
  [1280, 800],
  [768, 1024],
] as const) {
  test(`every page at ${w}×${h}`, async ({ page }) => {
    test.setTimeout(180_000)
    // SCREENSHOTS=docs refreshes the committed set in docs/screenshots/.
    const dir = `${process.env.SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots'}/${w}x${h}`
    await page.setViewportSize({ width: w, height: h })
    const shot = (name: string, fullPage = false) => page.screenshot({ path: `${dir}/${name}.png`, fullPage })
    const minor = scenario.jurisdiction.currency.minorUnits
    const shadow = await Shadow.create(scenario, 'practice')

    await openCatalog(page)
    await shot('01-catalog', true)
    await openBriefing(page, scenario.title)
    await shot('02-briefing')
    await shot('02b-briefing-full', true)
    await page.getByRole('button', { name: 'Start in practice mode' }).click()
    await shot('03-preparing')
    await expect(page.getByRole('heading', { name: 'Worklist', exact: true })).toBeVisible({
      timeout: 30_000,
    })
    await shot('04-workspace')
    await openFirstCase(page)
    let i = 0
    do {
      const steps = shadow.steps(currentCaseId(page))
      if (i === 1) {
        await playStep(page, steps[0]!, minor)
        await shot('05-case-step')
        await playCase(page, steps.slice(1), 'practice', minor)
        await shot('06-feedback')
      } else await playCase(page, steps, 'practice', minor)
      i++
    } while (await nextCase(page))
    await finishExercise(page)
    await shot('07-report')
    await shot('07b-report-full', true)
    await page.getByLabel('Your name on the certificate').fill('Ada Okafor')
    await page.emulateMedia({ media: 'print' })
    await shot('08-report-print', true)
    await page.emulateMedia({ media: 'screen' })

    const saved = JSON.parse((await readStored(page, scenario.id)) ?? '{}')
    await writeStored(page, scenario.id, JSON.stringify({ ...saved, scenarioDigest: 'older' }))
    await page.goto(`/#/scenario/${scenario.id}/work`)
    await page.reload()
    await expect(page.getByRole('heading', { name: /has changed/ })).toBeVisible()
    await shot('09-outdated')
    await writeStored(page, scenario.id, '{broken')
    await page.reload()
    await expect(page.getByRole('heading', { name: /could not be read/ })).toBeVisible()
    await shot('10-damaged')

    await openCatalog(page)
    await page.getByLabel('Scenario file (.yaml)').setInputFiles(
      Array.from({ length: 20 }, (_, n) => ({
        name: `variant-${n + 1}.yaml`,
        mimeType: 'application/yaml',
        buffer: Buffer.from(
          base
            .replace(/^title: .*$/m, `title: 'Variant ${n + 1}: registration drill'`)
            .replace(/^difficulty: .*$/m, `difficulty: ${(n % 3) + 1}`),
        ),
      })),
    )
    await expect(page.getByRole('heading', { name: 'Variant 20: registration drill' })).toBeVisible()
    await shot('11-catalog-many')
    await shot('11b-catalog-many-full', true)

    // The trainer's pages that need no hub: the studio and class results from files.
    await page.goto('/#/studio')
    await expect(page.getByRole('heading', { name: 'Scenario studio' })).toBeVisible()
    await shot('12-studio')
    await page.goto('/#/workshop/import')
    await expect(page.getByRole('heading', { name: 'Class results from files' })).toBeVisible()
    await shot('13-class-results-from-files')
    await page.goto('/#/workshop/new')
    await expect(page.getByRole('heading', { name: 'Create a workshop' })).toBeVisible()
    await shot('14-create-workshop')
  })
}
