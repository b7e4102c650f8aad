/**
 * Never lose work: every step is saved as it happens, a reload or a new tab resumes exactly
 * there, and a damaged or outdated saved session stops with a clear choice, never a blank page.
 */
import { expect, test, type Page } from '@playwright/test'
import { playableScenarios, Shadow, type UiStep } from './support/engine'
import {
  actions,
  currentCaseId,
  downloaded,
  expectAccessible,
  expectWorklist,
  openBriefing,
  openCatalog,
  openFirstCase,
  playCase,
  playStep,
  readStored,
  startExercise,
  writeStored,
} from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!
const minorUnits = scenario.jurisdiction.currency.minorUnits

/** Decides the first case, then takes the first step of the next one; returns both case ids. */
async function workAWhile(page: Page): Promise<{ decided: string; open: string; rest: UiStep[] }> {
  const shadow = await Shadow.create(scenario, 'practice')
  await openBriefing(page, scenario.title)
  await startExercise(page, 'practice')
  const decided = await openFirstCase(page)
  await playCase(page, shadow.steps(decided), 'practice', minorUnits)
  await actions(page).getByRole('button', { name: 'Next case →' }).click()
  await expect.poll(() => currentCaseId(page)).not.toBe(decided)
  const open = currentCaseId(page)
  const [first, ...rest] = shadow.steps(open)
  await playStep(page, first!, minorUnits)
  await expect(page.getByRole('heading', { name: 'Case history' })).toBeVisible()
  return { decided, open, rest }
}

const stored = (page: Page) => readStored(page, scenario.id)

async function expectResumed(page: Page, open: string) {
  await expectWorklist(page)
  expect(currentCaseId(page)).toBe(open)
  await expect(page.getByText(/^1 of \d+ cases decided/)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Case history' })).toBeVisible()
}

test('a reload or a new tab resumes exactly where the trainee was', async ({ page, context }) => {
  const { open } = await workAWhile(page)
  const before = await stored(page)
  expect(JSON.parse(before!).log.length).toBeGreaterThan(3)

  await page.reload()
  await expectResumed(page, open)
  expect(await stored(page)).toBe(before)

  // Close the tab; a new one finds the session under "Continue" in the catalogue.
  await page.close()
  const tab = await context.newPage()
  await openCatalog(tab)
  const resume = tab.getByRole('region', { name: 'Continue where you left off' })
  await expect(resume).toContainText(scenario.title)
  await expect(tab.getByText('◐ In progress (practice)')).toBeVisible()
  await expectAccessible(tab, 'catalogue with a session in progress')
  await resume
    .getByRole('link', { name: /^Continue/ })
    .first()
    .click()
  await expectWorklist(tab)
  await expect(tab.getByText(/^1 of \d+ cases decided/)).toBeVisible()
})

test('damaged storage gets a clear message and a way forward', async ({ page }) => {
  await openCatalog(page)
  const damaged = '{"format":"tamis-session/1","scenarioId":"registration-desk","log":[{"type":'
  await writeStored(page, scenario.id, damaged)
  await page.reload()
  await expect(page.getByText('⚠ Saved progress damaged')).toBeVisible()

  await page.goto(`/#/scenario/${scenario.id}/work`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your saved session could not be read' }),
  ).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.getByRole('alert')).toContainText('not valid JSON')
  await expectAccessible(page, 'damaged session page')
  expect((await downloaded(page, 'Download the damaged data')).text.trim()).toBe(damaged)

  await page.getByRole('button', { name: 'Start again from the beginning' }).click()
  await expectWorklist(page)
  await expect(page.getByText(/^0 of \d+ cases decided/)).toBeVisible()
  // The damaged copy is still downloadable from the briefing.
  await page.goto(`/#/scenario/${scenario.id}`)
  expect((await downloaded(page, 'Download my previous session (JSON)')).text.trim()).toBe(damaged)
})

test('a session saved on an older version of the scenario: try to continue, or start again', async ({
  page,
}) => {
  await workAWhile(page)
  const original = JSON.parse((await stored(page))!)
  const older = { ...original, scenarioDigest: '0123456789abcdef' }
  await writeStored(page, scenario.id, JSON.stringify(older))
  await page.reload()

  await expect(
    page.getByRole('heading', { level: 1, name: 'This scenario has changed since you saved your session' }),
  ).toBeVisible({ timeout: 30_000 })
  await expectAccessible(page, 'older-version page')
  const copy = JSON.parse((await downloaded(page, 'Download my old session')).text)
  expect(copy.scenarioDigest).toBe('0123456789abcdef')

  await page.getByRole('button', { name: 'Try to continue' }).click()
  await expectWorklist(page)
  await expect(page.getByText(/all \d+ of your saved steps/)).toBeVisible()
  await expect(page.getByText(/^1 of \d+ cases decided/)).toBeVisible()
  expect(JSON.parse((await stored(page))!).scenarioDigest).toBe(original.scenarioDigest)

  // Once more with "Start again": a fresh session in the same mode.
  await writeStored(page, scenario.id, JSON.stringify(older))
  await page.reload()
  await page.getByRole('button', { name: 'Start again', exact: true }).click()
  await expectWorklist(page)
  await expect(page.getByText(/^0 of \d+ cases decided · Practice/)).toBeVisible()
})

test('a saved session that no longer replays keeps what it can', async ({ page }) => {
  await workAWhile(page)
  const saved = JSON.parse((await stored(page)) ?? '{}')
  saved.log.push({ type: 'case.open', caseId: 'NO-SUCH-CASE' })
  await writeStored(page, scenario.id, JSON.stringify(saved))
  await page.reload()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your saved session could not be fully restored' }),
  ).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(/NO-SUCH-CASE/)).toBeVisible()
  await expectAccessible(page, 'partly restored page')
  await page.getByRole('button', { name: 'Continue with what was restored' }).click()
  await expectWorklist(page)
  await expect(page.getByText(/^1 of \d+ cases decided/)).toBeVisible()
})

test('reset my progress: one scenario, then everything, each after a confirmation', async ({ page }) => {
  await workAWhile(page)
  await page.goto(`/#/scenario/${scenario.id}`)
  await page.getByRole('button', { name: 'Reset my progress on this scenario…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset your progress on this scenario?' })
  await expect(dialog).toBeVisible()
  await expectAccessible(page, 'reset confirmation')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await stored(page)).not.toBeNull()
  await page.getByRole('button', { name: 'Reset my progress on this scenario…' }).click()
  await dialog.getByRole('button', { name: 'Reset this scenario' }).click()
  await expect.poll(() => stored(page)).toBeNull()

  await startExercise(page, 'practice')
  await openCatalog(page)
  await page.getByRole('button', { name: 'Reset all my progress…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reset everything' }).click()
  await expect(page.getByText('✓ All progress was cleared.')).toBeVisible()
  await expect(page.getByText('○ Not started').first()).toBeVisible()
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tamis-sandbox/'))),
  ).toEqual([])
})

test('full or blocked storage is said out loud, with a download so no work is lost', async ({ page }) => {
  const { rest } = await workAWhile(page)
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await playStep(page, rest[0]!, minorUnits)
  await expect(page.getByText(/did not save your last step/)).toBeVisible()
  await expectAccessible(page, 'workspace with storage full')
  const copy = JSON.parse((await downloaded(page, 'Download my session')).text)
  expect(copy.log.filter((e: { type: string }) => e.type === 'case.command').length).toBeGreaterThan(
    JSON.parse((await stored(page))!).log.filter((e: { type: string }) => e.type === 'case.command').length,
  )
})

test('the same exercise changed in another tab is noticed', async ({ page, context }) => {
  const { open, rest } = await workAWhile(page)
  const other = await context.newPage()
  await other.goto(page.url())
  await expectWorklist(other)
  await playStep(other, rest[0]!, minorUnits)
  await expect(page.getByText(/changed in another tab or window/)).toBeVisible()
  await page.getByRole('button', { name: 'Reload' }).click()
  await expectResumed(page, open)
  await expect(page.getByText(/changed in another tab/)).toHaveCount(0)
})
