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
  // Opens the exercise three times (start, reload, new tab): each generates the world again.
  test.slow()
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
  await expect(page.getByRole('alert')).toContainText('cut short or garbled')
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

const other = playableScenarios().find((s) => s.id === 'filing-first-returns')!

/** What an earlier version kept in localStorage: a free-standing results entry claiming a pass. */
const forgedResults = {
  attempts: 1,
  best: {
    percent: 100,
    score: 60,
    maxScore: 60,
    passed: true,
    mode: 'assessment',
    on: '2026-01-01T00:00:00Z',
    digest: '',
    tadat: [],
  },
  last: {
    percent: 100,
    score: 60,
    maxScore: 60,
    passed: true,
    mode: 'assessment',
    on: '2026-01-01T00:00:00Z',
    digest: '',
    tadat: [],
  },
}

test('an upgrade moves the sessions from localStorage once; a stored result passes no one', async ({
  page,
}) => {
  const shadow = await Shadow.create(scenario, 'practice')
  shadow.steps(shadow.caseIds[0]!)
  const legacy = {
    'tamis-sandbox/session/registration-desk': JSON.stringify(shadow.session.save()),
    'tamis-sandbox/results/registration-desk': JSON.stringify(forgedResults),
    [`tamis-sandbox/results/${other.id}`]: JSON.stringify(forgedResults),
  }
  // Only before the first page load, as the older version would have left it.
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v)
  }, legacy)
  await openCatalog(page)
  await expect(page.getByText('◐ In progress (practice)')).toBeVisible()
  const card = page.getByRole('article', { name: other.title })
  await expect(card.getByText('○ Not started')).toBeVisible()
  await expect(page.getByText(/passed|Best \d+%/)).toHaveCount(0)
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tamis-sandbox/'))),
  ).toEqual([])

  await page.goto(`/#/scenario/${scenario.id}/work`)
  await expectWorklist(page)
  await expect(page.getByText(/^1 of \d+ cases decided/)).toBeVisible()
  expect(JSON.parse((await stored(page))!).log).toEqual(shadow.session.save().log)
})

test('a finished attempt typed into storage is scored from its log, not from what it claims', async ({
  page,
}) => {
  await openCatalog(page)
  const forged = {
    format: 'tamis-session/1',
    scenarioId: other.id,
    scenarioDigest: '',
    seed: other.world.seed,
    mode: 'assessment',
    log: [{ type: 'session.finish' }],
    report: forgedResults.best,
  }
  await page.evaluate(
    ([id, text]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tamis-sandbox')
        open.onsuccess = () => {
          const tx = open.result.transaction('attempts', 'readwrite')
          tx.objectStore('attempts').put(
            { uid: 'forged', scenarioId: id, text, on: '2026-01-01T00:00:00Z', ...JSON.parse(text!).report },
            'forged',
          )
          tx.oncomplete = () => resolve()
          tx.onabort = () => reject(tx.error)
        }
      }),
    [other.id, JSON.stringify(forged)],
  )
  await page.reload()
  const card = page.getByRole('article', { name: other.title })
  await expect(card.getByText('✗ Completed, not passed yet')).toBeVisible({ timeout: 30_000 })
  await expect(card.getByText(/Best 0%/)).toBeVisible()
  await expect(card.getByText('✓ Completed, passed')).toHaveCount(0)
})

test('a step the browser was still saving when it died is named after the relaunch', async ({ page }) => {
  const { open } = await workAWhile(page)
  const events = JSON.parse((await stored(page))!).log.length as number
  // The note the app leaves while a step is written: here for one more event than storage holds.
  const note = (n: number) =>
    page.evaluate(
      ([k, v]) => localStorage.setItem(k!, v!),
      [
        `tamis-sandbox/pending/${scenario.id}`,
        JSON.stringify({ events: n, what: `your decision or step on case ${open}` }),
      ],
    )
  await note(events + 1)
  await page.reload()
  await expectResumed(page, open)
  await expect(
    page.getByText(`The browser closed before your decision or step on case ${open} was saved`),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Dismiss' }).click()

  // A note for a step that did reach storage says nothing.
  await note(events)
  await page.reload()
  await expectResumed(page, open)
  await expect(page.getByText(/was saved, so it was not kept/)).toHaveCount(0)
})
